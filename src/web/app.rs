//! The interactive widget: a chart with its controls, tooltip and live
//! region. DOM events arrive in `handlers.rs` as plain values; this file keeps
//! the reader's state and redraws from it.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, EventTarget, HtmlCanvasElement, HtmlElement, ResizeObserver};

use super::backend::WebCanvas;
use super::controls::{words, Controls};
use super::dom::{el, place, show, text, typed};
use super::tools::{Tool, Tools};
use crate::describe::item_tooltip;
use crate::error::Error;
use crate::interact::place_tooltip;
use crate::layout::Viewport;
use crate::render::{layout, log_applies, paint, Options, Scene};
use crate::state::View;
use crate::story::{ChartKind, Story};
use crate::text::TextStyle;
use crate::theme::{Theme, ThemeName};

/// How long marks take to grow into place, in milliseconds.
const ANIMATION_MS: f64 = 280.0;

thread_local! {
    /// The message box of the widget whose event is being handled, for the panic hook.
    static CURRENT: RefCell<Option<HtmlElement>> = const { RefCell::new(None) };
}

/// Installs, once, a panic hook that writes the panic into the box of the
/// widget that was handling an event, so it does not freeze silently. (The
/// release build aborts after the hook; the other widgets keep working.)
pub fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let message = format!("newsfig stopped: {info}. Reload the page to try again.");
            web_sys::console::error_1(&JsValue::from_str(&message));
            CURRENT.with(|c| {
                if let Some(b) = c.borrow().as_ref() {
                    let _ = b.set_attribute("role", "alert");
                    text(b, &message);
                    show(b, true);
                }
            });
        }));
    });
}

