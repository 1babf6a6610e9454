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

/// A registered DOM listener, kept so `destroy` can remove it.
pub struct Listener {
    target: EventTarget,
    kind: &'static str,
    closure: Closure<dyn FnMut(Event)>,
}

/// The resize observer and the callback it calls, dropped together.
type Observer = (ResizeObserver, Closure<dyn FnMut(JsValue)>);

/// The elements the widget made.
pub struct Dom {
    pub root: HtmlElement,
    pub stage: HtmlElement,
    pub canvas: HtmlCanvasElement,
    pub tooltip: HtmlElement,
    pub lines: [Element; 4],
    pub live: HtmlElement,
    pub empty: HtmlElement,
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
    pub url: bool,
    pub dom: Dom,
    pub controls: Option<Controls>,
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
        controls: bool,
        url: bool,
    ) -> Result<Rc<RefCell<App>>, JsValue> {
        let doc = host.owner_document().ok_or("no document")?;
        let root: HtmlElement = typed(&doc, "div", "nf")?;
        let controls = if controls { Some(Controls::build(&doc)?) } else { None };
        if let Some(c) = &controls {
            root.append_child(&c.root)?;
        }
        let empty: HtmlElement = typed(&doc, "p", "nf-empty")?;
        empty.set_attribute("role", "status")?;
        empty.set_hidden(true);
        let stage: HtmlElement = typed(&doc, "div", "nf-stage")?;
        let canvas: HtmlCanvasElement = typed(&doc, "canvas", "nf-canvas")?;
        canvas.set_tab_index(0);
        canvas.set_attribute("role", "img")?;
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
        let live: HtmlElement = typed(&doc, "p", "nf-live")?;
        live.set_attribute("aria-live", "polite")?;
        root.append_child(&empty)?;
        root.append_child(&stage)?;
        root.append_child(&live)?;
        host.append_child(&root)?;
        let dom = Dom { root, stage, canvas, tooltip, lines, live, empty };
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
            url,
            dom,
            controls,
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
                    handler(&mut app, &e);
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
            self.dom.empty.set_attribute("role", "alert").ok();
            text(&self.dom.empty, &e.to_string());
            show(&self.dom.empty, true);
            web_sys::console::error_1(&JsValue::from_str(&e.to_string()));
        }
    }

    fn draw(&mut self) -> Result<(), Error> {
        let found = self.view.settle(&self.story);
        let w = words(self.view.lang);
        if let Some(c) = &self.controls {
            let applies = self.story.group(&self.view.group).is_ok_and(|g| log_applies(&self.story, g));
            c.sync(&self.story, &self.view, applies).ok();
        }
        text(&self.dom.empty, w.empty);
        show(&self.dom.empty, !found);
        show(&self.dom.stage, found);
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
        let title = group.title.get(self.view.lang);
        self.dom.canvas.set_attribute("aria-label", &format!("{title}. {}", w.hint)).ok();
        let options = Options {
            lang: self.view.lang,
            theme: Theme::named(self.theme),
            log: self.view.log,
            matching: if self.view.filtered() {
                self.view.matching_items(&self.story, &group.id)
            } else {
                Vec::new()
            },
            hidden: if group.kind == ChartKind::Composition { self.hidden.clone() } else { Vec::new() },
            focus: self.focus,
            grow: self.grow,
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
        self.grow = 0.0;
        self.anim_start = None;
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
        self.redraw();
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
