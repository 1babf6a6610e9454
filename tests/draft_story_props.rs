//! Property test of drafting a story: no text reaches a panic, and every
//! draft is a valid story whose words stand in their sentences; a text
//! with no figure is refused, naming `text`.
#![cfg(all(feature = "draft", not(target_arch = "wasm32")))]

use newsfig::draft::{draft, Options};
use newsfig::story;
use proptest::prelude::*;

/// Text made of what a draft is made of: numbers with units and
/// qualifiers, dates absolute and relative, quotes, punctuation that ends
/// sentences or not, blank and metadata lines, English.
fn article() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "106所高校",
        "500余项",
        "3.59万亩",
        "不到甘肃定西市的1/10",
        "94%以上",
        "8000—10000元",
        "5—10万元",
        "第11个",
        "2×1000TD",
        "年产1万吨",
        "亩效益由",
        "数十亿元",
        "两位",
        "去年",
        "今年",
        "10月份",
        "3月25日",
        "2022年度",
        "秋天",
        "6月底",
        "四月的",
        "“",
        "”",
        "12大基地",
        "四梁八柱",
        "。",
        "，",
        ",",
        "!",
        "?",
        ";",
        ":",
        "、",
        "的",
        "\n",
        "\n \n",
        "来源: 山西日报\n",
        "发布时间: ",
        "2022-04-27",
        " ",
        "more than 500 outcomes",
        "last October",
        "March 25",
        ". ",
        "about 90%",
        "$4.3 billion",
        "长治市",
        "增长",
        "比上年",
        "台",
        "个",
        "一",
        "零",
        "万",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn a_draft_is_valid_or_names_the_text(text in article()) {
        match draft(&text, &Options { date: "2022-04-27".into() }) {
            Ok(s) => {
                prop_assert_eq!(story::check(&s), vec![]);
                for f in &s.figures {
                    prop_assert!(f.source.sentence.contains(&f.wording), "{}: {:?}", f.id, f.wording);
                    prop_assert!(text.contains(&f.source.sentence));
                }
                for e in &s.events {
                    prop_assert!(e.source.sentence.contains(&e.wording), "{}: {:?}", e.id, e.wording);
                }
            }
            Err(e) => prop_assert_eq!(e.path, "text"),
        }
    }
}
