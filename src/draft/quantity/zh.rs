//! A quantity in Chinese text, found where its number starts: the words
//! before it (近, 超过), the number with what sticks to it (余, 万, a
//! range), its unit, and the words after the unit (以上, 左右). The reading
//! table reads the words; this module only finds where they are.

use crate::story::{in_lookalike, read_amount, read_number, Lang, QualifierWord, Text, WordPosition};
use crate::story::{Amount, Value, QUALIFIER_WORDS};

use super::names;
use super::units::unit_at;
use super::{Found, QuantityKind};

/// Words between a qualifier and its number that do not change the reading:
/// "超过了80", "至少有10", "近达".
const GLUE: [&str; 6] = ["了", "有", "达", "为", "占", "是"];

/// Parts written before the number ("百分之五", "千分之二点四", "百万分之五"),
/// and what one of each is in percent; longest first.
const PARTS: [(&str, f64); 8] = [
    ("百万万分之", 1e-8),
    ("百万分之", 1e-4),
    ("千万分之", 1e-5),
    ("万万分之", 1e-6),
    ("百分之", 1.0),
    ("千分之", 0.1),
    ("万分之", 0.01),
    ("亿分之", 1e-6),
];

/// The quantity whose number starts at `i` in `t` (normalised), if any.
pub(super) fn at(t: &str, i: usize) -> Option<Found> {
    let (mut amount, mut len) = read_number(&t[i..], Lang::Zh)?;
    // 千 in a unit (千克, 千米, 千瓦) is not a multiplier: "3千克" is 3 kg.
    if t[..i + len].ends_with('千')
        && unit_at(&t[i + len - '千'.len_utf8()..]).is_some_and(|u| u.word.starts_with('千'))
    {
        (amount, len) = read_number(&t[i..i + len - '千'.len_utf8()], Lang::Zh)?;
    }
    let num_end = i + len;
    let pre = &t[..i];
    if let Some(found) = names::special(t, i, num_end, amount) {
        return Some(found);
    }
    // A time of day ("8时", "20日12时30分") is part of a date, not an amount.
    if let Some(end) = time_of_day(t, i, num_end, &amount) {
        let value = amount.to_value();
        return Some(Found { span: i..end, value, unit: Text::new("", ""), kind: QuantityKind::Date });
    }
    let (mut start, mut end) = (i, num_end);
    let mut unit_end = num_end;
    let (mut unit, mut kind, mut factor) = (Text::new("", ""), QuantityKind::Number, 1.0);
    if let Some((word, part)) = PARTS.iter().find(|(w, _)| pre.ends_with(w)) {
        (start, unit, kind, factor) = (i - word.len(), Text::new("%", "%"), QuantityKind::Percent, *part);
    } else if let Some(found) = unit_after(t, end) {
        (unit, kind, factor, unit_end, end) = found;
    }
    // A minus sign, 负 or 零下 ("负3.9%", "-22.2%", "零下5℃"), not a range's dash ("5-10").
    let minus = ["零下", "负", "-"].iter().find(|m| {
        let sign = |c: char| !c.is_alphanumeric() && c != '-';
        t[..start].strip_suffix(**m).is_some_and(|h| **m != "-" || h.chars().next_back().is_none_or(sign))
    });
    if let Some(m) = minus {
        start -= m.len();
    }
    // A unit that is a ratio already (微克/立方米) is not made a rate: 年均浓度 is a year's mean.
    let rated = matches!(kind, QuantityKind::Money | QuantityKind::Measure | QuantityKind::Count);
    if rated && !unit.zh.contains('/') {
        if let Some((word, per)) = per_word(t, start, kind) {
            unit = Text::new(&format!("{}/{}", unit.zh, per.0), &format!("{} per {}", unit.en, per.1));
            kind = QuantityKind::Rate;
            start -= word;
        }
    }
    let mut more = "";
    if end > num_end {
        (more, end) = more_after_unit(t, end, &mut unit, &mut kind);
    }
    // Digits joined to Latin letters are a code or a name: 5G, 3D, 4K.
    if kind == QuantityKind::Number && t[end..].starts_with(|c: char| c.is_ascii_alphabetic()) {
        let letters = t[end..].bytes().take_while(u8::is_ascii_alphanumeric).count();
        return Some(Found {
            span: i..end + letters,
            value: amount.to_value(),
            unit,
            kind: QuantityKind::Name,
        });
    }
    let after = after_unit(t, end);
    let mut before = before(pre, start)?;
    // 近 before a span of time is "the last": 近五年来 is the past five years.
    if before.is_some_and(|(_, w)| w.zh == "近")
        && matches!(unit.zh.as_str(), "年" | "个月" | "天" | "日" | "周")
    {
        before = None;
    }
    if let Some(b) = before {
        start = b.0;
    }
    if let Some(a) = after {
        end += a.zh.len();
    }
    // A range whose first end repeats the unit ("0.5%—1%", "8000元—10000元")
    // is read with its second unit, as printed.
    let printed = &t[num_end..unit_end];
    let unit_words = if !printed.is_empty() && t[i..num_end].contains(printed) { printed } else { "" };
    let number = format!("{}{unit_words}", &t[i..num_end]);
    let phrase = format!("{}{number}{more}{}", before.map_or("", |b| b.1.zh), after.map_or("", |a| a.zh));
    let value = scale(read_amount(&phrase, Lang::Zh)?, if minus.is_some() { -factor } else { factor });
    if minus.is_some() && !matches!(value, Value::Point { qualifier: crate::story::Qualifier::Exact, .. }) {
        return None;
    }
    let words = &t[i..num_end];
    let mut value = value;
    // A fraction is a share: "1/10" is 10%, and 一半 50%, as the story format keeps shares.
    let fraction = words.contains('/') || words.contains("分之") || words.ends_with("一半");
    if kind == QuantityKind::Number && fraction {
        (kind, unit, value) = (QuantityKind::Fraction, Text::new("%", "%"), super::percent(value));
    }
    // One character alone is a number only where it stands alone; "一个",
    // "一次" say "a", "once", not a count of one; "上一年", "这一年" point
    // at a year, they do not measure one.
    let lone = len_chars(words) == 1 && !words.starts_with(|c: char| c.is_ascii_digit());
    let pointing = words == "一" && t[..i].ends_with(['上', '下', '前', '后', '同', '这', '那']);
    if lone
        && ((kind == QuantityKind::Number && !bare_ok(t, i, num_end))
            || (words == "一" && kind == QuantityKind::Count && factor == 1.0)
            || pointing)
    {
        return None;
    }
    Some(Found { span: start..end, value, unit, kind })
}

