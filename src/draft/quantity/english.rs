//! A quantity in English text: "more than 500 outcomes", "nearly 4 mm",
//! "between 8,000 and 10,000 yuan", "$4.3 billion", "35,900 mu".
//!
//! The reading table's English words are one per reading ("more than",
//! "at least", "at most", "under", "about", "nearly"); news writes each in
//! several ways. [`words::SYNONYMS`] maps those to the table's words, and the table
//! reads the result (`read_amount`), so English and Chinese read alike.

use crate::story::{read_amount, read_number, Amount, Lang, Qualifier, Text, Value};

mod words;

use super::{Found, QuantityKind};
use words::{
    ADJECTIVES, AFTER, HYPHENED, MONTHS, NUMBER_WORDS, PER, PERIODS, SIGNS, STOPWORDS, SYNONYMS, TENS, UNITS,
};
use QuantityKind::{Count, Date, Fraction, Measure, Money, Number, Rate};

/// Whether `s` starts with a fraction in words ("a tenth", "a quarter").
pub(super) fn fraction(s: &str) -> bool {
    read_number(s, Lang::En).is_some()
}

/// A number from two to ninety-nine written in words at the start of `s`
/// ("three universities", "Twelve bases", "twenty-five people"), and its length.
pub(super) fn word_number(s: &str) -> Option<(u32, usize)> {
    let word = |w: &str| s.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w));
    let ends = |at: usize| s[at..].starts_with([' ', '-']);
    let tens = TENS.iter().zip((20..).step_by(10)).find(|(w, _)| word(w));
    if let Some((w, n)) = tens {
        // "twenty-five": a ten, a hyphen and a digit's word.
        let ones = s[w.len()..].strip_prefix('-').and_then(|r| {
            NUMBER_WORDS[..8]
                .iter()
                .zip(2..)
                .find(|(o, _)| r.get(..o.len()).is_some_and(|h| h.eq_ignore_ascii_case(o)))
        });
        return match ones {
            Some((o, k)) if ends(w.len() + 1 + o.len()) => Some((n + k, w.len() + 1 + o.len())),
            _ => ends(w.len()).then_some((n, w.len())),
        };
    }
    NUMBER_WORDS.iter().zip(2..).find(|(w, _)| word(w) && ends(w.len())).map(|(w, n)| (n, w.len()))
}

/// Whether `s` starts with `word` as a whole word.
fn word_at<'a>(s: &'a str, word: &str) -> Option<&'a str> {
    let rest = s.strip_prefix(word)?;
    rest.chars().next().is_none_or(|c| !c.is_ascii_alphanumeric()).then_some(rest)
}

/// Whether `pre` ends with `word` as a whole word; the word's start.
/// Capitals do not matter ("Between 2019 and 2022").
fn ends_with_word(pre: &str, word: &str) -> Option<usize> {
    let at = pre.len().checked_sub(word.len()).filter(|at| pre.is_char_boundary(*at))?;
    let head = &pre[..at];
    (pre[at..].eq_ignore_ascii_case(word)
        && head.chars().next_back().is_none_or(|c| !c.is_ascii_alphanumeric()))
    .then_some(at)
}

