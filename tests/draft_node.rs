//! `draftStory` across the JS boundary under Node (`wasm-pack test --node`):
//! the article's text in, a plain story object out that `checkStory`
//! accepts; a bad option named in the error.
#![cfg(all(target_arch = "wasm32", feature = "draft", feature = "tools"))]

use js_sys::{Array, Object, Reflect};
use newsfig::web_api::{check_story, draft_story};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

const ARTICLE: &str = include_str!("fixtures/article.txt");

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap()
}

fn options(date: JsValue) -> JsValue {
    let o = Object::new();
    Reflect::set(&o, &"date".into(), &date).unwrap();
    o.into()
}

/// The message `draftStory` throws.
fn thrown(text: JsValue, options: JsValue) -> String {
    let e = draft_story(text, options).expect_err("draftStory should throw");
    get(&e, "message").as_string().unwrap()
}

#[wasm_bindgen_test]
fn the_article_drafts_a_story_check_story_accepts() {
    let story = draft_story(ARTICLE.into(), options("2022-04-27".into())).unwrap();
    assert_eq!(get(&story, "format").as_string().unwrap(), "newsfig-story/1");
    let figures: Array = get(&story, "figures").into();
    assert!(figures.length() >= 29, "{} figures", figures.length());
    let first = figures.get(0);
    assert_eq!(get(&first, "wording").as_string().unwrap(), "106所");
    assert_eq!(get(&get(&first, "source"), "paragraph").as_f64().unwrap(), 4.0);
    assert!(Array::from(&get(&story, "events")).length() >= 12);
    assert_eq!(check_story(story), Vec::<String>::new());
}

#[wasm_bindgen_test]
fn a_bad_option_is_named() {
    assert!(thrown(ARTICLE.into(), options("2022-02-30".into())).starts_with("date: "));
    assert!(thrown(ARTICLE.into(), options(JsValue::from_f64(2022.0))).starts_with("date: "));
    assert!(thrown(ARTICLE.into(), Object::new().into()).starts_with("date: "));
    assert!(thrown(ARTICLE.into(), JsValue::UNDEFINED).starts_with("options: "));
    assert!(thrown(JsValue::from_f64(1.0), options("2022-04-27".into())).starts_with("text: "));
}
