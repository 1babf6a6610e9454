//! A quantity in English text: "more than 500 outcomes", "nearly 4 mm",
//! "between 8,000 and 10,000 yuan", "$4.3 billion", "35,900 mu".
//!
//! The reading table's English words are one per reading ("more than",
//! "at least", "at most", "under", "about", "nearly"); news writes each in
//! several ways. [`SYNONYMS`] maps those to the table's words, and the table
//! reads the result (`read_amount`), so English and Chinese read alike.

use crate::story::{read_amount, read_number, Amount, Lang, Qualifier, Text, Value};

use super::{Found, QuantityKind};
use QuantityKind::{Count, Date, Fraction, Measure, Money, Multiple, Number, Percent, Points, Rate};

/// Words before a number, longest first where one ends another, and the
/// reading table's words for them. "not more than" is "at most", as 不超过 is.
const SYNONYMS: [(&str, &str); 28] = [
    ("more than", "more than"),
    ("over", "more than"),
    ("above", "more than"),
    ("in excess of", "more than"),
    ("upwards of", "more than"),
    ("exceeding", "more than"),
    ("at least", "at least"),
    ("no fewer than", "at least"),
    ("no less than", "at least"),
    ("a minimum of", "at least"),
    ("at most", "at most"),
    ("up to", "at most"),
    ("no more than", "at most"),
    ("not more than", "at most"),
    ("a maximum of", "at most"),
    ("under", "under"),
    ("less than", "under"),
    ("fewer than", "under"),
    ("below", "under"),
    ("about", "about"),
    ("around", "about"),
    ("approximately", "about"),
    ("roughly", "about"),
    ("an estimated", "about"),
    ("nearly", "nearly"),
    ("almost", "nearly"),
    ("close to", "nearly"),
    ("just under", "nearly"),
];

/// Words after a number (and its unit) that qualify it: "500 or more".
const AFTER: [(&str, &str); 6] = [
    ("or more", "at least"),
    ("or above", "at least"),
    ("and above", "at least"),
    ("or less", "at most"),
    ("or fewer", "at most"),
    ("or so", "about"),
];

/// Currency signs before a number, and the currency (its base unit).
const SIGNS: [(&str, &str, &str); 8] = [
    ("US$", "美元", "US dollars"),
    ("HK$", "港元", "HK dollars"),
    ("NT$", "新台币", "NT dollars"),
    ("$", "美元", "US dollars"),
    ("€", "欧元", "euros"),
    ("£", "英镑", "pounds"),
    ("¥", "元", "yuan"),
    ("RMB", "元", "yuan"),
];

/// Unit words after a number: the word, the base unit (zh, en), its factor, kind.
type EnUnit = (&'static str, &'static str, &'static str, f64, QuantityKind);
const UNITS: [EnUnit; 36] = [
    ("percentage points", "个百分点", "percentage points", 1.0, Points),
    ("per cent", "%", "%", 1.0, Percent),
    ("percent", "%", "%", 1.0, Percent),
    ("%", "%", "%", 1.0, Percent),
    ("times", "倍", "times", 1.0, Multiple),
    ("yuan", "元", "yuan", 1.0, Money),
    ("US dollars", "美元", "US dollars", 1.0, Money),
    ("HK dollars", "港元", "HK dollars", 1.0, Money),
    ("Hong Kong dollars", "港元", "HK dollars", 1.0, Money),
    ("NT dollars", "新台币", "NT dollars", 1.0, Money),
    ("dollars", "美元", "US dollars", 1.0, Money),
    ("euros", "欧元", "euros", 1.0, Money),
    ("yen", "日元", "yen", 1.0, Money),
    ("pounds", "英镑", "pounds", 1.0, Money),
    ("mu", "亩", "mu", 1.0, Measure),
    ("hectares", "公顷", "hectares", 1.0, Measure),
    ("square metres", "平方米", "m²", 1.0, Measure),
    ("square meters", "平方米", "m²", 1.0, Measure),
    ("sq m", "平方米", "m²", 1.0, Measure),
    ("m²", "平方米", "m²", 1.0, Measure),
    ("square kilometres", "平方公里", "km²", 1.0, Measure),
    ("km²", "平方公里", "km²", 1.0, Measure),
    ("tonnes", "吨", "tonnes", 1.0, Measure),
    ("tons", "吨", "tonnes", 1.0, Measure),
    ("kg", "公斤", "kg", 1.0, Measure),
    ("mm", "毫米", "mm", 1.0, Measure),
    ("millimetres", "毫米", "mm", 1.0, Measure),
    ("cm", "厘米", "cm", 1.0, Measure),
    ("km", "公里", "km", 1.0, Measure),
    ("kilometres", "公里", "km", 1.0, Measure),
    ("metres", "米", "m", 1.0, Measure),
    ("years", "年", "years", 1.0, Measure),
    ("months", "个月", "months", 1.0, Measure),
    ("days", "天", "days", 1.0, Measure),
    ("hours", "小时", "hours", 1.0, Measure),
    ("kWh", "千瓦时", "kWh", 1.0, Measure),
];

/// Words after a number that are not what it counts.
const STOPWORDS: [&str; 24] = [
    "and", "or", "of", "to", "in", "the", "a", "an", "per", "from", "for", "with", "by", "at", "on", "is",
    "are", "was", "were", "than", "as", "that", "which", "when",
];

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Whether `s` starts with a fraction in words ("a tenth", "a quarter").
pub(super) fn fraction(s: &str) -> bool {
    read_number(s, Lang::En).is_some()
}

/// Whether `s` starts with `word` as a whole word.
fn word_at<'a>(s: &'a str, word: &str) -> Option<&'a str> {
    let rest = s.strip_prefix(word)?;
    rest.chars().next().is_none_or(|c| !c.is_ascii_alphanumeric()).then_some(rest)
}

