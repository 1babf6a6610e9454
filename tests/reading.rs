//! The reading table (src/story/reading.rs), phrase by phrase in both
//! languages: every row, ranges with a shared multiplier, adjacent numerals,
//! vague amounts, and words that only look like qualifiers.

use newsfig::story::{
    read_amount, Amount, AmountEnd, Bound, Lang, Qualifier, Reading, ReadingBasis, Value, WordPosition,
    QUALIFIER_WORDS,
};
use Reading::{Approx, AtLeast, AtMost, Exact, LessThan, MoreThan, Nearly};

fn end(reading: Reading, value: f64) -> AmountEnd {
    AmountEnd { reading, value }
}

/// Asserts that `phrase` reads as `want`, numbers compared to 1 part in 10¹².
#[track_caller]
fn reads(phrase: &str, lang: Lang, want: Amount) {
    let got = read_amount(phrase, lang).unwrap_or_else(|| panic!("{phrase:?} was not read"));
    let ends = |a: Amount| match a {
        Amount::Point(e) => vec![e],
        Amount::Range(l, h) => vec![l, h],
    };
    let (g, w) = (ends(got), ends(want));
    let same = g.len() == w.len()
        && g.iter()
            .zip(&w)
            .all(|(g, w)| g.reading == w.reading && (g.value - w.value).abs() <= w.value.abs() * 1e-12);
    assert!(same, "{phrase:?} read as {got:?}, not {want:?}");
}

#[track_caller]
fn zh(phrase: &str, reading: Reading, value: f64) {
    reads(phrase, Lang::Zh, Amount::Point(end(reading, value)));
}

#[track_caller]
fn en(phrase: &str, reading: Reading, value: f64) {
    reads(phrase, Lang::En, Amount::Point(end(reading, value)));
}

#[track_caller]
fn span(phrase: &str, lang: Lang, low: AmountEnd, high: AmountEnd) {
    reads(phrase, lang, Amount::Range(low, high));
}

#[test]
fn every_chinese_word_reads_as_its_row_says() {
    for (phrase, reading, value) in [
        // More than: GB/T 15835 (余, 多), the Civil Code (超过 excludes), usage (逾).
        ("500余项", MoreThan, 500.0),
        ("100多件", MoreThan, 100.0),
        ("超过500人", MoreThan, 500.0),
        ("逾500项", MoreThan, 500.0),
        ("突破8万亿元", MoreThan, 8e12),
        // At least: the Civil Code (以上 includes), usage.
        ("94%以上", AtLeast, 94.0),
        ("透光率增加到94%以上", AtLeast, 94.0),
        ("不少于3台", AtLeast, 3.0),
        ("至少3台", AtLeast, 3.0),
        ("65岁及以上", AtLeast, 65.0),
        // At most: the Civil Code (以下, 以内 include), usage.
        ("3台以下", AtMost, 3.0),
        ("3年以内", AtMost, 3.0),
        ("不超过3台", AtMost, 3.0),
        ("最多3台", AtMost, 3.0),
        ("6岁及以下", AtMost, 6.0),
        // Less than: the Civil Code (不满 excludes), usage.
        ("不到1/10", LessThan, 0.1),
        ("不足5%", LessThan, 5.0),
        ("不满18岁", LessThan, 18.0),
        ("低于4毫米", LessThan, 4.0),
        // About: GB/T 15835 (约, 左右, 上下), usage (大约).
        ("约4万", Approx, 40_000.0),
        ("大约300人", Approx, 300.0),
        ("300人左右", Approx, 300.0),
        ("30岁上下", Approx, 30.0),
        // Nearly: just under the number.
        ("近700万", Nearly, 7e6),
        ("将近700万", Nearly, 7e6),
        ("接近700万", Nearly, 7e6),
        // The word may stand before the whole the number is a part of.
        ("不到甘肃定西市的1/10", LessThan, 0.1),
        ("超过全省的一半", MoreThan, 0.5),
    ] {
        zh(phrase, reading, value);
    }
}

