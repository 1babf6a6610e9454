//! The real canvas in headless Chrome (`wasm-pack test --headless --chrome`).
// The bare `Widget` and `LineChart` are features, and these tests draw the
// built-in story: `wasm-pack test --headless --chrome -- --features line,widget,builtin`.
#![cfg(all(target_arch = "wasm32", feature = "widget", feature = "builtin"))]

#[cfg(feature = "line")]
use newsfig::web_api::LineChart;
use newsfig::web_api::Widget;
use wasm_bindgen::{JsCast, JsValue};
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
    // Changzhi's bar, highlighted, is the one solid bar in the mark colour
    // (the others, derived, are hatched in the grey of marks a highlight
    // leaves out): 34 × 26 px of a 640 × 330 canvas.
    assert!(mark * 400 > pixels, "the solid bar covers over 0.25% of the canvas ({mark} of {pixels})");
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

#[cfg(feature = "line")]
#[wasm_bindgen_test]
fn a_line_of_100k_points_draws_at_the_pixel_ratio() {
    let c = canvas(640);
    let xs: Vec<f64> = (0..100_000).map(f64::from).collect();
    let ys: Vec<f64> = xs.iter().map(|x| (x * 0.001).sin() * 100.0 + x % 7.0).collect();
    let mut chart = LineChart::new(c.clone(), xs, ys, None).unwrap();
    chart.draw().unwrap();
    chart.draw().unwrap();
    assert_eq!(f64::from(c.width()), (640.0 * ratio()).round());
    assert_eq!(f64::from(c.height()), (300.0 * ratio()).round());
    let ctx: CanvasRenderingContext2d = c.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let data = ctx.get_image_data(0.0, 0.0, f64::from(c.width()), f64::from(c.height())).unwrap().data();
    let line = data.chunks(4).filter(|p| p[0] < 0x30 && p[1] > 0x50 && p[2] > 0x90).count();
    assert!(line > 1000, "the line is painted ({line} pixels in its colour)");
    c.remove();
}

/// Resolves in the next animation frame, after callbacks asked for before it.
#[cfg(feature = "line")]
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[cfg(feature = "line")]
#[wasm_bindgen_test]
async fn a_line_chart_draws_itself_in_the_next_frame_and_not_once_freed() {
    let c = canvas(320);
    let _chart = LineChart::new(c.clone(), vec![0.0, 1.0, 2.0], vec![0.0, 1.0, 0.0], None).unwrap();
    assert_eq!(c.width(), 300, "nothing is drawn in the task that makes the chart");
    next_frame().await;
    assert_eq!(f64::from(c.width()), (320.0 * ratio()).round());

    let freed = canvas(320);
    drop(LineChart::new(freed.clone(), vec![0.0, 1.0], vec![0.0, 1.0], None).unwrap());
    next_frame().await;
    assert_eq!(freed.width(), 300, "a chart freed before its frame leaves the canvas alone");
    c.remove();
    freed.remove();
}

#[cfg(feature = "line")]
#[wasm_bindgen_test]
fn bad_line_input_is_an_error_naming_it() {
    let c = canvas(320);
    let message =
        |r: Result<LineChart, JsValue>| String::from(js_sys::Error::from(r.err().unwrap()).message());
    let e = message(LineChart::new(c.clone(), vec![0.0; 10], vec![0.0; 9], None));
    assert_eq!(e, "xs: has 10 values but ys has 9");
    let e = message(LineChart::new(c.clone(), vec![0.0, 2.0, 1.0], vec![0.0; 3], None));
    assert_eq!(e, "xs[2]: must not be below xs[1]; sort the points by x");
    // The whole path, for code, on the thrown error.
    let thrown = LineChart::new(c.clone(), vec![0.0, 2.0, 1.0], vec![0.0; 3], None).err().unwrap();
    assert_eq!(js_sys::Reflect::get(&thrown, &"path".into()).unwrap().as_string().as_deref(), Some("xs[2]"));
    let options: wasm_bindgen::JsValue = js_sys::JSON::parse(r#"{"height": -1}"#).unwrap();
    assert!(message(LineChart::new(c.clone(), vec![], vec![], Some(options))).starts_with("height:"));
    c.remove();
}

/// Makes `CanvasRenderingContext2D.prototype.fillRect` throw until the returned original is put back.
fn break_fill_rect() -> (js_sys::Object, JsValue) {
    let proto: js_sys::Object = js_sys::Reflect::get(&js_sys::global(), &"CanvasRenderingContext2D".into())
        .and_then(|c| js_sys::Reflect::get(&c, &"prototype".into()))
        .unwrap()
        .unchecked_into();
    let original = js_sys::Reflect::get(&proto, &"fillRect".into()).unwrap();
    let thrower = js_sys::Function::new_no_args("throw new Error('blocked by the page')");
    js_sys::Reflect::set(&proto, &"fillRect".into(), &thrower).unwrap();
    (proto, original)
}

#[wasm_bindgen_test]
fn a_throw_from_the_canvas_is_an_error_and_the_next_draw_works() {
    let c = canvas(480);
    let mut widget = Widget::new(c.clone(), "luodangshen_acreage", "en", None).unwrap();
    let (proto, original) = break_fill_rect();
    let failed = widget.render();
    js_sys::Reflect::set(&proto, &"fillRect".into(), &original).unwrap();
    assert!(failed.is_err(), "the throw comes back as an error");
    // Before, the exception unwound through the Wasm and left the object
    // borrowed: every later call failed with "recursive use of an object".
    assert!(widget.render().unwrap() > 100.0, "the next render draws");
    assert!(!widget.marks().is_empty());
    c.remove();
}

#[cfg(feature = "line")]
#[wasm_bindgen_test]
fn a_line_chart_whose_canvas_threw_draws_again() {
    let c = canvas(480);
    let mut chart = LineChart::new(c.clone(), vec![0.0, 1.0, 2.0], vec![1.0, 3.0, 2.0], None).unwrap();
    let (proto, original) = break_fill_rect();
    let failed = chart.draw();
    js_sys::Reflect::set(&proto, &"fillRect".into(), &original).unwrap();
    assert!(failed.is_err(), "the throw comes back as an error");
    chart.draw().expect("the next draw works");
    c.remove();
}