/// Whether `pre` ends with `word` as a whole word; the word's start.
fn ends_with_word(pre: &str, word: &str) -> Option<usize> {
    let head = pre.strip_suffix(word)?;
    head.chars().next_back().is_none_or(|c| !c.is_ascii_alphanumeric()).then_some(head.len())
}

/// What a rate is per: "yuan per mu", "tonnes a year".
const PER: [(&str, &str, &str); 8] = [
    ("mu", "亩", "mu"),
    ("year", "年", "year"),
    ("day", "日", "day"),
    ("tonne", "吨", "tonne"),
    ("hectare", "公顷", "hectare"),
    ("square metre", "平方米", "m²"),
    ("kg", "公斤", "kg"),
    ("person", "人", "person"),
];

/// The English quantity whose digits start at `i`, if any.
pub(super) fn at(t: &str, i: usize) -> Option<Found> {
    let pre = t[..i].trim_end();
    if let Some(d) = date(t, i) {
        return Some(d);
    }
    // A currency sign: "$4.3 billion", "HK$ 5 million".
    let sign = SIGNS.iter().find(|(s, ..)| pre.ends_with(s));
    let mut start = sign.map_or(i, |(s, ..)| pre.len() - s.len());
    let (_, len) = read_number(&t[i..], Lang::En)?;
    let mut end = i + len;
    let mut number = t[i..end].to_owned();
    // "between 8,000 and 10,000" is the table's range "8,000 to 10,000".
    let mut ranged = false;
    if let (Some(b), Some(after)) = (ends_with_word(pre, "between"), t[end..].strip_prefix(" and ")) {
        let joined = format!("{number} to {after}");
        if let Some((Amount::Range(..), l2)) = read_number(&joined, Lang::En) {
            end += " and ".len() + l2 - len - " to ".len();
            number = joined[..l2].to_owned();
            (start, ranged) = (b, true);
        }
    }
    let (unit, kind, stop) = unit_after(t, end, sign.map(|(_, zh, en)| (*zh, *en)));
    end = stop;
    // The words before, the longest that ends right before the number.
    let head = t[..start].trim_end();
    let before = SYNONYMS
        .iter()
        .filter(|_| !ranged)
        .filter_map(|(w, canon)| Some((ends_with_word(head, w)?, *canon)))
        .min_by_key(|(at, _)| *at);
    let mut word = "";
    if let Some((at, canon)) = before {
        (start, word) = (at, canon);
        // "not over 5": a negation the table has no reading for.
        if ["not", "no"].iter().any(|n| ends_with_word(t[..at].trim_end(), n).is_some()) {
            return None;
        }
    }
    // Or the words after: "500 or more".
    let tail = t[end..].trim_start_matches(' ');
    if let Some((w, canon)) = AFTER.iter().find(|(w, _)| word.is_empty() && word_at(tail, w).is_some()) {
        (word, end) = (canon, t.len() - tail.len() + w.len());
    }
    let value = read_amount(format!("{word} {number}").trim(), Lang::En)?.to_value();
    // A fraction is a share in percent, as in Chinese: "a tenth" is 10%.
    if kind == Number && (number.contains('/') || !number.starts_with(|c: char| c.is_ascii_digit())) {
        return Some(Found {
            span: start..end,
            value: super::percent(value),
            unit: Text::new("%", "%"),
            kind: Fraction,
        });
    }
    Some(Found { span: start..end, value, unit, kind })
}

