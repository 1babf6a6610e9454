//! A proposed label: what a quantity counts or measures, taken from the words
//! around it, for the editor to correct. A counter's noun follows it
//! ("106所高校": 高校); a measure's, an amount's or a share's subject comes
//! before it, back to the clause's start ("全市潞党参栽培面积3.59万亩"), with
//! the verbs that lead to a number cut off ("透光率增加到94%以上": 透光率).
//! The English label is plain: what kind of number it is and its unit
//! ("Number of institutions", "Amount in mu"), since a translation of the
//! Chinese noun is the editor's to write.

use super::quantity::{Quantity, QuantityKind};
use crate::story::Text;

/// Characters that end a clause.
const CLAUSE: &[char] = &[
    ',', '，', '。', '、', ';', '；', ':', '：', '!', '！', '?', '？', '“', '”', '"', '(', ')', '（', '）',
    '《', '》', '\n',
];

/// Words that end a counted noun: verbs and particles after it
/// ("106所高校达成", "4名在读博士生一起", "3个项目成功入选").
const NOUN_STOPS: &[&str] = &[
    "达成", "列入", "成功", "一起", "入选", "到", "在", "和", "与", "的", "是", "被", "将", "已", "均", "为",
    "让", "从", "就", "都", "等", "正", "也", "共", "及",
];

/// Words between a subject and its number: verbs of reaching and being
/// ("年产量达", "透光率增加到", "亩效益由", "产值现在已占到全省的").
const LEADS: &[&str] = &[
    "增加到",
    "增长到",
    "提高到",
    "下降到",
    "降低到",
    "减少到",
    "达到",
    "占到",
    "超过",
    "不到",
    "现在",
    "目前",
    "已经",
    "共有",
    "约",
    "达",
    "到",
    "为",
    "是",
    "有",
    "由",
    "已",
    "占",
    "的",
    "共",
    "近",
    "了",
    "都",
    "增加",
    "提高",
];

/// Conjunctions and causatives that start a clause before its subject
/// ("但却不到…", "使光伏玻璃透光率…").
const LEAD_INS: &[&str] = &["但却", "但是", "但", "而且", "而", "并且", "并", "使得", "使", "让", "其中"];

/// The longest label proposed, in characters.
const MAX_CHARS: usize = 16;

/// The label for quantity `q` of `text`, whose sentence starts at byte `start`;
/// its Chinese is empty when no words name what the number counts. In
/// English text both languages hold the English words (the editor
/// translates).
pub fn label(text: &str, start: usize, q: &Quantity) -> Text {
    if english(text, q) {
        let words = english_words(text, start, q);
        let words = if words.is_empty() { plain_en(q) } else { words };
        return Text { zh: words.clone(), en: words };
    }
    let zh = if counts_after(q) {
        noun_after(&text[q.span.end..])
    } else {
        subject_before(&text[start..q.span.start])
    };
    Text { zh, en: plain_en(q) }
}

/// Whether the thing counted is named after the number: counters and bare
/// numbers, but not 次 (times), whose verb comes first ("试验了四次").
fn counts_after(q: &Quantity) -> bool {
    match q.kind {
        QuantityKind::Count | QuantityKind::Ordinal => q.unit.zh != "次",
        QuantityKind::Number => true,
        _ => false,
    }
}

/// Whether the quantity stands in English text (no Chinese in its words).
pub fn english(text: &str, q: &Quantity) -> bool {
    let before = text[..q.span.start].chars().rev().take(12);
    let after = text[q.span.end..].chars().take(12);
    !before.chain(after).chain(text[q.span.clone()].chars()).any(is_han)
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// The noun right after a counter, up to a verb, a particle or punctuation;
/// after "N×M" ("2×1000TD光伏玻璃生产线"), the noun after M.
fn noun_after(rest: &str) -> String {
    let rest = match rest.strip_prefix(['×', '*', 'x', 'X']) {
        Some(r) => r.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '.'),
        None => rest,
    };
    let mut out = String::new();
    for (i, c) in rest.char_indices() {
        if CLAUSE.contains(&c) || !is_han(c) && !c.is_ascii_alphanumeric() {
            break;
        }
        if !out.is_empty() && NOUN_STOPS.iter().any(|w| rest[i..].starts_with(w)) {
            break;
        }
        out.push(c);
        if out.chars().count() == MAX_CHARS {
            break;
        }
    }
    out
}

