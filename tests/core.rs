//! Native tests of the pure core: formatting, sizes, wrapping, scales, and the
//! structure of a laid-out chart.
#![cfg(not(target_arch = "wasm32"))]

use newsfig::format::{number, value_label};
use newsfig::layout::{wrap, Viewport};
use newsfig::render::{layout, Options, Scene, Shape};
use newsfig::scale::ticks;
use newsfig::story::{Qualifier, Text, Value};
use newsfig::text::{estimate_width, TextStyle};
use newsfig::{story, Lang};

/// One named test per row: `name: expression => expected`.
macro_rules! table {
    ($($name:ident: $actual:expr => $expected:expr;)*) => {
        $(#[test] fn $name() { assert_eq!($actual, $expected); })*
    };
}

fn point(qualifier: Qualifier, value: f64) -> Value {
    Value::Point { qualifier, value }
}

fn mu() -> Text {
    Text::new("亩", "mu")
}

fn pct() -> Text {
    Text::new("%", "%")
}

fn yuan_mu() -> Text {
    Text::new("元/亩", "yuan per mu")
}

table! {
    zh_wan: number(35_900.0, Lang::Zh) => "3.59万";
    zh_yi: number(250_000_000.0, Lang::Zh) => "2.5亿";
    zh_small: number(106.0, Lang::Zh) => "106";
    en_thousands: number(35_900.0, Lang::En) => "35,900";
    en_millions: number(22_000_000.0, Lang::En) => "22 million";
    en_billions: number(2_500_000_000.0, Lang::En) => "2.5 billion";
    en_below_a_million: number(359_000.0, Lang::En) => "359,000";
    en_fraction: number(1234.5, Lang::En) => "1,234.5";
    en_negative: number(-1234.0, Lang::En) => "-1,234";
    zh_exact_mu: value_label(&point(Qualifier::Exact, 35_900.0), &mu(), Lang::Zh) => "3.59万亩";
    en_exact_mu: value_label(&point(Qualifier::Exact, 35_900.0), &mu(), Lang::En) => "35,900 mu";
    zh_approx_rounds_to_three_digits: value_label(&point(Qualifier::Approx, 39_888.9), &mu(), Lang::Zh) => "约3.99万亩";
    en_approx_rounds_to_three_digits: value_label(&point(Qualifier::Approx, 39_888.9), &mu(), Lang::En) => "≈39,900 mu";
    zh_nearly_keeps_the_number: value_label(&point(Qualifier::Nearly, 7e6), &Text::new("元", "yuan"), Lang::Zh) => "近700万元";
    en_nearly: value_label(&point(Qualifier::Nearly, 4.0), &Text::new("毫米", "mm"), Lang::En) => "nearly 4 mm";
    more_than_percent: value_label(&point(Qualifier::MoreThan, 94.0), &pct(), Lang::En) => ">94%";
    less_than_mu: value_label(&point(Qualifier::LessThan, 359_000.0), &mu(), Lang::Zh) => "<35.9万亩";
    at_least: value_label(&point(Qualifier::AtLeast, 500.0), &Text::new("项", "outcomes"), Lang::En) => "≥500 outcomes";
    at_most_zh: value_label(&point(Qualifier::AtMost, 3.0), &Text::new("台", "units"), Lang::Zh) => "≤3台";
    range_zh_yuan: value_label(&Value::range(50_000.0, 100_000.0), &yuan_mu(), Lang::Zh) => "5万—10万元/亩";
    range_en_yuan: value_label(&Value::range(8_000.0, 10_000.0), &yuan_mu(), Lang::En) => "8,000–10,000 yuan per mu";
    range_percent: value_label(&Value::range(5.0, 10.0), &pct(), Lang::En) => "5%–10%";
    range_qualified_ends: value_label(
        &Value::Range {
            low: newsfig::story::Bound { value: 1e9, qualifier: Qualifier::AtLeast },
            high: newsfig::story::Bound { value: 1e10, qualifier: Qualifier::LessThan },
        },
        &Text::new("元", "yuan"),
        Lang::Zh,
    ) => "≥10亿—<100亿元";
    range_qualified_ends_en: value_label(
        &Value::Range {
            low: newsfig::story::Bound { value: 1e9, qualifier: Qualifier::AtLeast },
            high: newsfig::story::Bound { value: 1e10, qualifier: Qualifier::LessThan },
        },
        &Text::new("元", "yuan"),
        Lang::En,
    ) => "≥1 billion–<10 billion yuan";
    range_zh_small: value_label(&Value::range(8_000.0, 10_000.0), &mu(), Lang::Zh) => "8000—10000亩";
    range_zh_wan: value_label(&Value::range(50_000.0, 100_000.0), &mu(), Lang::Zh) => "5万—10万亩";
    range_en: value_label(&Value::range(8_000.0, 10_000.0), &mu(), Lang::En) => "8,000–10,000 mu";
    ticks_round_up: ticks(39_889.0, 4) => vec![0.0, 10_000.0, 20_000.0, 30_000.0, 40_000.0];
    ticks_of_nothing: ticks(0.0, 4) => vec![0.0, 1.0];
    lang_parses_region: newsfig::Lang::parse("zh-CN") => Some(Lang::Zh);
    lang_rejects_other: newsfig::Lang::parse("fr") => None;
}

#[test]
fn viewport_rejects_nonsense_and_clamps_extremes() {
    assert!(Viewport::new(f64::NAN, 1.0).is_err());
    assert!(Viewport::new(0.0, 1.0).is_err());
    assert!(Viewport::new(320.0, f64::INFINITY).is_err());
    assert!(Viewport::new(320.0, -1.0).is_err());
    let narrow = Viewport::new(10.0, 1.0).unwrap();
    assert_eq!(narrow.css_width, newsfig::layout::MIN_CSS_WIDTH);
    let huge = Viewport::new(10_000.0, 4.0).unwrap();
    assert!(huge.device_width() as f64 <= newsfig::layout::MAX_DEVICE_EDGE);
    assert_eq!(Viewport::new(400.0, 2.0).unwrap().device_width(), 800);
}

#[test]
fn wrap_breaks_english_at_spaces_and_chinese_anywhere() {
    let m = |t: &str| estimate_width(t, 10.0, false);
    let en = wrap("Changzhi grows 90% of Shanxi's Luodangshen", 120.0, &m);
    assert!(en.len() > 1);
    assert_eq!(en.join(" "), "Changzhi grows 90% of Shanxi's Luodangshen");
    assert!(en.iter().all(|l| m(l) <= 120.0 || !l.contains(' ')));
    let zh = wrap("全省面积为推算值：3.59万亩 ÷ 90%，原文未直接给出。", 80.0, &m);
    assert!(zh.len() > 1);
    assert!(zh.iter().all(|l| !l.starts_with('，') && !l.starts_with('。')));
}

/// Every group of the built-in story, by id.
fn groups() -> Vec<String> {
    story::builtin().unwrap().groups.into_iter().map(|g| g.id).collect()
}

fn scene_of(group: &str, lang: Lang, width: f64, log: bool) -> Scene {
    scene_with_font(group, lang, width, log, 1.0)
}

/// A scene laid out with text `wide` times the estimate's width, standing in
/// for a browser font wider than the estimate.
fn scene_with_font(group: &str, lang: Lang, width: f64, log: bool, wide: f64) -> Scene {
    scene_in(&story::builtin().unwrap(), group, lang, width, log, wide)
}

fn scene_in(story: &story::Story, group: &str, lang: Lang, width: f64, log: bool, wide: f64) -> Scene {
    let group = story.group(group).unwrap();
    let vp = Viewport::new(width, 1.0).unwrap();
    let measure = move |t: &str, s: &TextStyle| estimate_width(t, s.size, s.bold) * wide;
    let options = Options { log, ..Options::new(lang) };
    layout(story, group, &options, &vp, &measure).unwrap()
}

/// The box a text shape covers, from its anchor and the same estimate layout used.
fn text_box(text: &str, pos: (i32, i32), style: &TextStyle, wide: f64) -> (f64, f64, f64, f64) {
    use plotters_backend::text_anchor::{HPos, VPos};
    let w = estimate_width(text, style.size, style.bold) * wide;
    let h = style.size;
    let x = match style.anchor.h_pos {
        HPos::Left => pos.0 as f64,
        HPos::Center => pos.0 as f64 - w / 2.0,
        HPos::Right => pos.0 as f64 - w,
    };
    let y = match style.anchor.v_pos {
        VPos::Top => pos.1 as f64,
        VPos::Center => pos.1 as f64 - h / 2.0,
        VPos::Bottom => pos.1 as f64 - h,
    };
    (x, y, x + w, y + h)
}

#[test]
fn every_group_has_one_mark_per_item_inside_its_plot() {
    let story = story::builtin().unwrap();
    for id in groups() {
        let id = id.as_str();
        let items: Vec<&str> = story.group(id).unwrap().items.iter().map(|i| i.id.as_str()).collect();
        for lang in [Lang::Zh, Lang::En] {
            for width in [320.0, 640.0, 1000.0] {
                let s = scene_of(id, lang, width, false);
                let marks: Vec<&str> = s.marks.iter().map(|m| m.figure.as_str()).collect();
                assert_eq!(marks, items, "{id} {lang:?} {width}");
                let (w, h) = (s.size.0 as i32, s.size.1 as i32);
                for m in &s.marks {
                    let (ml, mt, mr, mb) = m.bounds;
                    assert!(
                        ml >= 0 && mt >= 0 && mr <= w && mb <= h,
                        "{id} {lang:?} {width}: {m:?} off the canvas"
                    );
                    assert!(mr >= ml && mb > mt, "{id} {lang:?} {width}: {m:?} is empty");
                }
            }
        }
    }
}

#[test]
fn bars_stay_inside_the_plot() {
    for lang in [Lang::Zh, Lang::En] {
        for width in [320.0, 640.0, 1000.0] {
            for log in [false, true] {
                let s = scene_of("luodangshen_acreage", lang, width, log);
                let (l, t, r, b) = s.plot;
                for m in &s.marks {
                    let (ml, mt, mr, mb) = m.bounds;
                    assert!(
                        ml >= l && mt >= t && mr <= r && mb <= b,
                        "{lang:?} {width}: {m:?} outside {:?}",
                        s.plot
                    );
                }
            }
        }
    }
}

#[test]
fn text_stays_on_the_canvas_and_does_not_overlap() {
    for id in groups() {
        let id = id.as_str();
        for lang in [Lang::Zh, Lang::En] {
            for width in [320.0, 640.0, 1000.0] {
                for wide in [1.0, 1.25] {
                    check_text(id, lang, width, wide);
                }
            }
        }
    }
}

/// The built-in story with every item of every chart annotated, the first
/// item twice (a short text and a long one), so that some annotations fit
/// beside their marks and some must be footnoted at every width.
fn crowded() -> story::Story {
    let mut s = story::builtin().unwrap();
    for g in &mut s.groups {
        let mut notes = Vec::new();
        for (i, item) in g.items.iter().enumerate() {
            let text = if i % 2 == 0 {
                Text::new("原文所说", "As stated")
            } else {
                Text::new(
                    "这是一条较长的编辑注释，说明这一项为何重要",
                    "A longer editor's note on why this one matters",
                )
            };
            notes.push(story::Annotation { item: item.id.clone(), end: None, text });
        }
        let first = g.items[0].id.clone();
        let long = Text::new(
            "长治“不到甘肃定西市的1/10”，这是原文的说法",
            "Under a tenth of Dingxi's, as the article puts it",
        );
        notes.push(story::Annotation { item: first.clone(), end: None, text: long });
        g.annotations = notes;
        g.highlight = vec![first];
    }
    story::validate(&s).unwrap();
    s
}

#[test]
fn annotations_stay_clear_of_marks_text_and_each_other() {
    let builtin = story::builtin().unwrap();
    let crowded = crowded();
    let (mut inline, mut notes) = (0, 0);
    for story in [&builtin, &crowded] {
        for g in &story.groups {
            for lang in [Lang::Zh, Lang::En] {
                for width in [320.0, 640.0, 1000.0] {
                    for wide in [1.0, 1.25] {
                        let s = scene_in(story, &g.id, lang, width, false, wide);
                        check_boxes(&s, &format!("{} {lang:?} {width}px, font ×{wide}", g.id), wide);
                        check_notes(
                            story,
                            (&g.id, lang),
                            &s,
                            &format!("{} {lang:?} {width}px ×{wide}", g.id),
                            wide,
                        );
                        if std::ptr::eq(story, &crowded) {
                            inline += s.callouts.len();
                            notes += s.footnoted.len();
                        }
                    }
                }
            }
        }
    }
    // Both ways are taken: some beside their marks, some under the chart.
    assert!(inline > 20 && notes > 20, "{inline} inline, {notes} footnoted");
}

/// Each annotation drawn once, beside its mark or as a numbered note; a
/// drawn one's box on the canvas and clear of every mark, every other
/// callout and every leader, its leader crossing no mark but its own and
/// no text; a footnoted one's marker on its label and its note under the chart.
fn check_notes(story: &story::Story, (id, lang): (&str, Lang), s: &Scene, at: &str, wide: f64) {
    let g = story.group(id).unwrap();
    let mut drawn: Vec<usize> =
        s.callouts.iter().map(|c| c.index).chain(s.footnoted.iter().copied()).collect();
    drawn.sort_unstable();
    assert_eq!(drawn, (0..g.annotations.len()).collect::<Vec<_>>(), "{at}");
    let rect = |(l, t, r, b): (i32, i32, i32, i32)| (l as f64, t as f64, r as f64, b as f64);
    let hit = |a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)| {
        a.0 < b.2 - 0.5 && b.0 < a.2 - 0.5 && a.1 < b.3 - 0.5 && b.1 < a.3 - 0.5
    };
    let texts: Vec<_> = s
        .shapes
        .iter()
        .filter_map(|sh| match sh {
            Shape::Text { text, pos, style } => Some((text.clone(), text_box(text, *pos, style, wide))),
            _ => None,
        })
        .collect();
    for (i, c) in s.callouts.iter().enumerate() {
        let b = rect(c.bounds);
        assert!(
            b.0 >= 0.0 && b.1 >= 0.0 && b.2 <= s.size.0 as f64 && b.3 <= s.size.1 as f64,
            "{at}: {c:?} leaves the canvas"
        );
        for m in &s.marks {
            assert!(!hit(b, rect(m.bounds)), "{at}: callout {c:?} covers the mark {m:?}");
        }
        for other in &s.callouts[i + 1..] {
            assert!(!hit(b, rect(other.bounds)), "{at}: {c:?} overlaps {other:?}");
        }
        let ((x0, y0), (x1, y1)) = c.leader;
        let target = &g.annotations[c.index].item;
        // Sampled along the leader, clear of its ends.
        for k in 1..20 {
            let t = k as f64 / 20.0;
            let p = (x0 as f64 + (x1 - x0) as f64 * t, y0 as f64 + (y1 - y0) as f64 * t);
            let on = |r: (f64, f64, f64, f64)| {
                p.0 > r.0 + 1.0 && p.0 < r.2 - 1.0 && p.1 > r.1 + 1.0 && p.1 < r.3 - 1.0
            };
            for m in s.marks.iter().filter(|m| &m.figure != target) {
                assert!(!on(rect(m.bounds)), "{at}: the leader of {c:?} crosses {m:?}");
            }
            for (text, tb) in &texts {
                assert!(!on(*tb) || hit(*tb, b), "{at}: the leader of {c:?} crosses {text:?}");
            }
            for other in s.callouts.iter().filter(|o| o.index != c.index) {
                assert!(!on(rect(other.bounds)), "{at}: the leader of {c:?} crosses {other:?}");
            }
        }
    }
    for (n, k) in s.footnoted.iter().enumerate() {
        let marker = newsfig::render::marker(n + 1);
        let first = g.annotations[*k].text.get(lang).chars().next().unwrap();
        let note = format!("{marker} {first}");
        assert!(texts.iter().any(|(t, _)| t.starts_with(&note)), "{at}: no note {marker} under the chart");
        assert!(
            texts.iter().any(|(t, _)| t.contains(&marker) && !t.starts_with(&note)),
            "{at}: no marker {marker} on the label of {}: {:?}",
            g.annotations[*k].item,
            texts.iter().map(|t| &t.0).collect::<Vec<_>>()
        );
    }
}

