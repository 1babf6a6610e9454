//! The units a news article counts and measures in, each with the base unit
//! a figure is kept in: money in one base unit per currency ("2200万元" is
//! 22,000,000 元; 港币 is 港元), so figures of one currency compare.

use super::QuantityKind::{self, Count, Measure, Money, Multiple, Percent, Points, Rate};

/// One unit word as printed.
pub(super) struct Unit {
    /// The word after the number (and its 万 or 亿).
    pub word: &'static str,
    /// The base unit in Chinese, and in English.
    pub zh: &'static str,
    pub en: &'static str,
    /// What the printed unit is in the base unit (公顷 are not 亩: 1).
    pub factor: f64,
    pub kind: QuantityKind,
}

const fn u(word: &'static str, zh: &'static str, en: &'static str, factor: f64, kind: QuantityKind) -> Unit {
    Unit { word, zh, en, factor, kind }
}

/// Every unit, looked up longest first (元/亩 before 元, 平方米 before 米).
pub(super) const UNITS: &[Unit] = &[
    // Shares and multiples.
    u("个百分点", "个百分点", "percentage points", 1.0, Points),
    u("%", "%", "%", 1.0, Percent),
    u("‰", "%", "%", 0.1, Percent),
    u("倍", "倍", "times", 1.0, Multiple),
    u("成", "%", "%", 10.0, Percent),
    // Money: yuan and the currencies news prints, each in its base unit.
    u("元人民币", "元", "yuan", 1.0, Money),
    u("人民币", "元", "yuan", 1.0, Money),
    u("美元", "美元", "US dollars", 1.0, Money),
    u("港元", "港元", "HK dollars", 1.0, Money),
    u("港币", "港元", "HK dollars", 1.0, Money),
    u("新台币", "新台币", "NT dollars", 1.0, Money),
    u("台币", "新台币", "NT dollars", 1.0, Money),
    u("日元", "日元", "yen", 1.0, Money),
    u("欧元", "欧元", "euros", 1.0, Money),
    u("英镑", "英镑", "pounds", 1.0, Money),
    u("韩元", "韩元", "won", 1.0, Money),
    u("澳元", "澳元", "Australian dollars", 1.0, Money),
    u("加元", "加元", "Canadian dollars", 1.0, Money),
    u("卢布", "卢布", "roubles", 1.0, Money),
    u("元", "元", "yuan", 1.0, Money),
    u("块钱", "元", "yuan", 1.0, Money),
    // Area, mass, length, volume, energy.
    u("平方公里", "平方公里", "km²", 1.0, Measure),
    u("平方千米", "平方公里", "km²", 1.0, Measure),
    u("平方米", "平方米", "m²", 1.0, Measure),
    u("平米", "平方米", "m²", 1.0, Measure),
    u("㎡", "平方米", "m²", 1.0, Measure),
    u("公顷", "公顷", "hectares", 1.0, Measure),
    u("亩", "亩", "mu", 1.0, Measure),
    u("吨", "吨", "tonnes", 1.0, Measure),
    u("公斤", "公斤", "kg", 1.0, Measure),
    u("千克", "公斤", "kg", 1.0, Measure),
    u("克", "克", "g", 1.0, Measure),
    u("斤", "斤", "jin", 1.0, Measure),
    u("公里", "公里", "km", 1.0, Measure),
    u("千米", "公里", "km", 1.0, Measure),
    u("毫米", "毫米", "mm", 1.0, Measure),
    u("厘米", "厘米", "cm", 1.0, Measure),
    u("米", "米", "m", 1.0, Measure),
    u("立方米", "立方米", "m³", 1.0, Measure),
    u("升", "升", "litres", 1.0, Measure),
    u("千瓦时", "千瓦时", "kWh", 1.0, Measure),
    u("度电", "千瓦时", "kWh", 1.0, Measure),
    u("千瓦", "千瓦", "kW", 1.0, Measure),
    u("兆瓦", "兆瓦", "MW", 1.0, Measure),
    // Concentrations, as environment bulletins print them (PM2.5 in μg/m³).
    u("微克/立方米", "微克/立方米", "μg/m³", 1.0, Measure),
    u("毫克/立方米", "毫克/立方米", "mg/m³", 1.0, Measure),
    u("毫克/升", "毫克/升", "mg/L", 1.0, Measure),
    u("℃", "℃", "°C", 1.0, Measure),
    u("°C", "℃", "°C", 1.0, Measure),
    u("摄氏度", "℃", "°C", 1.0, Measure),
    // Capacity as the glass trade prints it: "1000TD" is tonnes a day.
    u("TD", "吨/日", "tonnes per day", 1.0, Rate),
    u("t/d", "吨/日", "tonnes per day", 1.0, Rate),
    // Time spans (a year with four digits is a date, not a span).
    u("个月", "个月", "months", 1.0, Measure),
    u("年", "年", "years", 1.0, Measure),
    u("天", "天", "days", 1.0, Measure),
    u("小时", "小时", "hours", 1.0, Measure),
    u("分钟", "分钟", "minutes", 1.0, Measure),
    u("岁", "岁", "years old", 1.0, Measure),
    // Counters: the thing counted is the noun after them, so the English
    // word is what the counter counts most often in news.
    u("所", "所", "institutions", 1.0, Count),
    u("项", "项", "items", 1.0, Count),
    u("个", "个", "units", 1.0, Count),
    u("台", "台", "units", 1.0, Count),
    u("名", "名", "people", 1.0, Count),
    u("位", "位", "people", 1.0, Count),
    u("人次", "人次", "person-times", 1.0, Count),
    // Counts of times as transport, health and farming report them.
    u("架次", "架次", "flights", 1.0, Count),
    u("亩次", "亩次", "mu-times", 1.0, Count),
    u("例", "例", "cases", 1.0, Count),
    u("艘", "艘", "vessels", 1.0, Count),
    u("人", "人", "people", 1.0, Count),
    u("次", "次", "times", 1.0, Count),
    u("条", "条", "lines", 1.0, Count),
    u("家", "家", "companies", 1.0, Count),
    u("户", "户", "households", 1.0, Count),
    u("只", "只", "units", 1.0, Count),
    u("件", "件", "items", 1.0, Count),
    u("座", "座", "units", 1.0, Count),
    u("辆", "辆", "vehicles", 1.0, Count),
    u("篇", "篇", "articles", 1.0, Count),
    u("种", "种", "kinds", 1.0, Count),
    u("套", "套", "sets", 1.0, Count),
    u("批", "批", "batches", 1.0, Count),
    u("处", "处", "sites", 1.0, Count),
    u("栋", "栋", "buildings", 1.0, Count),
    u("张", "张", "sheets", 1.0, Count),
    u("本", "本", "volumes", 1.0, Count),
    u("场", "场", "events", 1.0, Count),
    u("届", "届", "editions", 1.0, Count),
    u("款", "款", "models", 1.0, Count),
    u("打", "个", "units", 12.0, Count),
    u("部", "部", "units", 1.0, Count),
    u("支", "支", "teams", 1.0, Count),
    u("双", "双", "pairs", 1.0, Count),
    u("对", "对", "pairs", 1.0, Count),
];

/// A counter and the characters that make it part of another word after a
/// number: "3部门" (departments), "一部分" (a part), "2支持" is no count.
const NOT_AFTER: [(&str, &str); 2] = [("部", "门分署委"), ("支", "持出付撑援")];

/// The unit `s` starts with, the longest that fits.
pub(super) fn unit_at(s: &str) -> Option<&'static Unit> {
    let word = |u: &Unit| {
        let next = s[u.word.len()..].chars().next();
        !NOT_AFTER.iter().any(|(w, chars)| *w == u.word && next.is_some_and(|c| chars.contains(c)))
    };
    UNITS.iter().filter(|u| s.starts_with(u.word) && word(u)).max_by_key(|u| u.word.len())
}
