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
/// First through serde-wasm-bindgen, which keeps numbers as JS has them (NaN
/// and the infinities, which the rules then name). It reads only declared
/// fields (RReverser/serde-wasm-bindgen#39), so the object is read a second
/// time as JSON, where `deny_unknown_fields` fires: `JSON.stringify`, then
/// serde_json, whose parser limits nesting (an arbitrary object copied into a
/// `serde_json::Value` would recurse as deep as the page nests it). JSON has
/// no NaN or infinities (`JSON.stringify` writes `null`), so a story with one
/// is left to the rules. A type error is worded as serde_json words it where
/// both readers find one: serde-wasm-bindgen's can be a JS exception's text.
pub(super) fn read(value: &JsValue) -> Result<Story, Vec<Error>> {
    let as_json = || {
        let text = js_sys::JSON::stringify(value).ok().and_then(|t| t.as_string()).unwrap_or_default();
        let json: serde_json::Value = serde_json::from_str(&text)
            .map_err(|e| Error::new("story", ErrorKind::Parse(format!("not JSON: {e}"))))?;
        model::read(json)
    };
    let story = match model::read(serde_wasm_bindgen::Deserializer::from(value.clone())) {
        Ok(story) => story,
        Err(e) => return Err(vec![as_json().err().unwrap_or(e)]),
    };
    let problems = model::check(&story);
    if !problems.iter().any(|e| matches!(e.kind, ErrorKind::NotFinite(_))) {
        as_json().map_err(|e| vec![e])?;
    }
    if problems.is_empty() {
        Ok(story)
    } else {
        Err(problems)
    }
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
pub fn parse_story(value: JsValue) -> Result<JsValue, JsError> {
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
