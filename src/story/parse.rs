//! Reading a story: from JSON text natively, from a JS object in the browser.
//!
//! In the browser the JSON text never reaches Rust: `JSON.parse` (free, and
//! already in every page) builds the object and serde-wasm-bindgen reads it,
//! so the Wasm file carries no JSON parser. Either way serde_path_to_error
//! records where a type error happened.

use super::{validate, Story, Text};
use crate::error::{Error, ErrorKind};

/// The built-in story as JSON text: the Shanxi Daily article of 27 April 2022.
const BUILTIN_JSON: &str = include_str!("changzhi-2022.json");

fn parse_error<E: std::fmt::Display>(e: serde_path_to_error::Error<E>) -> Error {
    let path = e.path().to_string();
    let path = if path == "." { "story".to_owned() } else { path };
    let message = e.inner().to_string();
    let message = message.strip_prefix("Error: ").map(str::to_owned).unwrap_or(message);
    // serde-wasm-bindgen reports a string where a list or object belongs as
    // the JavaScript TypeError it hit; say what an editor needs to know.
    let message = if message.contains("TypeError") {
        "has the wrong type: expected a list or an object".to_owned()
    } else {
        message
    };
    Error::new(path, ErrorKind::Parse(message))
}

/// Parses and validates a story from JSON text.
#[cfg(not(target_arch = "wasm32"))]
pub fn from_json(text: &str) -> Result<Story, Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let mut story: Story = serde_path_to_error::deserialize(&mut de).map_err(parse_error)?;
    validate(&story)?;
    neutralise(&mut story);
    Ok(story)
}

/// Reads a plain JS object (as `JSON.parse` returns) into a story, unvalidated.
#[cfg(target_arch = "wasm32")]
fn read_js(value: wasm_bindgen::JsValue) -> Result<Story, Error> {
    let de = serde_wasm_bindgen::Deserializer::from(value);
    serde_path_to_error::deserialize(de).map_err(parse_error)
}

/// Parses and validates a story from a plain JS object (as `JSON.parse` returns).
#[cfg(target_arch = "wasm32")]
pub fn from_js(value: wasm_bindgen::JsValue) -> Result<Story, Error> {
    let mut story = read_js(value)?;
    validate(&story)?;
    neutralise(&mut story);
    Ok(story)
}

/// Every problem in a JS story object: the type error that stops reading, or
/// every rule it breaks. Empty when it is valid.
#[cfg(target_arch = "wasm32")]
pub fn check_js(value: wasm_bindgen::JsValue) -> Vec<Error> {
    match read_js(value) {
        Ok(story) => super::check(&story),
        Err(e) => vec![e],
    }
}

/// The built-in story, parsed and validated. A test keeps it valid, so the
/// error arm is for a broken build, not for readers.
pub fn builtin() -> Result<Story, Error> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        from_json(BUILTIN_JSON)
    }
    #[cfg(target_arch = "wasm32")]
    {
        let value = js_sys::JSON::parse(BUILTIN_JSON)
            .map_err(|_| Error::new("story", ErrorKind::Parse("the built-in story is not JSON".into())))?;
        from_js(value)
    }
}

/// Whether `c` reorders text around it: the bidi embeddings, overrides and
/// isolates. In a label they could make "500+" display as "+005".
fn reorders(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn strip(s: &mut String) {
    if s.chars().any(reorders) {
        s.retain(|c| !reorders(c));
    }
}

fn strip_text(t: &mut Text) {
    strip(&mut t.zh);
    strip(&mut t.en);
}

/// Removes direction overrides from every text a reader sees. Everything
/// else is already inert: text reaches the DOM as text and SVG escaped.
pub fn neutralise(story: &mut Story) {
    strip_text(&mut story.title);
    strip_text(&mut story.source.name);
    story.source.authors.iter_mut().for_each(strip);
    let v = &mut story.tags;
    v.sector
        .iter_mut()
        .chain(v.place.iter_mut())
        .chain(v.partner.iter_mut())
        .for_each(|t| strip_text(&mut t.label));
    for f in &mut story.figures {
        strip_text(&mut f.label);
        strip_text(&mut f.unit);
        strip(&mut f.wording);
        strip(&mut f.source.sentence);
        f.note.iter_mut().for_each(strip_text);
        f.derived.iter_mut().for_each(|d| strip_text(&mut d.formula));
    }
    for e in &mut story.events {
        strip_text(&mut e.label);
        strip(&mut e.wording);
        strip(&mut e.source.sentence);
    }
    for g in &mut story.groups {
        strip_text(&mut g.title);
        g.subtitle.iter_mut().chain(g.note.iter_mut()).for_each(strip_text);
        g.items.iter_mut().filter_map(|i| i.label.as_mut()).for_each(strip_text);
    }
}
