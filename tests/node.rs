//! The JS boundary under Node (`wasm-pack test --node`): no DOM, no window.
//! Layout and formatting must work here, and the exported API must hand back
//! plain objects.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect};
use newsfig::layout::Viewport;
use newsfig::render::layout;
use newsfig::text::{estimate_width, TextStyle};
use newsfig::theme::Theme;
use newsfig::{story, Lang};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap()
}

#[wasm_bindgen_test]
fn figures_cross_the_boundary_as_plain_objects() {
    let figures: Array = newsfig::web_api::figures().unwrap().into();
    assert_eq!(figures.length(), 3);
    let changzhi = figures.get(0);
    assert_eq!(
        get(&changzhi, "id").as_string().unwrap(),
        "luodangshen_acreage_changzhi"
    );
    assert_eq!(get(&changzhi, "wording").as_string().unwrap(), "3.59万亩");
    let value = get(&changzhi, "value");
    assert_eq!(get(&value, "kind").as_string().unwrap(), "point");
    assert_eq!(get(&value, "qualifier").as_string().unwrap(), "exact");
    assert_eq!(get(&value, "value").as_f64().unwrap(), 35_900.0);
    let source = get(&changzhi, "source");
    assert_eq!(get(&source, "paragraph").as_f64().unwrap(), 21.0);

    let shanxi = figures.get(2);
    assert_eq!(
        get(&get(&shanxi, "value"), "qualifier")
            .as_string()
            .unwrap(),
        "approx"
    );
    let derived = get(&shanxi, "derived");
    assert!(
        derived.is_object(),
        "the provincial total is marked derived"
    );
    assert_eq!(Array::from(&get(&derived, "from")).length(), 2);
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(newsfig::web_api::version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn layout_needs_no_dom() {
    let story = story::builtin();
    let group = story.group("luodangshen_acreage").unwrap();
    let vp = Viewport::new(320.0, 2.0).unwrap();
    let measure = |t: &str, s: &TextStyle| estimate_width(t, s.size, s.bold);
    let scene = layout(&story, group, Lang::En, &Theme::light(), &vp, &measure).unwrap();
    assert_eq!(scene.size.0, 640);
    assert_eq!(scene.marks.len(), 2);
}
