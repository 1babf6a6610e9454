//! Property tests: no input reaches a panic. Arbitrary text and mangled
//! stories through parsing; any number through formatting; the built-in and
//! mangled stories through layout at any size from 0×0 to 10000 px and pixel
//! ratios 0.5 to 4. `PROPTEST_CASES=100000 cargo test --test props` for a long run.
#![cfg(not(target_arch = "wasm32"))]

use newsfig::describe::value_words;
use newsfig::format::{number, value_label};
use newsfig::layout::{wrap, Viewport};
use newsfig::render::{layout, Options};
use newsfig::story::{self, Bound, Qualifier, Text, Value};
use newsfig::text::{estimate_width, TextStyle};
use newsfig::Lang;
use proptest::prelude::*;
use serde_json::{json, Value as Json};

fn any_qualifier() -> impl Strategy<Value = Qualifier> {
    prop_oneof![
        Just(Qualifier::Exact),
        Just(Qualifier::AtLeast),
        Just(Qualifier::MoreThan),
        Just(Qualifier::LessThan),
        Just(Qualifier::AtMost),
        Just(Qualifier::Approx),
        Just(Qualifier::Nearly)
    ]
}

fn any_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>(),
        -1e12..1e12f64,
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(0.0),
        Just(-0.0),
        Just(f64::MIN_POSITIVE)
    ]
}

fn any_lang() -> impl Strategy<Value = Lang> {
    prop_oneof![Just(Lang::Zh), Just(Lang::En)]
}

/// A JSON value of any shape, a few levels deep.
fn any_json() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::from),
        (-1e9..1e9f64).prop_map(Json::from),
        "\\PC{0,12}".prop_map(Json::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Json::from),
            prop::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|m| Json::Object(m.into_iter().collect())),
        ]
    })
}

/// The JSON pointers of every value in `doc`.
fn pointers(doc: &Json, at: String, out: &mut Vec<String>) {
    match doc {
        Json::Object(m) => m.iter().for_each(|(k, v)| pointers(v, format!("{at}/{k}"), out)),
        Json::Array(a) => a.iter().enumerate().for_each(|(i, v)| pointers(v, format!("{at}/{i}"), out)),
        _ => {}
    }
    out.push(at);
}

fn builtin_json() -> Json {
    serde_json::to_value(story::builtin().unwrap()).unwrap()
}

fn draw_all(s: &story::Story, width: f64, ratio: f64, options: &Options) {
    let measure = |t: &str, st: &TextStyle| estimate_width(t, st.size, st.bold);
    if let Ok(vp) = Viewport::new(width, ratio) {
        for g in &s.groups {
            let scene = layout(s, g, options, &vp, &measure);
            if let Ok(scene) = scene {
                let (w, h) = scene.size;
                assert!(w as f64 <= newsfig::layout::MAX_DEVICE_EDGE + 1.0 && h > 0);
            }
        }
    }
}

// Many cases, each a few bytes: a fragment's escaped bytes that are not
// UTF-8 (every bound of its table crossed) read as no value.
proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn fragment_bytes_read_as_utf8_or_nothing(bytes in prop_oneof![
        1 => prop::collection::vec(any::<u8>(), 0..12),
        1 => "\\PC{0,6}".prop_map(String::into_bytes),
        // A lead byte at each edge of the table, then bytes at each edge
        // of the continuation ranges, so every bound is crossed.
        6 => prop::collection::vec(
            (
                prop::sample::select(vec![0x7Fu8, 0x80, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xF0, 0xF1, 0xF4, 0xF5]),
                prop::collection::vec(prop::sample::select(vec![0x7Fu8, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0]), 1..=3),
            ),
            1..3,
        )
        .prop_map(|seqs| seqs.into_iter().flat_map(|(lead, rest)| std::iter::once(lead).chain(rest)).collect()),
    ]) {
        // Through a fragment, every byte escaped.
        let escaped: String = bytes.iter().map(|b| format!("%{b:02X}")).collect();
        let pairs = newsfig::state::parse_pairs(&format!("k={escaped}"));
        prop_assert_eq!(&pairs[0].1, &String::from_utf8(bytes.clone()).unwrap_or_default());
    }
}

proptest! {
    #[test]
    fn date_digits_read_as_std_parses_them(s in prop_oneof!["[0-9]{0,12}", "\\PC{0,6}"]) {
        let all_digits = s.bytes().all(|b| b.is_ascii_digit());
        prop_assert_eq!(story::digits(&s), if all_digits { s.parse::<u32>().ok() } else { None });
    }

    #[test]
    fn any_text_parses_or_fails_cleanly(text in "\\PC{0,200}") {
        let _ = story::from_json(&text);
    }

    #[test]
    fn any_mangled_story_parses_or_fails_cleanly_and_draws(
        picks in prop::collection::vec((any::<prop::sample::Index>(), any_json()), 1..4),
        width in 0.0..10_000.0f64,
        ratio in 0.5..4.0f64,
        lang in any_lang(),
    ) {
        let mut doc = builtin_json();
        for (index, value) in picks {
            let mut all = Vec::new();
            pointers(&doc, String::new(), &mut all);
            let at = index.get(&all).clone();
            if let Some(slot) = doc.pointer_mut(&at) {
                *slot = value;
            }
        }
        if let Ok(s) = story::from_json(&doc.to_string()) {
            draw_all(&s, width, ratio, &Options::new(lang));
        }
    }

    #[test]
    fn the_builtin_story_draws_at_any_size_and_state(
        width in prop_oneof![Just(0.0), 0.0..10_000.0f64, Just(10_000.0)],
        ratio in 0.5..4.0f64,
        log in any::<bool>(),
        grow in 0.0..1.0f64,
        focus in prop::option::of(0usize..20),
        matching in prop::collection::vec(any::<bool>(), 0..12),
        lang in any_lang(),
    ) {
        let s = story::builtin().unwrap();
        let options = Options { log, grow, focus, hidden: matching.clone(), matching, ..Options::new(lang) };
        draw_all(&s, width, ratio, &options);
    }

    #[test]
    fn any_number_formats(v in any_number(), q in any_qualifier(), lo in any_number(), lang in any_lang()) {
        let unit = Text::new("亩", "mu");
        let _ = number(v, lang);
        let _ = value_label(&Value::Point { qualifier: q, value: v }, &unit, lang);
        let range = Value::Range { low: Bound { value: lo, qualifier: q }, high: Bound { value: v, qualifier: q } };
        let _ = value_label(&range, &unit, lang);
        let _ = value_words(&range, &unit, lang);
    }

    #[test]
    fn wrapping_ends_and_keeps_every_word(text in "\\PC{0,300}", max in 0.0..2000.0f64) {
        let lines = wrap(&text, max, &|t: &str| estimate_width(t, 14.0, false));
        let joined: String = lines.concat().split_whitespace().collect();
        let original: String = text.split_whitespace().collect();
        prop_assert_eq!(joined, original);
    }
}

#[test]
fn a_mangled_value_example_is_rejected_with_its_path() {
    let mut doc = builtin_json();
    *doc.pointer_mut("/figures/3/value").unwrap() = json!({"qualifier": "exact", "value": "many"});
    let err = story::from_json(&doc.to_string()).unwrap_err();
    assert!(err.path.starts_with("figures[3].value"), "{err}");
}
