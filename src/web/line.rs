//! The line chart's JavaScript API: a canvas, two `Float64Array`s, a first
//! draw in the next animation frame, and a full redraw (layout, decimation,
//! paint) per `draw()`.
//!
//! The arrays cross into Wasm memory once, when the chart is made, as one
//! copy each; reading them point by point from JavaScript would cost a
//! boundary crossing per point on every draw.
//!
//! Why the first draw waits for a frame: the page's own work (making the
//! arrays), the copy and the check of 10⁵ points, and a cold first draw
//! (the browser compiling the drawing code on first call) together held the
//! main thread for 55-96 ms at 4× CPU; split at the frame, 5 of 8 loads had no
//! task over 50 ms and the rest 50-54 ms, and the chart showed no later.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

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
    chart: Rc<RefCell<Chart>>,
    /// The first draw's animation frame: its id, to cancel it if the chart
    /// is freed first, and its callback, which must live until then.
    first: Option<(i32, Closure<dyn FnMut()>)>,
}

/// What a draw needs; shared with the first frame's callback.
struct Chart {
    element: HtmlCanvasElement,
    canvas: WebCanvas,
    points: Points,
    options: LineOptions,
    /// Whether `draw()` has run, so the first frame does not draw again.
    drawn: bool,
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
    /// Binds the points (`xs[i]`, `ys[i]`) to `canvas` and draws them in the next animation frame;
    /// throws, naming the input, on bad data.
    // `xs` must ascend; a NaN or infinity leaves a gap. Also throws on a bad
    // option or a canvas without a 2D context. A `draw()` before that frame
    // draws at once, and the frame then leaves the chart alone.
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
        let chart = Rc::new(RefCell::new(Chart { element, canvas, points, options, drawn: false }));
        let first = first_frame(Rc::downgrade(&chart));
        Ok(LineChart { chart, first })
    }

    /// Redraws the whole chart now: layout, decimation, paint.
    // At the canvas's CSS width and the screen's pixel ratio; a canvas with
    // no width (a hidden container) is left alone. Call it after the canvas
    // is resized.
    pub fn draw(&mut self) -> Result<(), JsError> {
        let mut chart = self.chart.try_borrow_mut().map_err(|_| JsError::new("the chart is drawing"))?;
        chart.drawn = true;
        chart.draw().map_err(js_error)
    }
}

impl Drop for LineChart {
    fn drop(&mut self) {
        if let (Some(window), Some((id, _))) = (web_sys::window(), &self.first) {
            let _ = window.cancel_animation_frame(*id);
        }
    }
}

/// Asks for the frame that draws `chart` first, unless `draw()` came before
/// it. A failed draw there has no caller to throw to: it goes to the console.
fn first_frame(chart: Weak<RefCell<Chart>>) -> Option<(i32, Closure<dyn FnMut()>)> {
    let callback = Closure::<dyn FnMut()>::new(move || {
        let Some(chart) = chart.upgrade() else { return };
        let Ok(mut chart) = chart.try_borrow_mut() else { return };
        if !chart.drawn {
            chart.drawn = true;
            if let Err(e) = chart.draw() {
                web_sys::console::error_1(&e.to_string().into());
            }
        }
    });
    let id = web_sys::window()?.request_animation_frame(callback.as_ref().unchecked_ref()).ok()?;
    Some((id, callback))
}

impl Chart {
    fn draw(&mut self) -> Result<(), Error> {
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
