//! DOM events turned into plain values (a point in device pixels, a [`Key`],
//! a chosen option) and handed to the widget's state.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlSelectElement, KeyboardEvent, PointerEvent};

use super::app::App;
use crate::interact::{hit, move_focus, CanvasPoint, Key};
use crate::state::{parse_pairs, View};
use crate::story::{ChartKind, Lang};

/// A pointer event's position on the canvas, in its backing-store pixels.
fn point(app: &App, e: &PointerEvent) -> Option<CanvasPoint> {
    super::dom::canvas_point(&app.dom.canvas, f64::from(e.client_x()), f64::from(e.client_y()))
}

/// The mark under a pointer, with `slop` screen px of reach.
fn mark_at(app: &App, e: &PointerEvent, slop: f64) -> Option<usize> {
    let p = point(app, e)?;
    let scene = app.scene.as_ref()?;
    hit(&scene.marks, p.x, p.y, (slop * p.per_screen_px).round() as i32)
}

fn on_pointer_move(app: &mut App, e: &Event) {
    let Some(e) = e.dyn_ref::<PointerEvent>() else { return };
    if app.pinned || e.pointer_type() != "mouse" {
        return;
    }
    let found = mark_at(app, e, 6.0);
    if found != app.hover {
        app.hover = found;
        match found {
            Some(i) => app.show_tooltip(i, false),
            None => app.hide_tooltip(),
        }
    }
}

fn on_pointer_leave(app: &mut App, _: &Event) {
    if !app.pinned && app.focus.is_none() {
        app.hide_tooltip();
    }
    app.hover = None;
}

fn on_pointer_down(app: &mut App, e: &Event) {
    let Some(e) = e.dyn_ref::<PointerEvent>() else { return };
    let Some(CanvasPoint { x, y, .. }) = point(app, e) else { return };
    let legend = app.scene.as_ref().and_then(|s| {
        s.legend.iter().find(|(_, (l, t, r, b))| x >= *l && x <= *r && y >= *t && y <= *b).map(|(i, _)| *i)
    });
    if let Some(i) = legend {
        toggle(app, i);
        return;
    }
    if e.pointer_type() == "mouse" {
        return;
    }
    // A tap shows the tooltip of what it touched and keeps it; a tap elsewhere closes it.
    match mark_at(app, e, 14.0) {
        Some(i) => {
            app.pinned = true;
            app.show_tooltip(i, true);
        }
        None => app.hide_tooltip(),
    }
}

/// Shows or hides part `i` of a composition (a legend toggle).
fn toggle(app: &mut App, i: usize) {
    let Ok(group) = app.story.group(&app.view.group) else { return };
    if group.kind != ChartKind::Composition {
        return;
    }
    let n = group.items.len();
    app.hidden.resize(n, false);
    if let Some(h) = app.hidden.get_mut(i) {
        *h = !*h;
    }
    app.animate();
}

fn on_key(app: &mut App, e: &Event) {
    let Some(e) = e.dyn_ref::<KeyboardEvent>() else { return };
    let Some(key) = Key::from_name(&e.key()) else { return };
    e.prevent_default();
    let len = app.scene.as_ref().map_or(0, |s| s.marks.len());
    match key {
        Key::Escape => app.hide_tooltip(),
        Key::Activate => {
            if let Some(i) = app.focus {
                toggle(app, i);
            }
        }
        _ => {
            app.focus = move_focus(app.focus, len, key);
            app.repaint();
            if let Some(i) = app.focus {
                app.show_tooltip(i, true);
            }
        }
    }
}

fn on_blur(app: &mut App, _: &Event) {
    if app.focus.take().is_some() {
        app.hide_tooltip();
        app.repaint();
    }
}

/// A new chart, filter or scale: reset focus and toggles, animate, record in the URL.
fn changed(app: &mut App) {
    app.view.settle(&app.story);
    app.focus = None;
    app.hidden.clear();
    app.hide_tooltip();
    app.animate();
    app.sync_url();
}

