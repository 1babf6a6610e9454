//! Numbers as an article prints them, only as far as the reading table's
//! phrases need: Arabic digits with thousands separators, decimals and
//! fractions ("39,900", "3.59", "1/10"); the Chinese numerals 一 to 十 and 两,
//! with 十/百/千 ("三四千", "十几", "数十"); the multipliers 万 and 亿; and in
//! English "a tenth", "thousand", "million", "billion".
//!
//! The `chinese-number` crate reads whole Chinese numerals ("一百二十三"), but
//! none of the forms here: digits mixed with 万 ("700万"), adjacent numerals
//! ("三四千") or 几/数 ("几十") are not numerals it parses.

use super::{AmountEnd, Reading};

/// A number as printed: one value, or a span the words leave open.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Numeral {
    /// "500", "1/10", "三".
    One(f64),
    /// "三四千" (two adjacent numerals), "十几", "几十", "数十".
    Span(AmountEnd, AmountEnd),
}

impl Numeral {
    /// The numeral multiplied by `m` ("三四" by 千, "5" by 万).
    pub(super) fn times(self, m: f64) -> Numeral {
        let end = |e: AmountEnd| AmountEnd { value: tidy(e.value * m), ..e };
        match self {
            Numeral::One(v) => Numeral::One(tidy(v * m)),
            Numeral::Span(low, high) => Numeral::Span(end(low), end(high)),
        }
    }
}

/// A product rounded to 15 significant digits, the most a double holds
/// exactly: 2356.7 × 10⁸ is 235,670,000,000, not 235,669,999,999.99997.
fn tidy(x: f64) -> f64 {
    format!("{x:.14e}").parse().unwrap_or(x)
}

/// Chinese digits; 两 is 2 before a measure word or multiplier ("两位", "两千").
const DIGITS: [(char, f64); 10] = [
    ('一', 1.0),
    ('二', 2.0),
    ('两', 2.0),
    ('三', 3.0),
    ('四', 4.0),
    ('五', 5.0),
    ('六', 6.0),
    ('七', 7.0),
    ('八', 8.0),
    ('九', 9.0),
];

/// The units inside a Chinese numeral.
const UNITS: [(char, f64); 3] = [('十', 10.0), ('百', 100.0), ('千', 1000.0)];

/// The multipliers after a number, in either script: "700万", "七八亿"; and
/// after digits, 千 and 百 ("3千万亿", "5千元"), which a Chinese numeral has
/// already read as its own units ("三千").
const ZH_MULTIPLIERS: [(char, f64); 4] = [('万', 1e4), ('亿', 1e8), ('千', 1e3), ('百', 1e2)];

/// English multipliers, after a space: "5 million"; "bn" as business pages print it
/// ("$4.3bn"); "trillion" as trade and GDP figures print yuan ("21.17 trillion yuan").
const EN_MULTIPLIERS: [(&str, f64); 6] = [
    (" thousand", 1e3),
    (" million", 1e6),
    (" billion", 1e9),
    (" trillion", 1e12),
    ("bn", 1e9),
    (" bn", 1e9),
];

/// English fractions a newsroom writes in words: "a tenth", "a quarter".
const EN_FRACTIONS: [(&str, f64); 5] =
    [("half", 2.0), ("third", 3.0), ("quarter", 4.0), ("fifth", 5.0), ("tenth", 10.0)];

/// The first char of `s`, looked up in `table`, and the text after it.
fn lookup<'a>(s: &'a str, table: &[(char, f64)]) -> Option<(f64, &'a str)> {
    let c = s.chars().next()?;
    let (_, v) = table.iter().find(|(k, _)| *k == c)?;
    Some((*v, &s[c.len_utf8()..]))
}

/// Arabic digits with "," thousands separators (each followed by three
/// digits, so the comma of a list is not one) and a "." decimal point.
fn decimal(s: &str) -> Option<(f64, &str)> {
    let b = s.as_bytes();
    let digits_at = |i: usize| b.get(i..).map_or(0, |t| t.iter().take_while(|c| c.is_ascii_digit()).count());
    let mut end = digits_at(0);
    if end == 0 {
        return None;
    }
    while b.get(end) == Some(&b',') && digits_at(end + 1) == 3 {
        end += 4;
    }
    if b.get(end) == Some(&b'.') && digits_at(end + 1) > 0 {
        end += 1 + digits_at(end + 1);
    }
    let value = s[..end].replace(',', "").parse().ok()?;
    Some((value, &s[end..]))
}

/// Arabic digits, with a fraction's denominator if one follows ("1/10" is 0.1).
pub(super) fn arabic(s: &str) -> Option<(f64, &str)> {
    let (n, rest) = decimal(s)?;
    match rest.strip_prefix('/').and_then(decimal) {
        Some((d, after)) if d != 0.0 => Some((n / d, after)),
        _ => Some((n, rest)),
    }
}