/// The English quantity whose digits start at `i`, if any.
pub(super) fn at(t: &str, i: usize) -> Option<Found> {
    let pre = t[..i].trim_end();
    if let Some(d) = date(t, i) {
        return Some(d);
    }
    // A currency sign: "$4.3 billion", "HK$ 5 million".
    let sign = SIGNS.iter().find(|(s, ..)| pre.ends_with(s));
    let mut start = sign.map_or(i, |(s, ..)| pre.len() - s.len());
    // A number in words ("three universities") is read as its digits.
    let spelled = word_number(&t[i..]);
    let (len, mut number) = match spelled {
        Some((value, len)) => (len, value.to_string()),
        None => {
            let (_, len) = read_number(&t[i..], Lang::En)?;
            (len, t[i..i + len].to_owned())
        }
    };
    let mut end = i + len;
    // "between 8,000 and 10,000" is the table's range "8,000 to 10,000".
    let mut ranged = false;
    if let (Some(b), Some(after)) = (ends_with_word(pre, "between"), t[end..].strip_prefix(" and ")) {
        let joined = format!("{number} to {after}");
        let second = read_number(&joined, Lang::En).filter(|(_, l2)| *l2 > len + " to ".len());
        if let Some((Amount::Range(..), l2)) = second {
            end += " and ".len() + l2 - len - " to ".len();
            number = joined[..l2].to_owned();
            (start, ranged) = (b, true);
        }
    }
    // "$500m": after a currency sign, m is million.
    let mut times = 1.0;
    if sign.is_some()
        && t[end..].starts_with('m')
        && !t[end + 1..].starts_with(|c: char| c.is_ascii_alphabetic())
    {
        (times, end) = (1e6, end + 1);
    }
    // "500-plus", "500+": more than 500.
    let plus = ["-plus", "+"].iter().find(|p| t[end..].starts_with(**p));
    if let Some(p) = plus {
        end += p.len();
    }
    let (unit, kind, stop) = unit_after(t, end, sign.map(|(_, zh, en)| (*zh, *en)));
    // "the first nine months (of the year)": a period, not an amount.
    if ["first", "last"].iter().any(|w| ends_with_word(pre, w).is_some())
        && PERIODS.contains(&unit.en.as_str())
    {
        return None;
    }
    end = stop;
    // The words before, the longest that ends right before the number.
    let head = t[..start].trim_end();
    let before = SYNONYMS
        .iter()
        .filter(|_| !ranged)
        .filter_map(|(w, canon)| Some((ends_with_word(head, w)?, *canon)))
        .min_by_key(|(at, _)| *at);
    let mut word = if plus.is_some() { "more than" } else { "" };
    if let Some((at, canon)) = before.filter(|_| plus.is_none()) {
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
    // A number in words counts something, or it is a word ("one of them").
    if spelled.is_some() && kind == Number {
        return None;
    }
    let value = super::scaled(read_amount(format!("{word} {number}").trim(), Lang::En)?.to_value(), times);
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
    if let Some((zh, en)) = sign {
        return (Text::new(zh, en), Money, end);
    }
    // "40 consecutive months": the unit after the adjective.
    let unit_in = |s: &str| UNITS.iter().any(|u| word_at(s, u.0).is_some());
    let adjective =
        ADJECTIVES.iter().find_map(|a| word_at(spaced, a)?.strip_prefix(' ').filter(|r| unit_in(r)));
    let spaced = adjective.unwrap_or(spaced);
    let gap = rest.len() - spaced.len();
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
    // A unit joined by a hyphen: "a 5-year deal", "a 10-km road".
    if let Some(r) = rest.strip_prefix('-') {
        if let Some((w, zh, en)) = HYPHENED.iter().find(|(w, ..)| word_at(r, w).is_some()) {
            return (Text::new(zh, en), Measure, end + 1 + w.len());
        }
    }
    // The noun counted: "500 outcomes", "12 bases".
    let noun = spaced.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    // A plural acronym counts too: "1.8 million NEVs", "300 SMEs".
    let acronym =
        |w: &str| w.len() > 2 && w.ends_with('s') && w[..w.len() - 1].chars().all(|c| c.is_ascii_uppercase());
    let word = |w: &str| {
        w.len() > 1 && !STOPWORDS.contains(&w) && (w.chars().all(|c| c.is_ascii_lowercase()) || acronym(w))
    };
    if gap == 1 && word(noun) {
        // Nouns before the plural they qualify: "120 million tourist
        // visits", "55 sewage treatment plants" (up to four words).
        let mut words =
            spaced.split(' ').map(|w| w.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or(""));
        let mut len = 0;
        for (k, w) in words.by_ref().take(4).enumerate() {
            if !word(w) || (k > 0 && !spaced[len + 1..].starts_with(w)) {
                break;
            }
            len += if k > 0 { 1 } else { 0 } + w.len();
            if w.ends_with('s') {
                break;
            }
        }
        // The plural ends the noun; with none, the first word alone.
        let noun = if spaced[..len].ends_with('s') { &spaced[..len] } else { noun };
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
        // "April 19, 2022": the year goes with the day.
        let year =
            t[stop..].strip_prefix(", ").filter(|r| r.bytes().take_while(u8::is_ascii_digit).count() == 4);
        return exact(m..year.map_or(stop, |r| t.len() - r.len() + 4));
    }
    if let Some(m) = month_after.filter(|_| (1.0..=31.0).contains(&value)) {
        return exact(i..t.len() - t[stop..].trim_start().len() + m.len());
    }
    let year_word = ["in", "since", "by", "until", "of", "from", "to", "before", "after"]
        .iter()
        .any(|w| ends_with_word(pre, w).is_some());
    let year = |v: f64, n: usize| n == 4 && (1900.0..=2100.0).contains(&v);
    // A span of years: "between 2019 and 2022", "from 2019 to 2022", "2019–2022".
    if year(value, digits) {
        let rest = &t[stop..];
        let joined = [" and ", " to ", "–", "—", "-"].iter().find_map(|j| rest.strip_prefix(j));
        let second = joined.map(|r| (r, r.bytes().take_while(u8::is_ascii_digit).count()));
        if let Some((r, n)) = second.filter(|(r, n)| r[..*n].parse().is_ok_and(|v| year(v, *n))) {
            let start = ["between", "from"].iter().find_map(|w| ends_with_word(pre, w)).unwrap_or(i);
            return exact(start..t.len() - r.len() + n);
        }
    }
    if year(value, digits) && (year_word || next.is_none_or(|c| c != ' ')) {
        return exact(i..stop);
    }
    None
}
