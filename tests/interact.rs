//! Reader interaction as pure code: hit-testing, focus order, tooltip
//! placement and words, filters, and the view in the URL fragment.
#![cfg(not(target_arch = "wasm32"))]

use newsfig::describe::{item_tooltip, value_words};
use newsfig::interact::{canvas_point, hit, move_focus, place_tooltip, CanvasPoint, Key};
use newsfig::layout::Viewport;
use newsfig::render::{layout, Mark, Options};
use newsfig::state::{parse_pairs, View};
use newsfig::story::{Bound, Qualifier, Text, Value};
use newsfig::text::{estimate_width, TextStyle};
use newsfig::{story, Lang};

fn mark(id: &str, bounds: (i32, i32, i32, i32)) -> Mark {
    Mark { figure: id.into(), bounds }
}

#[test]
fn a_point_hits_the_mark_under_it_or_the_nearest_within_reach() {
    let marks = [mark("a", (10, 10, 100, 30)), mark("b", (10, 50, 14, 70))];
    assert_eq!(hit(&marks, 50, 20, 8), Some(0));
    assert_eq!(hit(&marks, 20, 60, 8), Some(1), "a thin bar is hit from 6 px away");
    assert_eq!(hit(&marks, 12, 37, 8), Some(0), "between two marks, the nearer");
    assert_eq!(hit(&marks, 300, 300, 8), None);
    assert_eq!(hit(&[], 0, 0, 8), None);
}

#[test]
fn arrow_keys_walk_the_marks_in_reading_order_without_wrapping() {
    assert_eq!(move_focus(None, 3, Key::Next), Some(0));
    assert_eq!(move_focus(None, 3, Key::Previous), Some(2));
    assert_eq!(move_focus(Some(0), 3, Key::Next), Some(1));
    assert_eq!(move_focus(Some(2), 3, Key::Next), Some(2));
    assert_eq!(move_focus(Some(0), 3, Key::Previous), Some(0));
    assert_eq!(move_focus(Some(1), 3, Key::Last), Some(2));
    assert_eq!(move_focus(Some(1), 3, Key::First), Some(0));
    assert_eq!(move_focus(Some(1), 0, Key::Next), None);
    assert_eq!(Key::from_name("ArrowDown"), Some(Key::Next));
    assert_eq!(Key::from_name(" "), Some(Key::Activate));
    assert_eq!(Key::from_name("Tab"), None, "Tab is the browser's, to leave the chart");
}

#[test]
fn marks_of_every_chart_are_in_reading_order() {
    let story = story::builtin().unwrap();
    let vp = Viewport::new(640.0, 1.0).unwrap();
    let measure = |t: &str, s: &TextStyle| estimate_width(t, s.size, s.bold);
    for group in &story.groups {
        let scene = layout(&story, group, &Options::new(Lang::En), &vp, &measure).unwrap();
        for pair in scene.marks.windows(2) {
            let (a, b) = (pair[0].bounds, pair[1].bounds);
            let same_row = a.1 == b.1;
            assert!(
                a.1 < b.1 || (same_row && a.0 < b.0),
                "{}: {} comes after {}",
                group.id,
                pair[0].figure,
                pair[1].figure
            );
        }
    }
}

#[test]
fn a_tooltip_stays_inside_a_320_px_box() {
    for mark in [(0.0, 10.0, 20.0, 30.0), (290.0, 10.0, 320.0, 30.0), (100.0, 560.0, 200.0, 590.0)] {
        let (x, y) = place_tooltip(mark, (280.0, 120.0), (320.0, 600.0));
        assert!(x >= 0.0 && x + 280.0 <= 320.0, "{mark:?} → x {x}");
        assert!(y >= 0.0 && y + 120.0 <= 600.0, "{mark:?} → y {y}");
    }
    // A tooltip wider than the box starts at its left edge.
    assert_eq!(place_tooltip((10.0, 10.0, 20.0, 20.0), (400.0, 50.0), (320.0, 600.0)).0, 0.0);
}

