//! Numbers that are not amounts: dates ("2022年", "3月25日"), which the
//! drafter resolves into events; ordinals ("第11个"); and numbers inside a
//! name ("12大基地", "四梁八柱", "三年行动计划"), which must not be proposed
//! as counts.

use crate::story::{read_number, Amount, AmountEnd, Lang, Qualifier, Reading, Text, Value};

use super::units::unit_at;
use super::{Found, QuantityKind};

/// Set phrases that hold a numeral and count nothing: the three sectors of
/// the economy, the five-year plan, the Belt and Road.
const SET_PHRASES: [&str; 5] = ["三次产业", "一二三产", "十四五", "一带一路", "一五一十"];

/// Words after "N年" that make it a programme's name, not a span of years.
const PROGRAMMES: [&str; 6] = ["行动", "计划", "规划", "攻坚", "工程", "专项"];

/// A whole number read exactly, if the amount is one.
fn whole(amount: Amount) -> Option<f64> {
    match amount {
        Amount::Point(AmountEnd { reading: Reading::Exact, value }) if value.fract() == 0.0 => Some(value),
        _ => None,
    }
}

fn exact(value: f64) -> Value {
    Value::Point { qualifier: Qualifier::Exact, value }
}

fn found(span: std::ops::Range<usize>, value: f64, kind: QuantityKind, unit: Text) -> Option<Found> {
    Some(Found { span, value: exact(value), unit, kind })
}

/// A number and the word after it ("3月", "25日"), if the number is whole and in `range`.
fn part(t: &str, i: usize, words: &[&str], range: std::ops::RangeInclusive<f64>) -> Option<usize> {
    let (amount, len) = read_number(&t[i..], Lang::Zh)?;
    whole(amount).filter(|v| range.contains(v))?;
    let w = words.iter().find(|w| t[i + len..].starts_with(**w))?;
    Some(i + len + w.len())
}

/// A date that starts at `i`: a year of four digits, a month, a day, and
/// what follows of the same date ("2022年3月25日").
fn date(t: &str, i: usize, end: usize, value: f64) -> Option<Found> {
    let four = t[i..end].len() == 4 && t[i..end].bytes().all(|b| b.is_ascii_digit());
    let mut stop = if four && t[end..].starts_with('年') {
        end + '年'.len_utf8()
    } else if four && (1900.0..=2100.0).contains(&value) && t[end..].starts_with(['届', '级']) {
        // "2020届": a class of that year.
        end + '届'.len_utf8()
    } else {
        let month = !t[..i].ends_with('个') && !t[end..].starts_with("月份以来");
        part(t, i, &["月"], 1.0..=12.0).filter(|_| month).or_else(|| part(t, i, &["日", "号"], 1.0..=31.0))?
    };
    if t[..stop].ends_with('年') {
        stop = part(t, stop, &["月"], 1.0..=12.0).unwrap_or(stop);
    }
    if t[..stop].ends_with('月') {
        stop = part(t, stop, &["日", "号"], 1.0..=31.0).unwrap_or(stop);
    }
    found(i..stop, value, QuantityKind::Date, Text::new("", ""))
}

/// A date written "2022-04-27" or "2022-04".
fn iso_date(t: &str, i: usize) -> Option<Found> {
    let b = t.as_bytes();
    let digits = |at: usize, n: usize| b.get(at..at + n).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let sep = |at: usize| b.get(at) == Some(&b'-');
    if !(digits(i, 4) && sep(i + 4) && digits(i + 5, 2)) {
        return None;
    }
    let stop = if sep(i + 7) && digits(i + 8, 2) { i + 10 } else { i + 7 };
    let value = t[i..i + 4].parse().ok()?;
    found(i..stop, value, QuantityKind::Date, Text::new("", ""))
}

/// A number at `i..end` that is a date, an ordinal or part of a name.
pub(super) fn special(t: &str, i: usize, end: usize, amount: Amount) -> Option<Found> {
    if let Some(d) = iso_date(t, i) {
        return Some(d);
    }
    // "十四五" is no whole numeral: the reading table reads its 十四.
    let value = whole(amount).or_else(|| SET_PHRASES.iter().any(|p| t[i..].starts_with(p)).then_some(0.0))?;
    let rest = &t[end..];
    if let Some(start) = t[..i].strip_suffix('第').map(str::len) {
        let (stop, unit) = match unit_at(rest) {
            Some(u) if u.kind == QuantityKind::Count => (end + u.word.len(), Text::new(u.zh, u.en)),
            _ => (end, Text::new("", "")),
        };
        return found(start..stop, value, QuantityKind::Ordinal, unit);
    }
    if let Some(d) = date(t, i, end, value) {
        return Some(d);
    }
    let name = |stop: usize| found(i..stop, value, QuantityKind::Name, Text::new("", ""));
    if let Some(p) = SET_PHRASES.iter().find(|p| t[i..].starts_with(**p)) {
        return name(i + p.len());
    }
    // A slogan in quotes that starts with the number: “五个先行”, “十年磨一剑”.
    if t[..i].ends_with(['“', '"', '「']) {
        let quoted: usize =
            rest.chars().take_while(|c| !"”\"」".contains(*c)).take(7).map(char::len_utf8).sum();
        let closes = rest[quoted..].starts_with(['”', '"', '」']);
        let unit = unit_at(rest).map_or(0, |u| u.word.len());
        if closes && quoted > unit {
            return name(end + quoted);
        }
    }
    // "80后", "90后": a generation.
    if rest.starts_with('后') && end - i == 2 && value % 10.0 == 0.0 {
        return name(end + '后'.len_utf8());
    }
    // "12大基地", "四大": a set that has a name ("一大批" is "a great many").
    let lone_one = &t[i..end] == "一";
    if let Some(r) =
        rest.strip_prefix('大').filter(|r| !lone_one && !r.starts_with(['于', '约', '多', '概', '批', '量']))
    {
        let noun = r.chars().take_while(|c| is_han(*c)).take(2).map(char::len_utf8).sum::<usize>();
        return name(end + '大'.len_utf8() + noun);
    }
    // "三年行动计划".
    if rest.strip_prefix('年').is_some_and(|r| PROGRAMMES.iter().any(|p| r.starts_with(p))) {
        return name(end + '年'.len_utf8());
    }
    // "四梁八柱", "一带一路": numeral, word, numeral, word, in characters.
    let cs: Vec<char> = t[i..].chars().take(4).collect();
    if cs.len() == 4
        && is_numeral(cs[0])
        && is_numeral(cs[2])
        && is_han(cs[1])
        && is_han(cs[3])
        && !is_numeral(cs[1])
        && !is_numeral(cs[3])
        && unit_at(&t[end..]).is_none()
    {
        return name(i + cs.iter().map(|c| c.len_utf8()).sum::<usize>());
    }
    None
}

/// A Chinese numeral the normaliser left as written (a lone digit).
fn is_numeral(c: char) -> bool {
    "一二两三四五六七八九十百千".contains(c)
}

/// A Chinese character (the unified ideographs).
fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}
