//! Any bytes as a story: parsing and validation must fail cleanly or accept,
//! and an accepted story must lay out every chart without panicking.
//! Run (outside CI), from `fuzz/`:
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run story corpus/story seeds -s none -- -max_total_time=300`
//! (cargo-fuzz wants nightly flags; RUSTC_BOOTSTRAP lets the stable toolchain take them.)
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsfig::layout::Viewport;
use newsfig::render::{layout, Options};
use newsfig::text::{estimate_width, TextStyle};
use newsfig::Lang;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(story) = newsfig::story::from_json(text) else { return };
    let measure = |t: &str, s: &TextStyle| estimate_width(t, s.size, s.bold);
    let vp = Viewport::new(320.0 + (data.len() % 700) as f64, 1.0 + (data.len() % 3) as f64).unwrap();
    for group in &story.groups {
        for lang in [Lang::Zh, Lang::En] {
            let _ = layout(&story, group, &Options::new(lang), &vp, &measure);
        }
    }
});
