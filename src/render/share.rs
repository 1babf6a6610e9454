//! Shares of a whole: each figure a track from 0 to 100% filled to its value,
//! so 90% and "more than 94%" are read against the same full length.

use plotters_backend::text_anchor::{HPos, VPos};

use super::context::{Body, Ctx, Out};
use super::frame::write;
use super::marks::{self, Bar, ARROW};
use super::value_text;
use crate::error::Error;
use crate::story::Value;

const BAR: f64 = 18.0;
const GAP: f64 = 10.0;

/// Lays out the tracks from `top`; returns the bottom and the plot area.
pub fn body(cx: &Ctx, out: &mut Out, top: f64) -> Result<Body, Error> {
    let figures = cx.figures()?;
    let (left, right) = cx.edges();
    let value_style = cx.body().bold();
    let value_w = figures.iter().map(|(_, f)| cx.width(&value_text(cx, f), &value_style)).fold(0.0, f64::max);
    let arrow = cx.px(BAR * ARROW);
    let track_right = right - value_w - cx.px(GAP) - arrow;
    let mut y = top;
    for (i, (item, f)) in figures.iter().enumerate() {
        y = write(cx, out, &cx.label(item, f), cx.body(), (left, y), track_right - left) + cx.px(2.0);
        let bottom = y + cx.px(BAR);
        out.fill((left, y, track_right, bottom), cx.theme.track);
        let (lo, hi) = match f.value {
            Value::Range { low, high } => (low.value, high.value),
            Value::Point { value, .. } => (0.0, value),
        };
        let at = |v: f64| left + (v / 100.0).clamp(0.0, 1.0) * (track_right - left);
        let bar = {
            let (l, r) = cx.tween(out, &f.id, at(lo), at(hi));
            Bar { left: l, right: r, top: y, bottom, color: cx.item_color(i) }
        };
        marks::value(cx, out, bar, f);
        let mid = (y + bottom) / 2.0;
        out.text(&value_text(cx, f), (right, mid), value_style.anchored(HPos::Right, VPos::Center));
        out.mark(&f.id, (bar.left, y, bar.right, bottom));
        y = bottom + cx.px(16.0);
    }
    let bottom = y - cx.px(16.0);
    Ok((bottom, (left as i32, top as i32, right as i32, bottom.ceil() as i32)))
}
