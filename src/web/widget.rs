//! The bare canvas chart (`Widget`, behind the `widget` feature): one chart
//! on a page's own canvas, without the explorer's controls, tooltip and tools.

use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use super::backend::WebCanvas;
use super::{css_row, js, js_error, parse_lang};
use crate::error::Error;
use crate::layout::Viewport;
use crate::render::{Mark, Options};
use crate::story::{Lang, Story};
use crate::theme::{Theme, ThemeName};

/// A chart bound to one canvas, without the explorer's controls, tooltip
/// and tools: for pages that build their own. Behind the `widget` feature.
#[wasm_bindgen]
pub struct Widget {
    canvas: HtmlCanvasElement,
    story: std::rc::Rc<Story>,
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
    /// Binds figure group `group` to `canvas`, in `lang` ("zh" or "en"), from
    /// `story`, an editor's story object; without one, the built-in story
    /// (in builds with the `builtin` feature; otherwise an error).
    #[wasm_bindgen(constructor)]
    pub fn new(
        canvas: HtmlCanvasElement,
        group: &str,
        lang: &str,
        story: Option<JsValue>,
    ) -> Result<Widget, JsValue> {
        let story = match story {
            Some(value) if !value.is_undefined() && !value.is_null() => js::story(&value),
            _ => js::builtin(),
        }
        .map_err(js_error)?;
        story.group(group).map_err(js_error)?;
        let lang = parse_lang(lang).map_err(js_error)?;
        Ok(Widget {
            canvas,
            story: story.into(),
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
    pub fn set_lang(&mut self, lang: &str) -> Result<(), JsValue> {
        self.lang = parse_lang(lang).map_err(js_error)?;
        Ok(())
    }

    /// Switches the theme ("light" or "dark"); call [`Widget::render`] to show it.
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(&mut self, theme: &str) -> Result<(), JsValue> {
        self.theme = ThemeName::parse(theme).ok_or_else(|| {
            JsValue::from(js_sys::Error::new(&format!(
                "theme: unknown theme \"{theme}\"; use \"light\" or \"dark\""
            )))
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
    pub fn render(&mut self) -> Result<f64, JsValue> {
        self.render_inner().map_err(js_error)
    }

    /// The marks of the last render as `[id, left, top, right, bottom]` in CSS
    /// pixels, in reading order.
    pub fn marks(&self) -> Vec<JsValue> {
        self.marks.iter().map(|m| css_row(&m.figure, m.bounds, self.ratio)).collect()
    }

    /// The id of the mark under a pointer at (`clientX`, `clientY`), within 6
    /// screen px, for a page's own tooltip: undefined if none. It maps through
    /// the canvas's box on screen, so it holds inside a container scaled by a
    /// CSS transform, where `marks()` boxes would need the scale applied.
    #[wasm_bindgen(js_name = markAt)]
    pub fn mark_at(&self, client_x: f64, client_y: f64) -> Option<String> {
        let p = super::dom::canvas_point(&self.canvas, client_x, client_y)?;
        let i = crate::interact::hit(&self.marks, p.x, p.y, (6.0 * p.per_screen_px).round() as i32)?;
        self.marks.get(i).map(|m| m.figure.clone())
    }
}

impl Widget {
    fn render_inner(&mut self) -> Result<f64, Error> {
        let ratio = super::dom::window().map_or(1.0, |w| w.device_pixel_ratio());
        let css_width = f64::from(self.canvas.client_width());
        // A collapsed container (a closed accordion, a hidden tab) has no width:
        // nothing to draw until it opens and the resize observer calls again.
        if css_width <= 0.0 {
            return Ok(0.0);
        }
        let viewport = Viewport::new(css_width, ratio)?;
        let options = Options { theme: Theme::named(self.theme), log: self.log, ..Options::new(self.lang) };
        let (canvas, story, group) = (self.canvas.clone(), self.story.clone(), self.group.clone());
        // Through `guarded`: a throw from the page must not leave this object borrowed.
        let scene = super::guard::guarded("canvas", move || {
            let mut canvas = WebCanvas::new(canvas)?;
            let scene = canvas.lay_out(&story, story.group(&group)?, &options, &viewport)?;
            crate::render::paint(&mut canvas, &scene, options.theme.background)?;
            Ok::<_, Error>(scene)
        })??;
        self.marks = scene.marks;
        self.ratio = viewport.ratio;
        Ok(scene.css_height)
    }
}