/// The unit after the number at `end`: a currency sign's currency, a known
/// unit (and a rate's "per mu"), or the noun counted. Returns the unit, the
/// kind and where the words end.
fn unit_after(
    t: &str,
    end: usize,
    sign: Option<(&'static str, &'static str)>,
) -> (Text, QuantityKind, usize) {
    let rest = &t[end..];
    let spaced = rest.strip_prefix(' ').unwrap_or(rest);
    let gap = rest.len() - spaced.len();
    if let Some((zh, en)) = sign {
        return (Text::new(zh, en), Money, end);
    }
    let known = UNITS
        .iter()
        .filter(|u| word_at(if u.0 == "%" { rest } else { spaced }, u.0).is_some())
        .max_by_key(|u| u.0.len());
    if let Some(&(w, zh, en, _, kind)) = known {
        let stop = end + if w == "%" { 0 } else { gap } + w.len();
        let per = [" per ", " a ", "/"].iter().find_map(|p| t[stop..].strip_prefix(p));
        let rate = per.and_then(|r| PER.iter().find_map(|p| Some((p, word_at(r, p.0)?))));
        if let Some(((_, pzh, pen), after)) = rate {
            let unit = Text::new(&format!("{zh}/{pzh}"), &format!("{en} per {pen}"));
            return (unit, Rate, t.len() - after.len());
        }
        return (Text::new(zh, en), kind, stop);
    }
    // The noun counted: "500 outcomes", "12 bases".
    let noun = spaced.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    if gap == 1
        && noun.len() > 1
        && !STOPWORDS.contains(&noun)
        && noun.chars().all(|c| c.is_ascii_lowercase())
    {
        return (Text::new("", noun), Count, end + 1 + noun.len());
    }
    (Text::new("", ""), Number, end)
}

/// A date at `i`: "March 25", "25 March", "March 2022", "in 2022".
fn date(t: &str, i: usize) -> Option<Found> {
    let digits = t[i..].bytes().take_while(u8::is_ascii_digit).count();
    let stop = i + digits;
    let next = t[stop..].chars().next();
    if next.is_some_and(|c| {
        c.is_ascii_alphanumeric() || c == ',' && t[stop + 1..].starts_with(|c: char| c.is_ascii_digit())
    }) {
        return None;
    }
    let value: f64 = t[i..stop].parse().ok()?;
    let pre = t[..i].trim_end();
    let month_before = MONTHS.iter().find_map(|m| ends_with_word(pre, m));
    let month_after = MONTHS.iter().find(|m| word_at(t[stop..].trim_start(), m).is_some());
    let exact = |span: std::ops::Range<usize>| {
        let value = Value::Point { qualifier: Qualifier::Exact, value };
        Some(Found { span, value, unit: Text::new("", ""), kind: Date })
    };
    if let Some(m) = month_before.filter(|_| (1.0..=31.0).contains(&value) || digits == 4) {
        return exact(m..stop);
    }
    if let Some(m) = month_after.filter(|_| (1.0..=31.0).contains(&value)) {
        return exact(i..t.len() - t[stop..].trim_start().len() + m.len());
    }
    let year_word = ["in", "since", "by", "until", "of", "from", "to", "before", "after"]
        .iter()
        .any(|w| ends_with_word(pre, w).is_some());
    if digits == 4 && (1900.0..=2100.0).contains(&value) && (year_word || next.is_none_or(|c| c != ' ')) {
        return exact(i..stop);
    }
    None
}
