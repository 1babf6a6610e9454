//! A figure's unit from the words around it, where the number's own unit
//! says less than the sentence does: a subject that counts per mu or per
//! person makes the amount a rate ("亩效益由8000—10000元" is 元/亩),
//! "年产" right before a number makes it a yearly rate ("年产1万吨" is
//! 吨/年), and a number printed without a counter takes the counter of the
//! noun it counts ("2×1000TD光伏玻璃生产线": 2 条).

use crate::story::Text;

/// Words that start a subject counted per something: the rate's second unit.
const PER: [(&str, &str, &str); 6] = [
    ("亩", "亩", "mu"),
    ("人均", "人", "person"),
    ("户均", "户", "household"),
    ("每亩", "亩", "mu"),
    ("每人", "人", "person"),
    ("每户", "户", "household"),
];

/// Nouns, by how they end, and the counter Chinese counts them with.
const COUNTERS: [(&str, &str, &str); 12] = [
    ("生产线", "条", "lines"),
    ("线", "条", "lines"),
    ("公路", "条", "roads"),
    ("高校", "所", "institutions"),
    ("大学", "所", "institutions"),
    ("学校", "所", "schools"),
    ("企业", "家", "companies"),
    ("公司", "家", "companies"),
    ("医院", "家", "hospitals"),
    ("项目", "个", "projects"),
    ("基地", "个", "bases"),
    ("人", "名", "people"),
];

/// The unit of an amount in `unit` whose subject (label) is `label`: a rate
/// when the subject counts per mu or per person.
pub fn per_subject(label: &str, unit: &Text) -> Option<Text> {
    if unit.zh.is_empty() || unit.zh.contains('/') || unit.zh == "%" {
        return None;
    }
    let (_, zh, en) = PER.iter().find(|(w, _, _)| label.starts_with(w) && label.chars().count() > 1)?;
    Some(Text::new(&format!("{}/{zh}", unit.zh), &format!("{} per {en}", unit.en)))
}

/// When "年产" stands right before the number at `start` of `text`, the
/// words' new start and the yearly rate's unit.
pub fn yearly(text: &str, start: usize, unit: &Text) -> Option<(usize, Text)> {
    if unit.zh.is_empty() || unit.zh.contains('/') || unit.zh == "%" || !text[..start].ends_with("年产") {
        return None;
    }
    let rate = Text::new(&format!("{}/年", unit.zh), &format!("{} per year", unit.en));
    Some((start - "年产".len(), rate))
}

/// The counter of the noun that a bare number counts: the noun right after
/// it or, after "N×" ("2×1000TD光伏玻璃生产线"), after the next quantity.
pub fn counter_of(noun: &str) -> Option<Text> {
    COUNTERS.iter().find(|(end, _, _)| noun.ends_with(end)).map(|(_, zh, en)| Text::new(zh, en))
}

/// A unit printed in Latin letters right after a number the reader left
/// bare ("1000TD", "600MW"): up to five letters, not a word of English.
pub fn latin(rest: &str) -> Option<&str> {
    let n = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    let next = rest[n..].chars().next();
    ((1..=5).contains(&n) && next.is_none_or(|c| !c.is_ascii_alphanumeric() && c != ' ')).then(|| &rest[..n])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn per_mu_and_per_year_make_rates() {
        let yuan = Text::new("元", "yuan");
        assert_eq!(per_subject("亩效益", &yuan), Some(Text::new("元/亩", "yuan per mu")));
        assert_eq!(per_subject("人均收入", &yuan), Some(Text::new("元/人", "yuan per person")));
        assert_eq!(per_subject("产值", &yuan), None);
        let text = "年产1万吨再生硅";
        let t = Text::new("吨", "tonnes");
        assert_eq!(
            yearly(text, text.find('1').unwrap(), &t),
            Some((0, Text::new("吨/年", "tonnes per year")))
        );
        assert_eq!(yearly("年产量达1万吨", "年产量达".len(), &t), None);
        assert_eq!(counter_of("光伏玻璃生产线"), Some(Text::new("条", "lines")));
        assert_eq!(counter_of("事情"), None);
        assert_eq!(latin("TD光伏玻璃"), Some("TD"));
        assert_eq!(latin("TDs and"), None);
    }
}
