//! A line chart of many points (10⁵ and more), decimated per device-pixel
//! column before it is drawn: 640 pixels cannot show 100,000 x positions, but
//! a path of 100,000 points costs as much to stroke as its points.
//!
//! Why M4 (the first, lowest, highest and last point of each column) and not a
//! sampling such as LTTB: within a column every point has the same x pixel, so
//! the segments between them are vertical and together cover exactly the span
//! from the lowest to the highest; the first and last join the neighbouring
//! columns. Those four, in order, draw the pixels every point draws (at whole
//! device pixels): no spike is lost, in O(n) time and O(width) points. Like
//! every chart, it paints through plotters' [`DrawingBackend`], canvas and SVG.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::DrawingBackend;

use super::{drawing_error, Measure, Scene, Shape};
use crate::error::{Error, ErrorKind};
use crate::format::number;
use crate::layout::{Viewport, MAX_DEVICE_EDGE};
pub use crate::scale::Map;
use crate::scale::{nice_domain, ticks_within, whole};
use crate::story::Lang;
use crate::text::TextStyle;
use crate::theme::{Color, Stroke, Theme};

/// The pieces of a polyline between gaps, in device pixels.
pub type Runs = Vec<Vec<(i32, i32)>>;

fn check_lengths(xs: &[f64], ys: &[f64]) -> Result<(), Error> {
    if xs.len() == ys.len() {
        return Ok(());
    }
    Err(Error::new("xs", ErrorKind::CountMismatch(xs.len(), "ys", ys.len())))
}

/// The error for `xs[i]` below `xs[before]`; out of line, off the hot loop.
#[cold]
fn not_ascending(i: usize, before: usize) -> Error {
    Error::new(format!("xs[{i}]"), ErrorKind::NotAscending(format!("xs[{before}]")))
}

/// One pixel column's points so far: first, lowest, highest and last, with
/// the index of the lowest and highest so they are kept in their order. The
/// ys are unrounded ([`Map::half`]), so a point costs no conversion to an
/// integer; rounding is monotonic, so the extremes stay the extremes.
struct Column {
    x: i32,
    first: f64,
    last: f64,
    lo: (f64, usize),
    hi: (f64, usize),
}

impl Column {
    fn add(&mut self, y: f64, i: usize) {
        if y < self.lo.0 {
            self.lo = (y, i);
        }
        if y > self.hi.0 {
            self.hi = (y, i);
        }
        self.last = y;
    }

    /// Appends the column's points to `run`, leaving out repeats, which draw nothing.
    fn emit(&self, run: &mut Vec<(i32, i32)>) {
        let (a, b) = if self.lo.1 <= self.hi.1 { (self.lo.0, self.hi.0) } else { (self.hi.0, self.lo.0) };
        for y in [self.first, a, b, self.last] {
            let p = (self.x, whole(y));
            if run.last() != Some(&p) {
                run.push(p);
            }
        }
    }
}

/// Reduces the points (`xs[i]`, `ys[i]`) to the first, lowest, highest and
/// last, in order, of each pixel column from `left` to `right` (inclusive).
///
/// `xs` must ascend (equal values are fine), so that one pass visits each
/// column once; a lower value is an error naming its index, as are arrays of
/// different lengths. A NaN or infinity in either breaks the line into runs
/// (a run of one point, a canvas stroke does not show). Points beyond the plot
/// join its edge column. Empty input, or `right < left`, gives no runs.
pub fn decimate(xs: &[f64], ys: &[f64], x: Map, y: Map, (left, right): (i32, i32)) -> Result<Runs, Error> {
    check_lengths(xs, ys)?;
    // Plain locals, not `Option`s, in this loop over every point (the Wasm is
    // optimised for size). The open column takes the points whose x·k + b + ½
    // lies in [lo, hi), unrounded; the plot's edge columns take all beyond.
    let (mut runs, mut run) = (Vec::new(), Vec::new());
    let (mut open, mut c) = (false, Column { x: 0, first: 0.0, last: 0.0, lo: (0.0, 0), hi: (0.0, 0) });
    let (mut lo, mut hi) = (0.0, 0.0);
    let (mut last, mut last_i) = (f64::NEG_INFINITY, 0);
    for (i, (&xv, &yv)) in xs.iter().zip(ys).enumerate() {
        if xv.is_finite() {
            if xv < last {
                return Err(not_ascending(i, last_i));
            }
            (last, last_i) = (xv, i);
        }
        if !(xv.is_finite() && yv.is_finite() && left <= right) {
            if open {
                c.emit(&mut run);
                runs.push(std::mem::take(&mut run));
                open = false;
            }
            continue;
        }
        let (u, v) = (x.half(xv), y.half(yv));
        if open && u >= lo && (u < hi || c.x == right) {
            c.add(v, i);
        } else {
            if open {
                c.emit(&mut run);
            }
            let px = whole(u).clamp(left, right);
            lo = if px == left { f64::NEG_INFINITY } else { f64::from(px) };
            hi = f64::from(px) + 1.0;
            (open, c) = (true, Column { x: px, first: v, last: v, lo: (v, i), hi: (v, i) });
        }
    }
    if open {
        c.emit(&mut run);
        runs.push(run);
    }
    Ok(runs)
}

