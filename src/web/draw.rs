//! Drawing the widget: the chart and what follows the view around it
//! (controls, empty message, description), the first draw after mount (in
//! an animation frame, its paint a frame later when a cold layout ran long),
//! and the growth animation.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlCanvasElement;

use super::app::{App, ANIMATION_MS};
use super::backend::WebCanvas;
use super::controls::words;
use super::dom::{attr, media, request_frame, set_timeout, show, text, Callback};
use super::guard::guarded;
use crate::error::Error;
use crate::layout::Viewport;
use crate::render::{log_applies, Options, Scene};
use crate::story::Story;
use crate::theme::Color;

/// How long (ms) a first draw's layout may take before its paint waits for
/// the next frame: past it, the paint (about half as long again) would take
/// the task toward 50 ms. Probes on a 2-core machine: a cold layout took
/// 7–13 ms at 1× and 28–56 ms at 4× CPU (so split at any budget up to 28; the
/// paint took 8–24 ms more). A 12 ms budget also split loads at 1× on a busy
/// machine, a frame later: 1× first paint 68–95 ms in a third of the runs,
/// 1.04–1.28× uPlot; at 20 ms, 33–69 ms and 0.93–0.97× (N = 15 each).
const PAINT_BUDGET_MS: f64 = 20.0;

/// How long (ms) `mount` may take before the first layout moves out of the
/// first frame into a task after it. A slow mount foretells a slow layout
/// (both are mostly the browser compiling Wasm functions on first call), and
/// the first frame also holds the browser's first style and layout of the
/// widget's DOM. Probes on a 2-core machine: mount took 4–8 ms at 1× (11–23
/// when the machine was busy) and 11–39 ms at 4× CPU; at 4×, unsplit, the
/// first frame's task was 52–58 ms in 5 of 8 loads; split, the frame took
/// 12–20 ms and the layout's task 21–38 ms. A split costs a frame at 1×, so
/// the budget sits between the two: at 10 ms, 1 of 30 loads at 4× had a task
/// over 50 ms (57), and the first chart at 1× was 0.93–1.06× uPlot's time.
const MOUNT_BUDGET_MS: f64 = 10.0;

/// How long (ms) `mount` may take and still lay out and paint the chart in
/// its own task, as uPlot and Chart.js do, rather than in the next frame's
/// callback, which then delays that frame by the layout's time. A quick mount
/// (3–4 ms at 1× CPU here) foretells a quick layout (7–13 ms); the page's
/// first style and layout of the widget, which reading the canvas's width
/// forces, come into that task too. Probes on a 2-core machine, 24–30 loads
/// each way at 1× CPU: first chart 1.03–1.10× → 0.91–0.95× uPlot's time. At
/// 5 ms, a mount at 4× CPU now and then came in under it and its task, with
/// the layout, ran to 59 ms; at 3 ms, 30 loads at 4× had no more long tasks
/// than before (25 of 30 without one, 21 before) and the same first chart.
const DRAW_NOW_BUDGET_MS: f64 = 3.0;

impl App {
    /// Draws, showing any error in the widget's own box instead of throwing.
    pub fn redraw(&mut self) {
        if let Err(e) = self.draw() {
            self.report(&e);
        }
    }

    /// Repaints the chart alone, as a focus change needs.
    pub fn repaint(&mut self) {
        let found = self.stage_shown();
        if let Err(e) = self.draw_chart(found) {
            self.report(&e);
        }
    }

    /// Shows an error in the widget's own box and logs it.
    pub(super) fn report(&self, e: &Error) {
        attr(&self.dom.empty, "role", "alert");
        text(&self.dom.empty, &e.message());
        show(&self.dom.empty, true);
        web_sys::console::error_1(&JsValue::from_str(&e.message()));
    }

    /// Whether the chart is showing (some chart matches the filters).
    pub(super) fn stage_shown(&self) -> bool {
        !self.dom.stage.hidden()
    }

