//! The tools' entry point (part of the `tools` feature): what the release
//! widget fetches the first time a reader opens the table, sources or embed
//! panel or downloads a CSV or SVG. It gets what it needs as
//! plain values (see `lazy.rs`) and reads the story again itself, through
//! the same checks. It also answers an editor's `checkStory` and `parseStory`.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::export::{run as run_job, Job};
use crate::error::Error;
use crate::state::{parse_pairs, View};
use crate::story::{Lang, Story};
use crate::theme::ThemeName;

/// Runs tool `tool` (`csv`, `svg`, `table`, `sources` or `embed`) for the
/// chart of `story` (the object the widget was given) described by `job`: the
/// view's URL fragment followed by `theme`, `hidden` (`1` for each item a
/// legend toggle hid), `width` and `height` (CSS px) and `base` (where the
/// embed files live). A panel's contents go into `panel`. The widget's own
/// call (see `lazy.rs`); a page wants `checkStory` and `parseStory`.
#[wasm_bindgen]
pub fn run(tool: &str, story: JsValue, job: &str, panel: Option<HtmlElement>) -> Result<(), JsValue> {
    let story = read(story).map_err(super::js_error)?;
    let pairs = parse_pairs(job);
    let mut view = View::new(&story, Lang::Zh);
    view.apply(&story, &mut pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map_or("", |(_, v)| v.as_str());
    let hidden: Vec<bool> = get("hidden").bytes().map(|b| b == b'1').collect();
    let doc = super::dom::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from(js_sys::Error::new("no document")))?;
    let job = Job {
        tool,
        story: &story,
        view: &view,
        theme: ThemeName::parse(get("theme")).unwrap_or_default(),
        hidden: &hidden,
        width: get("width").parse().unwrap_or(0),
        height: get("height").parse().unwrap_or(0),
        base: get("base"),
    };
    run_job(&doc, &job, panel.as_ref()).map_err(super::js_error)
}

thread_local! {
    /// The story last read, and the object it was read from.
    static LAST: RefCell<Option<(JsValue, Rc<Story>)>> = const { RefCell::new(None) };
}

/// The story in `value`, read and checked, or the one read from the same
/// object last time: an open table is refilled on every change of view, and
/// reading the article's story took most of each refill.
fn read(value: JsValue) -> Result<Rc<Story>, Error> {
    if let Some(story) =
        LAST.with_borrow(|last| last.as_ref().filter(|(v, _)| *v == value).map(|(_, s)| s.clone()))
    {
        return Ok(story);
    }
    let story = Rc::new(super::js::story(&value)?);
    LAST.set(Some((value, story.clone())));
    Ok(story)
}
