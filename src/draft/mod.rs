//! Drafting a story from an article's text: every quantity found and read by
//! the reading table, each with its exact words and the sentence it came from,
//! proposed as figures, events and charts that an editor then checks.
//!
//! Pure core: no DOM. The editor page reaches it through the tools module's
//! `draftStory`, and `cargo run --example draft` prints a draft as JSON. It is
//! the `draft` feature, which the reader's widget is built without.
//!
//! The steps, each a module: [`sentence`] cuts the text into paragraphs (the
//! format's rule) and sentences; [`quantity`] reads the quantities; [`label`]
//! proposes what each counts; [`events`] resolves dates against the
//! publication date; [`group`] proposes charts; `story` puts it together and
//! checks it with the story's own rules.

pub mod events;
pub mod group;
pub mod label;
pub mod quantity;
pub mod sentence;
mod story;
pub mod unit;

pub use quantity::{read_quantities, Quantity, QuantityKind};
pub use story::{draft, Options};
