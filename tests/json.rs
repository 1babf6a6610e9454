//! The JSON reader and writer and the number formatter that replaced serde
//! and core's float formatting: checked against serde_json and Rust's own
//! formatting, which stay as references in tests only.
#![cfg(not(target_arch = "wasm32"))]

use newsfig::format::{decimal, plain};
use newsfig::json::{parse, write, Json};
use proptest::prelude::*;

fn to_text(j: &Json) -> String {
    let mut s = String::new();
    write(j, &mut s);
    s
}

#[test]
fn reads_every_kind_of_value() {
    let j =
        parse(r#" {"a": [1, -2.5e3, 0, true, false, null], "b": "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"} "#)
            .unwrap();
    let a = j.get("a").unwrap();
    assert_eq!(
        *a,
        Json::Arr(vec![
            Json::Num(1.0),
            Json::Num(-2500.0),
            Json::Num(0.0),
            Json::Bool(true),
            Json::Bool(false),
            Json::Null
        ])
    );
    assert_eq!(*j.get("b").unwrap(), Json::str("x\"\\/\u{8}\u{c}\n\r\té😀"));
}

#[test]
fn a_lone_surrogate_becomes_a_replacement_character() {
    assert_eq!(parse(r#""a\ud800b""#).unwrap(), Json::str("a\u{fffd}b"));
}

#[test]
fn a_huge_number_reads_as_infinity_like_json_parse() {
    assert_eq!(parse("1e400").unwrap(), Json::Num(f64::INFINITY));
}

#[test]
fn syntax_errors_name_the_path_line_and_column() {
    let cases = [
        ("", "story", "the text ends where a value belongs at line 1 column 1"),
        ("{\"figures\": [1, 2,]}", "figures[2]", "expected a value at line 1 column 19"),
        ("{\n  \"a\": {\"b\": tru}\n}", "a.b", "expected a value at line 2 column 14"),
        ("{\"a\" 1}", "story", "expected : after a key"),
        ("[1 2]", "story", "expected , or ] in a list"),
        ("{\"a\": 1 \"b\": 2}", "story", "expected , or } in an object"),
        ("{a: 1}", "story", "expected a key in double quotes"),
        ("[01]", "[0]", "malformed number"),
        ("[-]", "[0]", "malformed number"),
        ("[1.]", "[0]", "malformed number"),
        ("[1e]", "[0]", "malformed number"),
        ("\"a\nb\"", "story", "a control character inside a string"),
        ("\"\\x\"", "story", "unknown escape"),
        ("\"\\u12\"", "story", "four hex digits"),
        ("\"abc", "story", "ends inside a string"),
        ("{} x", "story", "unexpected text after the end"),
        ("NaN", "story", "expected a value"),
    ];
    for (text, path, fragment) in cases {
        let e = parse(text).expect_err(text);
        assert_eq!(e.path, path, "{text:?}: {e}");
        assert!(e.to_string().contains(fragment), "{text:?}: {e} lacks {fragment:?}");
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let deep = "[".repeat(100_000);
    let e = parse(&deep).unwrap_err();
    assert!(e.to_string().contains("nest more than 64 deep"), "{e}");
    let fine = format!("{}{}", "[".repeat(60), "]".repeat(60));
    parse(&fine).unwrap();
}

#[test]
fn writing_escapes_and_drops_non_finite_numbers() {
    let j = Json::Arr(vec![Json::str("a\"\\\n\u{1}"), Json::Num(f64::NAN), Json::Num(0.1)]);
    assert_eq!(to_text(&j), r#"["a\"\\\n\u0001",null,0.1]"#);
}

fn any_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<f64>().prop_filter("finite", |v| v.is_finite()).prop_map(serde_json::Value::from),
        any::<i32>().prop_map(serde_json::Value::from),
        "\\PC{0,12}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
            prop::collection::btree_map("\\PC{0,6}", inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// serde_json's tree in ours, numbers as doubles.
fn ours(v: &serde_json::Value) -> Json {
    match v {
        serde_json::Value::Null => Json::Null,
        serde_json::Value::Bool(b) => Json::Bool(*b),
        serde_json::Value::Number(n) => Json::Num(n.as_f64().unwrap()),
        serde_json::Value::String(s) => Json::Str(s.clone()),
        serde_json::Value::Array(a) => Json::Arr(a.iter().map(ours).collect()),
        serde_json::Value::Object(m) => Json::Obj(m.iter().map(|(k, v)| (k.clone(), ours(v))).collect()),
    }
}

proptest! {
    #[test]
    fn reads_what_serde_json_writes(v in any_json(), pretty in any::<bool>()) {
        let text = if pretty { serde_json::to_string_pretty(&v) } else { serde_json::to_string(&v) };
        prop_assert_eq!(parse(&text.unwrap()).unwrap(), ours(&v));
    }

    #[test]
    fn writes_json_that_reads_back(v in any_json()) {
        let text = to_text(&ours(&v));
        // serde_json accepts it (it rounds long numbers loosely, so the
        // values are compared through our reader, which uses std's parser).
        prop_assert!(serde_json::from_str::<serde_json::Value>(&text).is_ok());
        prop_assert_eq!(parse(&text).unwrap(), ours(&v));
    }

    #[test]
    fn any_text_parses_or_fails_cleanly(text in "\\PC{0,200}") {
        let _ = parse(&text);
    }

    #[test]
    fn plain_numbers_read_back_exactly(v in prop_oneof![(-10.0..10.0f64, -6..18i32).prop_map(|(m, e)| m * 10f64.powi(e)), -1e9..1e9f64, (-1_000_000i64..1_000_000).prop_map(|n| n as f64 / 100.0)]) {
        prop_assume!(v == 0.0 || (1e-6..1e19).contains(&v.abs()));
        let text = plain(v);
        let back = text.parse::<f64>().unwrap();
        // Rust's shortest form, in significant digits.
        let shortest = format!("{v:e}");
        let digits = shortest.split('e').next().unwrap().chars().filter(char::is_ascii_digit).count();
        if digits <= 15 {
            prop_assert_eq!(back, v, "{}", text);
            prop_assert!(text.len() <= v.to_string().len() + 2, "{} vs {}", text, v);
        } else {
            prop_assert!((back - v).abs() <= v.abs() * 4.0 * f64::EPSILON, "{} vs {}", text, v);
        }
    }

    #[test]
    fn fixed_decimals_match_rust_except_near_halves(v in -1e12..1e12f64, d in 0u32..6) {
        let ours = decimal(v, d);
        let rust = format!("{v:.*}", d as usize);
        let scaled = (v.abs() - v.abs().trunc()) * 10f64.powi(d as i32);
        if (scaled.fract() - 0.5).abs() > 1e-3 && !rust.trim_start_matches('-').trim_matches(['0', '.']).is_empty() {
            prop_assert_eq!(ours, rust);
        }
    }
}