/// The data's span: (lowest x, highest x) and (lowest y, highest y).
pub type Extent = ((f64, f64), (f64, f64));

/// The span of x and of y over the points where both are finite, or `None`
/// when there is no such point. Checks what [`decimate`] checks, so a page
/// can learn of bad data before the first draw.
pub fn extent(xs: &[f64], ys: &[f64]) -> Result<Option<Extent>, Error> {
    check_lengths(xs, ys)?;
    let (mut last, mut last_i) = (f64::NEG_INFINITY, 0);
    let (mut x0, mut x1, mut y0, mut y1) = (f64::NAN, f64::NAN, f64::INFINITY, f64::NEG_INFINITY);
    for (i, (&x, &y)) in xs.iter().zip(ys).enumerate() {
        if x.is_finite() {
            if x < last {
                return Err(not_ascending(i, last_i));
            }
            (last, last_i) = (x, i);
            if y.is_finite() {
                // xs ascend: the first such x is the lowest, the last the highest.
                if x0.is_nan() {
                    x0 = x;
                }
                // Comparisons, not `f64::min`/`max`: on wasm32 those are
                // calls to `fmin`/`fmax` (NaN rules the `f64.min`
                // instruction does not follow): 2-3 ms of a 10⁵-point load at 4×
                // CPU in a profile; y is finite here, so the rules never matter.
                x1 = x;
                if y < y0 {
                    y0 = y;
                }
                if y > y1 {
                    y1 = y;
                }
            }
        }
    }
    Ok(if x0.is_nan() { None } else { Some(((x0, x1), (y0, y1))) })
}

/// Each tick with its label, leaving out a tick whose label repeats the one
/// before (ticks closer than the two decimals a label keeps).
fn labelled(ticks: Vec<f64>, lang: Lang) -> Vec<(f64, String)> {
    let mut out: Vec<(f64, String)> = Vec::new();
    for v in ticks {
        let text = number(v, lang);
        if out.last().is_none_or(|(_, last)| *last != text) {
            out.push((v, text));
        }
    }
    out
}

/// How a line chart looks.
#[derive(Clone, Copy, Debug)]
pub struct LineOptions {
    /// Colours: the line is the theme's mark colour.
    pub theme: Theme,
    /// The language of the tick labels ("2万" or "20,000").
    pub lang: Lang,
    /// The chart's height in CSS pixels.
    pub height: f64,
}

/// A laid-out line chart: the frame (grid, axis, labels) as a [`Scene`],
/// and the decimated line drawn over it.
#[derive(Clone, Debug)]
pub struct LineScene {
    /// Grid, axis and tick labels; `plot` is where the line may go.
    pub scene: Scene,
    /// The line's pieces, at most four points per pixel column each.
    pub runs: Runs,
    /// The line's colour and width.
    pub stroke: Stroke,
    /// Where x values go across, in device pixels: for [`nearest`].
    pub x: Map,
}

/// A line's points, checked once and measured once: every redraw reuses
/// the extent instead of passing over 10⁵ points a second time.
#[derive(Clone, Debug)]
pub struct Points {
    xs: Vec<f64>,
    ys: Vec<f64>,
    span: Option<Extent>,
}

impl Points {
    /// The points (`xs[i]`, `ys[i]`), or the error [`decimate`] would give.
    pub fn new(xs: Vec<f64>, ys: Vec<f64>) -> Result<Self, Error> {
        let span = extent(&xs, &ys)?;
        Ok(Points { xs, ys, span })
    }
}