/// Where a time of day ends: digits up to 24 then 时, and minutes after it
/// ("8时", "12时30分"); `None` when the number is no hour.
fn time_of_day(t: &str, i: usize, num_end: usize, amount: &Amount) -> Option<usize> {
    let digits = t[i..num_end].bytes().all(|b| b.is_ascii_digit());
    let hour = matches!(amount, Amount::Point(e) if e.value <= 24.0);
    let rest = t[num_end..].strip_prefix('时').filter(|_| digits && hour)?;
    let minutes = rest.bytes().take_while(u8::is_ascii_digit).count();
    let end = t.len() - rest.len();
    Some(if minutes > 0 && rest[minutes..].starts_with('分') {
        end + minutes + '分'.len_utf8()
    } else {
        end
    })
}

fn len_chars(s: &str) -> usize {
    s.chars().count()
}

/// Whether a one-character number with no unit stands alone ("二", "“一”"),
/// not inside a word ("一切", "四川").
fn bare_ok(t: &str, start: usize, end: usize) -> bool {
    let alone = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    alone(t[end..].chars().next()) && alone(t[..start].chars().next_back())
}

/// The unit at `end` and a rate's second unit ("元/亩", "吨/年", "元每吨"):
/// the unit, its kind and factor, where the printed unit ends and where the
/// words end.
fn unit_after(t: &str, end: usize) -> Option<(Text, QuantityKind, f64, usize, usize)> {
    let u = unit_at(&t[end..])?;
    let unit_end = end + u.word.len();
    let per = ["/", "每"].iter().find_map(|p| t[unit_end..].strip_prefix(p).map(|r| (p.len(), r)));
    match per.and_then(|(p, r)| Some((p, unit_at(r)?))) {
        Some((p, v)) => {
            let unit = Text::new(&format!("{}/{}", u.zh, v.zh), &format!("{} per {}", u.en, singular(v.en)));
            Some((unit, QuantityKind::Rate, u.factor, unit_end, unit_end + p + v.word.len()))
        }
        None => Some((Text::new(u.zh, u.en), u.kind, u.factor, unit_end, unit_end)),
    }
}

