//! The story format's shape as data, and the one check that walks it.
//!
//! Every object type is a table of fields (name, what it holds, required or
//! not). [`check`] walks a JSON tree against these tables and reports the
//! first field that is missing, unknown, or of the wrong type, with its path.
//! Once a tree passes, [`super::read`] builds the story without a single
//! fallible step. Hand-written readers with `?` after every field compiled
//! to 22 KB of Wasm, most of it clean-up code for early returns; one table
//! walker is a small fraction of that.

use super::read::{KINDS, QUALIFIERS};
use crate::error::{Error, ErrorKind};
use crate::json::Json;

/// What a field holds.
#[derive(Clone, Copy)]
pub enum Kind {
    Str,
    Num,
    Bool,
    /// A whole number from 0 that fits a `u32`.
    Count,
    /// A list of strings.
    Strs,
    /// One of these names.
    Name(&'static [&'static str]),
    Obj(&'static [Field]),
    List(&'static [Field]),
    /// A figure's value: its fields depend on its qualifier.
    Value,
}

/// One field of an object: its name, what it holds, whether it is required.
pub struct Field(pub &'static str, pub Kind, pub bool);

use Kind::*;

const REQ: bool = true;
const OPT: bool = false;

pub const TEXT: &[Field] = &[Field("zh", Str, REQ), Field("en", Str, REQ)];
const PUBLICATION: &[Field] = &[
    Field("name", Obj(TEXT), REQ),
    Field("date", Str, REQ),
    Field("url", Str, OPT),
    Field("authors", Strs, OPT),
];
const TERM: &[Field] = &[Field("id", Str, REQ), Field("label", Obj(TEXT), REQ)];
const VOCABULARIES: &[Field] =
    &[Field("sector", List(TERM), OPT), Field("place", List(TERM), OPT), Field("partner", List(TERM), OPT)];
const TAGS: &[Field] = &[Field("sector", Strs, OPT), Field("place", Strs, OPT), Field("partner", Strs, OPT)];
const SOURCE: &[Field] = &[Field("paragraph", Count, REQ), Field("sentence", Str, REQ)];
const DERIVATION: &[Field] = &[Field("formula", Obj(TEXT), REQ), Field("from", Strs, REQ)];
const FIGURE: &[Field] = &[
    Field("id", Str, REQ),
    Field("label", Obj(TEXT), REQ),
    Field("unit", Obj(TEXT), REQ),
    Field("value", Value, REQ),
    Field("wording", Str, REQ),
    Field("source", Obj(SOURCE), REQ),
    Field("tags", Obj(TAGS), OPT),
    Field("derived", Obj(DERIVATION), OPT),
    Field("note", Obj(TEXT), OPT),
    Field("signed", Bool, OPT),
];
const EVENT: &[Field] = &[
    Field("id", Str, REQ),
    Field("date", Str, REQ),
    Field("label", Obj(TEXT), REQ),
    Field("wording", Str, REQ),
    Field("source", Obj(SOURCE), REQ),
    Field("tags", Obj(TAGS), OPT),
];
const ITEM: &[Field] = &[Field("id", Str, REQ), Field("label", Obj(TEXT), OPT)];
const GROUP: &[Field] = &[
    Field("id", Str, REQ),
    Field("kind", Name(&KINDS), REQ),
    Field("title", Obj(TEXT), REQ),
    Field("subtitle", Obj(TEXT), OPT),
    Field("note", Obj(TEXT), OPT),
    Field("items", List(ITEM), REQ),
];
/// The whole story.
pub const STORY: &[Field] = &[
    Field("format", Str, REQ),
    Field("title", Obj(TEXT), REQ),
    Field("source", Obj(PUBLICATION), REQ),
    Field("tags", Obj(VOCABULARIES), OPT),
    Field("figures", List(FIGURE), REQ),
    Field("events", List(EVENT), OPT),
    Field("groups", List(GROUP), REQ),
];

const POINT: &[Field] = &[Field("qualifier", Str, REQ), Field("value", Num, REQ)];
const RANGE: &[Field] = &[
    Field("qualifier", Str, REQ),
    Field("low", Num, REQ),
    Field("high", Num, REQ),
    Field("low_qualifier", Name(QUALIFIERS.split_at(6).0), OPT),
    Field("high_qualifier", Name(QUALIFIERS.split_at(6).0), OPT),
];

/// A shape error; its message is built only in builds that explain it.
fn fail(message: impl FnOnce() -> String) -> Error {
    Error::new("", ErrorKind::Shape(if crate::error::TERSE { String::new() } else { message() }))
}

/// Puts `key` or `[i]` in front of the error's path.
fn under(mut e: Error, step: &str) -> Error {
    let dot = if e.path.is_empty() || e.path.starts_with('[') { "" } else { "." };
    e.path = format!("{step}{dot}{}", e.path);
    e
}

fn quoted(names: &[&str]) -> String {
    let names: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    crate::format::join(&names, ", ")
}

/// `j` checked against `kind`; the error's path is relative to `j`.
fn value(j: &Json, kind: Kind) -> Result<(), Error> {
    let want = match (kind, j) {
        (Str, Json::Str(_)) | (Num, Json::Num(_)) | (Bool, Json::Bool(_)) => return Ok(()),
        (Count, Json::Num(n)) if n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n) => return Ok(()),
        (Count, Json::Num(n)) => {
            return Err(fail(|| {
                format!("expected a whole number from 0 up, found {}", crate::format::plain(*n))
            }))
        }
        (Strs, _) => return value(j, List(&[])),
        (Name(names), Json::Str(s)) if names.contains(&s.as_str()) => return Ok(()),
        (Name(names), Json::Str(s)) => {
            return Err(fail(|| format!("unknown variant `{s}`, expected one of {}", quoted(names))))
        }
        (Obj(fields), Json::Obj(_)) => return object(j, fields),
        (Value, Json::Obj(_)) => return figure_value(j),
        (List(fields), Json::Arr(items)) => {
            for (i, item) in items.iter().enumerate() {
                let each = if fields.is_empty() { Str } else { Obj(fields) };
                value(item, each).map_err(|e| under(e, &format!("[{}]", crate::format::count(i))))?;
            }
            return Ok(());
        }
        (Str | Name(_), _) => "a string",
        (Num | Count, _) => "a number",
        (Bool, _) => "true or false",
        (Obj(_) | Value, _) => "an object",
        (List(_), _) => "a list",
    };
    Err(fail(|| format!("expected {want}, found {}", j.kind())))
}

/// An object: no unknown keys, every present field well typed, every
/// required one present. `null` counts as absent.
fn object(j: &Json, fields: &[Field]) -> Result<(), Error> {
    let Json::Obj(pairs) = j else {
        return value(j, Obj(&[]));
    };
    for (key, v) in pairs {
        let Some(Field(_, kind, _)) = fields.iter().find(|f| f.0 == key) else {
            let names: Vec<&str> = fields.iter().map(|f| f.0).collect();
            return Err(under(
                fail(|| format!("unknown field `{key}`, expected one of {}", quoted(&names))),
                key,
            ));
        };
        if *v != Json::Null {
            value(v, *kind).map_err(|e| under(e, key))?;
        }
    }
    match fields.iter().find(|f| f.2 && matches!(j.get(f.0), None | Some(Json::Null))) {
        Some(Field(name, _, _)) => Err(fail(|| format!("missing field `{name}`"))),
        None => Ok(()),
    }
}

/// A value's fields depend on its qualifier: `value` for one number,
/// `low` and `high` (and their qualifiers) for a range.
fn figure_value(j: &Json) -> Result<(), Error> {
    let range = match j.get("qualifier") {
        Some(Json::Str(q)) if q == "range" => true,
        None | Some(Json::Null) => return Err(fail(|| "missing field `qualifier`".to_owned())),
        Some(q) => {
            value(q, Name(&QUALIFIERS)).map_err(|e| under(e, "qualifier"))?;
            false
        }
    };
    object(j, if range { RANGE } else { POINT })
}

/// Checks a whole story's shape. The error's path is `story` for the root.
pub fn check(doc: &Json) -> Result<(), Error> {
    value(doc, Obj(STORY)).map_err(|mut e| {
        if e.path.is_empty() {
            e.path = "story".to_owned();
        }
        e
    })
}
