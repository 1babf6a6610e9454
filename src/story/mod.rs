//! The story format: an article's figures, the charts made of them, and where
//! it was published. The same JSON serves the built-in story and an editor's own.
//!
//! The types here are the definition of the `newsfig-story/1` format: serde's
//! derives read and write them, with the field and variant names the JSON
//! has, and unknown fields are errors (a misspelt `"derivd"` would otherwise
//! silently present a computed number as if the article stated it). Optional
//! fields that hold nothing are left out when written, so a story read and
//! written back reads the same. In the browser the same derives give the
//! TypeScript declarations (tsify).
//!
//! Reading checks shapes and types (an unknown qualifier, a string where a
//! number belongs) and [`validate`] checks meaning (a low end above the high
//! end, a tag nobody defined); both report the JSON path of the bad input.

mod date;
mod figure;
mod parse;
mod reading;
mod validate;
mod value;

pub use date::{digits, valid_date};
pub use figure::{qualifier_name, Bound, Derivation, Figure, Lang, Qualifier, Source, Tags, Text, Value};
pub use parse::{builtin, check_json, from_json, neutralise, read_json, text_of, BUILTIN_JSON};
pub use reading::{
    in_lookalike, read_amount, read_number, Amount, AmountEnd, QualifierWord, Reading, ReadingBasis,
    WordPosition, NOT_QUALIFIERS, QUALIFIER_WORDS,
};
pub use validate::{check, validate};

use serde::{Deserialize, Serialize};
#[cfg(target_arch = "wasm32")]
use tsify::Tsify;

use crate::error::{Error, ErrorKind};

/// The format tag every story starts with; a later incompatible format gets a new one.
pub const FORMAT: &str = "newsfig-story/1";

/// How a group of figures is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "snake_case")]
pub enum ChartKind {
    /// Big numbers with their labels.
    Headline,
    /// Horizontal bars from zero, one per figure, for comparisons.
    Bars,
    /// Ranges before and after, for a change given as spans.
    Range,
    /// Part-of-whole bars for shares in percent.
    Share,
    /// The parts of one whole, stacked.
    Composition,
    /// Dated events in order.
    Timeline,
}

/// Every chart kind, in declaration order.
pub const KIND_VALUES: [ChartKind; 6] = [
    ChartKind::Headline,
    ChartKind::Bars,
    ChartKind::Range,
    ChartKind::Share,
    ChartKind::Composition,
    ChartKind::Timeline,
];

/// The name of a chart kind in the story format (its serde name).
pub const fn kind_name(kind: ChartKind) -> &'static str {
    match kind {
        ChartKind::Headline => "headline",
        ChartKind::Bars => "bars",
        ChartKind::Range => "range",
        ChartKind::Share => "share",
        ChartKind::Composition => "composition",
        ChartKind::Timeline => "timeline",
    }
}

impl ChartKind {
    /// Whether this build draws the kind (each kind but bars is a cargo
    /// feature, on by default).
    pub const fn built(self) -> bool {
        match self {
            ChartKind::Bars => true,
            ChartKind::Headline => cfg!(feature = "headline"),
            ChartKind::Range => cfg!(feature = "range"),
            ChartKind::Share => cfg!(feature = "share"),
            ChartKind::Composition => cfg!(feature = "composition"),
            ChartKind::Timeline => cfg!(feature = "timeline"),
        }
    }

    /// Whether this build draws every kind (the default features).
    pub const ALL_BUILT: bool = cfg!(all(
        feature = "headline",
        feature = "range",
        feature = "share",
        feature = "composition",
        feature = "timeline"
    ));

    /// The error for group `index`, of this kind, in a build that leaves the kind out.
    pub fn not_built(self, index: usize) -> crate::error::Error {
        crate::error::Error::new(
            format!("groups[{index}].kind"),
            crate::error::ErrorKind::Unsupported(kind_name(self)),
        )
    }
}

/// Where the story was published.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(deny_unknown_fields)]
pub struct Publication {
    /// The publication's name.
    pub name: Text,
    /// Publication date, `YYYY-MM-DD`.
    pub date: String,
    /// The article's address, http or https, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Bylines, as printed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
}

/// One term of a tag vocabulary.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The id figures use.
    pub id: String,
    /// What readers see on a filter.
    pub label: Text,
}

