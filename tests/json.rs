//! Story text through serde_json: a syntax error names the path being read,
//! the line and the column; nesting cannot exhaust the stack. And the number
//! formatter, checked against Rust's own formatting.
#![cfg(not(target_arch = "wasm32"))]

use newsfig::format::{decimal, plain};
use newsfig::story;
use newsfig::ErrorKind;
use proptest::prelude::*;

/// A small valid story, as text.
fn base() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/examples/local-story.json")).unwrap()
}

#[test]
fn escapes_and_surrogate_pairs_read_as_text() {
    let text = base().replace("\"示例：一则本地新闻\"", r#""x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00""#);
    let s = story::from_json(&text).unwrap();
    assert_eq!(s.title.zh, "x\"\\/\u{8}\u{c}\n\r\té😀");
}

#[test]
fn syntax_errors_name_the_path_line_and_column() {
    let cases = [
        ("", "story", "EOF while parsing a value at line 1 column 0"),
        ("{\"figures\": [{\"id\": \"a\",}]}", "figures[0]", "trailing comma at line 1 column 25"),
        ("{\n  \"title\": {\"zh\": tru}\n}", "title.zh", "expected ident at line 2 column 22"),
        ("{\"format\" 1}", "story", "expected `:` at line 1 column 11"),
        ("{a: 1}", "story", "key must be a string at line 1 column 2"),
        (
            "{\"figures\": [{\"source\": {\"paragraph\": 01}}]}",
            "figures[0].source.paragraph",
            "invalid number",
        ),
        ("{\"title\": {\"zh\": \"a\nb\"}}", "title.zh", "control character"),
        ("{\"title\": {\"zh\": \"\\x\"}}", "title.zh", "invalid escape"),
        ("{\"title\": {\"zh\": \"a\\ud800b\"}}", "title.zh", "hex escape"),
        ("{\"title\": {\"zh\": \"abc", "title.zh", "EOF while parsing a string"),
        ("NaN", "story", "expected value at line 1 column 1"),
    ];
    for (text, path, fragment) in cases {
        let e = story::read_json(text).expect_err(text);
        assert_eq!(e.path, path, "{text:?}: {e}");
        assert!(matches!(e.kind, ErrorKind::Parse(_)), "{text:?}: {e:?} is a syntax error");
        assert!(e.to_string().contains("not valid JSON: "), "{text:?}: {e}");
        assert!(e.to_string().contains(fragment), "{text:?}: {e} lacks {fragment:?}");
    }
}

#[test]
fn text_after_the_story_is_an_error() {
    let e = story::from_json(&format!("{} x", base())).unwrap_err();
    assert_eq!(e.path, "story");
    assert!(e.to_string().contains("trailing characters"), "{e}");
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    for deep in ["[".repeat(100_000), format!("{{\"title\": {}", "{\"a\": ".repeat(100_000))] {
        assert!(story::from_json(&deep).is_err());
    }
}

#[test]
fn writing_drops_non_finite_numbers() {
    let mut s = story::from_json(&base()).unwrap();
    s.figures[0].value = newsfig::Value::Point { qualifier: newsfig::Qualifier::Exact, value: f64::NAN };
    let text = serde_json::to_string(&s).unwrap();
    assert!(text.contains(r#""value":{"qualifier":"exact","value":null}"#), "{text}");
}

#[test]
fn numbers_read_as_the_reader_expects() {
    assert_eq!(plain(35900.0), "35900");
    assert_eq!(plain(0.9), "0.9");
    assert_eq!(plain(-5.0), "-5");
    assert_eq!(plain(39888.88888888889), "39888.88888888889");
    assert_eq!(plain(1e18), "1000000000000000000");
    assert_eq!(plain(-1.5e21), "-1.5e21");
    assert_eq!(plain(f64::NAN), "NaN");
    assert_eq!(plain(f64::NEG_INFINITY), "-Infinity");
    assert_eq!(decimal(1.23456, 2), "1.23");
    assert_eq!(decimal(-0.001, 2), "0.00");
    assert_eq!(decimal(0.5, 0), "1");
    assert_eq!(decimal(1.7e308, 2), "1.7e308");
}

proptest! {
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
