//! The tools module's entry point (the `extras` feature): what the release
//! widget fetches the first time a reader opens a table, the sources or a
//! CSV or SVG download. It gets what it needs as plain values (see
//! `lazy.rs`) and reads the story again itself, through the same checks.

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::export::{run as run_job, Job};
use crate::state::{parse_pairs, View};
use crate::story::Lang;
use crate::theme::ThemeName;

/// Runs tool `tool` (`csv`, `svg`, `table` or `sources`) for the chart of
/// `story` (the object the widget was given) in `view` (a URL fragment),
/// drawn in `theme` with the items marked `1` in `hidden` hidden, `width`
/// CSS px wide; a panel's contents go into `panel`.
#[wasm_bindgen]
pub fn run(
    tool: &str,
    story: JsValue,
    view: &str,
    theme: &str,
    hidden: &str,
    width: f64,
    panel: Option<HtmlElement>,
) -> Result<(), JsError> {
    let story = super::js::story(&story).map_err(super::js_error)?;
    let mut v = View::new(&story, Lang::Zh);
    let pairs = parse_pairs(view);
    v.apply(&story, &mut pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let hidden: Vec<bool> = hidden.bytes().map(|b| b == b'1').collect();
    let doc = super::dom::window().and_then(|w| w.document()).ok_or_else(|| JsError::new("no document"))?;
    let job = Job {
        tool,
        story: &story,
        view: &v,
        theme: ThemeName::parse(theme).unwrap_or_default(),
        hidden: &hidden,
        width,
    };
    run_job(&doc, &job, panel.as_ref()).map_err(super::js_error)
}
