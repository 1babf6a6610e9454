//! Small DOM helpers. Text from data always goes in through `textContent`,
//! never as markup, and styles through the CSSOM, never a `style` attribute,
//! so strict Content-Security-Policy pages accept the widget.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement};

/// Creates `<tag class="class">` in `doc`.
pub fn el(doc: &Document, tag: &str, class: &str) -> Result<Element, JsValue> {
    let e = doc.create_element(tag)?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    Ok(e)
}

/// Creates an element as its specific type. Unchecked: `createElement(tag)`
/// returns that tag's interface, and an `instanceof` check per type would
/// cost an import and glue for each.
pub fn typed<T: JsCast>(doc: &Document, tag: &str, class: &str) -> Result<T, JsValue> {
    Ok(el(doc, tag, class)?.unchecked_into::<T>())
}

/// Sets an element's text, as text.
pub fn text(e: &Element, s: &str) {
    e.set_text_content(Some(s));
}

/// Shows or hides an element through its `hidden` attribute.
pub fn show(e: &HtmlElement, visible: bool) {
    e.set_hidden(!visible);
}

/// Sets a CSS pixel position through the CSSOM.
pub fn place(e: &HtmlElement, left: f64, top: f64) {
    let style = e.style();
    let _ = style.set_property("left", &format!("{}px", left.round() as i64));
    let _ = style.set_property("top", &format!("{}px", top.round() as i64));
}
