//! How an article's qualifier words read: one table from each word to a
//! reading, with the source of every row, and [`read_amount`], which applies it to
//! a phrase as printed ("500余项", "94%以上", "近700万", "5—10万元"; "more than
//! 500 outcomes", "under a tenth").
//!
//! The table follows the law and the standard, not a translator's instinct.
//! The Civil Code of the PRC (art. 1259) says 以上, 以下 and 以内 include the
//! number and 超过 and 不满 exclude it: "94%以上" is *at least* 94%. GB/T
//! 15835-2011 (numbers in Chinese publications) treats 余 and 多 after a
//! number as an approximate amount above it: "500余项" is *more than* 500.
//! Peers disagree (Microsoft Recognizers-Text reads "五百以上" as excluding
//! 500; JioNLP reads "3000多" as 3000 to 4000), so every row names its
//! source, and the words neither text covers say they follow plain usage.
//! "500余项" stays a floor, not a range: a ceiling would be ours, not the
//! article's. The English words a reading is written with
//! are in the same rows, so a label can never say "at least" where the
//! table reads "more than".

mod apply;
mod numeral;

use super::{Bound, Lang, Qualifier, Value};

/// What a qualifier word makes of the number beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// No qualifier: "106所".
    Exact,
    /// Above the number, not reaching it: "500余项", "超过500".
    MoreThan,
    /// The number or above: "94%以上".
    AtLeast,
    /// The number or below: "3年以内".
    AtMost,
    /// Below the number, not reaching it: "不到1/10".
    LessThan,
    /// About the number, either side: "约4万", "300人左右".
    Approx,
    /// Just under the number: "近700万". A careful reader says "nearly".
    Nearly,
}

impl Reading {
    /// The reading of a story format's qualifier: its words come from the
    /// table too (describe.rs).
    pub const fn of(q: Qualifier) -> Reading {
        match q {
            Qualifier::Exact => Reading::Exact,
            Qualifier::MoreThan => Reading::MoreThan,
            Qualifier::AtLeast => Reading::AtLeast,
            Qualifier::AtMost => Reading::AtMost,
            Qualifier::LessThan => Reading::LessThan,
            Qualifier::Approx => Reading::Approx,
            Qualifier::Nearly => Reading::Nearly,
        }
    }

    /// The story format's qualifier, which has one for each reading.
    pub const fn to_qualifier(self) -> Qualifier {
        match self {
            Reading::Exact => Qualifier::Exact,
            Reading::MoreThan => Qualifier::MoreThan,
            Reading::AtLeast => Qualifier::AtLeast,
            Reading::AtMost => Qualifier::AtMost,
            Reading::LessThan => Qualifier::LessThan,
            Reading::Approx => Qualifier::Approx,
            Reading::Nearly => Qualifier::Nearly,
        }
    }

    /// The row the reading is written with: its first in [`QUALIFIER_WORDS`] (余,
    /// 以上, 以下, 不到, 约, 近); none for [`Reading::Exact`].
    pub fn written(self) -> Option<&'static QualifierWord> {
        QUALIFIER_WORDS.iter().find(|row| row.reading == self)
    }

    /// The words the reading is written with: "余" / "more than"; empty when exact.
    pub fn words(self, lang: Lang) -> &'static str {
        self.written().map_or("", |row| row.word(lang))
    }
}

/// Where a word stands in Chinese; English puts every one before the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordPosition {
    /// Before the number: "近700万", "超过500".
    Before,
    /// Right after the digits, before 万/亿 or the unit: "500余项", "5万余元".
    AfterNumber,
    /// After the unit: "94%以上", "300人左右".
    AfterUnit,
}

/// Why a row reads as it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadingBasis {
    /// Civil Code of the PRC, art. 1259: 以上, 以下, 以内 include the number; 超过, 不满 exclude it.
    CivilCode,
    /// GB/T 15835-2011: 余, 多 after a number, and 约, 左右, 上下, are approximate amounts.
    GbT15835,
    /// Neither text names the word; it reads as plain usage (and dictionaries) have it.
    Usage,
}

