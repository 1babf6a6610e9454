//! The bare canvas charts inside a container scaled by a CSS transform, in
//! headless Chrome: `Widget::markAt` and `LineChart::pointAt` map a pointer
//! through the canvas's box on screen, so every mark and point is reachable
//! and answers for itself at scale(0.5) and scale(1.5).
#![cfg(all(target_arch = "wasm32", feature = "widget", feature = "builtin", feature = "line"))]

use newsfig::web_api::{LineChart, Widget};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{HtmlCanvasElement, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A canvas 600 CSS px wide in a box scaled by `scale` from its top left corner.
fn scaled_canvas(scale: f64) -> (HtmlElement, HtmlCanvasElement) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    let style = host.style();
    style.set_property("width", "600px").unwrap();
    style.set_property("transform-origin", "0 0").unwrap();
    style.set_property("transform", &format!("scale({scale})")).unwrap();
    let canvas: HtmlCanvasElement = document.create_element("canvas").unwrap().dyn_into().unwrap();
    canvas.style().set_property("display", "block").unwrap();
    canvas.style().set_property("width", "600px").unwrap();
    host.append_child(&canvas).unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    (host, canvas)
}

#[wasm_bindgen_test]
fn every_mark_of_a_scaled_widget_answers_for_itself() {
    for scale in [0.5, 1.5] {
        for group in ["luodangshen_acreage", "luodangshen_returns", "timeline"] {
            let (host, canvas) = scaled_canvas(scale);
            let mut widget = Widget::new(canvas.clone(), group, "en", None).unwrap();
            widget.render().unwrap();
            let rect = canvas.get_bounding_client_rect();
            let marks = widget.marks();
            assert!(marks.len() >= 3, "{group} has marks");
            for row in &marks {
                let row: js_sys::Array = row.clone().unchecked_into();
                let id = row.get(0).as_string().unwrap();
                let at = |k: u32| row.get(k).as_f64().unwrap() * scale;
                let (x, y) = (rect.left() + (at(1) + at(3)) / 2.0, rect.top() + (at(2) + at(4)) / 2.0);
                assert_eq!(widget.mark_at(x, y).as_deref(), Some(id.as_str()), "{group} at scale({scale})");
            }
            host.remove();
        }
    }
}

#[wasm_bindgen_test]
fn every_point_of_a_scaled_line_is_reachable_in_order() {
    for scale in [0.5, 1.5] {
        let (host, canvas) = scaled_canvas(scale);
        let xs: Vec<f64> = (0..20).map(f64::from).collect();
        let ys: Vec<f64> = xs.iter().map(|x| (x * 0.7).sin()).collect();
        let mut chart = LineChart::new(canvas.clone(), xs, ys, None).unwrap();
        chart.draw().unwrap();
        let rect = canvas.get_bounding_client_rect();
        let y = rect.top() + rect.height() / 2.0;
        // Sweep the box on screen, one screen pixel at a time.
        let mut seen = Vec::new();
        let mut x = rect.left();
        while x <= rect.right() {
            if let Some(i) = chart.point_at(x, y) {
                if seen.last() != Some(&i) {
                    seen.push(i);
                }
            }
            x += 1.0;
        }
        assert_eq!(seen, (0..20).collect::<Vec<u32>>(), "at scale({scale}) every point, in order");
        assert_eq!(chart.point_at(rect.left() - 5.0, y), None, "left of the canvas");
        host.remove();
    }
}
