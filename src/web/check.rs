//! An editor's story checked, for the page or tool that takes it in: every
//! problem listed, or a checked copy. Readers never need these, so the release
//! build exports them from the tools module (`newsfig_tools.js`), not the
//! widget's; a plain build (`wasm-pack build`) exports them from `newsfig.js`.

use wasm_bindgen::prelude::*;

use super::{js, js_error};
use crate::story as model;

/// Reads and validates an editor's story object (as `JSON.parse` returns it).
/// Returns a fresh copy of it, with text direction overrides removed, or
/// throws an error whose message starts with the JSON path of the first
/// problem.
#[wasm_bindgen(js_name = parseStory)]
pub fn parse_story(value: JsValue) -> Result<JsValue, JsError> {
    let mut tree = js::to_tree(&value).map_err(js_error)?;
    model::from_tree(&tree).map_err(js_error)?;
    model::neutralise_tree(&mut tree);
    Ok(js::from_tree(&tree))
}

/// Every problem in an editor's story object, as `"path: message"` strings;
/// an empty array when it is valid. A type error ends the check at the first.
#[wasm_bindgen(js_name = checkStory)]
pub fn check_story(value: JsValue) -> Vec<String> {
    match js::to_tree(&value) {
        Ok(doc) => model::check_tree(&doc).iter().map(crate::Error::message).collect(),
        Err(e) => vec![e.message()],
    }
}
