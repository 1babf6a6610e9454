//! The widget module's exported functions besides `mount` and the chart
//! classes: its version and the built-in story.

use wasm_bindgen::prelude::*;

#[cfg(feature = "builtin")]
use super::{js, js_error};
use crate::error::{Error, ErrorKind};
use crate::story::Lang;

/// The crate version, so a page can log which build it runs.
#[cfg(feature = "explorer")]
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// The built-in story (the Shanxi Daily article) as plain objects, in the same
/// shape as the story JSON an editor writes, once it has passed the same
/// checks as an editor's story.
#[cfg(feature = "builtin")]
#[wasm_bindgen(unchecked_return_type = "StoryObject")]
pub fn story() -> Result<JsValue, JsValue> {
    js::to_js(&js::builtin().map_err(js_error)?).map_err(js_error)
}

/// The built-in story's figures as plain objects (id, label, unit, value with
/// its qualifier, wording, source sentence, tags, derivation).
#[cfg(feature = "builtin")]
#[wasm_bindgen(unchecked_return_type = "Figure[]")]
pub fn figures() -> Result<JsValue, JsValue> {
    js::to_js(&js::builtin().map_err(js_error)?.figures).map_err(js_error)
}

pub(super) fn css_row(id: &str, (l, t, r, b): (i32, i32, i32, i32), ratio: f64) -> JsValue {
    let px = |v: i32| JsValue::from_f64(f64::from(v) / ratio);
    js_sys::Array::of5(&id.into(), &px(l), &px(t), &px(r), &px(b)).into()
}

pub(super) fn parse_lang(code: &str) -> Result<Lang, Error> {
    Lang::parse(code).ok_or_else(|| Error::new("lang", ErrorKind::UnknownLanguage(code.to_owned())))
}