/// Every text box inside the canvas, and no two overlapping, with text `wide`
/// times the estimate (a wider browser font).
fn check_text(id: &str, lang: Lang, width: f64, wide: f64) {
    let s = scene_with_font(id, lang, width, false, wide);
    check_boxes(&s, &format!("{id} {lang:?} {width}px, font ×{wide}"), wide);
}

fn check_boxes(s: &Scene, at: &str, wide: f64) {
    let boxes: Vec<_> = s
        .shapes
        .iter()
        .filter_map(|sh| match sh {
            Shape::Text { text, pos, style } => Some((text.clone(), text_box(text, *pos, style, wide))),
            _ => None,
        })
        .collect();
    let (w, h) = (s.size.0 as f64, s.size.1 as f64);
    for (text, (x0, y0, x1, y1)) in &boxes {
        assert!(*x0 >= 0.0 && *y0 >= 0.0 && *x1 <= w && *y1 <= h, "{at}: {text:?} leaves the canvas");
    }
    for (i, (a, ba)) in boxes.iter().enumerate() {
        for (b, bb) in &boxes[i + 1..] {
            let overlap = ba.0 < bb.2 - 0.5 && bb.0 < ba.2 - 0.5 && ba.1 < bb.3 - 0.5 && bb.1 < ba.3 - 0.5;
            assert!(!overlap, "{at}: {a:?} overlaps {b:?}");
        }
    }
}

