//! A JSON document as a plain tree, and the path of a place in it.
//!
//! newsfig reads stories without serde. serde's derives, its path tracker and
//! the JS bridge were the largest part of the Wasm file (more than a third of
//! its code), while a story is a few hundred values read once. A tree and a
//! hand-written reader ([`crate::story`]) do the same job in a fraction of the
//! bytes, and the reader can word every error for an editor.
//!
//! Where the tree comes from depends on the target: [`parse`] reads JSON text
//! (natively, and in tests); in the browser `JSON.parse` builds a JS object and
//! the web edge copies it into a [`Json`] without any text or number parsing.

mod text;

pub use text::{parse, write};

/// How deep arrays and objects may nest. A story needs six levels; the limit
/// keeps a hostile document from exhausting the stack of a recursive reader.
pub const MAX_DEPTH: usize = 64;

/// A JSON value. Objects keep their keys in document order.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    /// `null` (and, from JavaScript, `undefined`).
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number. From JavaScript it may be NaN or infinite; the story rules reject those.
    Num(f64),
    /// A string.
    Str(String),
    /// An array.
    Arr(Vec<Json>),
    /// An object, as key–value pairs in order.
    Obj(Vec<(String, Json)>),
}

impl Json {
    /// What kind of value this is, as an error message names it.
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "a boolean",
            Json::Num(_) => "a number",
            Json::Str(_) => "a string",
            Json::Arr(_) => "a list",
            Json::Obj(_) => "an object",
        }
    }

    /// The value of `key` in an object (the last one, as `JSON.parse` keeps it).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(pairs) => pairs.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// A string value.
    pub fn str(s: &str) -> Json {
        Json::Str(s.to_owned())
    }
}

/// One step of a path into a document.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// A key of an object.
    Key(String),
    /// An index of an array.
    Index(usize),
}

/// Renders steps as an editor reads them: `figures[3].value.low`, or `story`
/// for the document itself.
pub fn render_path(steps: &[Step]) -> String {
    let mut out = String::new();
    for step in steps {
        match step {
            Step::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Step::Index(i) => {
                out.push('[');
                out.push_str(&crate::format::count(*i));
                out.push(']');
            }
        }
    }
    if out.is_empty() {
        "story".to_owned()
    } else {
        out
    }
}
