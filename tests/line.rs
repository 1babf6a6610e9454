//! The line chart's decimation and layout: per pixel column the first, lowest,
//! highest and last point survive, the line draws the same pixels as every
//! point, gaps stay gaps, and no input panics.
#![cfg(not(target_arch = "wasm32"))]

use newsfig::layout::Viewport;
use newsfig::render::line::{decimate, extent, layout, paint, LineOptions, Map, Points, Runs};
use newsfig::render::Shape;
use newsfig::svg::SvgWriter;
use newsfig::text::{estimate_width, TextStyle};
use newsfig::theme::Theme;
use newsfig::Lang;

/// A small LCG, so the "random" data is the same on every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        self.next() as f64 / (1u64 << 31) as f64
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// `n` ascending xs (some repeated) and a random walk with the odd spike,
/// and, when `gaps`, the odd NaN or infinity in either.
fn data(rng: &mut Lcg, n: usize, gaps: bool) -> (Vec<f64>, Vec<f64>) {
    let (mut xs, mut ys) = (Vec::with_capacity(n), Vec::with_capacity(n));
    let (mut x, mut y) = (rng.unit() * 100.0 - 50.0, 0.0);
    for _ in 0..n {
        x += if rng.below(5) == 0 { 0.0 } else { rng.unit() * 3.0 };
        y += rng.unit() - 0.5;
        let spike = if rng.below(200) == 0 { (rng.unit() - 0.5) * 80.0 } else { 0.0 };
        xs.push(x);
        ys.push(y + spike);
        if gaps && rng.below(40) == 0 {
            let bad = [f64::NAN, f64::INFINITY, f64::NEG_INFINITY][rng.below(3) as usize];
            if rng.below(2) == 0 {
                *ys.last_mut().unwrap() = bad;
            } else {
                *xs.last_mut().unwrap() = bad;
            }
        }
    }
    (xs, ys)
}

/// Maps for a plot `left..=right` wide and 0..=`height` high over the data.
fn maps(xs: &[f64], ys: &[f64], (left, right): (i32, i32), height: i32) -> (Map, Map) {
    let ((x0, x1), (y0, y1)) = extent(xs, ys).unwrap().unwrap_or(((0.0, 1.0), (0.0, 1.0)));
    (Map::new((x0, x1), (f64::from(left), f64::from(right))), Map::new((y0, y1), (f64::from(height), 0.0)))
}

/// Every point in whole pixels, split at non-finite values: the undecimated line.
fn full(xs: &[f64], ys: &[f64], x: Map, y: Map, (left, right): (i32, i32)) -> Runs {
    let mut runs = vec![Vec::new()];
    for (&a, &b) in xs.iter().zip(ys) {
        if a.is_finite() && b.is_finite() {
            runs.last_mut().unwrap().push((x.at(a).clamp(left, right), y.at(b)));
        } else if !runs.last().unwrap().is_empty() {
            runs.push(Vec::new());
        }
    }
    runs.retain(|r| !r.is_empty());
    runs
}

/// Rasterises runs with Bresenham's line into a set of pixels: every segment,
/// and a lone point as its pixel.
fn raster(runs: &Runs) -> std::collections::BTreeSet<(i32, i32)> {
    let mut set = std::collections::BTreeSet::new();
    for run in runs {
        set.insert(run[0]);
        for w in run.windows(2) {
            let ((mut x0, mut y0), (x1, y1)) = (w[0], w[1]);
            let (dx, dy) = ((x1 - x0).abs(), -(y1 - y0).abs());
            let (sx, sy) = (if x0 < x1 { 1 } else { -1 }, if y0 < y1 { 1 } else { -1 });
            let mut err = dx + dy;
            loop {
                set.insert((x0, y0));
                if (x0, y0) == (x1, y1) {
                    break;
                }
                let e2 = 2 * err;
                if e2 >= dy {
                    err += dy;
                    x0 += sx;
                }
                if e2 <= dx {
                    err += dx;
                    y0 += sy;
                }
            }
        }
    }
    set
}