/// 多 or 余 after a measure word ("一倍多", "5年多", "3个多月"): more than.
/// Returns the word for the reading table and where the words end; "3个多月"
/// becomes months. Not before a counter ("3倍多家企业": 多家 is "many firms").
fn more_after_unit(t: &str, end: usize, unit: &mut Text, kind: &mut QuantityKind) -> (&'static str, usize) {
    let Some(r) = ["多", "余"].into_iter().find(|w| t[end..].starts_with(w)) else { return ("", end) };
    let next = &t[end + r.len()..];
    if let Some(m) = ["月", "小时"].into_iter().find(|m| unit.zh == "个" && next.starts_with(m)) {
        *unit = Text::new(&format!("个{m}"), if m == "月" { "months" } else { "hours" });
        *kind = QuantityKind::Measure;
        return (r, end + r.len() + m.len());
    }
    match unit_at(next) {
        Some(u) if u.kind == QuantityKind::Count => ("", end),
        _ => (r, end + r.len()),
    }
}

/// The English unit word for one ("per mu", "per tonne").
fn singular(en: &str) -> &str {
    match en {
        "tonnes" => "tonne",
        "years" => "year",
        "days" => "day",
        "months" => "month",
        "hours" => "hour",
        "people" => "person",
        "households" => "household",
        _ => en,
    }
}

/// The amount with every end multiplied by `factor` (千分之 is a tenth of a percent).
fn scale(amount: Amount, factor: f64) -> Value {
    scale_value(amount.to_value(), factor)
}

fn scale_value(v: Value, factor: f64) -> Value {
    if factor == 1.0 {
        return v;
    }
    match v {
        Value::Point { qualifier, value } => Value::Point { qualifier, value: value * factor },
        Value::Range { mut low, mut high } => {
            low.value *= factor;
            high.value *= factor;
            Value::Range { low, high }
        }
    }
}

/// Words that make an amount a rate, and what it is per: "年产1万吨" is
/// tonnes per year, "亩效益由8000—10000元" yuan per mu.
/// 每万人口 and 每千人口 are how statistics state a rate per population
/// (每万人口发明专利拥有量); 生均 and 每生, per student (education budgets).
const PER_WORDS: [(&str, (&str, &str)); 21] = [
    ("年产", ("年", "year")),
    ("年均", ("年", "year")),
    ("每年", ("年", "year")),
    ("日产", ("日", "day")),
    ("日均", ("日", "day")),
    ("每日", ("日", "day")),
    ("每天", ("日", "day")),
    ("每月", ("月", "month")),
    ("每万人口", ("万人", "10,000 people")),
    ("每千人口", ("千人", "1,000 people")),
    ("生均", ("生", "student")),
    ("每生", ("生", "student")),
    ("亩产", ("亩", "mu")),
    ("亩均", ("亩", "mu")),
    ("亩效益", ("亩", "mu")),
    ("每亩", ("亩", "mu")),
    ("人均", ("人", "person")),
    ("每人", ("人", "person")),
    ("户均", ("户", "household")),
    ("每户", ("户", "household")),
    ("每吨", ("吨", "tonne")),
];

