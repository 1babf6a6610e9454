//! [`Story`] to [`Json`], in the shape an editor writes: optional fields that
//! hold nothing are left out, so a story read and written back reads the same.

use super::read::{kind_name, qualifier_name};
use super::{Event, Figure, Group, Publication, Qualifier, Source, Story, Tags, Term, Text, Value};
use crate::json::Json;

/// The story as a JSON tree.
pub fn story(s: &Story) -> Json {
    obj(vec![
        ("format", Json::str(&s.format)),
        ("title", text(&s.title)),
        ("source", publication(&s.source)),
        (
            "tags",
            obj(vec![
                ("sector", terms(&s.tags.sector)),
                ("place", terms(&s.tags.place)),
                ("partner", terms(&s.tags.partner)),
            ]),
        ),
        ("figures", figures(&s.figures)),
        ("events", Json::Arr(s.events.iter().map(event).collect())),
        ("groups", Json::Arr(s.groups.iter().map(group).collect())),
    ])
}

/// Figures as a JSON list.
pub fn figures(figures: &[Figure]) -> Json {
    Json::Arr(figures.iter().map(figure).collect())
}

/// An object from pairs, leaving out the ones whose value is `null`.
fn obj(pairs: Vec<(&str, Json)>) -> Json {
    Json::Obj(pairs.into_iter().filter(|(_, v)| *v != Json::Null).map(|(k, v)| (k.to_owned(), v)).collect())
}

fn opt<T>(value: &Option<T>, write: impl Fn(&T) -> Json) -> Json {
    value.as_ref().map_or(Json::Null, write)
}

fn text(t: &Text) -> Json {
    obj(vec![("zh", Json::str(&t.zh)), ("en", Json::str(&t.en))])
}

fn strings(items: &[String]) -> Json {
    Json::Arr(items.iter().map(|s| Json::str(s)).collect())
}

fn terms(terms: &[Term]) -> Json {
    Json::Arr(terms.iter().map(|t| obj(vec![("id", Json::str(&t.id)), ("label", text(&t.label))])).collect())
}

fn publication(p: &Publication) -> Json {
    obj(vec![
        ("name", text(&p.name)),
        ("date", Json::str(&p.date)),
        ("url", opt(&p.url, |u| Json::str(u))),
        ("authors", strings(&p.authors)),
    ])
}

fn tags(t: &Tags) -> Json {
    let ids = |v: &[String]| if v.is_empty() { Json::Null } else { strings(v) };
    obj(vec![("sector", ids(&t.sector)), ("place", ids(&t.place)), ("partner", ids(&t.partner))])
}

fn source(s: &Source) -> Json {
    obj(vec![("paragraph", Json::Num(f64::from(s.paragraph))), ("sentence", Json::str(&s.sentence))])
}

fn qualifier(q: Qualifier) -> Json {
    Json::str(qualifier_name(q))
}

fn value(v: &Value) -> Json {
    match *v {
        Value::Point { qualifier: q, value } => {
            obj(vec![("qualifier", qualifier(q)), ("value", Json::Num(value))])
        }
        Value::Range { low, high } => {
            let end = |q| if q == Qualifier::Exact { Json::Null } else { qualifier(q) };
            obj(vec![
                ("qualifier", Json::str("range")),
                ("low", Json::Num(low.value)),
                ("high", Json::Num(high.value)),
                ("low_qualifier", end(low.qualifier)),
                ("high_qualifier", end(high.qualifier)),
            ])
        }
    }
}

fn figure(f: &Figure) -> Json {
    obj(vec![
        ("id", Json::str(&f.id)),
        ("label", text(&f.label)),
        ("unit", text(&f.unit)),
        ("value", value(&f.value)),
        ("wording", Json::str(&f.wording)),
        ("source", source(&f.source)),
        ("tags", tags(&f.tags)),
        (
            "derived",
            opt(&f.derived, |d| obj(vec![("formula", text(&d.formula)), ("from", strings(&d.from))])),
        ),
        ("note", opt(&f.note, text)),
        ("signed", if f.signed { Json::Bool(true) } else { Json::Null }),
    ])
}

fn event(e: &Event) -> Json {
    obj(vec![
        ("id", Json::str(&e.id)),
        ("date", Json::str(&e.date)),
        ("label", text(&e.label)),
        ("wording", Json::str(&e.wording)),
        ("source", source(&e.source)),
        ("tags", tags(&e.tags)),
    ])
}

fn group(g: &Group) -> Json {
    let items = g.items.iter().map(|i| obj(vec![("id", Json::str(&i.id)), ("label", opt(&i.label, text))]));
    obj(vec![
        ("id", Json::str(&g.id)),
        ("kind", Json::str(kind_name(g.kind))),
        ("title", text(&g.title)),
        ("subtitle", opt(&g.subtitle, text)),
        ("note", opt(&g.note, text)),
        ("items", Json::Arr(items.collect())),
    ])
}