/// A number unique to each widget on the page, for element ids.
fn next_id() -> u32 {
    thread_local!(static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    NEXT.with(|n| {
        n.set(n.get() + 1);
        n.get()
    })
}

/// A registered DOM listener, kept so `destroy` can remove it.
pub struct Listener {
    target: EventTarget,
    kind: &'static str,
    closure: Closure<dyn FnMut(Event)>,
}

/// The resize observer and the callback it calls, dropped together.
type Observer = (ResizeObserver, Closure<dyn FnMut(JsValue)>);

/// What a widget shows besides its chart.
pub struct Features {
    /// The chart chooser, filters, language, scale and reset.
    pub controls: bool,
    /// The table, sources, downloads and embed snippets.
    pub tools: bool,
    /// Keep the view in the URL fragment.
    pub url: bool,
    /// Where the embed files live, ending in `/`, for the snippets.
    pub base: String,
}

/// The elements the widget made.
pub struct Dom {
    pub root: HtmlElement,
    pub stage: HtmlElement,
    pub canvas: HtmlCanvasElement,
    pub tooltip: HtmlElement,
    pub lines: [Element; 4],
    pub live: HtmlElement,
    pub empty: HtmlElement,
    /// The generated description, the chart's accessible content.
    pub desc: HtmlElement,
}

/// The widget's state.
pub struct App {
    pub me: Weak<RefCell<App>>,
    pub story: Story,
    pub view: View,
    pub initial: View,
    pub theme: ThemeName,
    pub hidden: Vec<bool>,
    pub focus: Option<usize>,
    pub hover: Option<usize>,
    pub pinned: bool,
    pub scene: Option<Scene>,
    pub ratio: f64,
    pub grow: f64,
    /// The spans marks animate from (the scene shown before the change).
    previous: Vec<(String, (f64, f64))>,
    pub url: bool,
    pub dom: Dom,
    pub controls: Option<Controls>,
    pub tools: Option<Tools>,
    pub base: String,
    pub listeners: Vec<Listener>,
    anim_start: Option<f64>,
    raf: Option<Closure<dyn FnMut(f64)>>,
    raf_id: Option<i32>,
    observer: Option<Observer>,
    last_width: i32,
}

impl App {
    /// Builds the widget's DOM inside `host` and returns it, not yet drawn.
    /// `initial` is the embed's preset view, which Reset returns to; `view`
    /// may differ from it by what the URL fragment said.
    pub fn build(
        host: &HtmlElement,
        story: Story,
        initial: View,
        view: View,
        features: Features,
    ) -> Result<Rc<RefCell<App>>, JsValue> {
        let doc = host.owner_document().ok_or("no document")?;
        let root: HtmlElement = typed(&doc, "div", "nf")?;
        let controls = if features.controls { Some(Controls::build(&doc)?) } else { None };
        if let Some(c) = &controls {
            root.append_child(&c.root)?;
        }
        let empty: HtmlElement = typed(&doc, "p", "nf-empty")?;
        empty.set_attribute("role", "status")?;
        empty.set_hidden(true);
        let stage: HtmlElement = typed(&doc, "div", "nf-stage")?;
        // The stage takes focus and speaks for the chart: the canvas itself is
        // hidden from assistive technology, and the generated description
        // (and the data table) are its accessible content.
        let id = next_id();
        stage.set_tab_index(0);
        stage.set_attribute("role", "group")?;
        stage.set_attribute("aria-describedby", &format!("nf-desc-{id}"))?;
        let canvas: HtmlCanvasElement = typed(&doc, "canvas", "nf-canvas")?;
        canvas.set_attribute("aria-hidden", "true")?;
        let desc: HtmlElement = typed(&doc, "p", "nf-desc")?;
        desc.set_id(&format!("nf-desc-{id}"));
        let tooltip: HtmlElement = typed(&doc, "div", "nf-tooltip")?;
        tooltip.set_hidden(true);
        let lines = [
            el(&doc, "p", "nf-tt-title")?,
            el(&doc, "p", "nf-tt-value")?,
            el(&doc, "p", "nf-tt-basis")?,
            el(&doc, "p", "nf-tt-source")?,
        ];
        for l in &lines {
            tooltip.append_child(l)?;
        }
        stage.append_child(&canvas)?;
        stage.append_child(&tooltip)?;
        stage.append_child(&desc)?;
        let live: HtmlElement = typed(&doc, "p", "nf-live")?;
        live.set_attribute("aria-live", "polite")?;
        root.append_child(&empty)?;
        root.append_child(&stage)?;
        let tools = if features.tools { Some(Tools::build(&doc)?) } else { None };
        if let Some(t) = &tools {
            root.append_child(&t.root)?;
        }
        root.append_child(&live)?;
        host.append_child(&root)?;
        let dom = Dom { root, stage, canvas, tooltip, lines, live, empty, desc };
        let app = Rc::new(RefCell::new(App {
            me: Weak::new(),
            story,
            initial,
            view,
            theme: ThemeName::Light,
            hidden: Vec::new(),
            focus: None,
            hover: None,
            pinned: false,
            scene: None,
            ratio: 1.0,
            grow: 1.0,
            previous: Vec::new(),
            url: features.url,
            dom,
            controls,
            tools,
            base: features.base,
            listeners: Vec::new(),
            anim_start: None,
            raf: None,
            raf_id: None,
            observer: None,
            last_width: -1,
        }));
        app.borrow_mut().me = Rc::downgrade(&app);
        Ok(app)
    }

    /// Adds a listener that hands events to `handler`, skipping re-entrant calls.
    pub fn listen(
        app: &Rc<RefCell<App>>,
        target: &EventTarget,
        kind: &'static str,
        handler: fn(&mut App, &Event),
    ) -> Result<(), JsValue> {
        let weak = Rc::downgrade(app);
        let closure = Closure::<dyn FnMut(Event)>::new(move |e: Event| {
            if let Some(app) = weak.upgrade() {
                if let Ok(mut app) = app.try_borrow_mut() {
                    CURRENT.with(|c| *c.borrow_mut() = Some(app.dom.empty.clone()));
                    handler(&mut app, &e);
                    CURRENT.with(|c| *c.borrow_mut() = None);
                }
            }
        });
        target.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref())?;
        app.borrow_mut().listeners.push(Listener { target: target.clone(), kind, closure });
        Ok(())
    }

    /// Redraws when the stage's width changes.
    pub fn observe_size(app: &Rc<RefCell<App>>) -> Result<(), JsValue> {
        let weak = Rc::downgrade(app);
        let cb = Closure::<dyn FnMut(JsValue)>::new(move |_| {
            if let Some(app) = weak.upgrade() {
                if let Ok(mut app) = app.try_borrow_mut() {
                    let w = app.dom.stage.client_width();
                    if w != app.last_width {
                        app.last_width = w;
                        app.redraw();
                    }
                }
            }
        });
        let observer = ResizeObserver::new(cb.as_ref().unchecked_ref())?;
        observer.observe(&app.borrow().dom.stage);
        app.borrow_mut().observer = Some((observer, cb));
        Ok(())
    }

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
    fn report(&self, e: &Error) {
        self.dom.empty.set_attribute("role", "alert").ok();
        text(&self.dom.empty, &e.to_string());
        show(&self.dom.empty, true);
        web_sys::console::error_1(&JsValue::from_str(&e.to_string()));
    }

    /// Whether the chart is showing (some chart matches the filters).
    fn stage_shown(&self) -> bool {
        !self.dom.stage.hidden()
    }

    /// Everything around the chart that follows the view: controls, the
    /// empty message, labels, the description, the open tool panel. Done once
    /// per change, not per animation frame.
    fn sync_ui(&mut self) -> bool {
        let found = self.view.settle(&self.story);
        let w = words(self.view.lang);
        if let Some(c) = &self.controls {
            let applies = self.story.group(&self.view.group).is_ok_and(|g| log_applies(&self.story, g));
            c.sync(&self.story, &self.view, applies).ok();
        }
        text(&self.dom.empty, w.empty);
        show(&self.dom.empty, !found);
        show(&self.dom.stage, found);
        if let (true, Ok(group)) = (found, self.story.group(&self.view.group)) {
            let title = group.title.get(self.view.lang);
            self.dom.stage.set_attribute("aria-label", &format!("{title}. {}", w.hint)).ok();
            let summary =
                crate::describe::summary(&self.story, &group.id, self.view.lang).unwrap_or_default();
            text(&self.dom.desc, &summary);
        }
        let theme = if self.theme == ThemeName::Dark { "dark" } else { "light" };
        self.dom.root.set_attribute("data-theme", theme).ok();
        found
    }

    fn draw(&mut self) -> Result<(), Error> {
        let found = self.sync_ui();
        self.draw_chart(found)?;
        self.sync_tools();
        Ok(())
    }

    /// Lays out and paints the chart alone: what each animation frame does.
    fn draw_chart(&mut self, found: bool) -> Result<(), Error> {
        if !found {
            self.scene = None;
            return Ok(());
        }
        let css_width = f64::from(self.dom.canvas.client_width());
        if css_width <= 0.0 {
            return Ok(());
        }
        let ratio = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
        let viewport = Viewport::new(css_width, ratio)?;
        let group = self.story.group(&self.view.group)?;
        let options = Options {
            focus: self.focus,
            grow: self.grow,
            previous: self.previous.clone(),
            ..self.options()?
        };
        let mut canvas = WebCanvas::new(self.dom.canvas.clone())?;
        let scene = {
            let measure = |t: &str, s: &TextStyle| canvas.measure(t, s);
            layout(&self.story, group, &options, &viewport, &measure)?
        };
        canvas.resize(scene.size, scene.css_height)?;
        paint(&mut canvas, &scene, options.theme.background)?;
        self.scene = Some(scene);
        self.ratio = viewport.ratio;
        Ok(())
    }

    /// The options the chart is drawn with now, at full growth and without focus:
    /// what a download should show.
    pub fn options(&self) -> Result<Options, Error> {
        let group = self.story.group(&self.view.group)?;
        Ok(Options {
            lang: self.view.lang,
            theme: Theme::named(self.theme),
            log: self.view.log,
            matching: if self.view.filtered() {
                self.view.matching_items(&self.story, &group.id)
            } else {
                Vec::new()
            },
            hidden: if group.kind == ChartKind::Composition { self.hidden.clone() } else { Vec::new() },
            focus: None,
            grow: 1.0,
            previous: Vec::new(),
        })
    }

    /// The file name for a download of the current chart.
    fn file_name(&self, ext: &str) -> String {
        let lang = if self.view.lang == crate::story::Lang::Zh { "zh" } else { "en" };
        format!("newsfig-{}-{lang}.{ext}", self.view.group)
    }

    /// Runs a download tool, or opens or closes a panel.
    pub fn use_tool(&mut self, tool: Tool) -> Result<(), JsValue> {
        let doc = self.dom.root.owner_document().ok_or("no document")?;
        let err = |e: Error| JsValue::from_str(&e.to_string());
        let group = self.story.group(&self.view.group).map_err(err)?;
        match tool {
            Tool::Csv => {
                let csv = crate::table::csv(&self.story, group, self.view.lang, &|_| true);
                super::tools::download_text(&doc, &csv, "text/csv;charset=utf-8", &self.file_name("csv"))
            }
            Tool::Svg => {
                let options = self.options().map_err(err)?;
                let width = f64::from(self.dom.canvas.client_width()).max(320.0);
                let measure = |t: &str, s: &TextStyle| crate::text::estimate_width(t, s.size, s.bold);
                let svg = crate::svg::render_with(&self.story, &group.id, &options, width, 1.0, &measure)
                    .map_err(err)?;
                super::tools::download_text(&doc, &svg, "image/svg+xml", &self.file_name("svg"))
            }
            Tool::Png => {
                let url = self.png().map_err(err)?;
                super::tools::download(&doc, &url, &self.file_name("png"))
            }
            panel => {
                if let Some(t) = &mut self.tools {
                    t.open = if t.open == Some(panel) { None } else { Some(panel) };
                }
                self.sync_tools();
                Ok(())
            }
        }
    }

    /// The chart at twice its CSS size, title and source included, as a PNG data URL.
    pub fn png(&self) -> Result<String, Error> {
        let env = |m: &str| Error::new("png", crate::error::ErrorKind::Environment(m.into()));
        let doc = self.dom.root.owner_document().ok_or_else(|| env("no document"))?;
        let canvas: HtmlCanvasElement = typed(&doc, "canvas", "").map_err(|_| env("no canvas"))?;
        let viewport = Viewport::new(f64::from(self.dom.canvas.client_width()).max(320.0), 2.0)?;
        let options = self.options()?;
        let group = self.story.group(&self.view.group)?;
        let mut backend = WebCanvas::new(canvas.clone())?;
        let scene = {
            let measure = |t: &str, s: &TextStyle| backend.measure(t, s);
            layout(&self.story, group, &options, &viewport, &measure)?
        };
        backend.resize(scene.size, scene.css_height)?;
        paint(&mut backend, &scene, options.theme.background)?;
        canvas.to_data_url_with_type("image/png").map_err(|_| env("the canvas could not be exported"))
    }

    /// Labels the tools and refills the open panel from the current view.
    pub fn sync_tools(&self) {
        let (Some(tools), Ok(group)) = (&self.tools, self.story.group(&self.view.group)) else { return };
        let lang = self.view.lang;
        tools.sync(lang);
        let Some(doc) = self.dom.root.owner_document() else { return };
        let rows = crate::table::rows(&self.story, group, lang, &|_| true);
        let _ = match tools.open {
            Some(Tool::Table) => tools.fill_table(&doc, group.title.get(lang), &rows, lang),
            Some(Tool::Sources) => tools.fill_sources(&doc, &rows, lang),
            Some(Tool::Embed) => {
                let height = self.dom.root.offset_height().max(0) as u32;
                let [script, frame] =
                    crate::embed::snippets(&self.base, &self.view, group.title.get(lang), height);
                tools.snippets[0].set_value(&script);
                tools.snippets[1].set_value(&frame);
                Ok(())
            }
            _ => Ok(()),
        };
    }

    /// Starts marks growing into place, or draws at once under reduced motion.
    pub fn animate(&mut self) {
        let reduced = web_sys::window()
            .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
            .is_some_and(|m| m.matches());
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
        if self.raf.is_none() {
            let weak = self.me.clone();
            self.raf = Some(Closure::<dyn FnMut(f64)>::new(move |ts: f64| {
                if let Some(app) = weak.upgrade() {
                    if let Ok(mut app) = app.try_borrow_mut() {
                        app.frame(ts);
                    }
                }
            }));
        }
        self.request_frame();
    }

    fn request_frame(&mut self) {
        if let (Some(window), Some(cb), None) = (web_sys::window(), &self.raf, self.raf_id) {
            self.raf_id = window.request_animation_frame(cb.as_ref().unchecked_ref()).ok();
        }
    }

    fn frame(&mut self, ts: f64) {
        self.raf_id = None;
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

    /// Shows the tooltip for mark `i`, inside the stage, and optionally says it aloud.
    pub fn show_tooltip(&mut self, i: usize, announce: bool) {
        let Some(t) = item_tooltip(&self.story, &self.view.group, i, self.view.lang) else { return };
        for (line, s) in self.dom.lines.iter().zip([&t.title, &t.value, &t.basis, &t.source]) {
            text(line, s);
        }
        show(&self.dom.tooltip, true);
        if let Some(m) = self.scene.as_ref().and_then(|s| s.marks.get(i)) {
            let r = self.ratio;
            let (l, tp, rt, b) = m.bounds;
            let mark = (f64::from(l) / r, f64::from(tp) / r, f64::from(rt) / r, f64::from(b) / r);
            let size =
                (f64::from(self.dom.tooltip.offset_width()), f64::from(self.dom.tooltip.offset_height()));
            let area = (f64::from(self.dom.stage.client_width()), f64::from(self.dom.stage.client_height()));
            let (x, y) = place_tooltip(mark, size, area);
            place(&self.dom.tooltip, x, y);
        }
        if announce {
            text(&self.dom.live, &t.announcement());
        }
    }

    /// Hides the tooltip.
    pub fn hide_tooltip(&mut self) {
        show(&self.dom.tooltip, false);
        self.pinned = false;
    }

    /// Writes the view into the URL fragment, without adding history entries.
    pub fn sync_url(&self) {
        if !self.url {
            return;
        }
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.replace_state_with_url(
                &JsValue::NULL,
                "",
                Some(&format!("#{}", self.view.fragment())),
            );
        }
    }

    /// Removes every listener, observer and frame, and the widget's DOM.
    pub fn destroy(&mut self) {
        for l in self.listeners.drain(..) {
            let _ = l.target.remove_event_listener_with_callback(l.kind, l.closure.as_ref().unchecked_ref());
        }
        if let Some((observer, _cb)) = self.observer.take() {
            observer.disconnect();
        }
        if let (Some(window), Some(id)) = (web_sys::window(), self.raf_id.take()) {
            let _ = window.cancel_animation_frame(id);
        }
        self.raf = None;
        self.dom.root.remove();
    }
}