/// The element whose listener runs: the one newsfig listened on, so its
/// type is known without a check (which costs a JS import per type).
fn listener_element<T: JsCast>(e: &Event) -> Option<T> {
    e.current_target().map(JsCast::unchecked_into)
}

fn on_select(app: &mut App, e: &Event) {
    let Some(select) = listener_element::<HtmlSelectElement>(e) else { return };
    let (name, value) = (select.name(), select.value());
    if let Some(k) = crate::state::VOCABULARIES.iter().position(|v| *v == name) {
        app.view.filters[k] = None;
    }
    app.view.apply(&app.story, &mut std::iter::once((name.as_str(), value.as_str())));
    changed(app);
}

fn on_lang(app: &mut App, e: &Event) {
    let lang = listener_element::<web_sys::Element>(e).and_then(|b| b.get_attribute("lang"));
    app.view.lang = if lang.as_deref() == Some("en") { Lang::En } else { Lang::Zh };
    app.hide_tooltip();
    app.redraw();
    app.sync_url();
}

fn on_log(app: &mut App, _: &Event) {
    app.view.log = !app.view.log;
    changed(app);
}

fn on_reset(app: &mut App, _: &Event) {
    let lang = app.view.lang;
    app.view = View { lang, ..app.initial.clone() };
    changed(app);
}

fn on_hash(app: &mut App, _: &Event) {
    let hash = super::dom::hash();
    let pairs = parse_pairs(&hash);
    app.view.apply(&app.story, &mut pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    app.redraw();
}

fn on_tool(app: &mut App, e: &Event) {
    let name = listener_element::<web_sys::Element>(e).and_then(|b| b.get_attribute("data-tool"));
    if let Some(tool) = name.as_deref().and_then(super::tools::Tool::from_name) {
        if let Err(err) = app.use_tool(tool) {
            web_sys::console::error_1(&err);
        }
    }
}

/// Connects every listener of a freshly built widget.
pub fn wire(app: &Rc<RefCell<App>>) {
    let (canvas, stage) = (app.borrow().dom.canvas.clone(), app.borrow().dom.stage.clone());
    App::listen(app, &canvas, "pointermove", on_pointer_move);
    App::listen(app, &canvas, "pointerleave", on_pointer_leave);
    App::listen(app, &canvas, "pointerdown", on_pointer_down);
    App::listen(app, &stage, "keydown", on_key);
    App::listen(app, &stage, "blur", on_blur);
    let buttons = app.borrow().tools.as_ref().map(|t| t.buttons.clone());
    for b in buttons.iter().flatten() {
        App::listen(app, b, "click", on_tool);
    }
    // The tools module starts loading when a reader comes near the tools.
    // (The root is cloned first: `listen` borrows the app mutably.)
    #[cfg(not(feature = "tools"))]
    {
        let root = app.borrow().tools.as_ref().map(|t| t.root.clone());
        for root in root.iter() {
            for kind in ["pointerenter", "focusin"] {
                App::listen(app, root, kind, |_, _| super::lazy::preload());
            }
        }
    }
    let controls = app.borrow().controls.as_ref().map(|c| {
        let selects: Vec<_> = std::iter::once(c.group.clone()).chain(c.filters.iter().cloned()).collect();
        (selects, c.lang.clone(), c.log.clone(), c.reset.clone())
    });
    if let Some((selects, langs, log, reset)) = controls {
        for s in &selects {
            App::listen(app, s, "change", on_select);
        }
        for b in &langs {
            App::listen(app, b, "click", on_lang);
        }
        App::listen(app, &log, "click", on_log);
        App::listen(app, &reset, "click", on_reset);
    }
    if app.borrow().url {
        if let Some(window) = super::dom::window() {
            App::listen(app, &window, "hashchange", on_hash);
        }
    }
    App::observe_size(app);
}
