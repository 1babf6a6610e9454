//! The browser edge, compiled only for `wasm32`.
//!
//! It reads what the page knows (the canvas, its CSS width, the pixel ratio),
//! turns it into plain values for the core, and paints the core's scene onto
//! the canvas. Nothing here decides what a chart looks like.

mod actions;
mod app;
mod backend;
mod controls;
mod dom;
mod draw;
mod explorer;
mod handlers;
mod js;
#[cfg(feature = "line")]
mod line;
mod tools;

use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use crate::error::{Error, ErrorKind};
use crate::layout::Viewport;
use crate::render::{Mark, Options};
use crate::story::{self as model, Lang, Story};
use crate::theme::{Theme, ThemeName};

use backend::WebCanvas;

/// newsfig's own allocator instead of dlmalloc: a tenth of the code (see `crate::alloc`).
#[global_allocator]
static ALLOCATOR: crate::alloc::wasm::Global = crate::alloc::wasm::Global::new();
pub use explorer::{mount, Explorer};
#[cfg(feature = "line")]
pub use line::LineChart;

pub(super) fn js_error(e: Error) -> JsError {
    JsError::new(&e.to_string())
}

/// The crate version, so a page can log which build it runs.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// The built-in story (the Shanxi Daily article) as plain objects, in the same
/// shape as the story JSON an editor writes: the embedded file as `JSON.parse`
/// reads it, once it has passed the same checks as an editor's story.
#[wasm_bindgen]
pub fn story() -> Result<JsValue, JsError> {
    let value = js::builtin_value().map_err(js_error)?;
    js::story(&value).map_err(js_error)?;
    Ok(value)
}

/// The built-in story's figures as plain objects (id, label, unit, value with
/// its qualifier, wording, source sentence, tags, derivation).
#[wasm_bindgen]
pub fn figures() -> Result<JsValue, JsError> {
    js_sys::Reflect::get(&story()?, &"figures".into()).map_err(|_| JsError::new("story: no figures"))
}

/// Reads and validates an editor's story object (as `JSON.parse` returns it).
/// Returns a fresh copy of it, with text direction overrides removed, or
/// throws an error whose message starts with the JSON path of the first
/// problem.
#[wasm_bindgen(js_name = parseStory)]
pub fn parse_story(value: JsValue) -> Result<JsValue, JsError> {
    let mut tree = js::to_tree(&value).map_err(js_error)?;
    model::from_tree(&tree).map_err(js_error)?;
    model::neutralise_tree(&mut tree);
    Ok(js::from_tree(&tree))
}

/// Every problem in an editor's story object, as `"path: message"` strings;
/// an empty array when it is valid. A type error ends the check at the first.
#[wasm_bindgen(js_name = checkStory)]
pub fn check_story(value: JsValue) -> Vec<String> {
    match js::to_tree(&value) {
        Ok(doc) => model::check_tree(&doc).iter().map(ToString::to_string).collect(),
        Err(e) => vec![e.to_string()],
    }
}

/// A chart bound to one canvas.
#[wasm_bindgen]
pub struct Widget {
    canvas: HtmlCanvasElement,
    story: Story,
    group: String,
    lang: Lang,
    theme: ThemeName,
    log: bool,
    /// The last drawn scene's marks and pixel ratio, for `marks()`.
    marks: Vec<Mark>,
    ratio: f64,
}

#[wasm_bindgen]
impl Widget {
    /// Binds figure group `group` to `canvas`, in `lang` ("zh" or "en"). The
    /// story is the built-in one unless `story` is an editor's story object.
    #[wasm_bindgen(constructor)]
    pub fn new(
        canvas: HtmlCanvasElement,
        group: &str,
        lang: &str,
        story: Option<JsValue>,
    ) -> Result<Widget, JsError> {
        let story = match story {
            Some(value) if !value.is_undefined() && !value.is_null() => js::story(&value),
            _ => js::builtin(),
        }
        .map_err(js_error)?;
        story.group(group).map_err(js_error)?;
        let lang = parse_lang(lang).map_err(js_error)?;
        Ok(Widget {
            canvas,
            story,
            group: group.to_owned(),
            lang,
            theme: ThemeName::Light,
            log: false,
            marks: Vec::new(),
            ratio: 1.0,
        })
    }

    /// Switches the language ("zh" or "en"); call [`Widget::render`] to show it.
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&mut self, lang: &str) -> Result<(), JsError> {
        self.lang = parse_lang(lang).map_err(js_error)?;
        Ok(())
    }

    /// Switches the theme ("light" or "dark"); call [`Widget::render`] to show it.
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(&mut self, theme: &str) -> Result<(), JsError> {
        self.theme = ThemeName::parse(theme).ok_or_else(|| {
            JsError::new(&format!("theme: unknown theme \"{theme}\"; use \"light\" or \"dark\""))
        })?;
        Ok(())
    }

    /// Asks for a logarithmic value axis; it is used where the chart has bars
    /// whose values span a factor of ten (see [`Widget::log_applies`]).
    #[wasm_bindgen(js_name = setLog)]
    pub fn set_log(&mut self, log: bool) {
        self.log = log;
    }

    /// Whether a log scale would apply to this chart.
    #[wasm_bindgen(js_name = logApplies)]
    pub fn log_applies(&self) -> bool {
        self.story.group(&self.group).is_ok_and(|g| crate::render::log_applies(&self.story, g))
    }

    /// Draws the chart at the canvas's current CSS width and the screen's pixel ratio.
    /// The canvas's backing store is sized in device pixels and its CSS height
    /// set to fit the chart. Returns the CSS height.
    pub fn render(&mut self) -> Result<f64, JsError> {
        self.render_inner().map_err(js_error)
    }

    /// The marks of the last render as `[id, left, top, right, bottom]` in CSS
    /// pixels, in reading order.
    pub fn marks(&self) -> Vec<JsValue> {
        self.marks.iter().map(|m| css_row(&m.figure, m.bounds, self.ratio)).collect()
    }
}

pub(super) fn css_row(id: &str, (l, t, r, b): (i32, i32, i32, i32), ratio: f64) -> JsValue {
    let px = |v: i32| JsValue::from_f64(f64::from(v) / ratio);
    js_sys::Array::of5(&id.into(), &px(l), &px(t), &px(r), &px(b)).into()
}

pub(super) fn parse_lang(code: &str) -> Result<Lang, Error> {
    Lang::parse(code).ok_or_else(|| Error::new("lang", ErrorKind::UnknownLanguage(code.to_owned())))
}

impl Widget {
    fn render_inner(&mut self) -> Result<f64, Error> {
        let ratio = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
        let css_width = f64::from(self.canvas.client_width());
        // A collapsed container (a closed accordion, a hidden tab) has no width:
        // nothing to draw until it opens and the resize observer calls again.
        if css_width <= 0.0 {
            return Ok(0.0);
        }
        let viewport = Viewport::new(css_width, ratio)?;
        let group = self.story.group(&self.group)?;
        let options = Options { theme: Theme::named(self.theme), log: self.log, ..Options::new(self.lang) };
        let scene = WebCanvas::new(self.canvas.clone())?.draw(&self.story, group, &options, &viewport)?;
        self.marks = scene.marks;
        self.ratio = viewport.ratio;
        Ok(scene.css_height)
    }
}
