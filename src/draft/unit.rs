//! A unit for a number the article prints without one: the counter of the
//! noun it counts ("2×1000TD光伏玻璃生产线": 2 条), or the Latin letters
//! printed after it, as printed. (Rates from the words around a number,
//! 年产 and 亩效益, are the reader's: src/draft/quantity.)

use crate::story::Text;

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
    fn a_noun_gives_its_counter_and_letters_are_a_unit() {
        assert_eq!(counter_of("光伏玻璃生产线"), Some(Text::new("条", "lines")));
        assert_eq!(counter_of("事情"), None);
        assert_eq!(latin("TD光伏玻璃"), Some("TD"));
        assert_eq!(latin("TDs and"), None);
    }
}
