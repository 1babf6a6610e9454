//! Drawing that survives a throw from the page.
//!
//! plotters-canvas draws through web-sys bindings declared without `catch`
//! (`fillRect`, `lineTo`, `set_fill_style`, ...). By the HTML standard they
//! never throw, but a page or an extension can replace them (a canvas
//! blocker that throws from `fillRect`). An exception from such a call
//! passes through every Wasm frame up to the page's call: no destructor runs
//! on the way (wasm-bindgen's `catch` documentation), so a `RefCell` borrow
//! held there stays taken and the widget never answers again.
//!
//! [`guarded`] runs a paint through `Function.prototype.call`, which
//! js-sys declares with `catch`: the throw stops at that call and comes back
//! as an `Err`, so the frames that hold the widget's state return normally.
//! The paint gets only values it owns (its own canvas handle, the scene), so
//! nothing it leaves behind is borrowed.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};

use super::dom::Callback;
use crate::error::{Error, ErrorKind};

/// Runs `f` so that a throw from a page call inside it comes back as an
/// error naming `what` instead of unwinding through the caller.
pub fn guarded<T: 'static>(what: &str, f: impl FnOnce() -> T + 'static) -> Result<T, Error> {
    let out = Rc::new(Cell::new(None));
    let slot = out.clone();
    // The widget's one closure type (each type costs its own glue).
    let mut f = Some(f);
    let call = Callback::new(move |_| {
        if let Some(f) = f.take() {
            slot.set(Some(f()));
        }
    });
    let called = call.as_ref().unchecked_ref::<js_sys::Function>().call0(&JsValue::UNDEFINED);
    let thrown = |e: JsValue| {
        let why = e
            .dyn_ref::<js_sys::Error>()
            .map_or_else(|| "the page threw".into(), |e| String::from(e.message()));
        Error::new(what, ErrorKind::Environment(format!("the page threw: {why}")))
    };
    called.map_err(thrown)?;
    out.take().ok_or_else(|| Error::new(what, ErrorKind::Environment("the page threw".into())))
}