/// The subject before a number: the clause up to it, less the verbs that
/// lead to the number.
fn subject_before(before: &str) -> String {
    let clause = before.rsplit(|c| CLAUSE.contains(&c)).next().unwrap_or("");
    // "厚度从行业通用的4毫米": the subject is before the number's source.
    let clause = match clause.find(['从', '由']) {
        Some(at) if at > 0 => &clause[..at],
        _ => clause,
    };
    // "山西日盛达2×1000TD": the words of a number before this one are not its subject.
    let mut s = clause.trim().trim_end_matches(|c: char| c.is_ascii_alphanumeric() || "×.*".contains(c));
    while let Some(rest) = LEAD_INS.iter().find_map(|w| s.strip_prefix(w)) {
        s = rest.trim_start();
    }
    while let Some(rest) = LEADS.iter().find_map(|w| s.strip_suffix(w)) {
        s = rest.trim_end();
    }
    let chars: Vec<char> = s.chars().collect();
    chars[chars.len().saturating_sub(MAX_CHARS)..].iter().collect()
}

/// In English text, the noun a count counts ("500 outcomes": the reader's
/// unit), or the words before anything else, back to the clause's start,
/// at most six.
fn english_words(text: &str, start: usize, q: &Quantity) -> String {
    if q.kind == QuantityKind::Count {
        return q.unit.en.clone();
    }
    let stop = |c: char| ",;:.!?()\n".contains(c);
    let before = &text[start..q.span.start];
    let clause = before.rsplit(stop).next().unwrap_or("");
    let all: Vec<&str> = clause.split_whitespace().collect();
    all[all.len().saturating_sub(6)..].join(" ")
}

/// The plain English label: the kind of number and its unit.
pub fn plain_en(q: &Quantity) -> String {
    let unit = q.unit.en.as_str();
    match q.kind {
        QuantityKind::Count | QuantityKind::Ordinal | QuantityKind::Number if !unit.is_empty() => {
            format!("Number of {unit}")
        }
        QuantityKind::Measure | QuantityKind::Money | QuantityKind::Rate if !unit.is_empty() => {
            format!("Amount in {unit}")
        }
        QuantityKind::Percent | QuantityKind::Fraction => "Share (%)".to_owned(),
        QuantityKind::Points => "Change in percentage points".to_owned(),
        QuantityKind::Multiple => "Multiple".to_owned(),
        _ => "Number".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::read_quantities;

    fn labels(text: &str) -> Vec<String> {
        read_quantities(text).iter().map(|q| label(text, 0, q).zh).collect()
    }

    #[test]
    fn a_counter_labels_the_noun_after_it() {
        assert_eq!(labels("与省内外106所高校达成500余项合作成果,集聚"), ["高校", "合作成果"]);
        assert_eq!(labels("吕大伟工程师每天都与4名在读博士生一起在潞城区"), ["在读博士生"]);
    }

    #[test]
    fn a_measure_labels_its_subject_before_it() {
        assert_eq!(labels("近年来,全市潞党参栽培面积3.59万亩,占全省的90%"), ["全市潞党参栽培面积", "占全省"]);
        assert_eq!(
            labels("使光伏玻璃透光率增加到94%以上,年产量达2200万平方米"),
            ["光伏玻璃透光率", "年产量"]
        );
    }

    #[test]
    fn the_english_label_is_plain() {
        let text = "与省内外106所高校";
        let q = &read_quantities(text)[0];
        assert_eq!(label(text, 0, q).en, format!("Number of {}", q.unit.en));
    }
}
