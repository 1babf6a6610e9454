//! [`Json`] to [`Story`]: shapes and types, with the path of every mistake.
//!
//! The rules of meaning (low above high, unknown tags) live in
//! [`super::validate`]; this reader only checks that each field is there, has
//! the right type and a known name. Unknown fields are errors, not ignored: a
//! misspelt `"derivd"` would otherwise silently present a computed number as
//! if the article stated it.

use super::{
    Bound, ChartKind, Derivation, Event, Figure, Group, Item, Publication, Qualifier, Source, Story, Tags,
    Term, Text, Value, Vocabularies,
};
use crate::error::{Error, ErrorKind};
use crate::json::{render_path, Json, Step};

type Res<T> = Result<T, Error>;

/// Reads a whole story from a JSON tree, unvalidated.
pub fn story(doc: &Json) -> Res<Story> {
    let mut r = Reader { path: Vec::new() };
    let o = r.object(doc, &["format", "title", "source", "tags", "figures", "events", "groups"])?;
    Ok(Story {
        format: r.req(o, "format", Reader::string)?,
        title: r.req(o, "title", Reader::text)?,
        source: r.req(o, "source", Reader::publication)?,
        tags: r.opt(o, "tags", Reader::vocabularies)?.unwrap_or_default(),
        figures: r.req(o, "figures", |r, j| r.list(j, Reader::figure))?,
        events: r.opt(o, "events", |r, j| r.list(j, Reader::event))?.unwrap_or_default(),
        groups: r.req(o, "groups", |r, j| r.list(j, Reader::group))?,
    })
}

/// The names a field's value may take, for enums named by strings.
const QUALIFIERS: [(&str, Qualifier); 6] = [
    ("exact", Qualifier::Exact),
    ("at_least", Qualifier::AtLeast),
    ("more_than", Qualifier::MoreThan),
    ("less_than", Qualifier::LessThan),
    ("at_most", Qualifier::AtMost),
    ("approx", Qualifier::Approx),
];

const KINDS: [(&str, ChartKind); 6] = [
    ("headline", ChartKind::Headline),
    ("bars", ChartKind::Bars),
    ("range", ChartKind::Range),
    ("share", ChartKind::Share),
    ("composition", ChartKind::Composition),
    ("timeline", ChartKind::Timeline),
];

/// The name of a qualifier in the story format.
pub fn qualifier_name(q: Qualifier) -> &'static str {
    QUALIFIERS.iter().find(|(_, v)| *v == q).map_or("exact", |(n, _)| n)
}

/// The name of a chart kind in the story format.
pub fn kind_name(k: ChartKind) -> &'static str {
    KINDS.iter().find(|(_, v)| *v == k).map_or("bars", |(n, _)| n)
}

struct Reader {
    path: Vec<Step>,
}

impl Reader {
    fn fail(&self, message: String) -> Error {
        Error::new(render_path(&self.path), ErrorKind::Parse(message))
    }

    fn expected(&self, what: &str, found: &Json) -> Error {
        self.fail(format!("expected {what}, found {}", found.kind()))
    }

