//! The browser edge, compiled only for `wasm32`.
//!
//! It reads what the page knows (the canvas, its CSS width, the pixel ratio),
//! turns it into plain values for the core, and paints the core's scene onto
//! the canvas. Nothing here decides what a chart looks like.

mod backend;

use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use crate::error::{Error, ErrorKind};
use crate::figure::Lang;
use crate::layout::Viewport;
use crate::render::{layout, paint};
use crate::story::{self, Story};
use crate::text::TextStyle;
use crate::theme::Theme;

use backend::WebCanvas;

fn js_error(e: Error) -> JsError {
    JsError::new(&e.to_string())
}

/// The crate version, so a page can log which build it runs.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// The built-in story's figures as plain objects (id, label, unit, value with
/// its qualifier, wording, source sentence, derivation).
#[wasm_bindgen]
pub fn figures() -> Result<JsValue, JsError> {
    serde_wasm_bindgen::to_value(&story::builtin().figures)
        .map_err(|e| JsError::new(&e.to_string()))
}

/// A chart bound to one canvas.
#[wasm_bindgen]
pub struct Widget {
    canvas: HtmlCanvasElement,
    story: Story,
    group: String,
    lang: Lang,
}

#[wasm_bindgen]
impl Widget {
    /// Binds figure group `group` of the built-in story to `canvas`, in `lang` ("zh" or "en").
    #[wasm_bindgen(constructor)]
    pub fn new(canvas: HtmlCanvasElement, group: &str, lang: &str) -> Result<Widget, JsError> {
        let story = story::builtin();
        story.group(group).map_err(js_error)?;
        let lang = parse_lang(lang).map_err(js_error)?;
        Ok(Widget {
            canvas,
            story,
            group: group.to_owned(),
            lang,
        })
    }

    /// Switches the language; call [`Widget::render`] to show it.
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&mut self, lang: &str) -> Result<(), JsError> {
        self.lang = parse_lang(lang).map_err(js_error)?;
        Ok(())
    }

    /// Draws the chart at the canvas's current CSS width and the screen's pixel ratio.
    /// The canvas's backing store is sized in device pixels and its CSS height
    /// set to fit the chart. Returns the CSS height.
    pub fn render(&self) -> Result<f64, JsError> {
        self.render_inner().map_err(js_error)
    }
}

fn parse_lang(code: &str) -> Result<Lang, Error> {
    Lang::parse(code).ok_or_else(|| Error::new("lang", ErrorKind::UnknownLanguage(code.to_owned())))
}

impl Widget {
    fn render_inner(&self) -> Result<f64, Error> {
        let ratio = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
        let css_width = f64::from(self.canvas.client_width());
        let viewport = Viewport::new(css_width, ratio)?;
        let group = self.story.group(&self.group)?;
        let theme = Theme::light();
        let mut canvas = WebCanvas::new(self.canvas.clone())?;
        let scene = {
            let measure = |t: &str, s: &TextStyle| canvas.measure(t, s);
            layout(&self.story, group, self.lang, &theme, &viewport, &measure)?
        };
        canvas.resize(scene.size, scene.css_height)?;
        paint(&mut canvas, &scene, &theme)?;
        Ok(scene.css_height)
    }
}
