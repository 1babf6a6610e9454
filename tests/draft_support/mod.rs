//! What the drafter's table tests share: a value written the short way
//! (">500", ">=94", "8000..10000", ">=2e9..<1e10") and a lookup of the
//! quantity whose words are the given ones.

#![allow(dead_code)]

use newsfig::draft::{read_quantities, Quantity, QuantityKind};
use newsfig::story::{Bound, Qualifier, Value};

/// One end: an optional qualifier mark and a number.
pub fn bound(s: &str) -> Bound {
    let marks = [
        (">=", Qualifier::AtLeast),
        ("<=", Qualifier::AtMost),
        (">", Qualifier::MoreThan),
        ("<", Qualifier::LessThan),
        ("~", Qualifier::Approx),
        ("≈", Qualifier::Nearly),
    ];
    let (qualifier, n) =
        marks.iter().find_map(|(m, q)| Some((*q, s.strip_prefix(m)?))).unwrap_or((Qualifier::Exact, s));
    Bound { qualifier, value: n.parse().unwrap_or_else(|_| panic!("bad number {n:?}")) }
}

/// A value written the short way.
pub fn value(s: &str) -> Value {
    match s.split_once("..") {
        Some((l, h)) => Value::Range { low: bound(l), high: bound(h) },
        None => {
            let b = bound(s);
            Value::Point { qualifier: b.qualifier, value: b.value }
        }
    }
}

/// Whether two values agree, numbers to 1 part in 10⁹.
pub fn same(a: &Value, b: &Value) -> bool {
    let close = |x: f64, y: f64| (x - y).abs() <= y.abs().max(1e-300) * 1e-9;
    match (a, b) {
        (Value::Point { qualifier: q, value: v }, Value::Point { qualifier: r, value: w }) => {
            q == r && close(*v, *w)
        }
        (Value::Range { low: l, high: h }, Value::Range { low: m, high: i }) => {
            l.qualifier == m.qualifier
                && h.qualifier == i.qualifier
                && close(l.value, m.value)
                && close(h.value, i.value)
        }
        _ => false,
    }
}

/// The quantity of `text` whose words are exactly `words`.
pub fn find(text: &str, words: &str) -> Option<Quantity> {
    read_quantities(text).into_iter().find(|q| &text[q.span.clone()] == words)
}

/// Every quantity of `text` as "words kind value" lines, for messages.
pub fn describe(text: &str) -> String {
    read_quantities(text)
        .iter()
        .map(|q| format!("{:?} {:?} {:?} {}", &text[q.span.clone()], q.kind, q.value, q.unit.en))
        .collect::<Vec<_>>()
        .join("\n  ")
}

/// One table row: in `text`, the quantity `words` is of `kind`, reads as
/// `value` (short form) in `unit_en`. Returns a failure message or `None`.
pub fn check(text: &str, words: &str, kind: QuantityKind, value_s: &str, unit_en: &str) -> Option<String> {
    let want = value(value_s);
    let Some(q) = find(text, words) else {
        return Some(format!("{text:?}: no quantity {words:?}; found:\n  {}", describe(text)));
    };
    (q.kind != kind || !same(&q.value, &want) || q.unit.en != unit_en).then(|| {
        format!(
            "{text:?}: {words:?} read as {:?} {:?} {:?}, not {kind:?} {value_s} {unit_en:?}",
            q.kind, q.value, q.unit.en
        )
    })
}

/// A value's qualifier as the story format names it; "range" for a span.
pub fn label(v: &Value) -> &'static str {
    match v {
        Value::Point { qualifier, .. } => newsfig::story::qualifier_name(*qualifier),
        Value::Range { .. } => "range",
    }
}

/// Precision and recall per qualifier: how many quantities of each were
/// expected, found, and found right (right words and right value).
#[derive(Default)]
pub struct Score(pub std::collections::BTreeMap<&'static str, [usize; 3]>);

impl Score {
    pub fn expect(&mut self, label: &'static str) {
        self.0.entry(label).or_default()[0] += 1;
    }
    pub fn found(&mut self, label: &'static str) {
        self.0.entry(label).or_default()[1] += 1;
    }
    pub fn right(&mut self, label: &'static str) {
        self.0.entry(label).or_default()[2] += 1;
    }

    /// Scores a table: every row's expected quantity, and every quantity
    /// found in the row's text that is not a date, ordinal or name.
    pub fn of_rows(rows: &[(&str, &str, QuantityKind, &str, &str)]) -> Score {
        use QuantityKind::{Date, Name, Ordinal};
        let mut score = Score::default();
        for &(text, words, kind, v, _) in rows {
            if matches!(kind, Date | Name | Ordinal) {
                continue;
            }
            let want = value(v);
            score.expect(label(&want));
            for q in read_quantities(text).iter().filter(|q| !matches!(q.kind, Date | Name | Ordinal)) {
                score.found(label(&q.value));
                if &text[q.span.clone()] == words && same(&q.value, &want) {
                    score.right(label(&q.value));
                }
            }
        }
        score
    }

    /// The table as docs/drafting.md shows it.
    pub fn table(&self, set: &str) -> String {
        let mut out = format!("{set}\n| qualifier | expected | found | right | precision | recall |\n|---|---|---|---|---|---|\n");
        let pct = |a: usize, b: usize| {
            if b == 0 {
                "–".to_owned()
            } else {
                format!("{:.1}%", 100.0 * a as f64 / b as f64)
            }
        };
        for (q, [e, f, r]) in &self.0 {
            out += &format!("| {q} | {e} | {f} | {r} | {} | {} |\n", pct(*r, *f), pct(*r, *e));
        }
        out
    }
}
