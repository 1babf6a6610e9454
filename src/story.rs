//! The built-in story: the Shanxi Daily article of 27 April 2022 on Changzhi's
//! cooperation with universities (first copy in `tests/fixtures/article.txt`).
//!
//! For now it holds the one chart that travels the whole path, Luodangshen
//! acreage. The JSON story format replaces these constructors when it lands.

use crate::error::{Error, ErrorKind};
use crate::figure::{Derivation, Figure, Qualifier, Source, Text, Unit, Value};

/// How a group of figures is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChartKind {
    /// Horizontal bars from zero, one per figure.
    Bars,
}

/// Figures that form one chart.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Group {
    /// A stable id, used by embeds and URLs.
    pub id: String,
    /// How to draw it.
    pub kind: ChartKind,
    /// The chart's headline.
    pub title: Text,
    /// One line under the headline.
    pub subtitle: Text,
    /// A note under the chart, such as how a derived value was computed.
    pub note: Text,
    /// The figures, in the order they are drawn, each with its bar label.
    pub items: Vec<Item>,
}

/// One figure in a group, with the short label its mark carries.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Item {
    /// The figure's id.
    pub figure: String,
    /// The mark's label (a place, a year, ...).
    pub label: Text,
}

/// A story: its figures, the charts made of them, and where it was published.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Story {
    /// The article's headline.
    pub title: Text,
    /// The publication, in both languages.
    pub publication: Text,
    /// Publication date, ISO 8601.
    pub date: String,
    /// Every figure.
    pub figures: Vec<Figure>,
    /// Every chart.
    pub groups: Vec<Group>,
}

impl Story {
    /// The figure with `id`.
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    /// The group with `id`, or an error naming it.
    pub fn group(&self, id: &str) -> Result<&Group, Error> {
        self.groups
            .iter()
            .find(|g| g.id == id)
            .ok_or_else(|| Error::new("group", ErrorKind::UnknownGroup(id.to_owned())))
    }
}

const ACREAGE_SENTENCE: &str =
    "近年来,全市潞党参栽培面积3.59万亩,占全省的90%,但却不到甘肃定西市的1/10。";
const ACREAGE_PARAGRAPH: u32 = 21;

fn source(paragraph: u32, sentence: &str) -> Source {
    Source {
        paragraph,
        sentence: sentence.to_owned(),
    }
}

fn luodangshen_figures() -> Vec<Figure> {
    let changzhi = 35_900.0;
    let share = 90.0;
    vec![
        Figure {
            id: "luodangshen_acreage_changzhi".into(),
            label: Text::new("长治市潞党参栽培面积", "Luodangshen acreage in Changzhi"),
            unit: Unit::Mu,
            value: Value::Point {
                qualifier: Qualifier::Exact,
                value: changzhi,
            },
            wording: "3.59万亩".into(),
            source: source(ACREAGE_PARAGRAPH, ACREAGE_SENTENCE),
            derived: None,
        },
        Figure {
            id: "luodangshen_share_of_province".into(),
            label: Text::new(
                "长治占全省潞党参栽培面积的比例",
                "Changzhi's share of Shanxi's Luodangshen acreage",
            ),
            unit: Unit::Percent,
            value: Value::Point {
                qualifier: Qualifier::Exact,
                value: share,
            },
            wording: "90%".into(),
            source: source(ACREAGE_PARAGRAPH, ACREAGE_SENTENCE),
            derived: None,
        },
        Figure {
            id: "luodangshen_acreage_shanxi".into(),
            label: Text::new("山西省潞党参栽培面积", "Luodangshen acreage in Shanxi"),
            unit: Unit::Mu,
            // 90% is a rounded share, so the total is only approximately 35,900 ÷ 0.9.
            value: Value::Point {
                qualifier: Qualifier::Approx,
                value: changzhi / (share / 100.0),
            },
            wording: "3.59万亩 ÷ 90%".into(),
            source: source(ACREAGE_PARAGRAPH, ACREAGE_SENTENCE),
            derived: Some(Derivation {
                formula: Text::new("长治面积 3.59万亩 ÷ 90%", "Changzhi's 35,900 mu ÷ 90%"),
                from: vec![
                    "luodangshen_acreage_changzhi".into(),
                    "luodangshen_share_of_province".into(),
                ],
            }),
        },
    ]
}

fn luodangshen_group() -> Group {
    Group {
        id: "luodangshen_acreage".into(),
        kind: ChartKind::Bars,
        title: Text::new(
            "长治的潞党参占全省九成",
            "Changzhi grows 90% of Shanxi's Luodangshen",
        ),
        subtitle: Text::new("潞党参栽培面积，万亩", "Luodangshen acreage, mu"),
        note: Text::new(
            "全省面积为推算值：3.59万亩 ÷ 90%，原文未直接给出。",
            "Shanxi's total is derived: 35,900 mu ÷ 90%. The article does not state it.",
        ),
        items: vec![
            Item {
                figure: "luodangshen_acreage_changzhi".into(),
                label: Text::new("长治市", "Changzhi"),
            },
            Item {
                figure: "luodangshen_acreage_shanxi".into(),
                label: Text::new("山西省", "Shanxi"),
            },
        ],
    }
}

/// The built-in story.
pub fn builtin() -> Story {
    Story {
        title: Text::new(
            "长治让科技成果从“书架”走向“货架”",
            "Changzhi takes research from the bookshelf to the store shelf",
        ),
        publication: Text::new("山西日报", "Shanxi Daily"),
        date: "2022-04-27".into(),
        figures: luodangshen_figures(),
        groups: vec![luodangshen_group()],
    }
}