    /// Everything around the chart that follows the view: controls, the
    /// empty message, labels, the description, the open tool panel. Done once
    /// per change, not per animation frame.
    pub(super) fn sync_ui(&mut self) -> bool {
        let found = self.view.settle(&self.story);
        let w = words(self.view.lang);
        if let Some(c) = &self.controls {
            let applies = self.story.group(&self.view.group).is_ok_and(|g| log_applies(&self.story, g));
            c.sync(&self.story, &self.view, applies);
        }
        text(&self.dom.empty, w.empty);
        show(&self.dom.empty, !found);
        show(&self.dom.stage, found);
        if let (true, Ok(group)) = (found, self.story.group(&self.view.group)) {
            let title = group.title.get(self.view.lang);
            attr(&self.dom.stage, "aria-label", &format!("{title}. {}", w.hint));
            let summary =
                crate::describe::summary(&self.story, &group.id, self.view.lang).unwrap_or_default();
            text(&self.dom.desc, &summary);
        }
        let theme = self.theme.name();
        attr(&self.dom.root, "data-theme", theme);
        found
    }

    pub(super) fn draw(&mut self) -> Result<(), Error> {
        let found = self.sync_ui();
        self.draw_chart(found)?;
        self.sync_tools();
        Ok(())
    }

    /// Lays out and paints the chart alone: what each animation frame does.
    pub(super) fn draw_chart(&mut self, found: bool) -> Result<(), Error> {
        if !found {
            self.scene = None;
            return Ok(());
        }
        let started = js_sys::Date::now();
        let width = self.dom.canvas.client_width();
        self.last_width = width;
        let css_width = f64::from(width);
        if css_width <= 0.0 {
            return Ok(());
        }
        let ratio = super::dom::window().map_or(1.0, |w| w.device_pixel_ratio());
        let viewport = Viewport::new(css_width, ratio)?;
        let options = Options {
            focus: self.focus,
            grow: self.grow,
            previous: self.previous.clone(),
            ..self.options()?
        };
        let background = options.theme.background;
        let scene = Rc::new(lay_out(&self.dom.canvas, &self.story, &self.view.group, options, viewport)?);
        self.ratio = viewport.ratio;
        // Cold (first use of the fonts, Wasm functions compiled on first
        // call, the widget's first style and layout), a slow phone can spend
        // most of a frame on layout alone; its paint then waits a frame
        // rather than make one task that holds the page for over 50 ms.
        let defer = std::mem::take(&mut self.split) && js_sys::Date::now() - started > PAINT_BUDGET_MS;
        self.unpainted = None;
        // The scene is kept even if its paint fails, so marks still answer.
        self.scene = Some(scene.clone());
        if defer {
            self.unpainted = Some(background);
            self.request_frame();
            return Ok(());
        }
        paint(&self.dom.canvas, scene, background)
    }

    /// The options the chart is drawn with now, at full growth and without focus.
    pub fn options(&self) -> Result<Options, Error> {
        self.view.options(&self.story, self.theme, &self.hidden)
    }

    /// Starts marks growing into place, or draws at once under reduced motion.
    pub fn animate(&mut self) {
        let reduced = media("(prefers-reduced-motion: reduce)");
        if reduced {
            self.grow = 1.0;
            self.redraw();
            return;
        }
        // Marks move from where they are drawn now to where the change puts them.
        self.previous = self.scene.as_ref().map(|s| s.spans.clone()).unwrap_or_default();
        self.grow = 0.0;
        self.anim_start = None;
        self.sync_ui();
        self.sync_tools();
        self.request_frame();
    }