/// How far back in its sentence a rate's word may stand (亩效益由8000—10000元，增加到5—10万元).
const PER_REACH: usize = 24;

/// The rate word before `start`: right before it (its length, to take into
/// the words), or earlier in the same clause (0).
///
/// 每年, 每天, 每日 and 每月 earlier in the clause may say how often something
/// is done rather than what an amount is per ("每天都与4名博士生一起"): they
/// make a rate of money or a measure there, not of a count.
fn per_word(t: &str, start: usize, kind: QuantityKind) -> Option<(usize, (&'static str, &'static str))> {
    let pre = &t[..start];
    if let Some((w, per)) = PER_WORDS.iter().find(|(w, _)| pre.ends_with(w)) {
        return Some((w.len(), *per));
    }
    let reach: usize = pre
        .chars()
        .rev()
        .take_while(|c| !"。；！？;!?".contains(*c))
        .take(PER_REACH)
        .map(char::len_utf8)
        .sum();
    let window = &pre[pre.len() - reach..];
    // "年产量达2200万平方米" names an annual output, a total: 年产量 and 年产值 are not rates.
    let rate =
        |w: &str| window.match_indices(w).any(|(k, _)| !window[k + w.len()..].starts_with(['量', '值']));
    let how_often = |w: &str| kind == QuantityKind::Count && ["每年", "每天", "每日", "每月"].contains(&w);
    PER_WORDS.iter().find(|(w, _)| !how_often(w) && rate(w)).map(|(_, per)| (0, *per))
}

/// The table's word after the unit at `end` ("以上", "左右").
fn after_unit(t: &str, end: usize) -> Option<&'static QualifierWord> {
    let rest = &t[end..];
    QUALIFIER_WORDS.iter().find(|r| {
        r.position == WordPosition::AfterUnit && rest.starts_with(r.zh) && !in_lookalike(t, end, r.zh)
    })
}

/// Before "…的" that names the whole the number is a part of ("不到甘肃定西市
/// 的1/10"), the text before that whole's name (up to ten characters), which
/// the reading table reads the same way (its `word_at`).
fn whole_of(pre: &str) -> Option<&str> {
    let whole = pre.strip_suffix('的')?;
    let name: usize =
        whole.chars().rev().take_while(|c| c.is_alphabetic()).take(10).map(char::len_utf8).sum();
    let head = &whole[..whole.len() - name];
    QUALIFIER_WORDS
        .iter()
        .filter(|r| r.position == WordPosition::Before)
        .filter_map(|r| whole[head.len()..].find(r.zh).map(|k| &whole[..head.len() + k + r.zh.len()]))
        .max_by_key(|p| p.len())
}

/// The table's word right before the number (or before glue such as 了),
/// the longest; `None` when a negation precedes it ("不低于"): the table
/// has no reading for that, so the quantity is not proposed.
fn before(pre: &str, start: usize) -> Option<Option<(usize, &'static QualifierWord)>> {
    let pre = &pre[..start];
    let bare = GLUE.iter().find_map(|g| pre.strip_suffix(g)).into_iter().chain([pre]).chain(whole_of(pre));
    let found = bare
        .flat_map(|p| {
            QUALIFIER_WORDS
                .iter()
                .filter(|r| r.position == WordPosition::Before && p.ends_with(r.zh))
                .map(move |r| (p.len() - r.zh.len(), r))
        })
        .filter(|(at, r)| !in_lookalike(pre, *at, r.zh))
        .max_by_key(|(at, r)| (r.zh.len(), usize::MAX - at));
    match found {
        Some((at, _)) if pre[..at].ends_with(['不', '未', '没']) => None,
        found => Some(found),
    }
}
