//! The table applied to a phrase: find the first number, read the words that
//! stick to it, a range if a dash and a second number follow, and the words
//! before the number and after its unit.

use super::numeral::{self, Numeral};
use super::{Amount, AmountEnd, Lang, QualifierWord, Reading, WordPosition, NOT_QUALIFIERS, QUALIFIER_WORDS};

/// Range marks in Chinese: "8000—10000元", "5至10万", "从5到10".
const ZH_DASHES: [&str; 8] = ["——", "—", "–", "-", "～", "~", "至", "到"];
/// Range marks in English, after any space: "8,000–10,000", "5 to 10 million".
const EN_DASHES: [&str; 4] = ["–", "—", "-", "to "];

/// A number with what sticks to it: "500余", "5万余", "三四千", "10 million".
struct Term<'a> {
    num: Numeral,
    /// A word right after the digits (余, 多).
    word: Option<Reading>,
    /// What 万, 亿 or "million" multiplied it by (1 without one).
    scale: f64,
    /// The text after it.
    rest: &'a str,
}

/// Reads a number at the start of a text, or `None`.
type ReadTerm = fn(&str) -> Option<Term<'_>>;

impl Term<'_> {
    fn amount(&self) -> Option<Amount> {
        match (self.num, self.word) {
            (Numeral::One(value), w) => {
                Some(Amount::Point(AmountEnd { reading: w.unwrap_or(Reading::Exact), value }))
            }
            (Numeral::Span(low, high), None) => Some(Amount::Range(low, high)),
            // "十几多" says the same thing twice, differently.
            (Numeral::Span(..), Some(_)) => None,
        }
    }

    /// The term as one end of a range; a span ("三四千") is not one.
    fn end(&self) -> Option<AmountEnd> {
        match self.amount()? {
            Amount::Point(end) => Some(end),
            Amount::Range(..) => None,
        }
    }
}

/// The row in `position` that `s` starts with.
fn starting(s: &str, position: WordPosition) -> Option<&'static QualifierWord> {
    QUALIFIER_WORDS.iter().find(|row| row.position == position && s.starts_with(row.zh))
}

/// A unit's characters: letters (Chinese ones included) and the percent sign.
fn unit_char(c: char) -> bool {
    c.is_alphabetic() || c == '%' || c == '％'
}

/// Whether `head` ends a word: nothing, or no letter or digit, before.
fn boundary(head: &str) -> bool {
    head.chars().next_back().is_none_or(|c| !c.is_alphanumeric())
}

fn zh_term(s: &str) -> Option<Term<'_>> {
    let (mut num, mut rest) = numeral::zh(s)?;
    let (mut word, mut scale) = (None, 1.0);
    // 余 and 多 stand before or after 万 and 亿: "500多万", "5万余元".
    loop {
        // Not the 百 of 百分之 or 百分点 after a number ("七十百分位").
        if let Some((m, r)) = numeral::zh_multiplier(rest).filter(|(_, r)| !r.starts_with('分')) {
            (num, scale, rest) = (num.times(m), scale * m, r);
        } else if let Some(row) = starting(rest, WordPosition::AfterNumber).filter(|_| word.is_none()) {
            (word, rest) = (Some(row.reading), &rest[row.zh.len()..]);
        } else {
            break;
        }
    }
    Some(Term { num, word, scale, rest })
}

fn en_term(s: &str) -> Option<Term<'_>> {
    let (num, rest) = numeral::en(s)?;
    let (scale, rest) = numeral::en_multiplier(rest).unwrap_or((1.0, rest));
    Some(Term { num: num.times(scale), word: None, scale, rest })
}

/// The first number in `phrase`, at a word's start if `boundaries`, and the text before it.
fn first(phrase: &str, term: ReadTerm, boundaries: bool) -> Option<(&str, Term<'_>)> {
    phrase.char_indices().find_map(|(i, _)| {
        let pre = &phrase[..i];
        let t = (!boundaries || boundary(pre)).then(|| term(&phrase[i..]))??;
        Some((pre, t))
    })
}

/// A range after `first`: a dash and a second number. A unit of up to
/// `units` characters written after both ends is read once ("从8000元到
/// 10000元"); a multiplier written only after the second end is shared:
/// "5—10万元" is 50,000 to 100,000.
fn range<'a>(first: &Term<'a>, dashes: &[&str], units: usize, term: ReadTerm) -> Option<(Amount, &'a str)> {
    let rest = first.rest;
    let cuts = rest.char_indices().map(|(i, _)| i).chain([rest.len()]).take(units + 1);
    for cut in cuts {
        let (unit, after) = rest.split_at(cut);
        if !unit.chars().all(unit_char) {
            break;
        }
        let after = after.trim_start();
        let second = dashes.iter().find_map(|d| term(after.strip_prefix(d)?.trim_start()));
        if let Some(second) = second.filter(|s| s.rest.starts_with(unit)) {
            let (mut low, high) = (first.end()?, second.end()?);
            // Shared unless that would put the low end above the high one:
            // "从8500到3万" is 8,500 to 30,000.
            if first.scale == 1.0 && low.value * second.scale <= high.value {
                low.value *= second.scale;
            }
            return Some((Amount::Range(low, high), second.rest));
        }
    }
    None
}