/// Lays out `points` in a chart as wide as `viewport` and `options.height`
/// CSS pixels high. x spans the data; y spans it widened to round ticks.
// `max(..).min(..)`, not `clamp`: clamp's panic message would bring float
// formatting (1 KiB) into the Wasm.
#[allow(clippy::manual_clamp)]
pub fn layout(
    points: &Points,
    options: &LineOptions,
    viewport: &Viewport,
    measure: Measure,
) -> Result<LineScene, Error> {
    let (data_x, data_y) = points.span.unwrap_or(((0.0, 1.0), (0.0, 1.0)));
    let px = |css: f64| viewport.px(css);
    let (w, h) =
        (f64::from(viewport.device_width()), px(options.height).round().max(1.0).min(MAX_DEVICE_EDGE));
    let (theme, lang) = (&options.theme, options.lang);
    let style = TextStyle::new(px(12.0), theme.muted);
    let (pad, gap) = (px(8.0), px(6.0));
    let (top, bottom) = (pad + gap, (h - pad - px(12.0) - gap).max(pad + gap + 1.0));

    // y first: its labels' width sets the plot's left edge.
    let count = ((bottom - top) / px(48.0)).max(2.0).min(10.0) as usize;
    let (domain_y, y_ticks) = nice_domain(data_y, count);
    let y_ticks = labelled(y_ticks, lang);
    let widest = y_ticks.iter().map(|(_, t)| measure(t, &style)).fold(0.0, f64::max);
    let (left, right) = ((pad + widest + gap).min(w / 2.0).round(), (w - pad - gap).round());
    let (map_x, map_y) = (Map::new(data_x, (left, right)), Map::new(domain_y, (bottom, top)));

    // x: ticks at least 80 CSS px apart, and further where the data's end
    // values (as wide as a tick's label, give or take a digit) need it.
    let end = |v: f64| measure(&number(v, lang), &style);
    let room = px(80.0).max(end(data_x.0).max(end(data_x.1)) + px(16.0));
    let x_ticks = labelled(ticks_within(data_x, ((right - left) / room).max(1.0) as usize), lang);

    // Lines and labels interleave here; `paint` draws every label last.
    let mut shapes = Vec::new();
    let grid = Stroke { color: theme.grid, width: viewport.line(1.0) };
    let axis = Stroke { color: theme.muted, ..grid };
    let (l, r, b, tick) = (left as i32, right as i32, bottom as i32, px(4.0).round() as i32);
    for (v, text) in y_ticks {
        let y = map_y.at(v);
        shapes.push(Shape::Line { from: (l, y), to: (r, y), stroke: grid });
        let style = style.anchored(HPos::Right, VPos::Center);
        shapes.push(Shape::Text { text, pos: ((left - gap) as i32, y), style });
    }
    shapes.push(Shape::Line { from: (l, b), to: (r, b), stroke: axis });
    for (v, text) in x_ticks {
        let x = map_x.at(v);
        shapes.push(Shape::Line { from: (x, b), to: (x, b + tick), stroke: axis });
        // Centred under its tick, or pulled in to stay on the canvas.
        let half = measure(&text, &style) / 2.0;
        let x = f64::from(x).min(w - pad - half).max(pad + half).round() as i32;
        let style = style.anchored(HPos::Center, VPos::Top);
        shapes.push(Shape::Text { text, pos: (x, b + tick + gap as i32 / 2), style });
    }

    let runs = decimate(&points.xs, &points.ys, map_x, map_y, (l, r))?;
    Ok(LineScene {
        scene: Scene {
            size: (w as u32, h as u32),
            css_height: h / viewport.ratio,
            shapes,
            marks: Vec::new(),
            plot: (l, top as i32, r, b),
            legend: Vec::new(),
            spans: Vec::new(),
            callouts: Vec::new(),
            footnoted: Vec::new(),
        },
        runs,
        stroke: Stroke { color: theme.mark(), width: viewport.line(1.0) },
        x: map_x,
    })
}

/// The point whose x is nearest device pixel column `px` of a chart laid out
/// with x map `map` between plot edges `left` and `right`, for a page that
/// shows a tooltip of its own: none outside the plot or for no points. `xs`
/// ascend, so a binary search finds it.
pub fn nearest(points: &Points, map: Map, (left, right): (i32, i32), px: i32) -> Option<usize> {
    if px < left || px > right || points.xs.is_empty() || map.k == 0.0 {
        return None;
    }
    let x = (f64::from(px) - map.b) / map.k;
    let i = points.xs.partition_point(|v| *v < x);
    let before = i.checked_sub(1);
    let after = (i < points.xs.len()).then_some(i);
    let distance = |j: usize| (points.xs[j] - x).abs();
    match (before, after) {
        (Some(b), Some(a)) => Some(if distance(b) <= distance(a) { b } else { a }),
        (b, a) => b.or(a),
    }
}

/// Paints the chart: the frame as [`super::paint`] draws it, then each run
/// of the line as one path (a run of one point draws nothing), then
/// `present`, once, at the end.
pub fn paint<DB: DrawingBackend>(backend: &mut DB, chart: &LineScene, bg: Color) -> Result<(), Error> {
    super::draw(backend, &chart.scene, bg)?;
    for run in chart.runs.iter().filter(|r| r.len() > 1) {
        backend.draw_path(run.iter().copied(), &chart.stroke).map_err(drawing_error)?;
    }
    backend.present().map_err(drawing_error)
}
