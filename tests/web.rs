//! The real canvas in headless Chrome (`wasm-pack test --headless --chrome`).
#![cfg(target_arch = "wasm32")]

use newsfig::web_api::Widget;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A canvas `width` CSS pixels wide, attached to the page.
fn canvas(width: u32) -> HtmlCanvasElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let canvas: HtmlCanvasElement = document.create_element("canvas").unwrap().dyn_into().unwrap();
    canvas.style().set_property("display", "block").unwrap();
    canvas.style().set_property("width", &format!("{width}px")).unwrap();
    document.body().unwrap().append_child(&canvas).unwrap();
    canvas
}

fn ratio() -> f64 {
    web_sys::window().unwrap().device_pixel_ratio()
}

#[wasm_bindgen_test]
fn backing_store_follows_css_size_and_pixel_ratio() {
    let c = canvas(480);
    let mut widget = Widget::new(c.clone(), "luodangshen_acreage", "zh", None).unwrap();
    let css_height = widget.render().unwrap();
    assert_eq!(f64::from(c.width()), (480.0 * ratio()).round());
    assert!(css_height > 100.0, "chart is {css_height} CSS px tall");
    assert_eq!(f64::from(c.height()), (css_height * ratio()).ceil().max(css_height * ratio()).floor());
    assert_eq!(c.client_height() as f64, css_height.round());
    c.remove();
}

#[wasm_bindgen_test]
fn chart_paints_bars_in_the_mark_colour() {
    let c = canvas(640);
    Widget::new(c.clone(), "luodangshen_acreage", "en", None).unwrap().render().unwrap();
    let ctx: CanvasRenderingContext2d = c.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let data = ctx.get_image_data(0.0, 0.0, f64::from(c.width()), f64::from(c.height())).unwrap().data();
    let pixels = data.len() / 4;
    let mark = data.chunks(4).filter(|p| p[0] == 0x00 && p[1] == 0x72 && p[2] == 0xb2).count();
    let white = data.chunks(4).filter(|p| p[0] == 255 && p[1] == 255 && p[2] == 255).count();
    assert!(mark * 100 > pixels, "the solid bar covers over 1% of the canvas ({mark} of {pixels})");
    assert!(white < pixels, "the canvas is not blank");
    c.remove();
}

#[wasm_bindgen_test]
fn measuring_text_adds_nothing_to_the_page() {
    let document = web_sys::window().unwrap().document().unwrap();
    let body = document.body().unwrap();
    let c = canvas(320);
    let before = body.child_element_count();
    Widget::new(c.clone(), "luodangshen_acreage", "zh", None).unwrap().render().unwrap();
    assert_eq!(body.child_element_count(), before);
    c.remove();
}

#[wasm_bindgen_test]
fn unknown_group_and_language_are_errors_not_panics() {
    let c = canvas(320);
    assert!(Widget::new(c.clone(), "no_such_group", "zh", None).is_err());
    assert!(Widget::new(c.clone(), "luodangshen_acreage", "fr", None).is_err());
    c.remove();
}

#[wasm_bindgen_test]
fn a_collapsed_container_is_not_an_error() {
    let c = canvas(320);
    c.style().set_property("display", "none").unwrap();
    let mut widget = Widget::new(c.clone(), "luodangshen_acreage", "zh", None).unwrap();
    assert_eq!(widget.render().unwrap(), 0.0);
    c.style().set_property("display", "block").unwrap();
    assert!(widget.render().unwrap() > 100.0);
    c.remove();
}