#[test]
fn each_column_keeps_its_first_lowest_highest_and_last_point_in_order() {
    let mut rng = Lcg(7);
    for case in 0..300 {
        let n = rng.below(3000) as usize;
        let (xs, ys) = data(&mut rng, n, case % 3 == 0);
        let left = rng.below(50) as i32;
        let cols = rng.below(400) as i32 + 1;
        let plot = (left, left + cols - 1);
        let (x, y) = maps(&xs, &ys, plot, rng.below(500) as i32 + 1);
        let kept = decimate(&xs, &ys, x, y, plot).unwrap();
        // Every point's column and unrounded y pixel (what the extremes are
        // judged by), split at gaps like the line.
        let mut all: Vec<Vec<(i32, f64)>> = vec![Vec::new()];
        for (&a, &b) in xs.iter().zip(&ys) {
            if a.is_finite() && b.is_finite() {
                all.last_mut().unwrap().push((x.at(a).clamp(plot.0, plot.1), b * y.k + y.b + 0.5));
            } else if !all.last().unwrap().is_empty() {
                all.push(Vec::new());
            }
        }
        all.retain(|r| !r.is_empty());
        assert_eq!(all.len(), kept.len(), "case {case}: the same runs");
        for (a, k) in all.iter().zip(&kept) {
            let mut expected: Vec<(i32, i32)> = Vec::new();
            let mut i = 0;
            while i < a.len() {
                let j = i + a[i..].iter().take_while(|p| p.0 == a[i].0).count();
                let col = &a[i..j];
                let at = |f: fn(f64, f64) -> bool| {
                    (0..col.len()).fold(0, |best, m| if f(col[m].1, col[best].1) { m } else { best })
                };
                let (lo, hi) = (at(|p, q| p < q), at(|p, q| p > q));
                for m in [0, lo.min(hi), lo.max(hi), col.len() - 1] {
                    let p = (col[m].0, col[m].1.floor() as i32);
                    if expected.last() != Some(&p) {
                        expected.push(p);
                    }
                }
                i = j;
            }
            assert_eq!(k, &expected, "case {case}: per column the first, the extremes in order, the last");
            assert!(k.len() <= 4 * cols as usize, "case {case}: {} points for {cols} columns", k.len());
        }
    }
}

#[test]
fn the_decimated_line_covers_the_same_pixels_as_every_point() {
    let mut rng = Lcg(11);
    for case in 0..200 {
        let n = rng.below(5000) as usize + 1;
        let (xs, ys) = data(&mut rng, n, case % 2 == 0);
        let plot = (3, 3 + rng.below(300) as i32);
        let (x, y) = maps(&xs, &ys, plot, rng.below(200) as i32 + 1);
        let kept = decimate(&xs, &ys, x, y, plot).unwrap();
        assert_eq!(raster(&full(&xs, &ys, x, y, plot)), raster(&kept), "case {case}: n = {n}, plot {plot:?}");
    }
}

#[test]
fn a_hundred_thousand_points_become_at_most_four_per_column() {
    let n = 100_000;
    let xs: Vec<f64> = (0..n).map(f64::from).collect();
    let ys: Vec<f64> = (0..n).map(|i| (f64::from(i) * 0.001).sin() * 100.0 + f64::from(i % 7)).collect();
    let plot = (40, 639);
    let (x, y) = maps(&xs, &ys, plot, 300);
    let runs = decimate(&xs, &ys, x, y, plot).unwrap();
    assert_eq!(runs.len(), 1);
    assert!(runs[0].len() <= 4 * 600, "{} points", runs[0].len());
    assert!(runs[0].len() >= 600, "every column has a point");
    assert_eq!(raster(&full(&xs, &ys, x, y, plot)), raster(&runs));
}

#[test]
fn non_finite_values_break_the_line() {
    let plot = (0, 99);
    let xs = [0.0, 1.0, 2.0, 3.0, 4.0, f64::NAN, 6.0, 7.0];
    let ys = [0.0, 1.0, f64::NAN, 3.0, f64::INFINITY, 5.0, 6.0, 7.0];
    let (x, y) = maps(&xs, &ys, plot, 100);
    let runs = decimate(&xs, &ys, x, y, plot).unwrap();
    let lens: Vec<usize> = runs.iter().map(Vec::len).collect();
    assert_eq!(lens, [2, 1, 2], "{runs:?}");
    assert_eq!(runs[0][0], (0, 100));
    assert_eq!(runs[2][1], (99, 0));
}