impl ReadingBasis {
    /// The source as cited in docs/story-format.md.
    pub const fn cite(self) -> &'static str {
        match self {
            ReadingBasis::CivilCode => "Civil Code art. 1259",
            ReadingBasis::GbT15835 => "GB/T 15835-2011",
            ReadingBasis::Usage => "plain usage",
        }
    }
}

/// One qualifier word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QualifierWord {
    /// The word in Chinese.
    pub zh: &'static str,
    /// What it makes of the number.
    pub reading: Reading,
    /// Where it stands.
    pub position: WordPosition,
    /// Why it reads so.
    pub basis: ReadingBasis,
    /// The English words for the reading.
    pub en: &'static str,
}

impl QualifierWord {
    /// The word in `lang`.
    pub fn word(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }

    /// A number and unit written with this word: "500余项", "94%以上",
    /// "近700万"; "more than 500 outcomes", "at least 94%".
    pub fn write(&self, number: &str, unit: &str, lang: Lang) -> String {
        match (lang, self.position) {
            (Lang::Zh, WordPosition::Before) => format!("{}{number}{unit}", self.zh),
            (Lang::Zh, WordPosition::AfterNumber) => format!("{number}{}{unit}", self.zh),
            (Lang::Zh, WordPosition::AfterUnit) => format!("{number}{unit}{}", self.zh),
            (Lang::En, _) if unit.is_empty() || unit.starts_with('%') => {
                format!("{} {number}{unit}", self.en)
            }
            (Lang::En, _) => format!("{} {number} {unit}", self.en),
        }
    }
}

const fn row(
    zh: &'static str,
    reading: Reading,
    position: WordPosition,
    basis: ReadingBasis,
    en: &'static str,
) -> QualifierWord {
    QualifierWord { zh, reading, position, basis, en }
}

use Reading::{Approx, AtLeast, AtMost, LessThan, MoreThan, Nearly};
use ReadingBasis::{CivilCode, GbT15835, Usage};
use WordPosition::{AfterNumber, AfterUnit, Before};

/// Every qualifier word, grouped by reading; the first of each group is how
/// the reading is written. 逾 is the written form of 超过; 不少于 and 至少 say
/// "not below"; 不超过 negates 超过, so it includes the number; 不到, 不足 and
/// 低于 say "not reaching", as 不满 does in the Civil Code; 大约 is 约; 近,
/// 将近 and 接近 put the amount just under the number. 突破 ("broke
/// through", 突破8万亿元) says the amount passed the number, as 超过 does;
/// 及以上 and 及以下 ("and above", 65岁及以上) say outright that the number
/// is included, as the Civil Code reads 以上 and 以下.
pub const QUALIFIER_WORDS: [QualifierWord; 25] = [
    row("余", MoreThan, AfterNumber, GbT15835, "more than"),
    row("多", MoreThan, AfterNumber, GbT15835, "more than"),
    row("超过", MoreThan, Before, CivilCode, "more than"),
    row("逾", MoreThan, Before, Usage, "more than"),
    row("突破", MoreThan, Before, Usage, "more than"),
    row("以上", AtLeast, AfterUnit, CivilCode, "at least"),
    row("不少于", AtLeast, Before, Usage, "at least"),
    row("至少", AtLeast, Before, Usage, "at least"),
    row("及以上", AtLeast, AfterUnit, CivilCode, "at least"),
    row("以下", AtMost, AfterUnit, CivilCode, "at most"),
    row("以内", AtMost, AfterUnit, CivilCode, "at most"),
    row("及以下", AtMost, AfterUnit, CivilCode, "at most"),
    row("不超过", AtMost, Before, Usage, "at most"),
    row("最多", AtMost, Before, Usage, "at most"),
    row("不到", LessThan, Before, Usage, "under"),
    row("不足", LessThan, Before, Usage, "under"),
    row("不满", LessThan, Before, CivilCode, "under"),
    row("低于", LessThan, Before, Usage, "under"),
    row("约", Approx, Before, GbT15835, "about"),
    row("大约", Approx, Before, Usage, "about"),
    row("左右", Approx, AfterUnit, GbT15835, "about"),
    row("上下", Approx, AfterUnit, GbT15835, "about"),
    row("近", Nearly, Before, Usage, "nearly"),
    row("将近", Nearly, Before, Usage, "nearly"),
    row("接近", Nearly, Before, Usage, "nearly"),
];

