//! The browser edge, compiled only for `wasm32`.
//!
//! It reads what the page knows (the canvas, its CSS width, the pixel ratio),
//! turns it into plain values for the core, and paints the core's scene onto
//! the canvas. Nothing here decides what a chart looks like.

// Each feature adds its modules (see Cargo.toml's `[features]`): `explorer`
// the reader's widget, `tools` the tools' code and exports, `line` and
// `widget` the bare canvas charts. The DOM helpers and the story's reader
// serve them all.
#[cfg(feature = "explorer")]
mod actions;
#[cfg(any(feature = "explorer", feature = "widget", feature = "builtin"))]
mod api;
#[cfg(feature = "explorer")]
mod app;
#[cfg(any(feature = "explorer", feature = "line", feature = "widget"))]
mod backend;
#[cfg(feature = "tools")]
mod check;
#[cfg(feature = "explorer")]
mod controls;
mod dom;
#[cfg(feature = "draft")]
mod draft;
#[cfg(feature = "explorer")]
mod draw;
#[cfg(feature = "explorer")]
mod explorer;
#[cfg(feature = "tools")]
mod export;
#[cfg(feature = "tools")]
mod extras;
#[cfg(any(feature = "explorer", feature = "line", feature = "widget"))]
mod guard;
#[cfg(feature = "explorer")]
mod handlers;
mod js;
// The widget's way to tools it was built without.
#[cfg(all(feature = "explorer", not(feature = "tools")))]
mod lazy;
#[cfg(feature = "line")]
mod line;
#[cfg(feature = "explorer")]
mod tools;
#[cfg(feature = "widget")]
mod widget;

use wasm_bindgen::prelude::*;

use crate::error::Error;

/// talc's allocator, as its WebAssembly guide sets it up: smaller than
/// dlmalloc, the default (see Cargo.toml).
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(feature = "explorer")]
pub use api::version;
#[cfg(any(feature = "explorer", feature = "widget"))]
use api::{css_row, parse_lang};
#[cfg(feature = "builtin")]
pub use api::{figures, story};
#[cfg(feature = "tools")]
pub use check::{check_story, parse_story};
#[cfg(feature = "draft")]
pub use draft::draft_story;
#[cfg(feature = "explorer")]
pub use explorer::{mount, read_story, Explorer, SharedStory};
#[cfg(feature = "tools")]
pub use extras::run;
#[cfg(feature = "line")]
pub use line::LineChart;
#[cfg(feature = "widget")]
pub use widget::Widget;

/// The error a call throws: a JS `Error` whose message names the input with
/// a path cut to a readable length, and whose `path` property holds the
/// whole path for code that wants it.
pub(super) fn js_error(e: Error) -> JsValue {
    let err = js_sys::Error::new(&e.message());
    let _ = js_sys::Reflect::set(&err, &"path".into(), &e.path.as_str().into());
    err.into()
}
