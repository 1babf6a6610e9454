//! Pointer and keys as plain values, answered by geometry: which mark is
//! under a point, which mark the keyboard moves to, where a tooltip fits.
//! No DOM here; the web edge converts events and applies the answers.

use crate::render::Mark;

/// A key the chart responds to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// Arrow right or down: the next mark in reading order.
    Next,
    /// Arrow left or up: the previous mark.
    Previous,
    /// Home: the first mark.
    First,
    /// End: the last mark.
    Last,
    /// Enter or Space: toggle the focused legend item.
    Activate,
    /// Escape: close the tooltip.
    Escape,
}

impl Key {
    /// The key for a `KeyboardEvent.key` value, if the chart uses it.
    pub fn from_name(name: &str) -> Option<Key> {
        match name {
            "ArrowRight" | "ArrowDown" => Some(Key::Next),
            "ArrowLeft" | "ArrowUp" => Some(Key::Previous),
            "Home" => Some(Key::First),
            "End" => Some(Key::Last),
            "Enter" | " " | "Spacebar" => Some(Key::Activate),
            "Escape" | "Esc" => Some(Key::Escape),
            _ => None,
        }
    }
}

/// A pointer's position on a canvas, in the canvas's own (backing-store) pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CanvasPoint {
    pub x: i32,
    pub y: i32,
    /// Backing-store pixels per screen pixel across, to turn a finger's reach
    /// (in screen pixels) into canvas pixels.
    pub per_screen_px: f64,
}

/// Where a pointer at `client` (a pointer event's clientX/Y) falls on a
/// canvas whose box on screen is `rect` (left, top, width, height: what
/// `getBoundingClientRect` gives, after any CSS transform) and whose backing
/// store is `backing` (width, height) pixels.
///
/// The scale is the backing store's size over the box's, on each axis,
/// and not the device pixel ratio: inside a container scaled with
/// `transform: scale(0.5)` (a CMS preview, a slide fitted to the screen)
/// the box is half its layout size while the backing store is not, so the
/// ratio alone would send every pointer to the wrong mark. None for a box
/// with no size (a collapsed container).
pub fn canvas_point(
    client: (f64, f64),
    rect: (f64, f64, f64, f64),
    backing: (u32, u32),
) -> Option<CanvasPoint> {
    let (left, top, width, height) = rect;
    if !(width > 0.0 && height > 0.0) {
        return None;
    }
    let (kx, ky) = (f64::from(backing.0) / width, f64::from(backing.1) / height);
    let x = (client.0 - left) * kx;
    let y = (client.1 - top) * ky;
    Some(CanvasPoint { x: x.round() as i32, y: y.round() as i32, per_screen_px: kx })
}

/// The mark under (`x`, `y`), or failing that the nearest within `slop`
/// device pixels, so thin bars and small dots are easy to hit with a finger.
pub fn hit(marks: &[Mark], x: i32, y: i32, slop: i32) -> Option<usize> {
    let distance = |m: &Mark| {
        let (l, t, r, b) = m.bounds;
        let dx = (l - x).max(0).max(x - r);
        let dy = (t - y).max(0).max(y - b);
        dx.max(dy)
    };
    marks.iter().enumerate().map(|(i, m)| (distance(m), i)).filter(|(d, _)| *d <= slop).min().map(|(_, i)| i)
}

/// Where focus goes from `current` among `len` marks (in reading order) on `key`.
/// Focus does not wrap: at either end it stays put.
pub fn move_focus(current: Option<usize>, len: usize, key: Key) -> Option<usize> {
    if len == 0 {
        return None;
    }
    match (key, current) {
        (Key::First, _) | (Key::Next, None) => Some(0),
        (Key::Last, _) | (Key::Previous, None) => Some(len - 1),
        (Key::Next, Some(i)) => Some((i + 1).min(len - 1)),
        (Key::Previous, Some(i)) => Some(i.saturating_sub(1)),
        (Key::Escape | Key::Activate, c) => c.filter(|i| *i < len),
    }
}

/// The top-left corner for a tooltip `size` (w, h) beside `mark` (l, t, r, b),
/// kept inside a box `(width, height)`: below the mark if it fits, else above,
/// and shifted sideways to stay within the box. All in CSS pixels.
pub fn place_tooltip(mark: (f64, f64, f64, f64), size: (f64, f64), area: (f64, f64)) -> (f64, f64) {
    let (l, t, r, b) = mark;
    let (w, h) = size;
    let (width, height) = area;
    let gap = 8.0;
    let x = ((l + r) / 2.0 - w / 2.0).clamp(0.0, (width - w).max(0.0));
    let y = if b + gap + h <= height || t - gap - h < 0.0 { b + gap } else { t - gap - h };
    (x, y.max(0.0))
}
