//! Small DOM helpers. Text from data always goes in through `textContent`,
//! never as markup, and styles through the CSSOM, never a `style` attribute,
//! so strict Content-Security-Policy pages accept the widget.
//!
//! The calls newsfig makes to build its own elements cannot throw: the tag
//! and attribute names are constants, and a child is appended to a parent
//! newsfig just made. web-sys declares them with `catch`, so each call site
//! handled an error that never comes, and every `?` in a builder dropped the
//! elements made so far: drop glue repeated at each step. These bindings
//! leave out the `catch`; were one to throw anyway, the exception would pass
//! through the Wasm frames to the caller of `mount`, which reports it.

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlElement, Node};

#[wasm_bindgen]
extern "C" {
    /// A document, node or element, seen through the calls below only.
    type Raw;
    #[wasm_bindgen(method, js_name = createElement)]
    fn create(this: &Raw, tag: &str) -> Element;
    #[wasm_bindgen(method, js_name = appendChild)]
    fn append(this: &Raw, child: &Node);
    #[wasm_bindgen(method, js_name = setAttribute)]
    fn set_attr(this: &Raw, name: &str, value: &str);
    #[wasm_bindgen(method, js_name = addEventListener)]
    fn add_listener(this: &Raw, kind: &str, listener: &js_sys::Function);
    /// `new Option(text, value)`.
    #[wasm_bindgen(js_name = Option)]
    type Choice;
    #[wasm_bindgen(constructor, js_class = "Option")]
    fn new(text: &str, value: &str) -> Choice;
    /// `new ResizeObserver(callback)`.
    #[wasm_bindgen(js_name = ResizeObserver)]
    type Observer;
    #[wasm_bindgen(constructor, js_class = "ResizeObserver")]
    fn new(callback: &js_sys::Function) -> Observer;
}

/// Creates `<tag class="class">` in `doc`.
pub fn el(doc: &Document, tag: &str, class: &str) -> Element {
    let e = doc.unchecked_ref::<Raw>().create(tag);
    if !class.is_empty() {
        e.set_class_name(class);
    }
    e
}

/// Creates an element as its specific type. Unchecked: `createElement(tag)`
/// returns that tag's interface, and an `instanceof` check per type would
/// cost an import and glue for each.
pub fn typed<T: JsCast>(doc: &Document, tag: &str, class: &str) -> T {
    el(doc, tag, class).unchecked_into::<T>()
}

/// Appends `child` to `parent`.
pub fn add(parent: &Node, child: &Node) {
    parent.unchecked_ref::<Raw>().append(child);
}

/// Sets an attribute newsfig names itself.
pub fn attr(e: &Element, name: &str, value: &str) {
    e.unchecked_ref::<Raw>().set_attr(name, value);
}

/// Calls `listener` on each `kind` event at `target`.
pub fn listen(target: &web_sys::EventTarget, kind: &str, listener: &js_sys::Function) {
    target.unchecked_ref::<Raw>().add_listener(kind, listener);
}

/// A `<option>` showing `text` (as text) for `value`.
pub fn option(text: &str, value: &str) -> Node {
    Choice::new(text, value).unchecked_into()
}

/// A resize observer calling `callback`.
pub fn observer(callback: &js_sys::Function) -> web_sys::ResizeObserver {
    Observer::new(callback).unchecked_into()
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
