//! Property tests of the drafter's reader: no text reaches a panic, and
//! what it returns is well formed: spans on character boundaries, in order,
//! not overlapping, never empty, with finite values.
//! `PROPTEST_CASES=100000 cargo test --test draft_props` for a long run.
#![cfg(all(feature = "draft", not(target_arch = "wasm32")))]

use newsfig::draft::read_quantities;
use newsfig::story::Value;
use proptest::prelude::*;

/// Text made of the pieces a quantity is made of, in any order: digits of
/// both widths, numerals, multipliers, qualifier words, units, dashes,
/// separators, English words and plain characters.
fn newsy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "0",
        "1",
        "5",
        "39",
        ",",
        ".",
        "/",
        "-",
        "—",
        "~",
        "%",
        "％",
        "５",
        "，",
        "．",
        "一",
        "二",
        "两",
        "三",
        "十",
        "百",
        "千",
        "万",
        "亿",
        "零",
        "〇",
        "壹",
        "拾",
        "萬",
        "几",
        "数",
        "余",
        "多",
        "点",
        "分之",
        "百分之",
        "以上",
        "以下",
        "不到",
        "近",
        "约",
        "超过",
        "不",
        "了",
        "的",
        "左右",
        "规模",
        "最",
        "年",
        "月",
        "日",
        "第",
        "个",
        "个百分点",
        "元",
        "美元",
        "亩",
        "吨",
        "/亩",
        "每亩",
        "年产",
        "倍",
        "成",
        "大",
        "后",
        "“",
        "”",
        "至",
        "到",
        "从",
        "又",
        " ",
        "more than ",
        "between ",
        " and ",
        "$",
        "HK$",
        "million",
        " yuan",
        " mu",
        " outcomes",
        "a tenth",
        "March ",
        "in ",
        "not ",
        "http://x.cn/5%20",
        "。",
        "，",
        "x",
        "a",
    ]);
    prop::collection::vec(pieces, 0..24).prop_map(|v| v.concat())
}

fn finite(v: &Value) -> bool {
    match v {
        Value::Point { value, .. } => value.is_finite(),
        Value::Range { low, high } => low.value.is_finite() && high.value.is_finite(),
    }
}

proptest! {
    #[test]
    fn any_text_is_read_without_panic(text in any::<String>()) {
        for q in read_quantities(&text) {
            prop_assert!(text.get(q.span.clone()).is_some());
        }
    }

    #[test]
    fn quantities_are_well_formed(text in newsy()) {
        let found = read_quantities(&text);
        let mut last = 0;
        for q in &found {
            prop_assert!(text.get(q.span.clone()).is_some_and(|w| !w.is_empty()), "{text:?}: {:?}", q.span);
            prop_assert!(q.span.start >= last, "{text:?}: spans overlap or go back: {:?}", found);
            prop_assert!(finite(&q.value), "{text:?}: {:?}", q.value);
            last = q.span.end;
        }
    }
}
