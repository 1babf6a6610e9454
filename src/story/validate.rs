//! What a story must mean, beyond what its JSON types say. Every rule reports
//! the JSON path of the input that breaks it, so an editor can find it.

use super::seen::Seen;
use super::{ChartKind, Figure, Source, Story, Tags, Term, Text, Value, Vocabularies, FORMAT};
use crate::error::{Error, ErrorKind};
use crate::story::Qualifier;

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

#[derive(Default)]
struct Checker {
    errors: Vec<Error>,
    /// Figure and event ids with the path of their first use.
    ids: Seen<String>,
    /// The figure ids and the event ids, for references.
    figure_ids: Seen<()>,
    event_ids: Seen<()>,
}

fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// Whether `date` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and names a real day.
pub fn valid_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let num = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().ok()).flatten()
    };
    let Some(year) = parts.first().and_then(|y| num(y, 4)) else {
        return false;
    };
    let month = match parts.get(1) {
        None => return parts.len() == 1,
        Some(m) => match num(m, 2) {
            Some(m @ 1..=12) => m,
            _ => return false,
        },
    };
    let Some(day) = parts.get(2) else {
        return parts.len() == 2;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    parts.len() == 3 && matches!(num(day, 2), Some(d) if (1..=days).contains(&d))
}

impl Checker {
    fn err(&mut self, path: impl Into<String>, kind: ErrorKind) {
        self.errors.push(Error::new(path, kind));
    }

    fn text(&mut self, t: &Text, path: &str) {
        self.text_max(t, path, MAX_LABEL);
    }

    fn text_max(&mut self, t: &Text, path: &str, max: usize) {
        self.nonempty_max(&t.zh, format!("{path}.zh"), max);
        self.nonempty_max(&t.en, format!("{path}.en"), max);
    }

    fn nonempty(&mut self, s: &str, path: String) {
        self.nonempty_max(s, path, MAX_LABEL);
    }

    fn nonempty_max(&mut self, s: &str, path: String, max: usize) {
        if s.trim().is_empty() {
            self.err(path, ErrorKind::Empty);
        } else if s.len() > max {
            // Bytes bound characters from above: count only when it may matter.
            let n = s.chars().count();
            if n > max {
                self.err(path, ErrorKind::TooLong(n, max));
            }
        }
    }

    /// An id that must be well formed and unique among figures and events.
    fn unique_id(&mut self, id: &str, path: String) {
        if !valid_id(id) {
            self.err(path, ErrorKind::BadId(id.to_owned()));
        } else if let Some(first) = self.ids.get(id) {
            let first = first.clone();
            self.err(path, ErrorKind::DuplicateId(first));
        } else {
            self.ids.insert(id, path);
        }
    }