#[test]
fn empty_single_flat_and_zero_width_input() {
    let flat = Map::new((0.0, 0.0), (0.0, 100.0));
    assert_eq!(flat, Map { k: 0.0, b: 50.0 });
    assert!(decimate(&[], &[], flat, flat, (0, 99)).unwrap().is_empty());
    assert_eq!(extent(&[], &[]).unwrap(), None);
    assert_eq!(decimate(&[5.0], &[2.0], flat, flat, (0, 99)).unwrap(), vec![vec![(50, 50)]]);
    assert!(decimate(&[f64::NAN], &[1.0], flat, flat, (0, 99)).unwrap().is_empty());

    // All ys equal: one point per column.
    let xs: Vec<f64> = (0..1000).map(f64::from).collect();
    let ys = vec![3.0; 1000];
    let (x, y) = maps(&xs, &ys, (0, 99), 50);
    let runs = decimate(&xs, &ys, x, y, (0, 99)).unwrap();
    assert_eq!(runs[0].len(), 100);
    assert!(runs[0].iter().all(|&(_, v)| v == 25));

    // One column: its four points at most; no columns: nothing.
    let ys: Vec<f64> = xs.iter().map(|v| (v * 0.1).sin()).collect();
    let (x, y) = maps(&xs, &ys, (10, 10), 50);
    let runs = decimate(&xs, &ys, x, y, (10, 10)).unwrap();
    assert_eq!(runs.len(), 1);
    assert!(runs[0].len() <= 4 && runs[0].iter().all(|&(c, _)| c == 10), "{runs:?}");
    assert!(decimate(&xs, &ys, x, y, (10, 9)).unwrap().is_empty());
}

#[test]
fn bad_input_is_an_error_naming_it() {
    let m = Map { k: 1.0, b: 0.0 };
    let e = decimate(&[0.0; 10], &[0.0; 9], m, m, (0, 9)).unwrap_err();
    assert_eq!(e.to_string(), "xs: has 10 values but ys has 9");
    let xs = [0.0, 1.0, f64::NAN, 3.0, 2.0];
    let e = decimate(&xs, &[0.0; 5], m, m, (0, 9)).unwrap_err();
    assert_eq!(e.to_string(), "xs[4]: must not be below xs[3]; sort the points by x");
    assert_eq!(extent(&xs, &[0.0; 5]).unwrap_err(), e);
    assert!(extent(&[1.0, 1.0, 2.0], &[0.0; 3]).is_ok(), "equal xs are ascending enough");
}

fn measure(t: &str, s: &TextStyle) -> f64 {
    estimate_width(t, s.size, s.bold)
}

fn options(lang: Lang) -> LineOptions {
    LineOptions { theme: Theme::light(), lang, height: 300.0 }
}

#[test]
fn the_chart_keeps_line_and_labels_on_the_canvas_at_any_size() {
    let mut rng = Lcg(3);
    let (xs, ys) = data(&mut rng, 20_000, true);
    let huge = [-1e308, 1e308];
    let inputs: [(&[f64], &[f64]); 5] =
        [(&xs, &ys), (&[], &[]), (&[1.0], &[1.0]), (&huge, &huge), (&[0.0, 1e-320], &[0.0, 1e-320])];
    for (xs, ys) in inputs {
        for (width, ratio, lang) in [(240.0, 1.0, Lang::En), (640.0, 2.0, Lang::Zh), (1000.0, 4.0, Lang::En)]
        {
            let vp = Viewport::new(width, ratio).unwrap();
            let chart =
                layout(&Points::new(xs.to_vec(), ys.to_vec()).unwrap(), &options(lang), &vp, &measure)
                    .unwrap();
            let (w, h) = chart.scene.size;
            assert_eq!(w, vp.device_width());
            assert_eq!(f64::from(h), (300.0 * vp.ratio).round());
            let (l, t, r, b) = chart.scene.plot;
            for &(x, y) in chart.runs.iter().flatten() {
                assert!(
                    (l..=r).contains(&x) && (t..=b).contains(&y),
                    "({x}, {y}) outside {:?}",
                    chart.scene.plot
                );
            }
            let columns = (r - l + 1) as usize;
            assert!(chart.runs.iter().all(|run| run.len() <= 4 * columns));
            for shape in &chart.scene.shapes {
                if let Shape::Text { text, pos, style } = shape {
                    assert!(!text.contains("NaN") && !text.contains("inf"), "{text:?}");
                    let tw = measure(text, style);
                    let (x0, x1) = match style.anchor.h_pos {
                        plotters_backend::text_anchor::HPos::Left => {
                            (f64::from(pos.0), f64::from(pos.0) + tw)
                        }
                        plotters_backend::text_anchor::HPos::Center => {
                            (f64::from(pos.0) - tw / 2.0, f64::from(pos.0) + tw / 2.0)
                        }
                        plotters_backend::text_anchor::HPos::Right => {
                            (f64::from(pos.0) - tw, f64::from(pos.0))
                        }
                    };
                    // Labels a float cannot write briefly (1e300 as digits) may not fit.
                    if text.len() < 12 {
                        assert!(
                            x0 >= 0.0 && x1 <= f64::from(w),
                            "{text:?} leaves the canvas: {x0}..{x1} of {w}"
                        );
                    }
                    assert!(pos.1 >= 0 && pos.1 < h as i32, "{text:?} at {pos:?}");
                }
            }
        }
    }
}

