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

/// `v` rounded to `decimals` decimals (half away from zero), written out.
///
/// newsfig formats numbers itself rather than through `format!("{v:.2}")`:
/// core's float formatting (Grisu with a Dragon4 fallback and its bignum
/// tables) was the largest single piece of code in the Wasm file. Integers
/// below 10¹⁹ are exact here, which is more than any story needs; beyond that
/// the number is written with 15 significant digits, as in `1.7e308`.
pub fn decimal(v: f64, decimals: u32) -> String {
    if !v.is_finite() {
        return match v {
            _ if v.is_nan() => "NaN",
            _ if v < 0.0 => "-Infinity",
            _ => "Infinity",
        }
        .to_owned();
    }
    // The integer part is exact in a double; only the fraction is scaled, so
    // large values keep their decimals (946115569756.878 to 5 places).
    let scale = 10f64.powi(decimals as i32);
    let mut int = v.abs().trunc();
    let mut frac = ((v.abs() - int) * scale).round();
    if frac >= scale {
        int += 1.0;
        frac -= scale;
    }
    write_decimal(v < 0.0, int, frac, decimals)
}

/// `n` in decimal digits. newsfig writes its integers (paths' indices,
/// dates, counts) here rather than through `Display`, so that the Wasm file
/// carries none of core's integer formatting (0.3 KiB gzipped).
pub fn int(n: u64) -> String {
    let mut digits = Vec::with_capacity(20);
    let mut n = n;
    loop {
        digits.push(b'0' + (n % 10) as u8);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits.iter().rev().map(|&d| char::from(d)).collect()
}

/// An index or a count in digits, as [`int`] writes them.
pub fn count(n: usize) -> String {
    int(n as u64)
}

/// Writes `int.frac` with `frac` padded to `decimals` digits.
fn write_decimal(negative: bool, int: f64, frac: f64, decimals: u32) -> String {
    let sign = if negative && (int > 0.0 || frac > 0.0) { "-" } else { "" };
    if int >= 1e19 {
        let e = crate::scale::log10(int).floor() as i32;
        return format!("{sign}{}e{}", trimmed(int / 10f64.powi(e), 14), self::int(e as u64));
    }
    let int = self::int(int as u64);
    if decimals == 0 {
        return format!("{sign}{int}");
    }
    let frac = self::int(frac as u64);
    let zeros = "0".repeat((decimals as usize).saturating_sub(frac.len()));
    format!("{sign}{int}.{zeros}{frac}")
}

/// `v` in the fewest decimals that read back as exactly `v`: `35900`, `0.9`,
/// `-5`. For data (CSV) and error messages, where a number must not change.
/// Exact for every double whose shortest form has up to 15 significant
/// digits (every figure an article states) and for most with 16 or 17, such
/// as the derived 39888.88888888889; the rest read back within a unit in
/// the last place, where a double's own precision ends.
pub fn plain(v: f64) -> String {
    let a = v.abs();
    let int = a.trunc();
    // Leading zeros after the point do not count towards the 17 digits.
    let zeros = if a > 0.0 && a < 1.0 { -crate::scale::log10(a).floor() as i32 } else { 0 };
    for d in 0..=(17 + zeros).min(22) {
        let scale = 10f64.powi(d);
        let near = ((a - int) * scale).round();
        // The scaling may round the last digit the wrong way, so the digit
        // on either side is tried too (checked against std's parser in
        // tests/json.rs).
        for frac in [near, near - 1.0, near + 1.0] {
            // One correctly rounded division, as a parser does, while the
            // numerator is an exact integer; two roundings beyond that.
            let whole = int * scale + frac;
            let back = if whole < 9_007_199_254_740_992.0 { whole / scale } else { int + frac / scale };
            if (0.0..scale).contains(&frac) && back == a {
                return write_decimal(v < 0.0, int, frac, d as u32);
            }
        }
    }
    if !v.is_finite() {
        return decimal(v, 0);
    }
    // Seventeen significant digits: a double needs at most that many.
    let int_digits = crate::scale::log10(a).floor() as i32 + 1;
    trimmed(v, (17 - int_digits).clamp(0, 22) as u32)
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
    let magnitude = crate::scale::log10(v.abs()).floor() as i32;
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

/// `parts` with `sep` between them: `[..].join(sep)`, without std's generic
/// join (1 KB of Wasm for each element type it is used with).
pub fn join<S: AsRef<str>>(parts: &[S], sep: &str) -> String {
    let mut out = String::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(p.as_ref());
    }
    out
}

/// The number of characters in `s`: `s.chars().count()`, without core's
/// word-at-a-time version (0.8 KB of Wasm) for strings a few hundred bytes long.
pub fn char_count(s: &str) -> usize {
    // Every character has exactly one byte that is not a continuation byte.
    s.bytes().filter(|b| (b & 0xC0) != 0x80).count()
}
