//! The widget module's exported functions besides `mount` and the chart
//! classes: its version, the built-in story, and an editor's story checked.

use wasm_bindgen::prelude::*;

use super::{js, js_error};
use crate::error::{Error, ErrorKind};
use crate::story::{self as model, Lang};

/// The crate version, so a page can log which build it runs.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// The built-in story (the Shanxi Daily article) as plain objects, in the same
/// shape as the story JSON an editor writes: the embedded file as `JSON.parse`
/// reads it, once it has passed the same checks as an editor's story.
#[cfg(feature = "builtin")]
#[wasm_bindgen]
pub fn story() -> Result<JsValue, JsError> {
    let value = js::builtin_value().map_err(js_error)?;
    js::story(&value).map_err(js_error)?;
    Ok(value)
}

/// The built-in story's figures as plain objects (id, label, unit, value with
/// its qualifier, wording, source sentence, tags, derivation).
#[cfg(feature = "builtin")]
#[wasm_bindgen]
pub fn figures() -> Result<JsValue, JsError> {
    js_sys::Reflect::get(&story()?, &"figures".into()).map_err(|_| JsError::new("story: no figures"))
}

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
        Ok(doc) => model::check_tree(&doc).iter().map(ToString::to_string).collect(),
        Err(e) => vec![e.to_string()],
    }
}

pub(super) fn css_row(id: &str, (l, t, r, b): (i32, i32, i32, i32), ratio: f64) -> JsValue {
    let px = |v: i32| JsValue::from_f64(f64::from(v) / ratio);
    js_sys::Array::of5(&id.into(), &px(l), &px(t), &px(r), &px(b)).into()
}

pub(super) fn parse_lang(code: &str) -> Result<Lang, Error> {
    Lang::parse(code).ok_or_else(|| Error::new("lang", ErrorKind::UnknownLanguage(code.to_owned())))
}
