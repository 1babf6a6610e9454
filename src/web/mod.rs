//! The browser edge, compiled only for `wasm32`.
//!
//! It reads what the page knows (the canvas, its CSS width, the pixel ratio),
//! turns it into plain values for the core, and paints the core's scene onto
//! the canvas. Nothing here decides what a chart looks like.

// The tools module (`extras`, see export.rs) is built from the same crate:
// the DOM helpers, the story's reader and the tools' own code, no widget.
#[cfg(not(feature = "extras"))]
mod actions;
#[cfg(not(feature = "extras"))]
mod api;
#[cfg(not(feature = "extras"))]
mod app;
#[cfg(not(feature = "extras"))]
mod backend;
#[cfg(any(feature = "extras", not(feature = "lazy")))]
mod check;
#[cfg(not(feature = "extras"))]
mod controls;
mod dom;
#[cfg(not(feature = "extras"))]
mod draw;
#[cfg(not(feature = "extras"))]
mod explorer;
#[cfg(any(feature = "extras", not(feature = "lazy")))]
mod export;
#[cfg(feature = "extras")]
mod extras;
#[cfg(not(feature = "extras"))]
mod handlers;
mod js;
#[cfg(feature = "lazy")]
mod lazy;
#[cfg(all(feature = "line", not(feature = "extras")))]
mod line;
#[cfg(not(feature = "extras"))]
mod tools;
#[cfg(all(feature = "widget", not(feature = "extras")))]
mod widget;

use wasm_bindgen::prelude::*;

use crate::error::Error;

/// newsfig's own allocator instead of dlmalloc: a tenth of the code (see `crate::alloc`).
#[global_allocator]
static ALLOCATOR: crate::alloc::wasm::Global = crate::alloc::wasm::Global::new();
#[cfg(not(feature = "extras"))]
pub use api::*;
#[cfg(not(any(feature = "extras", feature = "lazy")))]
pub use check::{check_story, parse_story};
#[cfg(not(feature = "extras"))]
pub use explorer::{mount, read_story, Explorer, SharedStory};
#[cfg(all(feature = "line", not(feature = "extras")))]
pub use line::LineChart;
#[cfg(all(feature = "widget", not(feature = "extras")))]
pub use widget::Widget;

pub(super) fn js_error(e: Error) -> JsError {
    JsError::new(&e.message())
}
