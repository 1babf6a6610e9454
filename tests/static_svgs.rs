//! The static fallbacks in `www/static` are what the drawing code makes now.
#![cfg(not(target_arch = "wasm32"))]

use newsfig::render::Options;
use newsfig::{story, svg, Lang};

#[test]
fn static_svgs_are_current() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("www/static");
    let story = story::builtin().unwrap();
    let mut stale = Vec::new();
    for group in &story.groups {
        for (lang, code) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
            let name = format!("{}.{code}.svg", group.id);
            let fresh = svg::render(&story, &group.id, &Options::new(lang), 640.0).unwrap();
            if std::fs::read_to_string(dir.join(&name)).ok().as_deref() != Some(fresh.as_str()) {
                stale.push(name);
            }
        }
    }
    assert!(stale.is_empty(), "stale or missing in www/static: {stale:?}; run `make static`");
}
