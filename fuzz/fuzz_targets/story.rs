//! Any bytes as a story, through the path the browser takes: the story
//! types' serde `Deserialize` impls (here fed by serde_json, in the browser by
//! serde-wasm-bindgen) and the same validation. Reading must fail cleanly or
//! accept; an accepted story must survive being written and read back, and
//! lay out every chart without panicking.
//! Run (outside CI; cargo-fuzz needs a nightly compiler), from `fuzz/`:
//! `cargo +nightly fuzz run story corpus/story seeds -s none -- -max_total_time=300`
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsfig::layout::Viewport;
use newsfig::render::{layout, Options};
use newsfig::text::{estimate_width, TextStyle};
use newsfig::Lang;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(story) = newsfig::story::from_json(text) else { return };
    let written = serde_json::to_string(&story).expect("a read story writes");
    assert_eq!(newsfig::story::from_json(&written).as_ref(), Ok(&story), "written back, it reads the same");
    let measure = |t: &str, s: &TextStyle| estimate_width(t, s.size, s.bold);
    let vp = Viewport::new(320.0 + (data.len() % 700) as f64, 1.0 + (data.len() % 3) as f64).unwrap();
    for group in &story.groups {
        for lang in [Lang::Zh, Lang::En] {
            let _ = layout(&story, group, &Options::new(lang), &vp, &measure);
        }
    }
});