    fn story(&mut self, s: &Story) {
        if s.format != FORMAT {
            self.err("format", ErrorKind::UnsupportedFormat(s.format.clone()));
        }
        self.text(&s.title, "title");
        self.text(&s.source.name, "source.name");
        if s.source.date.len() != 10 || !valid_date(&s.source.date) {
            self.err("source.date", ErrorKind::BadDate(s.source.date.clone()));
        }
        if let Some(url) = &s.source.url {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                self.err("source.url", ErrorKind::BadUrl(url.clone()));
            }
        }
        for (i, a) in s.source.authors.iter().enumerate() {
            self.nonempty(a, format!("source.authors[{i}]"));
        }
        self.vocabularies(&s.tags);
        s.figures.iter().for_each(|f| _ = self.figure_ids.insert(&f.id, ()));
        s.events.iter().for_each(|e| _ = self.event_ids.insert(&e.id, ()));
        if s.figures.is_empty() {
            self.err("figures", ErrorKind::Empty);
        }
        if s.groups.is_empty() {
            self.err("groups", ErrorKind::Empty);
        }
        for (i, f) in s.figures.iter().enumerate() {
            self.figure(s, f, &format!("figures[{i}]"));
        }
        for (i, e) in s.events.iter().enumerate() {
            let path = format!("events[{i}]");
            self.unique_id(&e.id, format!("{path}.id"));
            if !valid_date(&e.date) {
                self.err(format!("{path}.date"), ErrorKind::BadDate(e.date.clone()));
            }
            self.text(&e.label, &format!("{path}.label"));
            self.nonempty(&e.wording, format!("{path}.wording"));
            self.source(&e.source, &format!("{path}.source"));
            self.tags(&s.tags, &e.tags, &format!("{path}.tags"));
        }
        self.groups(s);
    }

    fn vocabularies(&mut self, v: &Vocabularies) {
        for (name, terms) in [("sector", &v.sector), ("place", &v.place), ("partner", &v.partner)] {
            let mut seen: Seen<usize> = Seen::default();
            for (i, Term { id, label }) in terms.iter().enumerate() {
                let path = format!("tags.{name}[{i}]");
                if !valid_id(id) {
                    self.err(format!("{path}.id"), ErrorKind::BadId(id.clone()));
                } else if let Some(first) = seen.insert(id, i) {
                    self.err(
                        format!("{path}.id"),
                        ErrorKind::DuplicateId(format!("tags.{name}[{first}].id")),
                    );
                }
                self.text(label, &format!("{path}.label"));
            }
        }
    }

    fn tags(&mut self, v: &Vocabularies, t: &Tags, path: &str) {
        for (name, ids, terms) in [
            ("sector", &t.sector, &v.sector),
            ("place", &t.place, &v.place),
            ("partner", &t.partner, &v.partner),
        ] {
            for (i, id) in ids.iter().enumerate() {
                if !terms.iter().any(|term| &term.id == id) {
                    let kind = ErrorKind::UnknownTag { vocabulary: name, id: id.clone() };
                    self.err(format!("{path}.{name}[{i}]"), kind);
                }
            }
        }
    }

    fn source(&mut self, s: &Source, path: &str) {
        if s.paragraph < 1 {
            self.err(format!("{path}.paragraph"), ErrorKind::BadParagraph);
        }
        self.nonempty_max(&s.sentence, format!("{path}.sentence"), MAX_SENTENCE);
    }

    fn figure(&mut self, story: &Story, f: &Figure, path: &str) {
        self.unique_id(&f.id, format!("{path}.id"));
        self.text(&f.label, &format!("{path}.label"));
        self.text(&f.unit, &format!("{path}.unit"));
        self.value(f, &format!("{path}.value"));
        self.nonempty(&f.wording, format!("{path}.wording"));
        self.source(&f.source, &format!("{path}.source"));
        self.tags(&story.tags, &f.tags, &format!("{path}.tags"));
        if let Some(note) = &f.note {
            self.text_max(note, &format!("{path}.note"), MAX_SENTENCE);
        }
        if let Some(d) = &f.derived {
            self.text_max(&d.formula, &format!("{path}.derived.formula"), MAX_SENTENCE);
            if d.from.is_empty() {
                self.err(format!("{path}.derived.from"), ErrorKind::Empty);
            }
            for (i, id) in d.from.iter().enumerate() {
                let at = format!("{path}.derived.from[{i}]");
                if *id == f.id {
                    self.err(at, ErrorKind::SelfReference);
                } else if !self.figure_ids.contains(id) {
                    self.err(at, ErrorKind::UnknownFigure(id.clone()));
                }
            }
        }
    }

    fn number(&mut self, v: f64, share: bool, signed: bool, path: String) {
        if !v.is_finite() {
            self.err(path, ErrorKind::NotFinite(v));
        } else if share && !(0.0..=100.0).contains(&v) {
            self.err(path, ErrorKind::ShareOutOfRange(v));
        } else if v < 0.0 && !signed {
            self.err(path, ErrorKind::Negative(v));
        }
    }

    fn value(&mut self, f: &Figure, path: &str) {
        let share = f.is_share();
        match f.value {
            Value::Point { value, .. } => self.number(value, share, f.signed, format!("{path}.value")),
            Value::Range { low, high } => {
                self.number(low.value, share, f.signed, format!("{path}.low"));
                self.number(high.value, share, f.signed, format!("{path}.high"));
                if low.value > high.value {
                    self.err(format!("{path}.low"), ErrorKind::LowAboveHigh(high.value));
                }
                use Qualifier::*;
                if matches!(low.qualifier, LessThan | AtMost) {
                    self.err(
                        format!("{path}.low_qualifier"),
                        ErrorKind::BadBoundQualifier("exact, at_least, more_than, approx"),
                    );
                }
                if matches!(high.qualifier, MoreThan | AtLeast) {
                    self.err(
                        format!("{path}.high_qualifier"),
                        ErrorKind::BadBoundQualifier("exact, at_most, less_than, approx"),
                    );
                }
            }
        }
    }

    fn groups(&mut self, s: &Story) {
        let mut seen: Seen<usize> = Seen::default();
        for (gi, g) in s.groups.iter().enumerate() {
            let path = format!("groups[{gi}]");
            if !valid_id(&g.id) {
                self.err(format!("{path}.id"), ErrorKind::BadId(g.id.clone()));
            } else if let Some(first) = seen.insert(&g.id, gi) {
                self.err(format!("{path}.id"), ErrorKind::DuplicateId(format!("groups[{first}].id")));
            }
            self.text(&g.title, &format!("{path}.title"));
            for (t, name) in [(&g.subtitle, "subtitle"), (&g.note, "note")] {
                if let Some(t) = t {
                    self.text(t, &format!("{path}.{name}"));
                }
            }
            if g.items.is_empty() {
                self.err(format!("{path}.items"), ErrorKind::EmptyGroup);
            } else if g.items.len() > MAX_ITEMS {
                self.err(format!("{path}.items"), ErrorKind::TooMany(MAX_ITEMS));
            }
            for (ii, item) in g.items.iter().enumerate() {
                let at = format!("{path}.items[{ii}]");
                if g.kind == ChartKind::Timeline {
                    if !self.event_ids.contains(&item.id) {
                        self.err(format!("{at}.id"), ErrorKind::UnknownEvent(item.id.clone()));
                    }
                } else if !self.figure_ids.contains(&item.id) {
                    self.err(format!("{at}.id"), ErrorKind::UnknownFigure(item.id.clone()));
                }
                if let Some(label) = &item.label {
                    self.text(label, &format!("{at}.label"));
                }
            }
        }
    }
}