    /// An object whose keys must all be among `fields`.
    fn object<'j>(&self, j: &'j Json, fields: &[&str]) -> Res<&'j Json> {
        let Json::Obj(pairs) = j else {
            return Err(self.expected("an object", j));
        };
        match pairs.iter().find(|(k, _)| !fields.contains(&k.as_str())) {
            Some((k, _)) => {
                let mut path = self.path.clone();
                path.push(Step::Key(k.clone()));
                let message = format!("unknown field `{k}`, expected one of {}", quoted(fields));
                Err(Error::new(render_path(&path), ErrorKind::Parse(message)))
            }
            None => Ok(j),
        }
    }

    /// Reads an optional field; `null` counts as absent.
    fn opt<T>(
        &mut self,
        o: &Json,
        key: &str,
        read: impl FnOnce(&mut Self, &Json) -> Res<T>,
    ) -> Res<Option<T>> {
        match o.get(key) {
            None | Some(Json::Null) => Ok(None),
            Some(v) => {
                self.path.push(Step::Key(key.to_owned()));
                let out = read(self, v)?;
                self.path.pop();
                Ok(Some(out))
            }
        }
    }

    fn req<T>(&mut self, o: &Json, key: &str, read: impl FnOnce(&mut Self, &Json) -> Res<T>) -> Res<T> {
        self.opt(o, key, read)?.ok_or_else(|| self.fail(format!("missing field `{key}`")))
    }

    fn list<T>(&mut self, j: &Json, mut read: impl FnMut(&mut Self, &Json) -> Res<T>) -> Res<Vec<T>> {
        let Json::Arr(items) = j else {
            return Err(self.expected("a list", j));
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            self.path.push(Step::Index(i));
            out.push(read(self, item)?);
            self.path.pop();
        }
        Ok(out)
    }

    fn string(&mut self, j: &Json) -> Res<String> {
        match j {
            Json::Str(s) => Ok(s.clone()),
            _ => Err(self.expected("a string", j)),
        }
    }

    fn strings(&mut self, j: &Json) -> Res<Vec<String>> {
        self.list(j, Reader::string)
    }

    fn number(&mut self, j: &Json) -> Res<f64> {
        match j {
            Json::Num(n) => Ok(*n),
            _ => Err(self.expected("a number", j)),
        }
    }

    fn boolean(&mut self, j: &Json) -> Res<bool> {
        match j {
            Json::Bool(b) => Ok(*b),
            _ => Err(self.expected("true or false", j)),
        }
    }

    fn name<T: Copy>(&mut self, j: &Json, names: &[(&str, T)]) -> Res<T> {
        let s = self.string(j)?;
        match names.iter().find(|(n, _)| *n == s) {
            Some((_, v)) => Ok(*v),
            None => {
                let all: Vec<&str> = names.iter().map(|(n, _)| *n).collect();
                Err(self.fail(format!("unknown variant `{s}`, expected one of {}", quoted(&all))))
            }
        }
    }

    fn qualifier(&mut self, j: &Json) -> Res<Qualifier> {
        self.name(j, &QUALIFIERS)
    }

    fn text(&mut self, j: &Json) -> Res<Text> {
        let o = self.object(j, &["zh", "en"])?;
        Ok(Text { zh: self.req(o, "zh", Reader::string)?, en: self.req(o, "en", Reader::string)? })
    }

    fn publication(&mut self, j: &Json) -> Res<Publication> {
        let o = self.object(j, &["name", "date", "url", "authors"])?;
        Ok(Publication {
            name: self.req(o, "name", Reader::text)?,
            date: self.req(o, "date", Reader::string)?,
            url: self.opt(o, "url", Reader::string)?,
            authors: self.opt(o, "authors", Reader::strings)?.unwrap_or_default(),
        })
    }

    fn term(&mut self, j: &Json) -> Res<Term> {
        let o = self.object(j, &["id", "label"])?;
        Ok(Term { id: self.req(o, "id", Reader::string)?, label: self.req(o, "label", Reader::text)? })
    }

    fn vocabularies(&mut self, j: &Json) -> Res<Vocabularies> {
        let o = self.object(j, &["sector", "place", "partner"])?;
        let terms =
            |r: &mut Self, key| Ok(r.opt(o, key, |r, j| r.list(j, Reader::term))?.unwrap_or_default());
        Ok(Vocabularies {
            sector: terms(self, "sector")?,
            place: terms(self, "place")?,
            partner: terms(self, "partner")?,
        })
    }

    fn tags(&mut self, j: &Json) -> Res<Tags> {
        let o = self.object(j, &["sector", "place", "partner"])?;
        let ids = |r: &mut Self, key| Ok(r.opt(o, key, Reader::strings)?.unwrap_or_default());
        Ok(Tags { sector: ids(self, "sector")?, place: ids(self, "place")?, partner: ids(self, "partner")? })
    }

    fn source(&mut self, j: &Json) -> Res<Source> {
        let o = self.object(j, &["paragraph", "sentence"])?;
        Ok(Source {
            paragraph: self.req(o, "paragraph", Reader::count)?,
            sentence: self.req(o, "sentence", Reader::string)?,
        })
    }

    /// A whole number that fits a `u32`.
    fn count(&mut self, j: &Json) -> Res<u32> {
        let n = self.number(j)?;
        if n.fract() == 0.0 && (0.0..=u32::MAX as f64).contains(&n) {
            Ok(n as u32)
        } else {
            Err(self.fail(format!("expected a whole number from 0 up, found {}", crate::format::plain(n))))
        }
    }

    /// `{"qualifier": …, "value": …}` or `{"qualifier": "range", "low": …, "high": …}`.
    fn value(&mut self, j: &Json) -> Res<Value> {
        self.object(j, &["qualifier", "value", "low", "high", "low_qualifier", "high_qualifier"])?;
        let kind = self.req(j, "qualifier", |r, q| match q {
            Json::Str(s) if s == "range" => Ok(None),
            Json::Str(_) => r.name(q, &QUALIFIERS).map(Some).map_err(add_range),
            _ => Err(r.expected("a string", q)),
        })?;
        match kind {
            Some(qualifier) => {
                self.object(j, &["qualifier", "value"])?;
                Ok(Value::Point { qualifier, value: self.req(j, "value", Reader::number)? })
            }
            None => {
                self.object(j, &["qualifier", "low", "high", "low_qualifier", "high_qualifier"])?;
                let bound = |r: &mut Self, end, qualifier| {
                    Ok(Bound {
                        value: r.req(j, end, Reader::number)?,
                        qualifier: r.opt(j, qualifier, Reader::qualifier)?.unwrap_or_default(),
                    })
                };
                Ok(Value::Range {
                    low: bound(self, "low", "low_qualifier")?,
                    high: bound(self, "high", "high_qualifier")?,
                })
            }
        }
    }

    fn derivation(&mut self, j: &Json) -> Res<Derivation> {
        let o = self.object(j, &["formula", "from"])?;
        Ok(Derivation {
            formula: self.req(o, "formula", Reader::text)?,
            from: self.req(o, "from", Reader::strings)?,
        })
    }

    fn figure(&mut self, j: &Json) -> Res<Figure> {
        let fields =
            ["id", "label", "unit", "value", "wording", "source", "tags", "derived", "note", "signed"];
        let o = self.object(j, &fields)?;
        Ok(Figure {
            id: self.req(o, "id", Reader::string)?,
            label: self.req(o, "label", Reader::text)?,
            unit: self.req(o, "unit", Reader::text)?,
            value: self.req(o, "value", Reader::value)?,
            wording: self.req(o, "wording", Reader::string)?,
            source: self.req(o, "source", Reader::source)?,
            tags: self.opt(o, "tags", Reader::tags)?.unwrap_or_default(),
            derived: self.opt(o, "derived", Reader::derivation)?,
            note: self.opt(o, "note", Reader::text)?,
            signed: self.opt(o, "signed", Reader::boolean)?.unwrap_or(false),
        })
    }

    fn event(&mut self, j: &Json) -> Res<Event> {
        let o = self.object(j, &["id", "date", "label", "wording", "source", "tags"])?;
        Ok(Event {
            id: self.req(o, "id", Reader::string)?,
            date: self.req(o, "date", Reader::string)?,
            label: self.req(o, "label", Reader::text)?,
            wording: self.req(o, "wording", Reader::string)?,
            source: self.req(o, "source", Reader::source)?,
            tags: self.opt(o, "tags", Reader::tags)?.unwrap_or_default(),
        })
    }

    fn item(&mut self, j: &Json) -> Res<Item> {
        let o = self.object(j, &["id", "label"])?;
        Ok(Item { id: self.req(o, "id", Reader::string)?, label: self.opt(o, "label", Reader::text)? })
    }

    fn group(&mut self, j: &Json) -> Res<Group> {
        let o = self.object(j, &["id", "kind", "title", "subtitle", "note", "items"])?;
        Ok(Group {
            id: self.req(o, "id", Reader::string)?,
            kind: self.req(o, "kind", |r, j| r.name(j, &KINDS))?,
            title: self.req(o, "title", Reader::text)?,
            subtitle: self.opt(o, "subtitle", Reader::text)?,
            note: self.opt(o, "note", Reader::text)?,
            items: self.req(o, "items", |r, j| r.list(j, Reader::item))?,
        })
    }
}

/// `range` is a qualifier too; an unknown-qualifier message lists it.
fn add_range(mut e: Error) -> Error {
    if let ErrorKind::Parse(m) = &mut e.kind {
        m.push_str(", `range`");
    }
    e
}

fn quoted(names: &[&str]) -> String {
    let names: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    names.join(", ")
}
