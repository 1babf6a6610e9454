//! An editor's story checked, for the page or tool that takes it in: every
//! problem listed, or a checked copy. Readers never need these, so the release
//! build exports them from the tools module (`newsfig_tools.js`), not the
//! widget's; a plain build (`wasm-pack build`) exports them from `newsfig.js`.

use wasm_bindgen::prelude::*;

use super::{js, js_error};
use crate::error::{Error, ErrorKind};
use crate::story::{self as model, Story};

/// Reads an editor's story object strictly: the type error that stops
/// reading (with its path), an unknown field, or every rule it breaks.
///
/// serde-wasm-bindgen reads it as the widget does, numbers as JS has them
/// (NaN and the infinities, which the rules then name). It reads only the
/// fields a type declares (RReverser/serde-wasm-bindgen#39), so the object is
/// read a second time as JSON text (`JSON.stringify`), where serde_json and
/// serde_path_to_error find unknown fields and name the path of a type error.
/// Text, not `from_value` into a `serde_json::Value`: the parser limits
/// nesting, where copying an arbitrary object would recurse as deep as the
/// page nests it, and one reader of text is less code than a tree and a
/// reader of it. JSON has no NaN or infinities (`JSON.stringify` writes
/// `null`), so a story with one is left to the rules.
pub(super) fn read(value: &JsValue) -> Result<Story, Vec<Error>> {
    let story = serde_wasm_bindgen::from_value::<Story>(value.clone()).map_err(|e| {
        vec![as_json(value).err().unwrap_or_else(|| Error::new("story", ErrorKind::Shape(e.to_string())))]
    })?;
    let problems = model::check(&story);
    if !problems.iter().any(|e| matches!(e.kind, ErrorKind::NotFinite(_))) {
        as_json(value).map_err(|e| vec![e])?;
    }
    if problems.is_empty() {
        Ok(story)
    } else {
        Err(problems)
    }
}

/// `value` read as JSON text, with serde_json's place in that text (which
/// the editor never saw) cut from its messages.
fn as_json(value: &JsValue) -> Result<Story, Error> {
    let Some(text) = js_sys::JSON::stringify(value).ok().and_then(|t| t.as_string()) else {
        let m = "expected a story object (one that JSON.stringify can write)";
        return Err(Error::new("story", ErrorKind::Shape(m.into())));
    };
    model::read_json(&text).map_err(|mut e| {
        if let ErrorKind::Shape(m) | ErrorKind::Parse(m) = &mut e.kind {
            if let Some((message, place)) = m.rsplit_once(" at line 1 column ") {
                if place.bytes().all(|b| b.is_ascii_digit()) {
                    m.truncate(message.len());
                }
            }
        }
        e
    })
}

/// Every problem in `value`; empty when it is a valid story.
pub(super) fn problems(value: &JsValue) -> Vec<Error> {
    read(value).err().unwrap_or_default()
}

/// Reads and validates an editor's story object (as `JSON.parse` returns it).
/// Returns a fresh copy of it, with text direction overrides removed and
/// optional fields that hold nothing left out, or throws an error whose
/// message starts with the JSON path of the first problem.
#[wasm_bindgen(js_name = parseStory, unchecked_return_type = "StoryObject")]
pub fn parse_story(value: JsValue) -> Result<JsValue, JsValue> {
    let mut story = read(&value).map_err(|mut problems| js_error(problems.swap_remove(0)))?;
    model::neutralise(&mut story);
    js::to_js(&story).map_err(js_error)
}

/// Every problem in an editor's story object, as `"path: message"` strings;
/// an empty array when it is valid. A type error ends the check at the first.
#[wasm_bindgen(js_name = checkStory)]
pub fn check_story(value: JsValue) -> Vec<String> {
    problems(&value).iter().map(Error::message).collect()
}
