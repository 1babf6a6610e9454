//! Reading a story: from JSON text, or from a JSON tree the browser built.
//!
//! In the browser the JSON text never reaches Rust: `JSON.parse` (free, and
//! already in every page) builds the object and the web edge copies it into a
//! [`Json`] tree, so the Wasm file carries no JSON text or number parser.
//! Either way [`super::read`] names the path of a type error.

use super::{read, validate, Story, Text};
use crate::error::Error;
use crate::json::{self, Json};

/// The built-in story as JSON text: the Shanxi Daily article of 27 April 2022
/// (`changzhi-2022.json`, its indentation removed by `build.rs`).
pub const BUILTIN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/changzhi-2022.min.json"));

/// Parses and validates a story from JSON text.
pub fn from_json(text: &str) -> Result<Story, Error> {
    from_tree(&json::parse(text)?)
}

/// Reads and validates a story from a JSON tree.
pub fn from_tree(doc: &Json) -> Result<Story, Error> {
    let mut story = read::story(doc)?;
    validate(&story)?;
    neutralise(&mut story);
    Ok(story)
}

/// Every problem in a story tree: the type error that stops reading, or
/// every rule it breaks. Empty when it is valid.
pub fn check_tree(doc: &Json) -> Vec<Error> {
    match read::story(doc) {
        Ok(story) => super::check(&story),
        Err(e) => vec![e],
    }
}

/// The built-in story, parsed and validated. A test keeps it valid, so the
/// error arm is for a broken build, not for readers. The browser edge does
/// not call this: it parses [`BUILTIN_JSON`] with `JSON.parse` and calls
/// [`from_tree`], which keeps the JSON text parser out of the Wasm file.
pub fn builtin() -> Result<Story, Error> {
    from_json(BUILTIN_JSON)
}

/// Whether `c` reorders text around it: the bidi embeddings, overrides and
/// isolates. In a label they could make "500+" display as "+005".
fn reorders(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Removes direction overrides from every string in a story tree, as
/// [`neutralise`] does for a read story.
pub fn neutralise_tree(doc: &mut Json) {
    match doc {
        Json::Str(s) => strip(s),
        Json::Arr(items) => items.iter_mut().for_each(neutralise_tree),
        Json::Obj(pairs) => pairs.iter_mut().for_each(|(_, v)| neutralise_tree(v)),
        _ => {}
    }
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
