//! What a story must mean, beyond what its JSON types say. Every rule reports
//! the JSON path of the input that breaks it, so an editor can find it.

use std::collections::{HashMap, HashSet};

use super::date::valid_date;
use super::{Figure, Source, Story, Tags, Term, Text, Value, Vocabularies, FORMAT};
use crate::error::{Error, ErrorKind};
use crate::story::Qualifier;

mod groups;

/// Every problem in `story`, in document order; empty when it is valid.
pub fn check(story: &Story) -> Vec<Error> {
    let mut c = Checker::default();
    c.story(story);
    c.errors
}

/// The first problem in `story`, if any.
pub fn validate(story: &Story) -> Result<(), Error> {
    check(story).into_iter().next().map_or(Ok(()), Err)
}

/// Longest labels, titles and units; longest sentences, notes and formulas;
/// most items in one chart. Generous for real stories, and they keep a
/// pasted megabyte from reaching the layout.
pub const MAX_LABEL: usize = 300;
pub const MAX_SENTENCE: usize = 2000;
pub const MAX_ITEMS: usize = 100;

/// Walks a story keeping the JSON path it is at in one buffer: a step is
/// pushed before a part is checked and cut off after, and a copy is made
/// only for an error. (Formatting a path string for every field was most of
/// this module's code in the Wasm file.)
#[derive(Default)]
struct Checker {
    errors: Vec<Error>,
    path: String,
    /// Figure and event ids with the path of their first use (in `paths`).
    ids: HashMap<String, usize>,
    paths: Vec<String>,
    /// The figure ids and the event ids, for references.
    figure_ids: HashSet<String>,
    event_ids: HashSet<String>,
}

fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

impl Checker {
    /// Steps into `key` (or `[i]` when `key` is empty); returns where to cut back to.
    fn enter(&mut self, key: &str, index: Option<usize>) -> usize {
        let mark = self.path.len();
        if !key.is_empty() {
            if mark > 0 {
                self.path.push('.');
            }
            self.path.push_str(key);
        }
        if let Some(i) = index {
            self.path.push('[');
            self.path.push_str(&i.to_string());
            self.path.push(']');
        }
        mark
    }

    fn leave(&mut self, mark: usize) {
        self.path.truncate(mark);
    }

    /// An error at the current path.
    fn err(&mut self, kind: ErrorKind) {
        self.errors.push(Error::new(self.path.clone(), kind));
    }

    /// An error at `key` under the current path.
    fn err_at(&mut self, key: &str, kind: ErrorKind) {
        let mark = self.enter(key, None);
        self.err(kind);
        self.leave(mark);
    }

    fn text(&mut self, t: &Text, key: &str) {
        self.text_max(t, key, MAX_LABEL);
    }

    fn text_max(&mut self, t: &Text, key: &str, max: usize) {
        let mark = self.enter(key, None);
        self.nonempty_max(&t.zh, "zh", max);
        self.nonempty_max(&t.en, "en", max);
        self.leave(mark);
    }

    fn nonempty(&mut self, s: &str, key: &str) {
        self.nonempty_max(s, key, MAX_LABEL);
    }

    fn nonempty_max(&mut self, s: &str, key: &str, max: usize) {
        if s.trim().is_empty() {
            self.err_at(key, ErrorKind::Empty);
        } else if s.len() > max {
            // Bytes bound characters from above: count only when it may matter.
            let n = s.chars().count();
            if n > max {
                self.err_at(key, ErrorKind::TooLong(n, max));
            }
        }
    }

    /// An id that must be well formed and unique among figures and events.
    fn unique_id(&mut self, id: &str) {
        let mark = self.enter("id", None);
        if !valid_id(id) {
            self.err(ErrorKind::BadId(id.to_owned()));
        } else if let Some(&first) = self.ids.get(id) {
            let first = self.paths[first].clone();
            self.err(ErrorKind::DuplicateId(first));
        } else {
            self.ids.insert(id.to_owned(), self.paths.len());
            self.paths.push(self.path.clone());
        }
        self.leave(mark);
    }

