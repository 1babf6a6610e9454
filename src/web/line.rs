//! The line chart's JavaScript API: a canvas, two `Float64Array`s, and a full
//! redraw (layout, decimation, paint) per `draw()`.
//!
//! The arrays cross into Wasm memory once, when the chart is made, as one
//! copy each; reading them point by point from JavaScript would cost a
//! boundary crossing per point on every draw.

use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use super::backend::WebCanvas;
use super::js_error;
use crate::error::{Error, ErrorKind};
use crate::layout::Viewport;
use crate::render::line::{self, LineOptions, Points};
use crate::story::Lang;
use crate::theme::{Theme, ThemeName};

#[wasm_bindgen(typescript_custom_section)]
const LINE_OPTIONS: &str = r#"
/** Options for `new LineChart`. */
export interface LineOptions {
  /** Height in CSS pixels (default 300); the width is the canvas's CSS width. */
  height?: number;
  /** "light" (default) or "dark". */
  theme?: "light" | "dark";
  /** Tick labels as "2万" ("zh", default) or "20,000" ("en"). */
  lang?: "zh" | "en";
}
"#;

/// A line through many points on a canvas, decimated per pixel column.
#[wasm_bindgen]
pub struct LineChart {
    element: HtmlCanvasElement,
    canvas: WebCanvas,
    points: Points,
    options: LineOptions,
}

/// Reads `{height, theme, lang}`; an absent key takes its default.
fn options(value: &JsValue) -> Result<LineOptions, Error> {
    let get = |key: &str| js_sys::Reflect::get(value, &key.into()).ok().filter(|v| !v.is_undefined());
    let height = get("height").map_or(Some(300.0), |v| v.as_f64().filter(|h| h.is_finite() && *h > 0.0));
    let theme = get("theme").map_or(Some(ThemeName::Light), |v| ThemeName::parse(&v.as_string()?));
    let lang = get("lang").map_or(Some(Lang::Zh), |v| Lang::parse(&v.as_string()?));
    let bad = |key: &str, want: &str| Error::new(key, ErrorKind::Parse(format!("must be {want}")));
    Ok(LineOptions {
        height: height.ok_or_else(|| bad("height", "a number of CSS pixels above zero"))?,
        theme: Theme::named(theme.ok_or_else(|| bad("theme", "\"light\" or \"dark\""))?),
        lang: lang.ok_or_else(|| bad("lang", "\"zh\" or \"en\""))?,
    })
}

#[wasm_bindgen]
impl LineChart {
    /// Binds the points (`xs[i]`, `ys[i]`) to `canvas`; throws, naming the input, on bad data.
    // `xs` must ascend; a NaN or infinity leaves a gap. Also throws on a bad
    // option or a canvas without a 2D context. Draws nothing until `draw()`.
    // (`//` comments here: a `///` one would be copied into the JS glue.)
    #[wasm_bindgen(constructor)]
    pub fn new(
        canvas: HtmlCanvasElement,
        xs: Vec<f64>,
        ys: Vec<f64>,
        #[wasm_bindgen(unchecked_param_type = "LineOptions | undefined")] options: Option<JsValue>,
    ) -> Result<LineChart, JsError> {
        let points = Points::new(xs, ys).map_err(js_error)?;
        let options = self::options(&options.unwrap_or(JsValue::UNDEFINED)).map_err(js_error)?;
        let element = canvas.clone();
        let canvas = WebCanvas::new(canvas).map_err(js_error)?;
        Ok(LineChart { element, canvas, points, options })
    }

    /// Redraws the whole chart: layout, decimation, paint.
    // At the canvas's CSS width and the screen's pixel ratio; a canvas with
    // no width (a hidden container) is left alone.
    pub fn draw(&mut self) -> Result<(), JsError> {
        self.draw_inner().map_err(js_error)
    }
}

impl LineChart {
    fn draw_inner(&mut self) -> Result<(), Error> {
        let ratio = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
        let css_width = f64::from(self.element.client_width());
        if css_width <= 0.0 {
            return Ok(());
        }
        let viewport = Viewport::new(css_width, ratio)?;
        let chart = {
            let measure = |t: &str, s: &crate::text::TextStyle| self.canvas.measure(t, s);
            line::layout(&self.points, &self.options, &viewport, &measure)?
        };
        self.canvas.resize(chart.scene.size, chart.scene.css_height)?;
        line::paint(&mut self.canvas, &chart, self.options.theme.background)
    }
}
