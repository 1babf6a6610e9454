//! Small DOM helpers. Text from data always goes in through `textContent`,
//! never as markup, and styles through the CSSOM, never a `style` attribute,
//! so strict Content-Security-Policy pages accept the widget.
//!
//! Every call below that runs while the widget holds its state (an event, a
//! frame, a redraw) is declared with `catch`: were the page to make it throw
//! (a patched DOM method, a canvas blocker), the exception comes back here
//! as an `Err` and is dropped, instead of unwinding through the Wasm frames
//! and leaving the widget's state borrowed for good (wasm-bindgen runs no
//! destructors on such an unwind). The wrappers keep the call sites plain:
//! a failed attribute or style is a widget slightly off, not a frozen one.
//! The three constructors are left without `catch`: by the DOM and HTML
//! standards `createElement` throws only for an invalid tag name (ours are
//! constants), and `new Option` and `new ResizeObserver(function)` never do.
//! `tests/browser/throws.test.mjs` lists every binding without `catch` in the
//! built glue and why each cannot throw.

// Shared by the widget and the tools: a build without the widget uses only the helpers that build elements and save files.
#![cfg_attr(not(feature = "explorer"), allow(dead_code))]

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlElement, Node};

#[wasm_bindgen]
extern "C" {
    /// The page's `window`, read once: `web_sys::window()` looks for the
    /// global object through four names and checks its class on every call.
    #[wasm_bindgen(thread_local_v2, js_name = window)]
    static WINDOW: Option<web_sys::Window>;
    /// A document, node or element, seen through the calls below only.
    type Raw;
    #[wasm_bindgen(method, js_name = createElement)]
    fn create(this: &Raw, tag: &str) -> Element;
    #[wasm_bindgen(catch, method, js_name = appendChild)]
    fn append(this: &Raw, child: &Node) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, method, js_name = setAttribute)]
    fn set_attr(this: &Raw, name: &str, value: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(catch, method, js_name = addEventListener)]
    fn add_listener(this: &Raw, kind: &str, listener: &js_sys::Function) -> Result<(), JsValue>;
    #[wasm_bindgen(catch, method, js_name = removeEventListener)]
    fn remove_listener(this: &Raw, kind: &str, listener: &js_sys::Function) -> Result<(), JsValue>;
    #[wasm_bindgen(catch, method, js_name = requestAnimationFrame)]
    fn request_frame(this: &Raw, callback: &js_sys::Function) -> Result<i32, JsValue>;
    #[wasm_bindgen(catch, method, js_name = cancelAnimationFrame)]
    fn cancel_frame(this: &Raw, id: i32) -> Result<(), JsValue>;
    #[wasm_bindgen(catch, method, js_name = setTimeout)]
    fn set_timeout(this: &Raw, callback: &js_sys::Function) -> Result<i32, JsValue>;
    #[wasm_bindgen(catch, method, js_name = clearTimeout)]
    fn clear_timeout(this: &Raw, id: i32) -> Result<(), JsValue>;
    #[wasm_bindgen(catch, method, js_name = matchMedia)]
    fn match_media(this: &Raw, query: &str) -> Result<web_sys::MediaQueryList, JsValue>;
    #[wasm_bindgen(catch, method, js_name = setProperty)]
    fn set_property(this: &Raw, name: &str, value: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(catch, method, js_name = getContext)]
    fn get_context(this: &Raw, kind: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, method, js_name = measureText)]
    fn measure_text(this: &Raw, text: &str) -> Result<web_sys::TextMetrics, JsValue>;
    #[wasm_bindgen(catch, method, setter)]
    fn set_direction(this: &Raw, direction: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(catch, method)]
    fn translate(this: &Raw, x: f64, y: f64) -> Result<(), JsValue>;
    /// A canvas's pixels as a PNG `data:` URL (it throws for a canvas
    /// holding another origin's image, which newsfig never draws, or when
    /// a page or extension blocks reading a canvas).
    #[wasm_bindgen(catch, method, js_name = toDataURL)]
    fn to_data_url(this: &Raw, kind: &str) -> Result<String, JsValue>;
    /// The page's own `location.hash` (another origin's location would throw).
    #[wasm_bindgen(catch, method, getter)]
    fn hash(this: &Raw) -> Result<String, JsValue>;
    #[wasm_bindgen(catch, method, js_name = getBoundingClientRect)]
    fn bounding_rect(this: &Raw) -> Result<web_sys::DomRect, JsValue>;
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

/// The one type of callback the widget hands the page (listeners, frames,
/// timers, the resize observer): each closure type costs its own glue in JS
/// and its own shims in the Wasm. Frames get their time as a number; the
/// others get their argument or `undefined`.
pub type Callback = wasm_bindgen::closure::Closure<dyn FnMut(JsValue)>;

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
    let _ = parent.unchecked_ref::<Raw>().append(child);
}

/// Sets an attribute newsfig names itself.
pub fn attr(e: &Element, name: &str, value: &str) {
    let _ = e.unchecked_ref::<Raw>().set_attr(name, value);
}

