//! Numbers and qualified values as a reader of each language expects them.
//!
//! Chinese groups by 万 (10⁴) and 亿 (10⁸): 35,900 mu is "3.59万亩". English
//! groups by thousands: "35,900 mu". A qualifier is never dropped: an
//! approximate value reads "约3.99万亩" / "≈39,900 mu".

use crate::story::{Bound, Lang, Qualifier, Text, Value};

/// `v` with at most `decimals` decimals, trailing zeros removed: "16.81", "13".
pub fn trimmed(v: f64, decimals: u32) -> String {
    let s = decimal(v, decimals);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        s
    }
}

/// `v` rounded to `decimals` decimals, written out; non-finite values as
/// JavaScript writes them, since that is where an editor's numbers come from.
pub fn decimal(v: f64, decimals: u32) -> String {
    match v {
        _ if v.is_nan() => "NaN".to_owned(),
        _ if v.is_infinite() => if v < 0.0 { "-Infinity" } else { "Infinity" }.to_owned(),
        _ => unsigned_zero(format!("{:.*}", decimals as usize, v)),
    }
}

/// `v` in the fewest decimals that read back as exactly `v`: `35900`, `0.9`,
/// `-5`. For data (CSV) and error messages, where a number must not change.
pub fn plain(v: f64) -> String {
    if v.is_finite() {
        format!("{v}")
    } else {
        decimal(v, 0)
    }
}

/// Drops the sign of a number that rounded to zero: "-0.00" would read as
/// a negative number to a reader.
fn unsigned_zero(s: String) -> String {
    match s.strip_prefix('-') {
        Some(rest) if rest.bytes().all(|b| b == b'0' || b == b'.') => rest.to_owned(),
        _ => s,
    }
}

/// Inserts thousands separators into the integer part of a plain decimal string.
fn group_thousands(s: &str) -> String {
    let (sign, rest) = s.strip_prefix('-').map_or(("", s), |r| ("-", r));
    let (int, frac) = rest.split_once('.').map_or((rest, None), |(i, f)| (i, Some(f)));
    let mut out = String::with_capacity(s.len() + int.len() / 3);
    out.push_str(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// Rounds `v` to `digits` significant digits, so a derived value claims no more
/// precision than the figures it came from.
pub fn round_significant(v: f64, digits: i32) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let magnitude = v.abs().log10().floor() as i32;
    let factor = 10f64.powi(digits - 1 - magnitude);
    (v * factor).round() / factor
}

/// The Chinese grouping for `v`: 亿 (10⁸), 万 (10⁴) or none.
fn zh_scale(v: f64) -> f64 {
    match v.abs() {
        a if a >= 1e8 => 1e8,
        a if a >= 1e4 => 1e4,
        _ => 1.0,
    }
}

/// `v` in `lang`, in Chinese grouped by `scale` (1, 10⁴ or 10⁸).
fn number_scaled(v: f64, lang: Lang, scale: f64) -> String {
    match lang {
        Lang::Zh if scale >= 1e8 => format!("{}亿", trimmed(v / 1e8, 2)),
        Lang::Zh if scale >= 1e4 => format!("{}万", trimmed(v / 1e4, 2)),
        Lang::Zh => trimmed(v, 2),
        // Newsrooms write "22 million", not "22,000,000".
        Lang::En if v.abs() >= 1e9 => format!("{} billion", trimmed(v / 1e9, 2)),
        Lang::En if v.abs() >= 1e6 => format!("{} million", trimmed(v / 1e6, 2)),
        Lang::En => group_thousands(&trimmed(v, 2)),
    }
}

/// A plain number: "3.59万" / "35,900".
pub fn number(v: f64, lang: Lang) -> String {
    number_scaled(v, lang, zh_scale(v))
}

/// A number followed by its unit: "3.59万亩", "35,900 mu", "90%".
pub fn with_unit(v: f64, unit: &Text, lang: Lang) -> String {
    unit_after(number(v, lang), unit, lang)
}

/// Chinese sets units close ("3.59万亩"); English spaces them ("35,900 mu"),
/// except for the percent sign.
fn unit_after(n: String, unit: &Text, lang: Lang) -> String {
    let u = unit.get(lang);
    if lang == Lang::Zh || u.starts_with('%') {
        format!("{n}{u}")
    } else {
        format!("{n} {u}")
    }
}

/// The short sign for a qualifier, placed before the number.
fn sign(q: Qualifier, lang: Lang) -> &'static str {
    match (q, lang) {
        (Qualifier::Exact, _) => "",
        (Qualifier::Approx, Lang::Zh) => "约",
        (Qualifier::Approx, Lang::En) => "≈",
        (Qualifier::Nearly, Lang::Zh) => "近",
        (Qualifier::Nearly, Lang::En) => "nearly ",
        (Qualifier::AtLeast, _) => "≥",
        (Qualifier::MoreThan, _) => ">",
        (Qualifier::LessThan, _) => "<",
        (Qualifier::AtMost, _) => "≤",
    }
}

/// Rounds an approximate value so it claims no more precision than it has.
fn shown(b: Bound) -> f64 {
    match b.qualifier {
        Qualifier::Approx => round_significant(b.value, 3),
        _ => b.value,
    }
}

/// A value as a short mark label, qualifier included: "约3.99万亩", "≈39,900 mu",
/// "≥500 outcomes", "<10%", "8,000–10,000 yuan per mu", "5万—10万元/亩".
pub fn value_label(value: &Value, unit: &Text, lang: Lang) -> String {
    match *value {
        Value::Range { low, high } => {
            let dash = match lang {
                Lang::Zh => "—",
                Lang::En => "–",
            };
            // Both ends share the low end's grouping: "8000—10000", "5万—10万".
            let scale = zh_scale(low.value);
            let pct = if unit.get(lang).starts_with('%') { "%" } else { "" };
            let lo = format!("{}{}{pct}", sign(low.qualifier, lang), number_scaled(shown(low), lang, scale));
            let hi = format!("{}{}", sign(high.qualifier, lang), number_scaled(shown(high), lang, scale));
            format!("{lo}{dash}{}", unit_after(hi, unit, lang))
        }
        Value::Point { qualifier, value } => {
            let bound = Bound { value, qualifier };
            format!("{}{}", sign(qualifier, lang), with_unit(shown(bound), unit, lang))
        }
    }
}
