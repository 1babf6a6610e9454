//! Embeds the built-in story without its indentation: the JSON in the source
//! tree stays readable for editors, and the Wasm file of a build with the
//! `builtin` feature carries less. serde_json reads it and writes it back
//! compact (object keys in sorted order); a test parses both and compares.

use std::{env, fs, path::Path};

fn main() {
    let source = "src/story/changzhi-2022.json";
    println!("cargo:rerun-if-changed={source}");
    let text = fs::read_to_string(source).expect("the built-in story is readable");
    let story: serde_json::Value = serde_json::from_str(&text).expect("the built-in story is JSON");
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("changzhi-2022.min.json");
    fs::write(dest, story.to_string()).expect("OUT_DIR is writable");
}