/// The tag vocabularies figures and events draw from.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(deny_unknown_fields)]
pub struct Vocabularies {
    /// Industry sectors.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sector: Vec<Term>,
    /// Places.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub place: Vec<Term>,
    /// Partner universities and institutes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partner: Vec<Term>,
}

impl Vocabularies {
    /// Whether no vocabulary has a term (then a story leaves `tags` out).
    pub fn is_empty(&self) -> bool {
        self.sector.is_empty() && self.place.is_empty() && self.partner.is_empty()
    }
}

/// A dated event, for the timeline. (`StoryEvent` in TypeScript, where
/// `Event` is the DOM's.)
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify), tsify(rename = "StoryEvent"))]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// A stable id, unique among figures and events.
    pub id: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: as precise as the article is.
    /// Relative dates ("去年10月") are resolved against the publication date.
    pub date: String,
    /// What happened.
    pub label: Text,
    /// The article's own wording of the date ("去年10月份").
    pub wording: String,
    /// The sentence it comes from.
    pub source: Source,
    /// Sector, place and partner tags.
    #[serde(default, skip_serializing_if = "Tags::is_empty")]
    pub tags: Tags,
}

/// A figure (or, in a timeline, an event) in a group, with the label its mark carries.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// The figure's or event's id.
    pub id: String,
    /// The mark's short label (a place, a type); the figure's label when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
}

/// Figures that form one chart.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// A stable id, used by embeds and URLs.
    pub id: String,
    /// How to draw it.
    pub kind: ChartKind,
    /// The chart's headline.
    pub title: Text,
    /// One line under the headline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<Text>,
    /// A note under the chart, such as how a derived value was computed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// The figures, in the order they are drawn.
    pub items: Vec<Item>,
    /// Item ids drawn in the accent colour, the others muted (and said to be
    /// highlighted in words, not only by colour).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub highlight: Vec<String>,
    /// Short texts pointing at items: drawn beside their mark where they fit,
    /// numbered notes under the chart where they do not.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub annotations: Vec<Annotation>,
}

/// Which end of a range item an annotation points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "snake_case")]
pub enum End {
    /// The range's low end.
    Low,
    /// The range's high end.
    High,
}

/// An editor's short text on a chart, pointing at one of its items.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(deny_unknown_fields)]
pub struct Annotation {
    /// The id of the item it points at (one of the group's `items`).
    pub item: String,
    /// For a range item, the end it points at; the whole mark when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<End>,
    /// What it says, in both languages.
    pub text: Text,
}

impl Group {
    /// Whether item `id` is highlighted.
    pub fn highlighted(&self, id: &str) -> bool {
        self.highlight.iter().any(|h| h == id)
    }

    /// The annotations on item `id`, with their index in `annotations`.
    pub fn notes_on<'a>(&'a self, id: &'a str) -> impl Iterator<Item = (usize, &'a Annotation)> + 'a {
        self.annotations.iter().enumerate().filter(move |(_, a)| a.item == id)
    }
}

/// A story: its figures, the charts made of them, and where it was published.
/// (`StoryObject` in TypeScript, where `Story` is the class `readStory` returns.)
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify), tsify(rename = "StoryObject"))]
#[serde(deny_unknown_fields)]
pub struct Story {
    /// Always [`FORMAT`].
    pub format: String,
    /// The article's headline.
    pub title: Text,
    /// Where and when it was published.
    pub source: Publication,
    /// Tag vocabularies.
    #[serde(default, skip_serializing_if = "Vocabularies::is_empty")]
    pub tags: Vocabularies,
    /// Every figure.
    pub figures: Vec<Figure>,
    /// Dated events.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "StoryEvent[]"))]
    pub events: Vec<Event>,
    /// Every chart.
    pub groups: Vec<Group>,
}

impl Story {
    /// The figure with `id`.
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    /// The event with `id`.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    /// The group with `id`, or an error naming it.
    pub fn group(&self, id: &str) -> Result<&Group, Error> {
        self.groups.iter().find(|g| g.id == id).ok_or_else(|| {
            let known = self.groups.iter().map(|g| g.id.clone()).collect();
            Error::new("group", ErrorKind::UnknownGroup { id: id.to_owned(), known })
        })
    }
}
