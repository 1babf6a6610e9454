//! The interactive widget: a chart with its controls, tooltip and live
//! region. DOM events arrive in `handlers.rs` as plain values; this file keeps
//! the reader's state and redraws from it.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, Event, EventTarget, HtmlCanvasElement, HtmlElement, ResizeObserver};

use super::controls::Controls;
use super::dom::{
    add, attr, cancel_frame, clear_timeout, el, listen, observer, show, text, typed, unlisten, Callback,
};
use super::tools::Tools;
use crate::render::Scene;
use crate::state::View;
use crate::story::Story;
use crate::theme::ThemeName;

/// How long marks take to grow into place, in milliseconds.
pub(super) const ANIMATION_MS: f64 = 280.0;

thread_local! {
    /// The message box of the widget whose event is being handled, for the panic hook.
    static CURRENT: RefCell<Option<HtmlElement>> = const { RefCell::new(None) };
}

/// Installs, once, a panic hook that writes the panic into the box of the
/// widget that was handling an event, so it does not freeze silently. (The
/// release build aborts after the hook, `panic = "abort"`; the other widgets keep
/// working.)
pub fn install_panic_hook() {
    // A thread-local flag, not `std::sync::Once`: the page has one thread,
    // and Once's poisoning and waiting code is 0.15 KB of gzipped Wasm.
    thread_local!(static SET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if !SET.with(|s| s.replace(true)) {
        std::panic::set_hook(Box::new(|info| stopped(&info.to_string())));
    }
}

/// Writes that the widget whose callback was running stopped, and why, into
/// its box (and the console), and forgets the box: the callback will not finish.
fn stopped(why: &str) {
    CURRENT.with(|c| {
        let message = format!("newsfig stopped: {why}. Reload the page to try again.");
        web_sys::console::error_1(&JsValue::from_str(&message));
        if let Some(b) = c.borrow_mut().take() {
            attr(&b, "role", "alert");
            text(&b, &message);
            show(&b, true);
        }
    });
}

/// Calls `f` on the widget `weak` names, if it is still there and not busy
/// (a re-entrant call is skipped), with its box as `CURRENT`. Every way in
/// goes through here (events, frames, the staged layout's timer, resizes),
/// so a panic in any of them is written into that box: by the hook, or in
/// the release build by the error listener.
pub(super) fn call(weak: &Weak<RefCell<App>>, f: &mut dyn FnMut(&mut App)) {
    if let Some(app) = weak.upgrade() {
        if let Ok(mut app) = app.try_borrow_mut() {
            CURRENT.with(|c| *c.borrow_mut() = Some(app.dom.empty.clone()));
            f(&mut app);
            CURRENT.with(|c| *c.borrow_mut() = None);
        }
    }
}

thread_local! {
    /// Every mounted widget, until its `destroy`. Its listeners, observer and
    /// timers hold it weakly (see `call`), and the page may drop the object
    /// `mount` returned: without this, the next garbage collection would drop
    /// the widget while its listeners stay attached, and each later event
    /// would throw "closure invoked ... after being dropped".
    static LIVE: RefCell<Vec<Rc<RefCell<App>>>> = const { RefCell::new(Vec::new()) };
}

/// Keeps `app` alive until `release`, whether or not the page keeps its handle.
pub(super) fn keep(app: &Rc<RefCell<App>>) {
    LIVE.with(|live| live.borrow_mut().push(app.clone()));
}

/// Lets `app` go, once destroyed.
pub(super) fn release(app: &Rc<RefCell<App>>) {
    LIVE.with(|live| live.borrow_mut().retain(|a| !Rc::ptr_eq(a, app)));
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
    closure: Callback,
}

/// The resize observer and the callback it calls, dropped together.
type Observer = (ResizeObserver, Callback);

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
    /// The story object given to `mount` or `readStory`, for `App::source`.
    pub source: JsValue,
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
    /// Shared with the other charts mounted from the same `Story` handle.
    pub story: Rc<Story>,
    /// The story object the widget was given (undefined for the built-in
    /// story), which the tools module reads for itself (release build).
    #[cfg_attr(feature = "tools", allow(dead_code))]
    pub source: JsValue,
    pub view: View,
    pub initial: View,
    pub theme: ThemeName,
    pub hidden: Vec<bool>,
    pub focus: Option<usize>,
    pub hover: Option<usize>,
    pub pinned: bool,
    /// The last scene laid out; shared with its paint (see `guard.rs`).
    pub scene: Option<Rc<Scene>>,
    pub ratio: f64,
    pub grow: f64,
    /// The spans marks animate from (the scene shown before the change).
    pub(super) previous: Vec<(String, (f64, f64))>,
    pub url: bool,
    pub dom: Dom,
    pub controls: Option<Controls>,
    pub tools: Option<Tools>,
    pub base: String,
    pub listeners: Vec<Listener>,
    pub(super) anim_start: Option<f64>,
    pub(super) raf: Option<Callback>,
    pub(super) raf_id: Option<i32>,
    pub(super) observer: Option<Observer>,
    /// The canvas width (CSS px) the chart was last drawn at.
    pub(super) last_width: i32,
    /// The next draw may leave its paint to the next frame (the first draw).
    pub(super) split: bool,
    /// A laid-out scene waiting for the next frame's paint, with its background.
    pub(super) unpainted: Option<crate::theme::Color>,
    /// The first layout waits for a task after the first frame (mount ran slow).
    pub(super) staged: bool,
    /// That task's callback, made once, and its timer while it is pending.
    pub(super) task: Option<Callback>,
    pub(super) task_id: Option<i32>,
}