/// Two readings of one phrase, which must agree; neither is exact.
fn agree(a: Option<Reading>, b: Option<Reading>) -> Option<Reading> {
    match (a, b) {
        (Some(x), Some(y)) if x != y => None,
        (x, y) => Some(x.or(y).unwrap_or(Reading::Exact)),
    }
}

/// Whether `word`, at `at` in `text`, is inside a look-alike ("规模以上", "最近", "近年").
pub(super) fn lookalike(text: &str, at: usize, word: &str) -> bool {
    NOT_QUALIFIERS.iter().any(|l| {
        l.match_indices(word).any(|(k, _)| {
            at.checked_sub(k).and_then(|start| text.get(start..)).is_some_and(|t| t.starts_with(l))
        })
    })
}

/// Where `word` stands in `pre` if it qualifies the number after `pre`:
/// right before it, or in Chinese before a "…的" that names the whole the
/// number is a part of ("不到甘肃定西市的1/10"). Returns the word's start.
fn word_at(pre: &str, word: &str, lang: Lang) -> Option<usize> {
    if pre.ends_with(word) {
        let at = pre.len() - word.len();
        return (lang == Lang::Zh || boundary(&pre[..at])).then_some(at);
    }
    let whole = pre.strip_suffix('的').filter(|_| lang == Lang::Zh)?;
    let at = whole.rfind(word)?;
    let between = &whole[at + word.len()..];
    (between.chars().count() <= 10 && between.chars().all(char::is_alphabetic)).then_some(at)
}

/// The word before the number, the nearest and then the longest, unless it
/// is part of a look-alike ("最近"). `Err` when a negation precedes it
/// ("不低于", "not more than"): that is a reading the table does not have.
fn before(pre: &str, lang: Lang) -> Result<Option<Reading>, ()> {
    let pre = pre.trim_end();
    let found = QUALIFIER_WORDS
        .iter()
        .filter(|row| row.position == WordPosition::Before || lang == Lang::En)
        .filter_map(|row| Some((row, row.word(lang), word_at(pre, row.word(lang), lang)?)))
        .max_by_key(|(_, word, at)| (at + word.len(), word.len()));
    let Some((row, word, at)) = found else { return Ok(None) };
    if lookalike(pre, at, word) {
        return Ok(None);
    }
    let head = pre[..at].trim_end();
    let negated = match lang {
        Lang::Zh => head.ends_with(['不', '未', '没']),
        Lang::En => {
            ["no", "not"].iter().any(|n| head.ends_with(n) && boundary(&head[..head.len() - n.len()]))
        }
    };
    if negated {
        Err(())
    } else {
        Ok(Some(row.reading))
    }
}

/// The word after the unit ("94%以上", "300人左右"), with at most three
/// unit characters between; none if they spell a look-alike ("规模以上").
fn after_unit(rest: &str) -> Option<Reading> {
    for (i, c) in rest.char_indices().chain([(rest.len(), ' ')]).take(4) {
        if let Some(row) = starting(&rest[i..], WordPosition::AfterUnit) {
            return (!lookalike(rest, i, row.zh)).then_some(row.reading);
        }
        if !unit_char(c) {
            break;
        }
    }
    None
}

/// The number at the start of `s` with what sticks to it (余, 多, 万, a
/// range's dash and second end), and how many bytes of `s` it takes; no
/// words before it or after its unit are read.
pub(super) fn number_at(s: &str, lang: Lang) -> Option<(Amount, usize)> {
    let (term, dashes, units): (ReadTerm, &[&str], usize) = match lang {
        Lang::Zh => (zh_term, &ZH_DASHES, 2),
        Lang::En => (en_term, &EN_DASHES, 0),
    };
    let first = term(s)?;
    let (amount, rest) = match range(&first, dashes, units, term) {
        Some(found) => found,
        None => (first.amount()?, first.rest),
    };
    Some((amount, s.len() - rest.len()))
}

/// A Chinese phrase read by the table.
pub(super) fn zh(phrase: &str) -> Option<Amount> {
    let (pre, first) = first(phrase, zh_term, false)?;
    let (amount, rest) = match range(&first, &ZH_DASHES, 2, zh_term) {
        Some(found) => found,
        None => (first.amount()?, first.rest),
    };
    amount.with(agree(before(pre, Lang::Zh).ok()?, after_unit(rest))?)
}

/// An English phrase read by the table's English words, all before the number.
pub(super) fn en(phrase: &str) -> Option<Amount> {
    let (pre, first) = first(phrase, en_term, true)?;
    let amount = match range(&first, &EN_DASHES, 0, en_term) {
        Some((found, _)) => found,
        None => first.amount()?,
    };
    amount.with(before(pre, Lang::En).ok()?.unwrap_or(Reading::Exact))
}
