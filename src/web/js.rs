//! JS values to and from [`Json`] trees, so the core reads an editor's story
//! object and returns plain objects without any JSON text crossing the
//! boundary and without a parser in the Wasm file.

use js_sys::{Array, Object, Reflect};
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
    if let Some(s) = value.as_string() {
        return Ok(Json::Str(s));
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
    if !value.is_object() || value.is_function() {
        return Err(fail(path, "expected a JSON value (text, number, list or object)"));
    }
    if path.len() >= MAX_DEPTH {
        return Err(fail(path, "lists and objects nest too deep"));
    }
    let read_failed = |path: &[Step]| fail(path, "could not be read");
    if Array::is_array(value) {
        let array: &Array = value.unchecked_ref();
        let mut items = Vec::with_capacity(array.length() as usize);
        for i in 0..array.length() {
            path.push(Step::Index(i as usize));
            items.push(copy(&array.get(i), path)?);
            path.pop();
        }
        return Ok(Json::Arr(items));
    }
    let keys = Object::keys(value.unchecked_ref::<Object>());
    let mut pairs = Vec::with_capacity(keys.length() as usize);
    for key in keys.iter() {
        let name = key.as_string().unwrap_or_default();
        path.push(Step::Key(name.clone()));
        let item = Reflect::get(value, &key).map_err(|_| read_failed(path))?;
        pairs.push((name, copy(&item, path)?));
        path.pop();
    }
    Ok(Json::Obj(pairs))
}

/// A tree as plain JS objects and arrays.
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
                let _ = Reflect::set(&object, &JsValue::from_str(k), &from_tree(v));
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
pub fn builtin_value() -> Result<JsValue, Error> {
    js_sys::JSON::parse(model::BUILTIN_JSON)
        .map_err(|_| Error::new("story", ErrorKind::Parse("the built-in story is not JSON".into())))
}

/// The built-in story, read and validated.
pub fn builtin() -> Result<Story, Error> {
    story(&builtin_value()?)
}