#[test]
fn numbers_are_read_as_printed() {
    for (phrase, reading, value) in [
        ("106所", Exact, 106.0),
        ("3.59万亩", Exact, 35_900.0),
        ("39,900亩", Exact, 39_900.0),
        ("两位", Exact, 2.0),
        ("四次", Exact, 4.0),
        ("三十五人", Exact, 35.0),
        ("1万亿元", Exact, 1e12),
        // 余 and 多 stand before or after 万.
        ("500多万", MoreThan, 5e6),
        ("5万余元", MoreThan, 50_000.0),
        ("十多", MoreThan, 10.0),
        // The same word twice agrees.
        ("约300人左右", Approx, 300.0),
    ] {
        zh(phrase, reading, value);
    }
    // Two readings that disagree are not read, nor is a negation the table has no row for.
    for phrase in ["超过500人以下", "约500余项", "不低于5%", "合作成果"] {
        assert_eq!(read_amount(phrase, Lang::Zh), None, "{phrase}");
    }
    assert_eq!(read_amount("not more than 5", Lang::En), None);
}

#[test]
fn every_english_word_reads_as_its_row_says() {
    for (phrase, reading, value) in [
        ("more than 500 outcomes", MoreThan, 500.0),
        ("at least 94%", AtLeast, 94.0),
        ("at most 3 furnaces", AtMost, 3.0),
        ("under a tenth", LessThan, 0.1),
        ("about 39,900 mu", Approx, 39_900.0),
        ("nearly 4 mm", Nearly, 4.0),
        ("nearly 7 million", Nearly, 7e6),
        ("106 universities", Exact, 106.0),
        ("a quarter", Exact, 0.25),
        // Words inside other words are not qualifiers.
        ("thunder 5", Exact, 5.0),
    ] {
        en(phrase, reading, value);
    }
}

#[test]
fn each_row_reads_back_what_it_writes_in_both_languages() {
    for row in QUALIFIER_WORDS {
        for lang in [Lang::Zh, Lang::En] {
            let phrase = row.write("500", if lang == Lang::Zh { "项" } else { "outcomes" }, lang);
            assert_eq!(read_amount(&phrase, lang), Some(Amount::Point(end(row.reading, 500.0))), "{phrase}");
        }
    }
}

#[test]
fn each_reading_is_written_with_its_first_row_in_both_languages() {
    let written = |r: Reading, number: &str, unit: &str, lang| r.written().unwrap().write(number, unit, lang);
    assert_eq!(written(MoreThan, "500", "项", Lang::Zh), "500余项");
    assert_eq!(written(AtLeast, "94", "%", Lang::Zh), "94%以上");
    assert_eq!(written(Nearly, "700万", "", Lang::Zh), "近700万");
    assert_eq!(written(LessThan, "1/10", "", Lang::Zh), "不到1/10");
    assert_eq!(written(MoreThan, "500", "outcomes", Lang::En), "more than 500 outcomes");
    assert_eq!(written(AtLeast, "94", "%", Lang::En), "at least 94%");
    assert_eq!(written(Nearly, "4", "mm", Lang::En), "nearly 4 mm");
    let words: Vec<(&str, &str)> = [MoreThan, AtLeast, AtMost, LessThan, Approx, Nearly]
        .map(|r| (r.words(Lang::Zh), r.words(Lang::En)))
        .to_vec();
    let want = [("余", "more than"), ("以上", "at least"), ("以下", "at most")];
    assert_eq!(words[..3], want);
    assert_eq!(words[3..], [("不到", "under"), ("约", "about"), ("近", "nearly")]);
    assert_eq!(Exact.words(Lang::En), "");
    // The English words come from the rows: every row of a reading has its reading's words.
    for row in QUALIFIER_WORDS {
        assert_eq!(row.en, row.reading.words(Lang::En), "{}", row.zh);
    }
    assert_eq!(QUALIFIER_WORDS.iter().find(|r| r.zh == "余").unwrap().position, WordPosition::AfterNumber);
}

#[test]
fn the_law_and_the_standard_are_cited_where_they_speak() {
    let cited = |basis| QUALIFIER_WORDS.iter().filter(|r| r.basis == basis).map(|r| r.zh).collect::<Vec<_>>();
    assert_eq!(cited(ReadingBasis::CivilCode), ["超过", "以上", "及以上", "以下", "以内", "及以下", "不满"]);
    assert_eq!(cited(ReadingBasis::GbT15835), ["余", "多", "约", "左右", "上下"]);
    assert_eq!(ReadingBasis::CivilCode.cite(), "Civil Code art. 1259");
    assert_eq!(QUALIFIER_WORDS.len(), 25);
}

