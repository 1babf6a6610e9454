//! The JS boundary under Node (`wasm-pack test --node`): no DOM, no window.
//! Layout and formatting must work here, and the exported API must hand back
//! plain objects.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect};
use newsfig::layout::Viewport;
use newsfig::render::{layout, Options};
use newsfig::text::{estimate_width, TextStyle};
use newsfig::{story, Lang};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap()
}

// `figures()` and `story()` exist in builds with the `builtin` feature, which
// scripts/test.sh turns on for these tests.
#[cfg(feature = "builtin")]
#[wasm_bindgen_test]
fn figures_cross_the_boundary_as_plain_objects() {
    let figures: Array = newsfig::web_api::figures().unwrap().into();
    assert_eq!(figures.length(), 34);
    let changzhi = figures.get(3);
    assert_eq!(get(&changzhi, "id").as_string().unwrap(), "luodangshen_acreage_changzhi");
    assert_eq!(get(&changzhi, "wording").as_string().unwrap(), "3.59万亩");
    let value = get(&changzhi, "value");
    assert_eq!(get(&value, "qualifier").as_string().unwrap(), "exact");
    assert_eq!(get(&value, "value").as_f64().unwrap(), 35_900.0);
    let source = get(&changzhi, "source");
    assert_eq!(get(&source, "paragraph").as_f64().unwrap(), 21.0);
    assert!(get(&source, "sentence").as_string().unwrap().contains("3.59万亩"));

    let shanxi = figures.get(6);
    assert_eq!(get(&shanxi, "id").as_string().unwrap(), "luodangshen_acreage_shanxi");
    assert_eq!(get(&get(&shanxi, "value"), "qualifier").as_string().unwrap(), "approx");
    let derived = get(&shanxi, "derived");
    assert!(derived.is_object(), "the provincial total is marked derived");
    assert_eq!(Array::from(&get(&derived, "from")).length(), 2);
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(newsfig::web_api::version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn layout_needs_no_dom() {
    let story = story::builtin().unwrap();
    let group = story.group("luodangshen_acreage").unwrap();
    let vp = Viewport::new(320.0, 2.0).unwrap();
    let measure = |t: &str, s: &TextStyle| estimate_width(t, s.size, s.bold);
    let scene = layout(&story, group, &Options::new(Lang::En), &vp, &measure).unwrap();
    assert_eq!(scene.size.0, 640);
    assert_eq!(scene.marks.len(), 3);
}

/// A small editor's story, as `JSON.parse` hands it over.
fn editor_story(share: f64) -> JsValue {
    let text = format!(
        r#"{{"format": "newsfig-story/1",
            "title": {{"zh": "本地新闻", "en": "Local news"}},
            "source": {{"name": {{"zh": "某报", "en": "A Paper"}}, "date": "2024-01-31"}},
            "figures": [{{"id": "share", "label": {{"zh": "占比", "en": "Share"}}, "unit": {{"zh": "%", "en": "%"}},
                          "value": {{"qualifier": "approx", "value": {share}}}, "wording": "约{share}%",
                          "source": {{"paragraph": 2, "sentence": "占比约{share}%。"}}}}],
            "groups": [{{"id": "g", "kind": "bars", "title": {{"zh": "图", "en": "Chart"}}, "items": [{{"id": "share"}}]}}]}}"#
    );
    js_sys::JSON::parse(&text).unwrap()
}

#[cfg(feature = "builtin")]
#[wasm_bindgen_test]
fn the_builtin_story_arrives_whole() {
    let story = newsfig::web_api::story().unwrap();
    assert_eq!(get(&story, "format").as_string().unwrap(), "newsfig-story/1");
    assert_eq!(get(&get(&story, "source"), "date").as_string().unwrap(), "2022-04-27");
    assert_eq!(Array::from(&get(&story, "events")).length(), 13);
    assert_eq!(Array::from(&get(&get(&story, "tags"), "partner")).length(), 15);
}

#[wasm_bindgen_test]
fn an_editors_story_object_is_accepted() {
    let parsed = newsfig::web_api::parse_story(editor_story(42.5)).unwrap();
    let figure = Array::from(&get(&parsed, "figures")).get(0);
    assert_eq!(get(&get(&figure, "value"), "qualifier").as_string().unwrap(), "approx");
    assert_eq!(get(&get(&figure, "value"), "value").as_f64().unwrap(), 42.5);
    assert!(newsfig::web_api::check_story(editor_story(42.5)).is_empty());
}

#[wasm_bindgen_test]
fn a_bad_story_object_names_its_path() {
    let problems = newsfig::web_api::check_story(editor_story(140.0));
    assert_eq!(problems.len(), 1);
    assert!(problems[0].starts_with("figures[0].value.value: a share in %"), "{}", problems[0]);
    let wrong_type = editor_story(1.0);
    Reflect::set(&wrong_type, &"figures".into(), &"none".into()).unwrap();
    let problems = newsfig::web_api::check_story(wrong_type);
    assert_eq!(problems, ["figures: invalid type: string \"none\", expected a sequence"]);
    let infinite = editor_story(1.0);
    let value = get(&Array::from(&get(&infinite, "figures")).get(0), "value");
    Reflect::set(&value, &"value".into(), &JsValue::from_f64(f64::INFINITY)).unwrap();
    let problems = newsfig::web_api::check_story(infinite);
    assert!(problems[0].starts_with("figures[0].value.value: must be a finite number"), "{}", problems[0]);
}

#[wasm_bindgen_test]
fn unknown_fields_are_found_by_the_editors_checks() {
    // serde-wasm-bindgen reads only declared fields; checkStory reads the object again as JSON.
    let misspelt = editor_story(1.0);
    let figure = Array::from(&get(&misspelt, "figures")).get(0);
    Reflect::set(&figure, &"derivd".into(), &JsValue::TRUE).unwrap();
    let problems = newsfig::web_api::check_story(misspelt.clone());
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("figures[0].derivd: unknown field `derivd`"), "{}", problems[0]);
    let thrown = newsfig::web_api::parse_story(misspelt).map(|_| ()).unwrap_err();
    assert!(thrown.is_instance_of::<js_sys::Error>(), "parseStory throws an Error, not a string");
    let path = Reflect::get(&thrown, &"path".into()).unwrap().as_string();
    assert_eq!(path.as_deref(), Some("figures[0].derivd"), "the whole path, for code");
    // A value's stray field is named by path, whatever order the object has.
    let stray = editor_story(1.0);
    let value = get(&Array::from(&get(&stray, "figures")).get(0), "value");
    Reflect::set(&value, &"low".into(), &JsValue::from_f64(0.0)).unwrap();
    let problems = newsfig::web_api::check_story(stray);
    assert!(problems[0].starts_with("figures[0].value"), "{problems:?}");
    assert!(problems[0].contains("unknown field `low`"), "{problems:?}");
    assert!(!problems[0].contains("line 1 column"), "no place in a text the editor never saw: {problems:?}");
    let none = newsfig::web_api::check_story(JsValue::UNDEFINED);
    assert_eq!(none, ["story: expected a story object (one that JSON.stringify can write)"]);
}