impl App {
    /// Builds the widget's DOM inside `host` and returns it, not yet drawn.
    /// `initial` is the embed's preset view, which Reset returns to; `view`
    /// may differ from it by what the URL fragment said.
    pub fn build(
        doc: &Document,
        host: &HtmlElement,
        story: Rc<Story>,
        initial: View,
        view: View,
        features: Features,
    ) -> Rc<RefCell<App>> {
        let root: HtmlElement = typed(doc, "div", "nf");
        let controls = if features.controls { Some(Controls::build(doc)) } else { None };
        if let Some(c) = &controls {
            add(&root, &c.root);
        }
        let empty: HtmlElement = typed(doc, "p", "nf-empty");
        attr(&empty, "role", "status");
        empty.set_hidden(true);
        let stage: HtmlElement = typed(doc, "div", "nf-stage");
        // The stage takes focus and speaks for the chart: the canvas itself is
        // hidden from assistive technology, and the generated description
        // (and the data table) are its accessible content.
        let id = next_id();
        stage.set_tab_index(0);
        attr(&stage, "role", "group");
        let desc_id = format!("nf-desc-{id}");
        attr(&stage, "aria-describedby", &desc_id);
        let canvas: HtmlCanvasElement = typed(doc, "canvas", "nf-canvas");
        attr(&canvas, "aria-hidden", "true");
        let desc: HtmlElement = typed(doc, "p", "nf-desc");
        desc.set_id(&desc_id);
        let tooltip: HtmlElement = typed(doc, "div", "nf-tooltip");
        tooltip.set_hidden(true);
        let lines = [
            el(doc, "p", "nf-tt-title"),
            el(doc, "p", "nf-tt-value"),
            el(doc, "p", "nf-tt-basis"),
            el(doc, "p", "nf-tt-source"),
        ];
        for l in &lines {
            add(&tooltip, l);
        }
        add(&stage, &canvas);
        add(&stage, &tooltip);
        add(&stage, &desc);
        let live: HtmlElement = typed(doc, "p", "nf-live");
        attr(&live, "aria-live", "polite");
        add(&root, &empty);
        add(&root, &stage);
        let tools = if features.tools { Some(Tools::build(doc)) } else { None };
        if let Some(t) = &tools {
            add(&root, &t.root);
        }
        add(&root, &live);
        add(host, &root);
        let dom = Dom { root, stage, canvas, tooltip, lines, live, empty, desc };
        let app = Rc::new(RefCell::new(App {
            me: Weak::new(),
            story,
            source: features.source,
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
            split: false,
            unpainted: None,
            staged: false,
            task: None,
            task_id: None,
        }));
        app.borrow_mut().me = Rc::downgrade(&app);
        app
    }

    /// Adds a listener that hands events to `handler`, skipping re-entrant calls.
    pub fn listen(
        app: &Rc<RefCell<App>>,
        target: &EventTarget,
        kind: &'static str,
        handler: fn(&mut App, &Event),
    ) {
        let weak = Rc::downgrade(app);
        let closure =
            Callback::new(move |e: JsValue| call(&weak, &mut |app| handler(app, e.unchecked_ref())));
        listen(target, kind, closure.as_ref().unchecked_ref());
        app.borrow_mut().listeners.push(Listener { target: target.clone(), kind, closure });
    }

    /// Redraws when the stage's width changes.
    pub fn observe_size(app: &Rc<RefCell<App>>) {
        let weak = Rc::downgrade(app);
        let cb = Callback::new(move |_| {
            call(&weak, &mut |app| {
                // Every draw records the width it drew at, so this redraws
                // only for a width not drawn yet; a first layout waiting for
                // its task draws at the width it finds then.
                if app.task_id.is_none() && app.dom.canvas.client_width() != app.last_width {
                    app.redraw();
                }
            })
        });
        let observer = observer(cb.as_ref().unchecked_ref());
        observer.observe(&app.borrow().dom.stage);
        app.borrow_mut().observer = Some((observer, cb));
    }

    /// Removes every listener, observer and frame, and the widget's DOM.
    pub fn destroy(&mut self) {
        for l in self.listeners.drain(..) {
            unlisten(&l.target, l.kind, l.closure.as_ref().unchecked_ref());
        }
        if let Some((observer, _cb)) = self.observer.take() {
            observer.disconnect();
        }
        if let Some(id) = self.raf_id.take() {
            cancel_frame(id);
        }
        if let Some(id) = self.task_id.take() {
            clear_timeout(id);
        }
        self.raf = None;
        self.task = None;
        self.dom.root.remove();
    }
}
