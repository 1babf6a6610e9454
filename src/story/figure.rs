//! The figures of a story: a number, what kind of claim it is, and where it came from.
//!
//! A news article rarely states a bare number. "500余项" is *more than* 500,
//! "94%以上" is *at least* 94%, "8000—10000元" is a range (the reading table,
//! [`super::reading`], says why). [`Value`] keeps that
//! qualifier attached to the number so that every later stage (marks, labels,
//! tooltips, descriptions, CSV) can say it honestly.

use serde::{Deserialize, Serialize};
#[cfg(target_arch = "wasm32")]
use tsify::Tsify;

/// The two languages a widget speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    /// Simplified Chinese, the article's language.
    Zh,
    /// English.
    En,
}

impl Lang {
    /// Parses `zh` or `en` (case-insensitive; `zh-CN`, `en-GB` and the like are accepted).
    pub fn parse(code: &str) -> Option<Lang> {
        let base = code.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match base.as_str() {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A text in both languages. Both are required: a widget must never fall back
/// to showing an English reader Chinese, or the reverse, without saying so.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Chinese.
    pub zh: String,
    /// English.
    pub en: String,
}

impl Text {
    /// Both translations.
    pub fn new(zh: &str, en: &str) -> Self {
        Text { zh: zh.to_owned(), en: en.to_owned() }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// What kind of claim a number is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// Stated as is: "3.59万亩".
    #[default]
    Exact,
    /// A floor that may be met: "94%以上", "不少于", "至少".
    AtLeast,
    /// A floor that is exceeded: "500余", "多", "超过".
    MoreThan,
    /// A ceiling that is not reached: "不到1/10".
    LessThan,
    /// A ceiling that may be met: "最多".
    AtMost,
    /// About this much: "约", or a value computed from rounded inputs.
    Approx,
    /// Nearly this much, just under it: "近700万", "将近", "接近".
    Nearly,
}

/// The name of a qualifier in the story format (its serde name).
pub const fn qualifier_name(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "exact",
        Qualifier::AtLeast => "at_least",
        Qualifier::MoreThan => "more_than",
        Qualifier::LessThan => "less_than",
        Qualifier::AtMost => "at_most",
        Qualifier::Approx => "approx",
        Qualifier::Nearly => "nearly",
    }
}

/// One end of a range, which may itself be qualified ("5万元以上").
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bound {
    /// The number.
    pub value: f64,
    /// How it is meant.
    pub qualifier: Qualifier,
}

/// A figure's value with its qualifier.
///
/// In JSON: `{"qualifier": "at_least", "value": 500}` for one number, and
/// `{"qualifier": "range", "low": 8000, "high": 10000}` for a span, whose ends
/// may carry `"low_qualifier"` / `"high_qualifier"`. Its serde impls are
/// written out in `value.rs`: the fields a value may have depend on its
/// qualifier.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    /// One number, qualified.
    Point {
        /// How the number is meant.
        qualifier: Qualifier,
        /// The number, in the figure's unit.
        value: f64,
    },
    /// A span from `low` to `high`, as in "8000—10000元".
    Range {
        /// The low end.
        low: Bound,
        /// The high end.
        high: Bound,
    },
}

impl Value {
    /// An unqualified range.
    pub fn range(low: f64, high: f64) -> Self {
        let exact = |value| Bound { value, qualifier: Qualifier::Exact };
        Value::Range { low: exact(low), high: exact(high) }
    }

    /// The largest number the value reaches; what a bar must be long enough to show.
    pub fn extent(&self) -> f64 {
        match *self {
            Value::Point { value, .. } => value,
            Value::Range { high, .. } => high.value,
        }
    }
}

/// Where a figure came from in the article.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The paragraph: the n-th non-blank line of the article, the headline being 1.
    pub paragraph: u32,
    /// The sentence, verbatim.
    pub sentence: String,
}

/// How a figure the article does not state was computed from ones it does.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(deny_unknown_fields)]
pub struct Derivation {
    /// The formula in words, in both languages.
    pub formula: Text,
    /// The ids of the figures it is computed from.
    pub from: Vec<String>,
}

/// Tags from the story's vocabularies, by id.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(deny_unknown_fields)]
pub struct Tags {
    /// Industry sectors.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sector: Vec<String>,
    /// Places.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub place: Vec<String>,
    /// Partner universities and institutes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partner: Vec<String>,
}

impl Tags {
    /// Whether the figure or event has no tag (then `tags` is left out).
    pub fn is_empty(&self) -> bool {
        self.sector.is_empty() && self.place.is_empty() && self.partner.is_empty()
    }
}

/// One number of the story.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// A stable id (lowercase letters, digits and `_`), used in URLs and by groups.
    pub id: String,
    /// What is counted.
    pub label: Text,
    /// What it is counted in: a base unit (`亩` / `mu`, not `万亩`), since
    /// grouping into 万 is the formatter's job. `%` marks a share of a whole.
    pub unit: Text,
    /// The number and its qualifier.
    pub value: Value,
    /// The article's own wording of the number ("3.59万亩"), kept for display.
    /// Absent from a derived figure: its words are our formula
    /// (`derived.formula`), which must never pass for the article's.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub wording: String,
    /// The sentence it comes from.
    pub source: Source,
    /// Sector, place and partner tags.
    #[serde(default, skip_serializing_if = "Tags::is_empty")]
    pub tags: Tags,
    /// Present when we computed the figure; absent when the article states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub derived: Option<Derivation>,
    /// Context a reader needs, such as how a vague phrase was read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Whether the value may be negative (a fall, a loss); counts and amounts may not.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub signed: bool,
}

impl Figure {
    /// Whether the figure is a share of a whole, in percent (0 to 100).
    pub fn is_share(&self) -> bool {
        self.unit.en == "%"
    }
}
