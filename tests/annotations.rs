//! Annotations and highlights: where they go at 320 to 1000 px, what they
//! overlap (nothing), and that highlighting never changes a mark's length.
#![cfg(not(target_arch = "wasm32"))]

use newsfig::layout::Viewport;
use newsfig::render::{layout, Options, Scene, Shape};
use newsfig::story::{self, Lang};
use newsfig::text::{estimate_width, TextStyle};
use newsfig::theme::Theme;

const ANNOTATED: [&str; 2] = ["luodangshen_acreage", "luodangshen_returns"];

fn scene(story: &story::Story, group: &str, lang: Lang, width: f64, theme: Theme, wide: f64) -> Scene {
    let group = story.group(group).unwrap();
    let vp = Viewport::new(width, 1.0).unwrap();
    let measure = move |t: &str, s: &TextStyle| estimate_width(t, s.size, s.bold) * wide;
    layout(story, group, &Options { theme, ..Options::new(lang) }, &vp, &measure).unwrap()
}

/// How many annotations are drawn beside their marks and how many footnoted,
/// per width and language (printed: `cargo test --test annotations -- --nocapture`).
#[test]
fn inline_and_footnoted_counts() {
    let story = story::builtin().unwrap();
    for width in [320.0, 640.0, 1000.0] {
        for lang in [Lang::Zh, Lang::En] {
            let (mut inline, mut notes) = (0, 0);
            for id in ANNOTATED {
                let s = scene(&story, id, lang, width, Theme::light(), 1.0);
                inline += s.callouts.len();
                notes += s.footnoted.len();
                assert_eq!(s.callouts.len() + s.footnoted.len(), story.group(id).unwrap().annotations.len());
            }
            println!("annotations at {width} px, {lang:?}: {inline} inline, {notes} footnoted");
        }
    }
}

/// Writes the annotated charts as SVG into `NEWSFIG_LOOK` (a folder) for looking at.
#[test]
fn write_for_looking() {
    let Some(dir) = std::env::var_os("NEWSFIG_LOOK") else { return };
    let story = story::builtin().unwrap();
    for id in ANNOTATED {
        for (lang, code) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
            for (theme, t) in [(Theme::light(), "light"), (Theme::dark(), "dark")] {
                for width in [320.0, 640.0, 1000.0] {
                    let options = Options { theme, ..Options::new(lang) };
                    let svg = newsfig::svg::render(&story, id, &options, width).unwrap();
                    let path = std::path::Path::new(&dir).join(format!("{id}.{code}.{t}.{width}.svg"));
                    std::fs::write(path, svg).unwrap();
                }
            }
        }
    }
}

/// Highlighting changes colours only: every mark keeps its box, at every
/// width, in both languages, with the highlight on every item or on none.
#[test]
fn highlighting_never_changes_a_marks_length() {
    let story = story::builtin().unwrap();
    for g in &story.groups {
        let mut plain = story.clone();
        let mut all = story.clone();
        for s in [&mut plain, &mut all] {
            let group = s.groups.iter_mut().find(|x| x.id == g.id).unwrap();
            group.highlight.clear();
        }
        let group = all.groups.iter_mut().find(|x| x.id == g.id).unwrap();
        group.highlight = group.items.iter().map(|i| i.id.clone()).collect();
        for lang in [Lang::Zh, Lang::En] {
            for width in [320.0, 640.0, 1000.0] {
                let at = |s: &story::Story| scene(s, &g.id, lang, width, Theme::light(), 1.0).marks;
                let base = at(&plain);
                assert_eq!(at(&story), base, "{} {lang:?} {width}", g.id);
                assert_eq!(at(&all), base, "{} {lang:?} {width}", g.id);
            }
        }
    }
}

/// The highlighted mark is drawn in the accent colour, the others in the grey.
#[test]
fn the_highlighted_bar_is_in_the_accent_colour() {
    let story = story::builtin().unwrap();
    for theme in [Theme::light(), Theme::dark()] {
        let s = scene(&story, "luodangshen_acreage", Lang::En, 640.0, theme, 1.0);
        let fill_in = |id: &str| {
            let m = s.marks.iter().find(|m| m.figure == id).unwrap();
            s.shapes.iter().find_map(|sh| match sh {
                Shape::Fill { from, color, .. } if from.0 == m.bounds.0 && from.1 == m.bounds.1 => {
                    Some(*color)
                }
                _ => None,
            })
        };
        assert_eq!(fill_in("luodangshen_acreage_changzhi"), Some(theme.mark()));
        assert_eq!(fill_in("luodangshen_acreage_shanxi"), Some(theme.tint(theme.other)));
    }
}

/// An annotation on one end of a range points at that end; on the whole
/// range, at its middle.
#[test]
fn an_annotation_points_at_the_end_it_names() {
    for (end, side) in [(Some(story::End::Low), 0), (Some(story::End::High), 2), (None, 1)] {
        let mut story = story::builtin().unwrap();
        let g = story.groups.iter_mut().find(|g| g.id == "luodangshen_returns").unwrap();
        g.annotations[0].end = end;
        let item = g.annotations[0].item.clone();
        let s = scene(&story, "luodangshen_returns", Lang::En, 1000.0, Theme::light(), 1.0);
        let c = &s.callouts[0];
        let (l, _, r, _) = s.marks.iter().find(|m| m.figure == item).unwrap().bounds;
        let x = [l, (l + r) / 2, r][side];
        let tip = c.leader.1;
        assert!((tip.0 - x).abs() <= 3, "{end:?}: the leader ends at {tip:?}, not at x = {x}");
    }
}

/// While marks grow into place, annotations stay where the settled chart puts them.
#[test]
fn annotations_stay_put_while_marks_animate() {
    let story = story::builtin().unwrap();
    let group = story.group("luodangshen_acreage").unwrap();
    let vp = Viewport::new(640.0, 1.0).unwrap();
    let measure = |t: &str, s: &TextStyle| estimate_width(t, s.size, s.bold);
    let settled = layout(&story, group, &Options::new(Lang::En), &vp, &measure).unwrap();
    let half =
        layout(&story, group, &Options { grow: 0.3, ..Options::new(Lang::En) }, &vp, &measure).unwrap();
    assert_eq!(half.callouts, settled.callouts);
    assert_eq!(half.footnoted, settled.footnoted);
    assert_ne!(half.marks, settled.marks, "the marks themselves are still growing");
}