/// Words that hold a qualifier word but name something else, so the word in
/// them is not read: 规模以上 ("above designated size", a class of enterprise,
/// as in 规模以上工业企业) and 规模以下 (below it), 限额以上 and 限额以下 (the
/// same for trade), 最近, 近年, 近日, 近期 and 近来 (recently, in recent years,
/// days, times) and 附近 ("nearby").
pub const NOT_QUALIFIERS: [&str; 10] =
    ["规模以上", "规模以下", "限额以上", "限额以下", "最近", "近年", "近日", "近期", "近来", "附近"];

/// A number and how it is meant.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AmountEnd {
    /// How the number is meant.
    pub reading: Reading,
    /// The number, in the phrase's base unit (万 and 亿 multiplied out).
    pub value: f64,
}

impl AmountEnd {
    /// The end read with an outer word: an exact end takes its reading; one
    /// that has a reading already keeps it if they agree, and otherwise the
    /// phrase has no single reading.
    fn with(self, reading: Reading) -> Option<AmountEnd> {
        match self.reading {
            Reading::Exact => Some(AmountEnd { reading, ..self }),
            r if r == reading => Some(self),
            _ => None,
        }
    }

    fn bound(self) -> Bound {
        Bound { value: self.value, qualifier: self.reading.to_qualifier() }
    }
}

/// What a phrase says: one qualified number, or a range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Amount {
    /// "500余项": more than 500.
    Point(AmountEnd),
    /// "8000—10000元", "三四千", "十几": from one end to the other.
    Range(AmountEnd, AmountEnd),
}

impl Amount {
    /// The story format's value (where [`Reading::Nearly`] is `approx`).
    pub fn to_value(self) -> Value {
        match self {
            Amount::Point(e) => Value::Point { qualifier: e.reading.to_qualifier(), value: e.value },
            Amount::Range(low, high) => Value::Range { low: low.bound(), high: high.bound() },
        }
    }

    /// The amount read with a word outside its number ("约5—10万元"): a point
    /// takes any reading; a range only an approximate one, on both ends.
    fn with(self, reading: Reading) -> Option<Amount> {
        match self {
            _ if reading == Reading::Exact => Some(self),
            Amount::Point(e) => Some(Amount::Point(e.with(reading)?)),
            Amount::Range(l, h) if matches!(reading, Approx | Nearly) => {
                Some(Amount::Range(l.with(reading)?, h.with(reading)?))
            }
            Amount::Range(..) => None,
        }
    }
}

/// The first quantity in `phrase` as the table reads it, or `None` when
/// there is no number or its words have no single reading ("不低于5", a
/// negation the table does not list; "超过500以下", two readings).
pub fn read_amount(phrase: &str, lang: Lang) -> Option<Amount> {
    match lang {
        Lang::Zh => apply::zh(phrase),
        Lang::En => apply::en(phrase),
    }
}

/// The number at the very start of `text`, as the table reads it without
/// words around it ("500余", "5—10万", "三四千"), and how many bytes of
/// `text` it takes: the drafter finds where a quantity's words end with it.
pub fn read_number(text: &str, lang: Lang) -> Option<(Amount, usize)> {
    apply::number_at(text, lang)
}

/// Whether `word`, found at byte `at` of `text`, is part of one of the
/// [`NOT_QUALIFIERS`] ("以上" in "规模以上", "近" in "最近"), so it is not read.
pub fn in_lookalike(text: &str, at: usize, word: &str) -> bool {
    apply::lookalike(text, at, word)
}
