//! JS values to and from [`Json`] trees, so the core reads an editor's story
//! object and returns plain objects without any JSON text crossing the
//! boundary and without a parser in the Wasm file.

// Shared by the widget and the tools; a build without the widget only reads a story.
#![cfg_attr(not(feature = "explorer"), allow(dead_code))]

use js_sys::{Array, Object};
use wasm_bindgen::{JsCast, JsValue};

use crate::error::{Error, ErrorKind};
use crate::json::{render_path, Json, Step, MAX_DEPTH};
use crate::story::{self as model, Story};

/// Copies a plain JS value (as `JSON.parse` returns) into a tree. `undefined`
/// reads as `null`; functions, symbols and big integers are errors.
pub fn to_tree(value: &JsValue) -> Result<Json, Error> {
    copy(value, &mut Vec::new())
}

fn copy(value: &JsValue, path: &mut Vec<Step>) -> Result<Json, Error> {
    let fail = |path: &[Step], m: &str| Error::new(render_path(path), ErrorKind::Parse(m.to_owned()));
    // Each check is a call into JS, so the commonest kinds go first: a story
    // is mostly strings, then objects and lists; numbers, booleans, nulls last.
    if let Some(s) = value.as_string() {
        return Ok(Json::Str(s));
    }
    if value.is_object() && !value.is_function() {
        if path.len() >= MAX_DEPTH {
            return Err(fail(path, "lists and objects nest too deep"));
        }
        let (array, is_array) = if Array::is_array(value) {
            (value.unchecked_ref::<Array>().clone(), true)
        } else {
            // One call for every key and value; `Reflect.get` per key goes
            // through the glue's exception wrapper and cost most of a mount.
            (Object::entries(value.unchecked_ref::<Object>()), false)
        };
        let mut items = Vec::with_capacity(array.length() as usize);
        let mut pairs = Vec::new();
        for i in 0..array.length() {
            let item = array.get(i);
            if is_array {
                path.push(Step::Index(i as usize));
                items.push(copy(&item, path)?);
            } else {
                let pair: &Array = item.unchecked_ref();
                let name = pair.get(0).as_string().unwrap_or_default();
                path.push(Step::Key(name.clone()));
                pairs.push((name, copy(&pair.get(1), path)?));
            }
            path.pop();
        }
        return Ok(if is_array { Json::Arr(items) } else { Json::Obj(pairs) });
    }
    if let Some(n) = value.as_f64() {
        return Ok(Json::Num(n));
    }
    if let Some(b) = value.as_bool() {
        return Ok(Json::Bool(b));
    }
    if value.is_null() || value.is_undefined() {
        return Ok(Json::Null);
    }
    Err(fail(path, "expected a JSON value (text, number, list or object)"))
}

/// A tree as plain JS objects and arrays (for `parseStory`, which the
/// release widget leaves to the tools module).
#[cfg(feature = "tools")]
pub fn from_tree(json: &Json) -> JsValue {
    match json {
        Json::Null => JsValue::NULL,
        Json::Bool(b) => JsValue::from_bool(*b),
        Json::Num(n) => JsValue::from_f64(*n),
        Json::Str(s) => JsValue::from_str(s),
        Json::Arr(items) => items.iter().map(from_tree).collect::<Array>().into(),
        Json::Obj(pairs) => {
            let object = Object::new();
            for (k, v) in pairs {
                // Setting a property on a fresh plain object cannot throw.
                let _ = js_sys::Reflect::set(&object, &JsValue::from_str(k), &from_tree(v));
            }
            object.into()
        }
    }
}

/// Reads and validates an editor's story object.
pub fn story(value: &JsValue) -> Result<Story, Error> {
    model::from_tree(&to_tree(value)?)
}

/// The built-in story's text, embedded in the Wasm file, as `JSON.parse` reads it.
#[cfg(feature = "builtin")]
pub fn builtin_value() -> Result<JsValue, Error> {
    js_sys::JSON::parse(model::BUILTIN_JSON)
        .map_err(|_| Error::new("story", ErrorKind::Parse("the built-in story is not JSON".into())))
}

/// The built-in story, read and validated.
#[cfg(feature = "builtin")]
pub fn builtin() -> Result<Story, Error> {
    story(&builtin_value()?)
}

/// Without the `builtin` feature there is no story to fall back on: the
/// error says where the article's is.
#[cfg(not(feature = "builtin"))]
pub fn builtin() -> Result<Story, Error> {
    let m = "is missing: pass a story object (the article's is pkg/changzhi-2022.json; \
             a build with the `builtin` feature carries it)";
    Err(Error::new("story", ErrorKind::Parse(m.into())))
}
