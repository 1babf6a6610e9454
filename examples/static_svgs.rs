//! Writes `www/static/GROUP.LANG.svg`: each chart of the built-in story as a
//! static SVG, the no-JavaScript fallback the embed snippets point to.
//! Run with `make static`; `tests/static_svgs.rs` fails when they are stale.

use std::path::Path;

use newsfig::render::Options;
use newsfig::{story, svg, Lang};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/static");
    std::fs::create_dir_all(&dir)?;
    let story = story::builtin()?;
    for group in &story.groups {
        for (lang, code) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
            let out = svg::render(&story, &group.id, &Options::new(lang), 640.0)?;
            std::fs::write(dir.join(format!("{}.{code}.svg", group.id)), out)?;
        }
    }
    println!("wrote {} SVGs to {}", story.groups.len() * 2, dir.display());
    Ok(())
}