#[test]
fn log_scale_applies_only_where_values_span_a_factor_of_ten() {
    let story = story::builtin().unwrap();
    assert!(newsfig::render::log_applies(&story, story.group("luodangshen_acreage").unwrap()));
    assert!(!newsfig::render::log_applies(&story, story.group("shares").unwrap()));
    // 12 to 500 spans a factor of ten, but headline numbers have no axis.
    assert!(!newsfig::render::log_applies(&story, story.group("cooperation_at_a_glance").unwrap()));
    // On a log scale Changzhi's bar is no longer a sliver: at least a third of Dingxi's.
    let s = scene_of("luodangshen_acreage", Lang::En, 640.0, true);
    let len = |i: usize| (s.marks[i].bounds.2 - s.marks[i].bounds.0) as f64;
    assert!(len(0) > len(2) / 3.0, "{} vs {}", len(0), len(2));
    let linear = scene_of("luodangshen_acreage", Lang::En, 640.0, false);
    let len_lin = |i: usize| (linear.marks[i].bounds.2 - linear.marks[i].bounds.0) as f64;
    assert!(len_lin(0) < len_lin(2) / 5.0);
}

#[test]
fn marks_move_from_their_previous_span_to_the_new_one() {
    let story = story::builtin().unwrap();
    let group = story.group("luodangshen_acreage").unwrap();
    let vp = Viewport::new(640.0, 1.0).unwrap();
    let measure = |t: &str, s: &TextStyle| estimate_width(t, s.size, s.bold);
    let at = |options: &Options| layout(&story, group, options, &vp, &measure).unwrap();
    let linear = at(&Options::new(Lang::En));
    let log = at(&Options { log: true, ..Options::new(Lang::En) });
    // Halfway through the switch to the log scale, each bar is halfway between.
    let half =
        at(&Options { log: true, grow: 0.5, previous: linear.spans.clone(), ..Options::new(Lang::En) });
    for ((id, (l0, r0)), ((_, (l1, r1)), (_, (lm, rm)))) in
        linear.spans.iter().zip(log.spans.iter().zip(&half.spans))
    {
        assert!((lm - (l0 + l1) / 2.0).abs() < 1.0 && (rm - (r0 + r1) / 2.0).abs() < 1.0, "{id}");
    }
    // A figure with no previous span grows from its start.
    let fresh = at(&Options { grow: 0.25, ..Options::new(Lang::En) });
    let (l, r) = fresh.spans[2].1;
    let (lf, rf) = linear.spans[2].1;
    assert!((l - lf).abs() < 1e-9 && (r - (lf + (rf - lf) * 0.25)).abs() < 1e-9);
}