#[test]
fn ticks_are_round_numbers_in_the_chart_language() {
    let xs: Vec<f64> = (0..100_000).map(f64::from).collect();
    let ys: Vec<f64> = xs.iter().map(|v| v * 0.01 - 300.0).collect();
    let vp = Viewport::new(640.0, 1.0).unwrap();
    let texts = |lang| {
        let chart =
            layout(&Points::new(xs.clone(), ys.clone()).unwrap(), &options(lang), &vp, &measure).unwrap();
        chart
            .scene
            .shapes
            .iter()
            .filter_map(|s| if let Shape::Text { text, .. } = s { Some(text.clone()) } else { None })
            .collect::<Vec<_>>()
    };
    let en = texts(Lang::En);
    assert!(en.contains(&"-400".to_owned()) && en.contains(&"800".to_owned()), "{en:?}");
    assert!(en.contains(&"20,000".to_owned()), "{en:?}");
    assert!(texts(Lang::Zh).contains(&"2万".to_owned()));
}

#[test]
fn svg_draws_the_line_as_one_polyline_per_run() {
    let mut rng = Lcg(5);
    let (xs, mut ys) = data(&mut rng, 100_000, false);
    let vp = Viewport::new(640.0, 1.0).unwrap();
    let chart =
        layout(&Points::new(xs.clone(), ys.clone()).unwrap(), &options(Lang::En), &vp, &measure).unwrap();
    let mut svg = String::new();
    paint(&mut SvgWriter::new(&mut svg, chart.scene.size), &chart, Theme::light().background).unwrap();
    assert_eq!(svg.matches("<polyline").count(), 1);
    // The line is drawn inside the document, which closes once, at the end.
    assert!(svg.trim_end().ends_with("</svg>"));
    assert_eq!(svg.matches("</svg>").count(), 1);
    assert!(svg.rfind("<polyline") < svg.find("</svg>"), "the line after the document's end");
    assert!(svg.len() < 60_000, "{} bytes for 100k points", svg.len());
    ys[50_000] = f64::NAN;
    let chart =
        layout(&Points::new(xs.clone(), ys.clone()).unwrap(), &options(Lang::En), &vp, &measure).unwrap();
    let mut svg = String::new();
    paint(&mut SvgWriter::new(&mut svg, chart.scene.size), &chart, Theme::light().background).unwrap();
    assert_eq!(svg.matches("<polyline").count(), 2);
}

#[test]
fn axes_that_need_not_start_at_zero_get_round_ticks() {
    use newsfig::scale::{nice_domain, ticks_within};
    assert_eq!(
        nice_domain((-300.0, 699.99), 5),
        ((-400.0, 800.0), vec![-400.0, -200.0, 0.0, 200.0, 400.0, 600.0, 800.0])
    );
    assert_eq!(ticks_within((0.0, 99_999.0), 5), vec![0.0, 20_000.0, 40_000.0, 60_000.0, 80_000.0]);
    assert_eq!(ticks_within((-0.35, 0.35), 3), vec![-0.25, 0.0, 0.25]);
    assert_eq!(nice_domain((7.0, 7.0), 4).0, (6.0, 8.0), "a flat domain opens around its value");
    assert!(ticks_within((-1e308, 1e308), 5).is_empty(), "no 10^308 ticks");
    assert!(ticks_within((1.0, 1.0), 5).is_empty(), "no step over an empty span");
}
