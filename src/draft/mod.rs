//! Drafting a story from an article's text: every quantity found and read by
//! the reading table, each with its exact words and the sentence it came from,
//! proposed as figures, events and charts that an editor then checks.
//!
//! Pure core: no DOM. The editor page reaches it through the tools module's
//! `draftStory`, and `cargo run --example draft` prints a draft as JSON. It is
//! the `draft` feature, which the reader's widget is built without.

pub mod quantity;

pub use quantity::{read_quantities, Quantity, QuantityKind};
