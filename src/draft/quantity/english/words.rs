//! The English words the drafter reads: the ways news writes the reading
//! table's words, currency signs, units, and the words that are not units.

use super::super::QuantityKind::{self, Measure, Money, Multiple, Percent, Points};

/// Words before a number, longest first where one ends another, and the
/// reading table's words for them. "not more than" is "at most", as 不超过 is.
/// "topped" and "exceeded" ("revenue topped 110 billion yuan") say the
/// amount passed the number, as 突破 does.
pub(super) const SYNONYMS: [(&str, &str); 30] = [
    ("more than", "more than"),
    ("topped", "more than"),
    ("exceeded", "more than"),
    ("over", "more than"),
    ("above", "more than"),
    ("in excess of", "more than"),
    ("upwards of", "more than"),
    ("exceeding", "more than"),
    ("at least", "at least"),
    ("no fewer than", "at least"),
    ("no less than", "at least"),
    ("a minimum of", "at least"),
    ("at most", "at most"),
    ("up to", "at most"),
    ("no more than", "at most"),
    ("not more than", "at most"),
    ("a maximum of", "at most"),
    ("under", "under"),
    ("less than", "under"),
    ("fewer than", "under"),
    ("below", "under"),
    ("about", "about"),
    ("around", "about"),
    ("approximately", "about"),
    ("roughly", "about"),
    ("an estimated", "about"),
    ("nearly", "nearly"),
    ("almost", "nearly"),
    ("close to", "nearly"),
    ("just under", "nearly"),
];

/// Words after a number (and its unit) that qualify it: "500 or more".
pub(super) const AFTER: [(&str, &str); 6] = [
    ("or more", "at least"),
    ("or above", "at least"),
    ("and above", "at least"),
    ("or less", "at most"),
    ("or fewer", "at most"),
    ("or so", "about"),
];

/// Currency signs before a number, and the currency (its base unit).
pub(super) const SIGNS: [(&str, &str, &str); 8] = [
    ("US$", "美元", "US dollars"),
    ("HK$", "港元", "HK dollars"),
    ("NT$", "新台币", "NT dollars"),
    ("$", "美元", "US dollars"),
    ("€", "欧元", "euros"),
    ("£", "英镑", "pounds"),
    ("¥", "元", "yuan"),
    ("RMB", "元", "yuan"),
];

/// Unit words after a number: the word, the base unit (zh, en), its factor, kind.
pub(super) type EnUnit = (&'static str, &'static str, &'static str, f64, QuantityKind);
/// "pct" is how Xinhua's headlines print percent; "U.S. dollars" and
/// "metric tons" its body text.
pub(super) const UNITS: [EnUnit; 47] = [
    ("percentage points", "个百分点", "percentage points", 1.0, Points),
    ("per cent", "%", "%", 1.0, Percent),
    ("percent", "%", "%", 1.0, Percent),
    ("pct", "%", "%", 1.0, Percent),
    ("%", "%", "%", 1.0, Percent),
    ("times", "倍", "times", 1.0, Multiple),
    ("yuan", "元", "yuan", 1.0, Money),
    ("US dollars", "美元", "US dollars", 1.0, Money),
    ("U.S. dollars", "美元", "US dollars", 1.0, Money),
    ("HK dollars", "港元", "HK dollars", 1.0, Money),
    ("Hong Kong dollars", "港元", "HK dollars", 1.0, Money),
    ("NT dollars", "新台币", "NT dollars", 1.0, Money),
    ("dollars", "美元", "US dollars", 1.0, Money),
    ("euros", "欧元", "euros", 1.0, Money),
    ("yen", "日元", "yen", 1.0, Money),
    ("pounds", "英镑", "pounds", 1.0, Money),
    ("mu", "亩", "mu", 1.0, Measure),
    ("hectares", "公顷", "hectares", 1.0, Measure),
    ("square metres", "平方米", "m²", 1.0, Measure),
    ("square meters", "平方米", "m²", 1.0, Measure),
    ("sq m", "平方米", "m²", 1.0, Measure),
    ("m²", "平方米", "m²", 1.0, Measure),
    ("square kilometres", "平方公里", "km²", 1.0, Measure),
    ("km²", "平方公里", "km²", 1.0, Measure),
    ("tonnes", "吨", "tonnes", 1.0, Measure),
    ("tons", "吨", "tonnes", 1.0, Measure),
    ("metric tons", "吨", "tonnes", 1.0, Measure),
    ("metric tonnes", "吨", "tonnes", 1.0, Measure),
    ("kg", "公斤", "kg", 1.0, Measure),
    ("mm", "毫米", "mm", 1.0, Measure),
    ("millimetres", "毫米", "mm", 1.0, Measure),
    ("millimeters", "毫米", "mm", 1.0, Measure),
    ("centimetres", "厘米", "cm", 1.0, Measure),
    ("centimeters", "厘米", "cm", 1.0, Measure),
    ("kilometers", "公里", "km", 1.0, Measure),
    ("meters", "米", "m", 1.0, Measure),
    ("square kilometers", "平方公里", "km²", 1.0, Measure),
    ("kilograms", "公斤", "kg", 1.0, Measure),
    ("cm", "厘米", "cm", 1.0, Measure),
    ("km", "公里", "km", 1.0, Measure),
    ("kilometres", "公里", "km", 1.0, Measure),
    ("metres", "米", "m", 1.0, Measure),
    ("years", "年", "years", 1.0, Measure),
    ("months", "个月", "months", 1.0, Measure),
    ("days", "天", "days", 1.0, Measure),
    ("hours", "小时", "hours", 1.0, Measure),
    ("kWh", "千瓦时", "kWh", 1.0, Measure),
];

/// Adjectives between a number and its unit that leave the unit as it is:
/// "40 consecutive months" is 40 months.
pub(super) const ADJECTIVES: [&str; 3] = ["consecutive", "straight", "successive"];

/// Spans that name a part of a period, not an amount, after "first" or
/// "last": "the first nine months of the year".
pub(super) const PERIODS: [&str; 4] = ["months", "quarters", "weeks", "days"];

/// Words after a number that are not what it counts.
pub(super) const STOPWORDS: [&str; 24] = [
    "and", "or", "of", "to", "in", "the", "a", "an", "per", "from", "for", "with", "by", "at", "on", "is",
    "are", "was", "were", "than", "as", "that", "which", "when",
];

pub(super) use crate::render::MONTHS;

/// Units an adjective joins with a hyphen: "5-year", "10-km".
pub(super) const HYPHENED: [(&str, &str, &str); 7] = [
    ("year", "年", "years"),
    ("month", "个月", "months"),
    ("day", "天", "days"),
    ("hour", "小时", "hours"),
    ("km", "公里", "km"),
    ("kilometre", "公里", "km"),
    ("mu", "亩", "mu"),
];

/// What a rate is per: "yuan per mu", "tonnes a year".
pub(super) const PER: [(&str, &str, &str); 8] = [
    ("mu", "亩", "mu"),
    ("year", "年", "year"),
    ("day", "日", "day"),
    ("tonne", "吨", "tonne"),
    ("hectare", "公顷", "hectare"),
    ("square metre", "平方米", "m²"),
    ("kg", "公斤", "kg"),
    ("person", "人", "person"),
];

/// Numbers news spells out, two to nineteen ("one" is mostly "a").
pub(super) const NUMBER_WORDS: [&str; 18] = [
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// The tens, twenty to ninety.
pub(super) const TENS: [&str; 8] =
    ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