/// A Chinese numeral: "三", "三十", "十五", "一半", "三四千" (adjacent digits, a span),
/// "十几" (more than 10, under 20), "几十"/"数十" (at least 20, under 100).
///
/// Why those bounds: 几 (and 数, which dictionaries gloss as 几) stands for an
/// unstated digit "greater than one and less than ten" (现代汉语词典). In 几十
/// it multiplies: 二十 to 九十, and since the article rounds an amount it
/// does not know exactly, anything from 20 up to the next order (百) is
/// covered: at least 20, under 100. In 十几 it is added: the teens, so more
/// than 10 and under 20. The ends are qualified, not exact, so no chart
/// claims a round 20 or 100 the article never printed.
fn chinese(s: &str) -> Option<(Numeral, &str)> {
    let bound = |reading, value| AmountEnd { reading, value };
    if let Some(rest) = s.strip_prefix("一半") {
        return Some((Numeral::One(0.5), rest));
    }
    if let Some(r) = s.strip_prefix('几').or_else(|| s.strip_prefix('数')) {
        let (u, rest) = lookup(r, &UNITS)?;
        return Some((
            Numeral::Span(bound(Reading::AtLeast, 2.0 * u), bound(Reading::LessThan, 10.0 * u)),
            rest,
        ));
    }
    if let Some(r) = s.strip_prefix('十') {
        return Some(tens(10.0, r));
    }
    let (d, r) = lookup(s, &DIGITS)?;
    let (num, r) = match lookup(r, &DIGITS) {
        Some((e, r2)) if e == d + 1.0 => {
            (Numeral::Span(bound(Reading::Exact, d), bound(Reading::Exact, e)), r2)
        }
        _ => (Numeral::One(d), r),
    };
    match (num, lookup(r, &UNITS)) {
        (Numeral::One(_), Some((10.0, r2))) => Some(tens(d * 10.0, r2)),
        (_, Some((u, rest))) => Some((num.times(u), rest)),
        (_, None) => Some((num, r)),
    }
}

/// `t` tens and what follows them: a digit ("三十五"), 几 ("十几", "二十几":
/// more than `t`, under the next ten), or nothing.
fn tens(t: f64, s: &str) -> (Numeral, &str) {
    if let Some(rest) = s.strip_prefix('几') {
        let bound = |reading, value| AmountEnd { reading, value };
        return (Numeral::Span(bound(Reading::MoreThan, t), bound(Reading::LessThan, t + 10.0)), rest);
    }
    let (ones, rest) = lookup(s, &DIGITS).unwrap_or((0.0, s));
    (Numeral::One(t + ones), rest)
}

/// A number in Chinese text, Arabic or Chinese, without its multiplier; a
/// fraction written "4分之1" (of four parts, one; "四分之一" once the drafter
/// has put its numerals in digits) is one number.
pub(super) fn zh(s: &str) -> Option<(Numeral, &str)> {
    let (num, rest) = arabic(s).map(|(v, r)| (Numeral::One(v), r)).or_else(|| chinese(s))?;
    let part = rest.strip_prefix("分之").and_then(|r| Some((arabic(r).or_else(|| one_chinese(r))?, num)));
    match part {
        Some(((n, after), Numeral::One(d))) if d != 0.0 => Some((Numeral::One(n / d), after)),
        _ => Some((num, rest)),
    }
}

/// A Chinese numeral that is one number ("一" in "四分之一").
fn one_chinese(s: &str) -> Option<(f64, &str)> {
    match chinese(s)? {
        (Numeral::One(v), rest) => Some((v, rest)),
        _ => None,
    }
}

/// 万 or 亿 at the start of `s`.
pub(super) fn zh_multiplier(s: &str) -> Option<(f64, &str)> {
    lookup(s, &ZH_MULTIPLIERS)
}

/// A number in English text: digits, or "a tenth" and the like.
pub(super) fn en(s: &str) -> Option<(Numeral, &str)> {
    if let Some((v, r)) = arabic(s) {
        return Some((Numeral::One(v), r));
    }
    let r = ["a ", "an ", "one "].iter().find_map(|a| s.strip_prefix(a))?;
    EN_FRACTIONS.iter().find_map(|(w, d)| Some((Numeral::One(1.0 / d), r.strip_prefix(w)?)))
}

/// "thousand", "million", "billion" or "trillion" after a space.
pub(super) fn en_multiplier(s: &str) -> Option<(f64, &str)> {
    EN_MULTIPLIERS.iter().find_map(|(w, m)| Some((*m, s.strip_prefix(w)?)))
}
