//! Story objects across the JS boundary, through serde-wasm-bindgen: an
//! editor's object (as `JSON.parse` returns it) into a [`Story`], and back
//! out as plain objects and arrays.
//!
//! The reader's widget reads leniently: serde-wasm-bindgen reads only the
//! fields a type declares (RReverser/serde-wasm-bindgen#39), so a field the
//! format lacks is not seen here, and a type error has no path. The full
//! diagnosis (every problem, its path, unknown fields) is `checkStory`'s, in
//! `check.rs`; builds that carry it say why a story failed to read, the
//! release widget says where to ask.

// Shared by the widget and the tools; a build without the widget only reads a story.
#![cfg_attr(not(feature = "explorer"), allow(dead_code))]

use wasm_bindgen::JsValue;

use crate::error::{Error, ErrorKind};
use crate::story::{self as model, Story};

/// Reads, validates and neutralises an editor's story object.
pub fn story(value: &JsValue) -> Result<Story, Error> {
    let mut story: Story = serde_wasm_bindgen::from_value(value.clone()).map_err(|e| unread(value, e))?;
    model::validate(&story)?;
    model::neutralise(&mut story);
    Ok(story)
}

/// Why `value` does not read as a story: the strict reader's first problem,
/// in builds that have it.
#[cfg(feature = "tools")]
fn unread(value: &JsValue, e: serde_wasm_bindgen::Error) -> Error {
    let first = super::check::problems(value).into_iter().next();
    first.unwrap_or_else(|| Error::new("story", ErrorKind::Shape(e.to_string())))
}

/// The release widget (without `tools`) leaves the explanation to the tools module's
/// `checkStory` (see [`crate::error::TERSE`]).
#[cfg(not(feature = "tools"))]
fn unread(_: &JsValue, _: serde_wasm_bindgen::Error) -> Error {
    Error::new("story", ErrorKind::Shape(String::new()))
}

/// `value` as plain JS objects and arrays (not `Map`s), as `JSON.parse` would give it.
#[cfg(any(feature = "builtin", feature = "tools", feature = "draft"))]
pub fn to_js<T: serde::Serialize + ?Sized>(value: &T) -> Result<JsValue, Error> {
    let plain = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&plain).map_err(|e| Error::new("story", ErrorKind::Parse(e.to_string())))
}

/// The built-in story, read and validated.
#[cfg(feature = "builtin")]
pub fn builtin() -> Result<Story, Error> {
    model::builtin()
}

/// Without the `builtin` feature there is no story to fall back on: the
/// error says where the article's is.
#[cfg(not(feature = "builtin"))]
pub fn builtin() -> Result<Story, Error> {
    let m = "is missing: pass a story object (the article's is pkg/changzhi-2022.json; \
             a build with the `builtin` feature carries it)";
    Err(Error::new("story", ErrorKind::Parse(m.into())))
}