/// The page's window (none outside a page).
pub fn window() -> Option<web_sys::Window> {
    WINDOW.with(Clone::clone)
}

/// Calls `listener` on each `kind` event at `target`.
pub fn listen(target: &web_sys::EventTarget, kind: &str, listener: &js_sys::Function) {
    let _ = target.unchecked_ref::<Raw>().add_listener(kind, listener);
}

/// Stops calling `listener` on `kind` events at `target`.
pub fn unlisten(target: &web_sys::EventTarget, kind: &str, listener: &js_sys::Function) {
    let _ = target.unchecked_ref::<Raw>().remove_listener(kind, listener);
}

/// Asks for an animation frame that calls `callback`; its id.
pub fn request_frame(callback: &js_sys::Function) -> Option<i32> {
    window()?.unchecked_ref::<Raw>().request_frame(callback).ok()
}

/// Cancels the animation frame `id`.
pub fn cancel_frame(id: i32) {
    if let Some(w) = window() {
        let _ = w.unchecked_ref::<Raw>().cancel_frame(id);
    }
}

/// Calls `callback` in a task of its own (a timer of 0 ms); the timer's id.
pub fn set_timeout(callback: &js_sys::Function) -> Option<i32> {
    window()?.unchecked_ref::<Raw>().set_timeout(callback).ok()
}

/// Cancels the timer `id`.
pub fn clear_timeout(id: i32) {
    if let Some(w) = window() {
        let _ = w.unchecked_ref::<Raw>().clear_timeout(id);
    }
}

/// Whether the media query matches (false without a window).
pub fn media(query: &str) -> bool {
    window().and_then(|w| w.unchecked_ref::<Raw>().match_media(query).ok()).is_some_and(|m| m.matches())
}

/// Sets one CSS property through the CSSOM.
pub fn css(e: &HtmlElement, name: &str, value: &str) {
    let _ = e.style().unchecked_ref::<Raw>().set_property(name, value);
}

/// The canvas's 2D context, unless it already has another kind.
pub fn context_2d(canvas: &web_sys::HtmlCanvasElement) -> Option<web_sys::CanvasRenderingContext2d> {
    let c = canvas.unchecked_ref::<Raw>().get_context("2d").ok()?;
    c.is_object().then(|| c.unchecked_into())
}

/// The advance width of `text` in the context's current font (none if the page threw).
pub fn measure_text(context: &web_sys::CanvasRenderingContext2d, text: &str) -> Option<f64> {
    context.unchecked_ref::<Raw>().measure_text(text).ok().map(|m| m.width())
}

/// Sets the context's text direction (`ltr`, `rtl` or `inherit`).
pub fn set_direction(context: &web_sys::CanvasRenderingContext2d, direction: &str) {
    let _ = context.unchecked_ref::<Raw>().set_direction(direction);
}

/// The canvas as a PNG `data:` URL, or what the page threw.
pub fn png_url(canvas: &web_sys::HtmlCanvasElement) -> Result<String, JsValue> {
    canvas.unchecked_ref::<Raw>().to_data_url("image/png")
}

/// The page's URL fragment, with its `#` (empty without a window).
pub fn hash() -> String {
    window().and_then(|w| w.location().unchecked_ref::<Raw>().hash().ok()).unwrap_or_default()
}

/// A `<option>` showing `text` (as text) for `value`.
pub fn option(text: &str, value: &str) -> Node {
    Choice::new(text, value).unchecked_into()
}

/// Moves the context's origin by (x, y).
pub fn translate(context: &web_sys::CanvasRenderingContext2d, x: f64, y: f64) {
    let _ = context.unchecked_ref::<Raw>().translate(x, y);
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
    css(e, "left", &format!("{}px", crate::format::decimal(left, 0)));
    css(e, "top", &format!("{}px", crate::format::decimal(top, 0)));
}

/// Saves `href` as `filename` through a temporary link: no server involved.
pub fn download(doc: &Document, href: &str, filename: &str) -> Result<(), JsValue> {
    let a: web_sys::HtmlAnchorElement = typed(doc, "a", "");
    a.set_href(href);
    a.set_download(filename);
    a.set_hidden(true);
    let body = doc.body().ok_or("no body")?;
    add(&body, &a);
    a.click();
    a.remove();
    Ok(())
}

/// Where a pointer at (`client_x`, `client_y`) falls on `canvas`, in its
/// backing-store pixels, through the box the canvas has on screen (see
/// [`crate::interact::canvas_point`]); none if the page threw.
pub fn canvas_point(
    canvas: &web_sys::HtmlCanvasElement,
    client_x: f64,
    client_y: f64,
) -> Option<crate::interact::CanvasPoint> {
    let r = canvas.unchecked_ref::<Raw>().bounding_rect().ok()?;
    let rect = (r.left(), r.top(), r.width(), r.height());
    crate::interact::canvas_point((client_x, client_y), rect, (canvas.width(), canvas.height()))
}
