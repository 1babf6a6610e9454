//! newsfig draws the figures of a news story as honest, interactive charts.
//!
//! The crate is a pure core plus one thin web edge:
//!
//! * [`story`] holds the typed figures, each with its qualifier
//!   ("at least", "more than", a range, ...), its unit and its source sentence;
//! * [`format`] writes a value in Chinese (万/亿) or English;
//! * [`layout`], [`text`] and [`theme`] turn CSS sizes, text and colours into
//!   device pixels without touching a DOM;
//! * [`render`] draws through plotters' [`DrawingBackend`](plotters_backend::DrawingBackend),
//!   so the same code paints the browser canvas and the SVG snapshots in `cargo test`.
//!
//! Everything that needs a browser lives in the `web` module, compiled only for
//! `wasm32`; it turns DOM state into plain values and hands them to the core.

pub mod describe;
#[cfg(feature = "draft")]
pub mod draft;
pub mod embed;
pub mod error;
pub mod format;
pub mod interact;
pub mod layout;
pub mod render;
pub mod scale;
pub mod state;
pub mod story;
pub mod table;
pub mod text;
pub mod theme;

pub mod svg;

/// The JavaScript API (wasm32 only), as the features build it: each adds its
/// part (see Cargo.toml's `[features]`).
#[cfg(target_arch = "wasm32")]
pub mod web_api {
    /// An editor's draft story from an article's text, in builds with the `draft` feature.
    #[cfg(feature = "draft")]
    pub use crate::web::draft_story;
    /// The line chart, in builds with the `line` feature.
    #[cfg(feature = "line")]
    pub use crate::web::LineChart;
    #[cfg(feature = "widget")]
    pub use crate::web::Widget;
    /// The tools: an editor's story checked, and the widget's way in.
    #[cfg(feature = "tools")]
    pub use crate::web::{check_story, parse_story, run};
    /// The built-in story, in builds with the `builtin` feature.
    #[cfg(feature = "builtin")]
    pub use crate::web::{figures, story};
    /// The reader's widget.
    #[cfg(feature = "explorer")]
    pub use crate::web::{mount, read_story, version, Explorer, SharedStory};
}

#[cfg(target_arch = "wasm32")]
mod web;

pub use error::{Error, ErrorKind};
pub use story::{Figure, Lang, Qualifier, Story, Value};