#[test]
fn nearly_is_its_own_qualifier_in_the_story_format() {
    assert_eq!(Nearly.to_qualifier(), Qualifier::Nearly);
    let value = read_amount("近700万", Lang::Zh).unwrap().to_value();
    assert_eq!(value, Value::Point { qualifier: Qualifier::Nearly, value: 7e6 });
    let value = read_amount("十几万", Lang::Zh).unwrap().to_value();
    let bound = |value, qualifier| Bound { value, qualifier };
    let want = Value::Range { low: bound(1e5, Qualifier::MoreThan), high: bound(2e5, Qualifier::LessThan) };
    assert_eq!(value, want);
}

#[test]
fn ranges_share_the_unit_multiplier() {
    let exact = |v| end(Exact, v);
    span("8000—10000元", Lang::Zh, exact(8000.0), exact(10_000.0));
    span("5—10万元", Lang::Zh, exact(50_000.0), exact(100_000.0));
    span("5至10万元", Lang::Zh, exact(50_000.0), exact(100_000.0));
    span("5到10万元", Lang::Zh, exact(50_000.0), exact(100_000.0));
    span("从5到10万元", Lang::Zh, exact(50_000.0), exact(100_000.0));
    span("从8000元到10000元", Lang::Zh, exact(8000.0), exact(10_000.0));
    span("3.5万—5万", Lang::Zh, exact(35_000.0), exact(50_000.0));
    span("5%—10%", Lang::Zh, exact(5.0), exact(10.0));
    span("约5—10万元", Lang::Zh, end(Approx, 50_000.0), end(Approx, 100_000.0));
    span("8,000–10,000 yuan", Lang::En, exact(8000.0), exact(10_000.0));
    span("5 to 10 million", Lang::En, exact(5e6), exact(1e7));
    span("from 50,000 to 100,000 yuan", Lang::En, exact(50_000.0), exact(100_000.0));
    span("about 5–10 million", Lang::En, end(Approx, 5e6), end(Approx, 1e7));
    // A floor or a ceiling has no single place on a range.
    assert_eq!(read_amount("不到5—10万元", Lang::Zh), None);
}

#[test]
fn adjacent_numerals_are_a_range() {
    let exact = |v| end(Exact, v);
    span("三四千", Lang::Zh, exact(3000.0), exact(4000.0));
    span("七八亿", Lang::Zh, exact(7e8), exact(8e8));
    span("一两个", Lang::Zh, exact(1.0), exact(2.0));
    span("三四千万", Lang::Zh, exact(3e7), exact(4e7));
}

#[test]
fn vague_amounts_are_ranges_with_qualified_ends() {
    // 十几: the teens, more than 10 and under 20.
    span("十几", Lang::Zh, end(MoreThan, 10.0), end(LessThan, 20.0));
    span("十几万", Lang::Zh, end(MoreThan, 1e5), end(LessThan, 2e5));
    span("二十几人", Lang::Zh, end(MoreThan, 20.0), end(LessThan, 30.0));
    // 几十, 数十: at least 20, under 100.
    span("几十", Lang::Zh, end(AtLeast, 20.0), end(LessThan, 100.0));
    span("数十", Lang::Zh, end(AtLeast, 20.0), end(LessThan, 100.0));
    span("数十亿元", Lang::Zh, end(AtLeast, 2e9), end(LessThan, 1e10));
    span("几百人", Lang::Zh, end(AtLeast, 200.0), end(LessThan, 1000.0));
    // A word outside them would say the same thing twice, differently.
    assert_eq!(read_amount("近几十", Lang::Zh), None);
}

#[test]
fn words_that_only_look_like_qualifiers_are_not_read() {
    assert_eq!(read_amount("规模以上工业企业", Lang::Zh), None);
    zh("10家规模以上企业", Exact, 10.0);
    zh("规模以上工业企业增加值增长10%", Exact, 10.0);
    zh("限额以上5家", Exact, 5.0);
    zh("最近3个月", Exact, 3.0);
    zh("附近3个村", Exact, 3.0);
    zh("近年来全省的90%", Exact, 90.0);
    zh("近日全市3家", Exact, 3.0);
    // 数 and 几 are numerals only before 十, 百, 千.
    zh("数据显示3项", Exact, 3.0);
}
