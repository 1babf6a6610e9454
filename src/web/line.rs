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
//! A cold first layout can itself be slow (12-31 ms for 10⁵ points at 4×,
//! with a paint of 1-22 ms and the browser's frame after it); past
//! [`PAINT_BUDGET_MS`] its paint waits for the frame after.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use super::backend::WebCanvas;
use super::guard::guarded;
use super::js_error;
use crate::error::{Error, ErrorKind};
use crate::layout::Viewport;
use crate::render::line::{self, LineOptions, Points};
use crate::story::Lang;
use crate::theme::{Theme, ThemeName};

/// How long (ms) the first draw's layout may take before its paint waits for
/// the next frame. At 1× a cold layout of 10⁵ points took 3-8 ms.
const PAINT_BUDGET_MS: f64 = 10.0;

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

/// An animation frame's callback.
type Frame = super::dom::Callback;

/// A line through many points on a canvas, decimated per pixel column.
#[wasm_bindgen]
pub struct LineChart {
    chart: Rc<RefCell<Chart>>,
    /// The first draw's two frame callbacks (layout, then a paint left for
    /// later), which must live as long as a frame may call them.
    _frames: Option<(Frame, Frame)>,
}

/// What a draw needs; shared with the first frame's callback.
struct Chart {
    element: HtmlCanvasElement,
    /// Shared with each draw, which gets only values it owns (`guard.rs`).
    points: Rc<Points>,
    options: LineOptions,
    /// Whether `draw()` has run, so the first frame does not draw again.
    drawn: bool,
    /// A first layout whose paint waits for the next frame.
    laid: Option<line::LineScene>,
    /// The animation frame asked for, to cancel it if the chart is freed first.
    frame_id: Option<i32>,
    /// The paint frame's callback, to ask for it from the first frame.
    paint_frame: Option<js_sys::Function>,
    /// The last layout's x map and plot, for `pointAt`.
    shown: Option<(crate::scale::Map, (i32, i32))>,
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
    ) -> Result<LineChart, JsValue> {
        let points = Points::new(xs, ys).map_err(js_error)?;
        let options = self::options(&options.unwrap_or(JsValue::UNDEFINED)).map_err(js_error)?;
        WebCanvas::new(canvas.clone()).map_err(js_error)?;
        let chart = Rc::new(RefCell::new(Chart {
            element: canvas,
            points: Rc::new(points),
            options,
            drawn: false,
            laid: None,
            frame_id: None,
            paint_frame: None,
            shown: None,
        }));
        let frames = first_frames(&chart);
        Ok(LineChart { chart, _frames: frames })
    }

    /// Redraws the whole chart now: layout, decimation, paint.
    // At the canvas's CSS width and the screen's pixel ratio; a canvas with
    // no width (a hidden container) is left alone. Call it after the canvas
    // is resized.
    pub fn draw(&mut self) -> Result<(), JsValue> {
        let mut chart = self
            .chart
            .try_borrow_mut()
            .map_err(|_| JsValue::from(js_sys::Error::new("the chart is drawing")))?;
        chart.drawn = true;
        chart.laid = None;
        chart.draw(false).map_err(js_error)
    }

    /// The index of the point nearest a pointer at (`clientX`, `clientY`)
    /// across, for a page's own tooltip: undefined off the plot or before the
    /// first draw. It maps through the canvas's box on screen, so it holds
    /// inside a container scaled by a CSS transform.
    #[wasm_bindgen(js_name = pointAt)]
    pub fn point_at(&self, client_x: f64, client_y: f64) -> Option<u32> {
        let chart = self.chart.try_borrow().ok()?;
        let (map, edges) = chart.shown?;
        let p = super::dom::canvas_point(&chart.element, client_x, client_y)?;
        line::nearest(&chart.points, map, edges, p.x).map(|i| i as u32)
    }
}

impl Drop for LineChart {
    fn drop(&mut self) {
        let id = self.chart.try_borrow_mut().ok().and_then(|mut c| c.frame_id.take());
        if let Some(id) = id {
            super::dom::cancel_frame(id);
        }
    }
}

/// Runs `f` on the chart if it is still alive and not drawing; a failed draw
/// there has no caller to throw to, so it goes to the console.
fn frame_callback(chart: Weak<RefCell<Chart>>, f: fn(&mut Chart) -> Result<(), Error>) -> Frame {
    Frame::new(move |_| {
        let Some(chart) = chart.upgrade() else { return };
        let Ok(mut chart) = chart.try_borrow_mut() else { return };
        chart.frame_id = None;
        if let Err(e) = f(&mut chart) {
            web_sys::console::error_1(&e.message().into());
        }
    })
}

/// Asks for the frame that draws `chart` first, unless `draw()` came before
/// it, and makes the callback of the frame its paint may wait for.
fn first_frames(chart: &Rc<RefCell<Chart>>) -> Option<(Frame, Frame)> {
    let first = frame_callback(Rc::downgrade(chart), |chart| {
        if chart.drawn {
            return Ok(());
        }
        chart.drawn = true;
        chart.draw(true)
    });
    let paint = frame_callback(Rc::downgrade(chart), |chart| match chart.laid.take() {
        Some(scene) => paint(&chart.element, scene, chart.options.theme.background),
        None => Ok(()),
    });
    let id = super::dom::request_frame(first.as_ref().unchecked_ref())?;
    let mut c = chart.borrow_mut();
    c.frame_id = Some(id);
    c.paint_frame = Some(paint.as_ref().unchecked_ref::<js_sys::Function>().clone());
    drop(c);
    Some((first, paint))
}

impl Chart {
    /// Lays out and paints; with `may_wait`, a layout over the budget leaves
    /// its paint to the next frame.
    fn draw(&mut self, may_wait: bool) -> Result<(), Error> {
        let started = js_sys::Date::now();
        let ratio = super::dom::window().map_or(1.0, |w| w.device_pixel_ratio());
        let css_width = f64::from(self.element.client_width());
        if css_width <= 0.0 {
            return Ok(());
        }
        let viewport = Viewport::new(css_width, ratio)?;
        let (element, points, options) = (self.element.clone(), self.points.clone(), self.options);
        let chart = guarded("canvas", move || {
            let mut canvas = WebCanvas::new(element)?;
            let chart = {
                let measure = |t: &str, s: &crate::text::TextStyle| canvas.measure(t, s);
                line::layout(&points, &options, &viewport, &measure)?
            };
            canvas.resize(chart.scene.size, chart.scene.css_height);
            Ok::<_, Error>(chart)
        })??;
        let (left, _, right, _) = chart.scene.plot;
        self.shown = Some((chart.x, (left, right)));
        if may_wait && js_sys::Date::now() - started > PAINT_BUDGET_MS {
            if let Some(id) = self.paint_frame.as_ref().and_then(super::dom::request_frame) {
                self.frame_id = Some(id);
                self.laid = Some(chart);
                return Ok(());
            }
        }
        paint(&self.element, chart, self.options.theme.background)
    }
}

/// Paints a laid-out chart on `element` through [`guarded`].
fn paint(
    element: &HtmlCanvasElement,
    chart: line::LineScene,
    background: crate::theme::Color,
) -> Result<(), Error> {
    let element = element.clone();
    guarded("canvas", move || line::paint(&mut WebCanvas::new(element)?, &chart, background))?
}