    fn story(&mut self, s: &Story) {
        if s.format != FORMAT {
            self.err_at("format", ErrorKind::UnsupportedFormat(s.format.clone()));
        }
        self.text(&s.title, "title");
        let mark = self.enter("source", None);
        self.text(&s.source.name, "name");
        if s.source.date.len() != 10 || !valid_date(&s.source.date) {
            self.err_at("date", ErrorKind::BadDate(s.source.date.clone()));
        }
        if let Some(url) = &s.source.url {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                self.err_at("url", ErrorKind::BadUrl(url.clone()));
            }
        }
        for (i, a) in s.source.authors.iter().enumerate() {
            let m = self.enter("authors", Some(i));
            self.nonempty(a, "");
            self.leave(m);
        }
        self.leave(mark);
        self.vocabularies(&s.tags);
        self.figure_ids = s.figures.iter().map(|f| f.id.clone()).collect();
        self.event_ids = s.events.iter().map(|e| e.id.clone()).collect();
        if s.figures.is_empty() {
            self.err_at("figures", ErrorKind::Empty);
        }
        if s.groups.is_empty() {
            self.err_at("groups", ErrorKind::Empty);
        }
        for (i, f) in s.figures.iter().enumerate() {
            let m = self.enter("figures", Some(i));
            self.figure(s, f);
            self.leave(m);
        }
        for (i, e) in s.events.iter().enumerate() {
            let m = self.enter("events", Some(i));
            self.unique_id(&e.id);
            if !valid_date(&e.date) {
                self.err_at("date", ErrorKind::BadDate(e.date.clone()));
            }
            self.text(&e.label, "label");
            self.nonempty(&e.wording, "wording");
            self.source(&e.source);
            self.tags(&s.tags, &e.tags);
            self.leave(m);
        }
        self.groups(s);
    }

    fn vocabularies(&mut self, v: &Vocabularies) {
        for (name, terms) in [("sector", &v.sector), ("place", &v.place), ("partner", &v.partner)] {
            let mut seen = HashMap::new();
            for (i, Term { id, label }) in terms.iter().enumerate() {
                let m = self.enter("tags", None);
                self.enter(name, Some(i));
                if !valid_id(id) {
                    self.err_at("id", ErrorKind::BadId(id.clone()));
                } else if let Some(first) = seen.insert(id.as_str(), i) {
                    self.err_at("id", ErrorKind::DuplicateId(format!("tags.{name}[{first}].id")));
                }
                self.text(label, "label");
                self.leave(m);
            }
        }
    }

    fn tags(&mut self, v: &Vocabularies, t: &Tags) {
        for (name, ids, terms) in [
            ("sector", &t.sector, &v.sector),
            ("place", &t.place, &v.place),
            ("partner", &t.partner, &v.partner),
        ] {
            for (i, id) in ids.iter().enumerate() {
                if !terms.iter().any(|term| &term.id == id) {
                    let m = self.enter("tags", None);
                    self.enter(name, Some(i));
                    self.err(ErrorKind::UnknownTag { vocabulary: name, id: id.clone() });
                    self.leave(m);
                }
            }
        }
    }

    fn source(&mut self, s: &Source) {
        let m = self.enter("source", None);
        if s.paragraph < 1 {
            self.err_at("paragraph", ErrorKind::BadParagraph);
        }
        self.nonempty_max(&s.sentence, "sentence", MAX_SENTENCE);
        self.leave(m);
    }

    fn figure(&mut self, story: &Story, f: &Figure) {
        self.unique_id(&f.id);
        self.text(&f.label, "label");
        self.text(&f.unit, "unit");
        self.value(f);
        match (&f.derived, f.wording.is_empty()) {
            (None, _) => self.nonempty(&f.wording, "wording"),
            (Some(_), false) => self.err_at("wording", ErrorKind::DerivedWording),
            (Some(_), true) => {}
        }
        self.source(&f.source);
        self.tags(&story.tags, &f.tags);
        if let Some(note) = &f.note {
            self.text_max(note, "note", MAX_SENTENCE);
        }
        if let Some(d) = &f.derived {
            let m = self.enter("derived", None);
            self.text_max(&d.formula, "formula", MAX_SENTENCE);
            if d.from.is_empty() {
                self.err_at("from", ErrorKind::Empty);
            }
            for (i, id) in d.from.iter().enumerate() {
                let at = self.enter("from", Some(i));
                if *id == f.id {
                    self.err(ErrorKind::SelfReference);
                } else if !self.figure_ids.contains(id.as_str()) {
                    self.err(ErrorKind::UnknownFigure(id.clone()));
                }
                self.leave(at);
            }
            self.leave(m);
        }
    }

    fn number(&mut self, v: f64, share: bool, signed: bool, key: &str) {
        let kind = if !v.is_finite() {
            ErrorKind::NotFinite(v)
        } else if share && !(0.0..=100.0).contains(&v) {
            ErrorKind::ShareOutOfRange(v)
        } else if v < 0.0 && !signed {
            ErrorKind::Negative(v)
        } else {
            return;
        };
        self.err_at(key, kind);
    }

    fn value(&mut self, f: &Figure) {
        let share = f.is_share();
        let m = self.enter("value", None);
        match f.value {
            Value::Point { value, .. } => self.number(value, share, f.signed, "value"),
            Value::Range { low, high } => {
                self.number(low.value, share, f.signed, "low");
                self.number(high.value, share, f.signed, "high");
                if low.value > high.value {
                    self.err_at("low", ErrorKind::LowAboveHigh(high.value));
                }
                use Qualifier::*;
                if matches!(low.qualifier, LessThan | AtMost) {
                    let allowed = ErrorKind::BadBoundQualifier("exact, at_least, more_than, approx, nearly");
                    self.err_at("low_qualifier", allowed);
                }
                if matches!(high.qualifier, MoreThan | AtLeast) {
                    let allowed = ErrorKind::BadBoundQualifier("exact, at_most, less_than, approx, nearly");
                    self.err_at("high_qualifier", allowed);
                }
            }
        }
        self.leave(m);
    }
}
