//! The figures of a story: a number, what kind of claim it is, and where it came from.
//!
//! A news article rarely states a bare number. "500余项" is *at least* 500,
//! "94%以上" is *more than* 94%, "8000—10000元" is a range. [`Value`] keeps that
//! qualifier attached to the number so that every later stage (marks, labels,
//! tooltips, descriptions, CSV) can say it honestly.

use serde::Serialize;

/// The two languages a widget speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Simplified Chinese, the article's language.
    Zh,
    /// English.
    En,
}

impl Lang {
    /// Parses `zh` or `en` (case-insensitive; `zh-CN`, `en-GB` and the like are accepted).
    pub fn parse(code: &str) -> Option<Lang> {
        let base = code
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match base.as_str() {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A text in both languages.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Text {
    /// Chinese.
    pub zh: String,
    /// English.
    pub en: String,
}

impl Text {
    /// Both translations.
    pub fn new(zh: &str, en: &str) -> Self {
        Text {
            zh: zh.to_owned(),
            en: en.to_owned(),
        }
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// Stated as is: "3.59万亩".
    Exact,
    /// A floor that may be met: "500余", "100+".
    AtLeast,
    /// A floor that is exceeded: "94%以上".
    MoreThan,
    /// A ceiling that is not reached: "不到1/10".
    LessThan,
    /// A ceiling that may be met: "最多".
    AtMost,
    /// About this much: "约", or a value we computed from rounded inputs.
    Approx,
}

/// A figure's value with its qualifier.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
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
        low: f64,
        /// The high end.
        high: f64,
    },
}

impl Value {
    /// The largest number the value reaches; what a bar must be long enough to show.
    pub fn extent(&self) -> f64 {
        match *self {
            Value::Point { value, .. } => value,
            Value::Range { high, .. } => high,
        }
    }
}

/// The unit a figure is counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// 亩, the Chinese land unit (about 667 m²).
    Mu,
    /// A percentage.
    Percent,
}

/// Where a figure came from in the article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Source {
    /// The paragraph: the n-th non-blank line of the article's first copy, the title being 1.
    pub paragraph: u32,
    /// The sentence, verbatim.
    pub sentence: String,
}

/// How a figure the article does not state was computed from ones it does.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Derivation {
    /// The formula in words, in both languages.
    pub formula: Text,
    /// The ids of the figures it is computed from.
    pub from: Vec<String>,
}

/// One number of the story.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    /// A stable id, used in URLs and by groups.
    pub id: String,
    /// What is counted.
    pub label: Text,
    /// What it is counted in.
    pub unit: Unit,
    /// The number and its qualifier.
    pub value: Value,
    /// The article's own wording of the number ("3.59万亩"), kept for display.
    pub wording: String,
    /// The sentence it comes from.
    pub source: Source,
    /// Present when we computed the figure; absent when the article states it.
    pub derived: Option<Derivation>,
}
