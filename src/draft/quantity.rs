//! Quantities in running text: a number with its qualifier, its unit and the
//! exact words it was printed with ("500余项", "94%以上", "5—10万元",
//! "more than 500 outcomes").

mod english;
mod names;
mod normal;
mod units;
mod zh;

use std::ops::Range;

use crate::story::{Text, Value};

/// What kind of quantity the words are, so the drafter knows what to propose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuantityKind {
    /// A bare number with no unit ("一百五十二").
    Number,
    /// A count of things with a counter word ("106所", "12个").
    Count,
    /// A measure ("3.59万亩", "4 mm").
    Measure,
    /// Money, normalised to the currency's base unit ("2200万元" is 22,000,000 元).
    Money,
    /// A rate such as 元/亩.
    Rate,
    /// A percentage ("95%", "百分之九十五").
    Percent,
    /// Percentage points ("3个百分点").
    Points,
    /// A fraction ("1/10", "四分之一").
    Fraction,
    /// A multiple ("5倍").
    Multiple,
    /// A date or part of one ("2022年", "3月25日"); the drafter resolves it.
    Date,
    /// An ordinal ("第11个"): not a count.
    Ordinal,
    /// A number inside a name ("12大基地", "三年行动计划"): not a count.
    Name,
}

/// One quantity found in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// Where the exact words are, as byte offsets into the text read.
    pub span: Range<usize>,
    /// The value with its qualifier, read by the reading table.
    pub value: Value,
    /// The unit in both languages (empty for a bare number).
    pub unit: Text,
    /// What the words are.
    pub kind: QuantityKind,
}

/// A quantity found in the normalised text (its span in that text).
struct Found {
    span: Range<usize>,
    value: Value,
    unit: Text,
    kind: QuantityKind,
}

/// Whether a number may start at `i` of `t`: a digit or a Chinese numeral
/// that does not continue a number before it.
fn starts(t: &str, i: usize) -> bool {
    let Some(c) = t[i..].chars().next() else { return false };
    let prev = t[..i].chars().next_back();
    let numeral = |c: char| "一二两三四五六七八九十百千万亿几数零〇".contains(c);
    if ["a ", "an ", "one "].iter().any(|a| t[i..].starts_with(a)) {
        return prev.is_none_or(|p| !p.is_alphanumeric()) && english::fraction(&t[i..]);
    }
    if c.is_ascii_digit() {
        // Not the digits after a decimal point or a thousands separator.
        let before_prev = t[..i].chars().rev().nth(1);
        let group = t[i..].bytes().take_while(u8::is_ascii_digit).count() == 3;
        let continues = match prev {
            Some('.') => true,
            Some(',') => group && before_prev.is_some_and(|c| c.is_ascii_digit()),
            Some(p) => p.is_ascii_digit() || p.is_ascii_alphabetic(),
            None => false,
        };
        return !continues;
    }
    "一二两三四五六七八九十几数".contains(c) && prev.is_none_or(|p| !numeral(p) && !p.is_ascii_digit())
}

/// Whether the number at `i` stands in English: no Chinese character
/// within a few characters of it, and an English letter or currency sign
/// ("500 outcomes", "$4.3 billion", "8,000–10,000 yuan").
fn english(t: &str, i: usize) -> bool {
    let han = |c: char| !c.is_ascii() && c.is_alphabetic();
    let before = t[..i].chars().rev().take(12);
    let after = t[i..].chars().take(16);
    let near: Vec<char> = before.chain(after).collect();
    !near.iter().any(|c| han(*c)) && near.iter().any(|c| c.is_ascii_alphabetic() || "$€£¥".contains(*c))
}

/// A fraction's value as a share in percent ("1/10" is 10).
fn percent(v: Value) -> Value {
    match v {
        Value::Point { qualifier, value } => Value::Point { qualifier, value: value * 100.0 },
        Value::Range { mut low, mut high } => {
            low.value *= 100.0;
            high.value *= 100.0;
            Value::Range { low, high }
        }
    }
}

/// Every quantity in `text`, in order of position.
pub fn read_quantities(text: &str) -> Vec<Quantity> {
    let n = normal::normalise(text);
    let t = n.text.as_str();
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        // An address is not article text: "%28" in a URL is no percentage.
        if t[i..].starts_with("http://") || t[i..].starts_with("https://") {
            i += t[i..].find(char::is_whitespace).unwrap_or(t.len() - i);
            continue;
        }
        let found = match starts(t, i) {
            false => None,
            true if english(t, i) => english::at(t, i),
            true => zh::at(t, i),
        };
        match found {
            Some(f) => {
                i = f.span.end.max(i + 1);
                let span = n.orig(f.span.start)..n.orig(f.span.end);
                out.push(Quantity { span, value: f.value, unit: f.unit, kind: f.kind });
            }
            None => i += t[i..].chars().next().map_or(1, char::len_utf8),
        }
        while !t.is_char_boundary(i) {
            i += 1;
        }
    }
    out
}