    /// Fills in the text around the chart now and paints the chart, fully
    /// grown: now, after a quick mount (within [`DRAW_NOW_BUDGET_MS`]), as
    /// uPlot and Chart.js do; otherwise in the next animation frame (or in the
    /// resize observer's first call, if that comes first). Mount calls it: on
    /// a slower machine text shaping and the first layout then run in that
    /// frame's task, not in the one that read the story and built the DOM, so
    /// neither holds a slow phone's main thread for long, and the chart is
    /// drawn before anything is painted.
    ///
    /// After a slow mount (over [`MOUNT_BUDGET_MS`] since `started`) the first
    /// frame only lays out the DOM, and the chart's layout runs in a task
    /// after it (`after_frame`); its paint then usually waits for the second
    /// frame, which is when a split first draw showed anyway.
    pub fn first_draw(&mut self, started: f64) {
        self.sync_ui();
        self.sync_tools();
        self.split = true;
        let took = js_sys::Date::now() - started;
        self.staged = took > MOUNT_BUDGET_MS;
        if took <= DRAW_NOW_BUDGET_MS {
            self.repaint();
        } else {
            self.request_frame();
        }
    }

    /// Whether mount's first draw is still to come: no draw has taken the
    /// split (a call from the page or the resize observer draws at once) and
    /// no growth animation has started.
    fn first_draw_pending(&self) -> bool {
        self.split && self.grow >= 1.0
    }

    /// Queues the staged first layout in a task of its own: a timer set in
    /// an animation frame fires after that frame's style, layout and paint.
    fn after_frame(&mut self) {
        if self.task.is_none() {
            let weak = self.me.clone();
            self.task = Some(Callback::new(move |_| {
                super::app::call(&weak, &mut |app| {
                    app.task_id = None;
                    if app.first_draw_pending() {
                        app.repaint();
                    }
                })
            }));
        }
        if let Some(cb) = &self.task {
            self.task_id = set_timeout(cb.as_ref().unchecked_ref());
        }
        if self.task_id.is_none() {
            self.repaint(); // no timer: draw now rather than never
        }
    }

    pub(super) fn request_frame(&mut self) {
        if self.raf.is_none() {
            let weak = self.me.clone();
            self.raf = Some(Callback::new(move |ts: JsValue| {
                super::app::call(&weak, &mut |app| app.frame(ts.as_f64().unwrap_or_default()))
            }));
        }
        if let (Some(cb), None) = (&self.raf, self.raf_id) {
            self.raf_id = request_frame(cb.as_ref().unchecked_ref());
        }
    }

    pub(super) fn frame(&mut self, ts: f64) {
        self.raf_id = None;
        if std::mem::take(&mut self.staged) && self.first_draw_pending() {
            self.after_frame();
            return;
        }
        if let (Some(background), Some(scene)) = (self.unpainted.take(), &self.scene) {
            // The paint a cold first draw left to this frame.
            if let Err(e) = paint(&self.dom.canvas, scene.clone(), background) {
                self.report(&e);
            }
        } else if self.first_draw_pending() {
            self.repaint();
        }
        if self.grow >= 1.0 {
            return; // no growth animation running
        }
        let start = *self.anim_start.get_or_insert(ts);
        let t = ((ts - start) / ANIMATION_MS).clamp(0.0, 1.0);
        self.grow = 1.0 - (1.0 - t).powi(3);
        if t >= 1.0 {
            self.previous.clear();
        }
        self.repaint();
        if t < 1.0 {
            self.request_frame();
        }
    }
}

/// Lays out chart `group` on `canvas` (measuring its text there) and sizes
/// the canvas, through [`guarded`]: a throw from the page comes back as an error.
pub(super) fn lay_out(
    canvas: &HtmlCanvasElement,
    story: &Rc<Story>,
    group: &str,
    options: Options,
    viewport: Viewport,
) -> Result<Scene, Error> {
    let (canvas, story, group) = (canvas.clone(), story.clone(), group.to_owned());
    guarded("canvas", move || {
        let group = story.group(&group)?;
        WebCanvas::new(canvas)?.lay_out(&story, group, &options, &viewport)
    })?
}

/// Paints `scene` on `canvas` through [`guarded`].
pub(super) fn paint(canvas: &HtmlCanvasElement, scene: Rc<Scene>, background: Color) -> Result<(), Error> {
    let canvas = canvas.clone();
    guarded("canvas", move || crate::render::paint(&mut WebCanvas::new(canvas)?, &scene, background))?
}
