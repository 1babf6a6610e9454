//! [`Json`] to [`Story`], once [`super::shape::check`] has passed.
//!
//! The rules of meaning (low above high, unknown tags) live in
//! [`super::validate`], the rules of shape (missing fields, wrong types,
//! unknown names) in [`super::shape`]. Unknown fields are errors, not
//! ignored: a misspelt `"derivd"` would otherwise silently present a computed
//! number as if the article stated it. What is left here cannot fail, so it
//! compiles to straight-line code: an absent optional field reads as empty.

use super::{
    shape, Bound, ChartKind, Derivation, Event, Figure, Group, Item, Publication, Qualifier, Source, Story,
    Tags, Term, Text, Value, Vocabularies,
};
use crate::error::Error;
use crate::json::Json;

/// Qualifier names, in [`Qualifier`] order, then `range`, which names a
/// value's kind rather than a qualifier of one number.
pub const QUALIFIERS: [&str; 7] =
    ["exact", "at_least", "more_than", "less_than", "at_most", "approx", "range"];
const QUALIFIER_VALUES: [Qualifier; 6] = [
    Qualifier::Exact,
    Qualifier::AtLeast,
    Qualifier::MoreThan,
    Qualifier::LessThan,
    Qualifier::AtMost,
    Qualifier::Approx,
];

/// Chart kind names, in [`ChartKind`] order.
pub const KINDS: [&str; 6] = ["headline", "bars", "range", "share", "composition", "timeline"];
/// Every chart kind, in [`KINDS`] order.
pub const KIND_VALUES: [ChartKind; 6] = [
    ChartKind::Headline,
    ChartKind::Bars,
    ChartKind::Range,
    ChartKind::Share,
    ChartKind::Composition,
    ChartKind::Timeline,
];

/// The name of a qualifier in the story format.
pub fn qualifier_name(q: Qualifier) -> &'static str {
    QUALIFIERS[QUALIFIER_VALUES.iter().position(|v| *v == q).unwrap_or(0)]
}

/// The name of a chart kind in the story format.
pub fn kind_name(k: ChartKind) -> &'static str {
    KINDS[KIND_VALUES.iter().position(|v| *v == k).unwrap_or(0)]
}

/// Checks a story tree's shape and reads it, unvalidated.
pub fn story(doc: &Json) -> Result<Story, Error> {
    shape::check(doc)?;
    Ok(Story {
        format: string(doc, "format"),
        title: text(doc, "title"),
        source: publication(field(doc, "source")),
        tags: vocabularies(field(doc, "tags")),
        figures: list(doc, "figures", figure),
        events: list(doc, "events", event),
        groups: list(doc, "groups", group),
    })
}

static NULL: Json = Json::Null;

fn field<'j>(o: &'j Json, key: &str) -> &'j Json {
    o.get(key).unwrap_or(&NULL)
}

fn string(o: &Json, key: &str) -> String {
    match field(o, key) {
        Json::Str(s) => s.clone(),
        _ => String::new(),
    }
}

fn opt_string(o: &Json, key: &str) -> Option<String> {
    matches!(field(o, key), Json::Str(_)).then(|| string(o, key))
}

fn number(o: &Json, key: &str) -> f64 {
    match field(o, key) {
        Json::Num(n) => *n,
        _ => 0.0,
    }
}

fn list<T>(o: &Json, key: &str, read: fn(&Json) -> T) -> Vec<T> {
    match field(o, key) {
        Json::Arr(items) => items.iter().map(read).collect(),
        _ => Vec::new(),
    }
}

fn strings(o: &Json, key: &str) -> Vec<String> {
    list(o, key, |j| match j {
        Json::Str(s) => s.clone(),
        _ => String::new(),
    })
}

fn text(o: &Json, key: &str) -> Text {
    let t = field(o, key);
    Text { zh: string(t, "zh"), en: string(t, "en") }
}

fn opt_text(o: &Json, key: &str) -> Option<Text> {
    matches!(field(o, key), Json::Obj(_)).then(|| text(o, key))
}

/// The index of a name checked by the shape, as one of `values`.
fn named<T: Copy>(o: &Json, key: &str, names: &[&str], values: &[T]) -> Option<T> {
    let s = string(o, key);
    names.iter().position(|n| *n == s).and_then(|i| values.get(i).copied())
}

fn publication(j: &Json) -> Publication {
    Publication {
        name: text(j, "name"),
        date: string(j, "date"),
        url: opt_string(j, "url"),
        authors: strings(j, "authors"),
    }
}

fn term(j: &Json) -> Term {
    Term { id: string(j, "id"), label: text(j, "label") }
}

fn vocabularies(j: &Json) -> Vocabularies {
    Vocabularies {
        sector: list(j, "sector", term),
        place: list(j, "place", term),
        partner: list(j, "partner", term),
    }
}

fn tags(j: &Json) -> Tags {
    Tags { sector: strings(j, "sector"), place: strings(j, "place"), partner: strings(j, "partner") }
}

fn source(j: &Json) -> Source {
    Source { paragraph: number(j, "paragraph") as u32, sentence: string(j, "sentence") }
}

fn value(j: &Json) -> Value {
    let qualifier = |key| named(j, key, &QUALIFIERS, &QUALIFIER_VALUES);
    match qualifier("qualifier") {
        Some(qualifier) => Value::Point { qualifier, value: number(j, "value") },
        None => Value::Range {
            low: Bound { value: number(j, "low"), qualifier: qualifier("low_qualifier").unwrap_or_default() },
            high: Bound {
                value: number(j, "high"),
                qualifier: qualifier("high_qualifier").unwrap_or_default(),
            },
        },
    }
}

fn figure(j: &Json) -> Figure {
    let derived = field(j, "derived");
    Figure {
        id: string(j, "id"),
        label: text(j, "label"),
        unit: text(j, "unit"),
        value: value(field(j, "value")),
        wording: string(j, "wording"),
        source: source(field(j, "source")),
        tags: tags(field(j, "tags")),
        derived: matches!(derived, Json::Obj(_))
            .then(|| Derivation { formula: text(derived, "formula"), from: strings(derived, "from") }),
        note: opt_text(j, "note"),
        signed: *field(j, "signed") == Json::Bool(true),
    }
}

fn event(j: &Json) -> Event {
    Event {
        id: string(j, "id"),
        date: string(j, "date"),
        label: text(j, "label"),
        wording: string(j, "wording"),
        source: source(field(j, "source")),
        tags: tags(field(j, "tags")),
    }
}

fn item(j: &Json) -> Item {
    Item { id: string(j, "id"), label: opt_text(j, "label") }
}

fn group(j: &Json) -> Group {
    Group {
        id: string(j, "id"),
        kind: named(j, "kind", &KINDS, &KIND_VALUES).unwrap_or(ChartKind::Bars),
        title: text(j, "title"),
        subtitle: opt_text(j, "subtitle"),
        note: opt_text(j, "note"),
        items: list(j, "items", item),
    }
}
