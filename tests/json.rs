//! Story text through serde_json: a syntax error names the path being read,
//! the line and the column; nesting cannot exhaust the stack.
#![cfg(not(target_arch = "wasm32"))]

use newsfig::story;
use newsfig::ErrorKind;

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