macro_rules! words {
    ($($name:ident: $value:expr, $unit:expr, $lang:expr => $expected:expr;)*) => {
        $(#[test] fn $name() { assert_eq!(value_words(&$value, &$unit, $lang), $expected); })*
    };
}

fn point(q: Qualifier, v: f64) -> Value {
    Value::Point { qualifier: q, value: v }
}

words! {
    at_least_en: point(Qualifier::AtLeast, 500.0), Text::new("项", "outcomes"), Lang::En => "at least 500 outcomes";
    at_least_zh: point(Qualifier::AtLeast, 500.0), Text::new("项", "outcomes"), Lang::Zh => "500项以上";
    more_than_en: point(Qualifier::MoreThan, 94.0), Text::new("%", "%"), Lang::En => "more than 94%";
    less_than_zh: point(Qualifier::LessThan, 10.0), Text::new("%", "%"), Lang::Zh => "不到10%";
    approx_en: point(Qualifier::Approx, 39_888.9), Text::new("亩", "mu"), Lang::En => "about 39,900 mu";
    nearly_en: point(Qualifier::Nearly, 4.0), Text::new("毫米", "mm"), Lang::En => "nearly 4 mm";
    nearly_zh: point(Qualifier::Nearly, 7e6), Text::new("元", "yuan"), Lang::Zh => "近700万元";
    range_en: Value::range(8_000.0, 10_000.0), Text::new("元/亩", "yuan per mu"), Lang::En => "8,000–10,000 yuan per mu";
    range_zh: Value::range(50_000.0, 100_000.0), Text::new("元/亩", "yuan per mu"), Lang::Zh => "5万—10万元/亩";
    qualified_range_en: Value::Range {
        low: Bound { value: 1e9, qualifier: Qualifier::AtLeast },
        high: Bound { value: 1e10, qualifier: Qualifier::LessThan },
    }, Text::new("元", "yuan"), Lang::En => "between at least 1 billion and under 10 billion yuan";
}

#[test]
fn tooltips_quote_the_source_and_show_derivations() {
    let story = story::builtin().unwrap();
    let t = item_tooltip(&story, "cooperation_at_a_glance", 1, Lang::En).unwrap();
    assert_eq!(t.value, "more than 500 outcomes");
    assert_eq!(t.basis, "Article: 500余项");
    assert!(t.source.starts_with("Paragraph 4: “") && t.source.contains("500余项合作成果"));
    let d = item_tooltip(&story, "luodangshen_acreage", 1, Lang::Zh).unwrap();
    assert_eq!(d.value, "约3.99万亩");
    assert!(d.basis.starts_with("推算值：长治面积3.59万亩 ÷ 90%"), "{}", d.basis);
    let e = item_tooltip(&story, "timeline", 1, Lang::En).unwrap();
    assert_eq!(e.value, "October 2021");
    assert!(item_tooltip(&story, "timeline", 99, Lang::En).is_none());
}

#[test]
fn the_view_round_trips_through_the_fragment() {
    let story = story::builtin().unwrap();
    let mut v = View::new(&story, Lang::Zh);
    let pairs = parse_pairs("#group=shares&lang=en&log=1&sector=photovoltaics&partner=whut");
    v.apply(&story, &mut pairs.iter().map(|(k, x)| (k.as_str(), x.as_str())));
    assert_eq!(v.group, "shares");
    assert_eq!(v.lang, Lang::En);
    assert!(v.log);
    assert_eq!(v.filters, [Some("photovoltaics".into()), None, Some("whut".into())]);
    assert_eq!(v.fragment(), "group=shares&lang=en&log=1&sector=photovoltaics&partner=whut");
    let mut w = View::new(&story, Lang::Zh);
    let pairs = parse_pairs(&v.fragment());
    w.apply(&story, &mut pairs.iter().map(|(k, x)| (k.as_str(), x.as_str())));
    assert_eq!(w, v);
}

#[test]
fn unknown_or_stale_fragment_values_are_ignored() {
    let story = story::builtin().unwrap();
    let mut v = View::new(&story, Lang::Zh);
    let pairs = parse_pairs("group=nope&lang=fr&sector=%3Cscript%3E&colour=red&place");
    v.apply(&story, &mut pairs.iter().map(|(k, x)| (k.as_str(), x.as_str())));
    assert_eq!(v, View::new(&story, Lang::Zh));
    assert_eq!(
        parse_pairs("a=%E9%95%BF%E6%B2%BB&b=x+y&c=%zz&d=%FF%E9"),
        [
            ("a".to_owned(), "长治".to_owned()),
            ("b".to_owned(), "x y".to_owned()),
            ("c".to_owned(), "%zz".to_owned()),
            // Bytes that are not UTF-8 read as no value.
            ("d".to_owned(), String::new())
        ]
    );
}

#[test]
fn filters_narrow_groups_and_items() {
    let story = story::builtin().unwrap();
    let mut v = View::new(&story, Lang::Zh);
    v.filters[2] = Some("tsinghua".into());
    assert_eq!(v.matching_groups(&story), ["tsinghua_bases", "projects_and_people", "timeline"]);
    assert_eq!(
        v.matching_items(&story, "projects_and_people"),
        [false, false, true, false, false, true, true]
    );
    assert!(v.settle(&story));
    assert_eq!(v.group, "tsinghua_bases", "the first chart with a match");
    v.filters[0] = Some("medicinal_herbs".into());
    assert!(!v.settle(&story), "no Tsinghua figure is about herbs");
    assert!(v.matching_groups(&story).is_empty());
}

#[test]
fn filter_choices_are_only_tags_in_use() {
    let story = story::builtin().unwrap();
    let partners = newsfig::state::vocabulary(&story, 2);
    assert!(partners.contains(&"tsinghua"));
    assert!(!partners.contains(&"hust"), "no figure or event is tagged with HUST");
}

/// A canvas 400 CSS px wide at device pixel ratio 2 (backing store 800 × 300),
/// shown at `scale` by a CSS transform at (100, 50) on screen.
fn scaled(client: (f64, f64), scale: f64) -> Option<CanvasPoint> {
    canvas_point(client, (100.0, 50.0, 400.0 * scale, 150.0 * scale), (800, 300))
}

#[test]
fn a_pointer_maps_through_the_canvas_box_on_screen_not_the_device_pixel_ratio() {
    // Unscaled: a CSS pixel is two canvas pixels.
    let p = scaled((150.0, 60.0), 1.0).unwrap();
    assert_eq!((p.x, p.y, p.per_screen_px), (100, 20, 2.0));
    // At scale(0.5) the box on screen is half as big: a screen pixel is four canvas pixels,
    // and the canvas's far corner is reached at the box's far corner.
    let p = scaled((150.0, 60.0), 0.5).unwrap();
    assert_eq!((p.x, p.y, p.per_screen_px), (200, 40, 4.0));
    let corner = scaled((300.0, 125.0), 0.5).unwrap();
    assert_eq!((corner.x, corner.y), (800, 300));
    // At scale(1.5), 3 screen pixels are 4 canvas pixels.
    let p = scaled((160.0, 59.0), 1.5).unwrap();
    assert_eq!((p.x, p.y), (80, 12));
    // Every mark of a row of 12 bars answers for itself at each scale.
    let marks: Vec<Mark> = (0..12).map(|i| mark("bar", (i * 60 + 20, 100, i * 60 + 60, 200))).collect();
    for scale in [0.5, 1.0, 1.5] {
        for i in 0..12 {
            // The bar's centre as a CSS pixel in the canvas, then on screen.
            let (cx, cy) = (f64::from(i * 60 + 40) / 2.0, 75.0);
            let p = scaled((100.0 + cx * scale, 50.0 + cy * scale), scale).unwrap();
            assert_eq!(hit(&marks, p.x, p.y, 0), Some(i as usize), "bar {i} at scale {scale}");
        }
    }
}

#[test]
fn a_canvas_with_no_box_on_screen_has_no_pointer_position() {
    assert_eq!(canvas_point((1.0, 1.0), (0.0, 0.0, 0.0, 10.0), (800, 300)), None);
    assert_eq!(canvas_point((1.0, 1.0), (0.0, 0.0, 10.0, f64::NAN), (800, 300)), None);
}
