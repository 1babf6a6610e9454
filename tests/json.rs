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

#[test]
fn a_nested_story_gives_a_short_readable_message() {
    // The typed format stops at the first level that does not fit, so a
    // story nested hundreds deep gets a path of one step, not hundreds.
    for field in ["format", "figures", "groups"] {
        let depth = 100;
        let text = format!("{{\"{field}\": {}{}}}", "[".repeat(depth), "]".repeat(depth));
        let message = story::read_json(&text).unwrap_err().message();
        assert!(message.chars().count() < 120, "{message}");
    }
}

#[test]
fn short_and_long_paths_read_as_people_read_them() {
    use newsfig::error::readable_path;
    assert_eq!(readable_path("figures[3].value.low"), "figures[3].value.low");
    let deep = format!("format{}", "[0]".repeat(129));
    assert_eq!(readable_path(&deep), "format[0][0]…[0] (130 steps)");
    let long = format!("figures[0].{}", "x".repeat(200));
    let cut = readable_path(&long);
    assert!(cut.len() <= 83 && cut.starts_with("figures[0].xx") && cut.ends_with('…'), "{cut}");
}

#[test]
fn a_file_that_is_not_utf8_is_named_as_such() {
    let utf16: Vec<u8> =
        "\u{FEFF}{\"format\": \"newsfig-story/1\"}".encode_utf16().flat_map(u16::to_le_bytes).collect();
    let e = story::text_of(&utf16, "data-src").unwrap_err();
    assert_eq!(e.message(), "data-src: is UTF-16 text, not UTF-8; save it as UTF-8");
    // Without its byte order mark, the NUL bytes give it away.
    assert!(story::text_of(&utf16[2..], "data-src").unwrap_err().message().contains("UTF-16"));
    // 潞党参 in GBK.
    let gbk = b"{\"t\": \"\xC2\xBA\xB5\xB3\xB2\xCE\"}";
    let e = story::text_of(gbk, "story.json").unwrap_err();
    assert!(e.message().starts_with("story.json: is not UTF-8 text (byte 9 is 0xB5"), "{}", e.message());
    assert_eq!(story::text_of(b"\xEF\xBB\xBF{}", "f").unwrap(), "{}");
}
