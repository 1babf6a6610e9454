//! Ranges before and after, such as per-mu returns that rose from
//! 8,000–10,000 to 50,000–100,000 yuan: each span on one axis from zero with
//! both ends marked. Figures in another unit (the multiple, in times) are
//! written under the axis rather than forced onto it.

use plotters_backend::text_anchor::{HPos, VPos};

use super::context::{Body, Ctx, Out};
use super::frame::write;
use super::marks::{self, Bar, ARROW};
use super::value_text;
use crate::error::Error;
use crate::scale::{ticks, Scale};
use crate::story::Value;

const BAR: f64 = 20.0;
const GAP: f64 = 8.0;

/// Lays out the spans from `top`; returns the bottom and the plot area.
pub fn body(cx: &Ctx, out: &mut Out, top: f64) -> Result<Body, Error> {
    let figures = cx.figures()?;
    let (left, right) = cx.edges();
    let unit = figures.first().map(|(_, f)| &f.unit);
    let (on_axis, aside): (Vec<_>, Vec<_>) =
        figures.iter().enumerate().partition(|(_, (_, f))| Some(&f.unit) == unit);
    let value_style = cx.body().bold();
    let value_w =
        on_axis.iter().map(|(_, (_, f))| cx.width(&value_text(cx, f), &value_style)).fold(0.0, f64::max);
    let max = on_axis.iter().map(|(_, (_, f))| f.value.extent()).fold(0.0, f64::max);
    let arrow = cx.px(BAR * ARROW);
    // Values beside the spans when they leave the axis at least half the width.
    let beside = right - left - value_w - cx.px(GAP) - arrow > 0.5 * (right - left);
    let x1 = if beside { right - value_w - cx.px(GAP) - arrow } else { right - arrow };
    let tick_values = super::axis::fitting_ticks(cx, max, left, x1);
    let scale = Scale::Linear { max: tick_values.last().copied().unwrap_or(1.0), x0: left, x1 };

    let mut spans = Out::default();
    let mut y = top;
    for &(i, (item, f)) in &on_axis {
        // Clear of the zero line that runs down the left edge.
        spans.text(&cx.label(item, f), (left + cx.px(6.0), y), cx.body());
        y += cx.px(cx.m.body * 1.5);
        let (lo, hi) = match f.value {
            Value::Range { low, high } => (low.value, high.value),
            Value::Point { value, .. } => (0.0, value),
        };
        let (l, r) = cx.tween(&mut spans, &f.id, scale.at(lo), scale.at(hi));
        let bar = Bar { left: l, right: r, top: y, bottom: y + cx.px(BAR), color: cx.item_color(i) };
        marks::value(cx, &mut spans, bar, f);
        let value = value_text(cx, f);
        let mid = (bar.top + bar.bottom) / 2.0;
        if beside {
            let at = (bar.right + arrow + cx.px(GAP), mid);
            spans.text(&value, at, value_style.anchored(HPos::Left, VPos::Center));
            y = bar.bottom;
        } else {
            y = write(
                cx,
                &mut spans,
                &value,
                value_style,
                (bar.left.min(right - value_w), bar.bottom + cx.px(6.0)),
                right - left,
            );
        }
        spans.mark(&f.id, (bar.left - cx.px(2.0), bar.top, bar.right + cx.px(2.0), bar.bottom));
        y += cx.px(16.0);
    }
    let plot_bottom = y - cx.px(12.0);
    super::axis::vertical_grid(cx, out, &scale, &tick_values, top, plot_bottom);
    let tick_style = cx.small();
    out.shapes.append(&mut spans.shapes);
    out.marks.append(&mut spans.marks);
    out.spans.append(&mut spans.spans);
    let mut y = plot_bottom + cx.px(8.0 + cx.m.small * 1.4);
    // Figures in another unit (the multiple, in times): each on a small axis of
    // its own under the main one, so it is not read against yuan.
    for &(i, (item, f)) in &aside {
        y += cx.px(10.0);
        out.text(&cx.label(item, f), (left, y), cx.body());
        y += cx.px(cx.m.body * 1.5);
        let top_tick = ticks(f.value.extent(), 2).last().copied().unwrap_or(1.0);
        let scale = Scale::Linear { max: top_tick, x0: left, x1 };
        let (lo, hi) = match f.value {
            Value::Range { low, high } => (low.value, high.value),
            Value::Point { value, .. } => (0.0, value),
        };
        let (l, r) = cx.tween(out, &f.id, scale.at(lo), scale.at(hi));
        let bar = Bar { left: l, right: r, top: y, bottom: y + cx.px(BAR), color: cx.item_color(i) };
        out.fill((left, bar.top, x1, bar.bottom), cx.theme.track);
        marks::value(cx, out, bar, f);
        out.mark(&f.id, (bar.left - cx.px(2.0), bar.top, bar.right + cx.px(2.0), bar.bottom));
        let value = value_text(cx, f);
        let mid = (bar.top + bar.bottom) / 2.0;
        y = if beside {
            out.text(&value, (x1 + arrow + cx.px(GAP), mid), value_style.anchored(HPos::Left, VPos::Center));
            bar.bottom
        } else {
            write(cx, out, &value, value_style, (left, bar.bottom + cx.px(6.0)), right - left)
        };
        let ends = tick_style.anchored(HPos::Left, VPos::Top);
        let unit = crate::format::with_unit(top_tick, &f.unit, cx.lang);
        out.text("0", (left, y + cx.px(4.0)), ends);
        out.text(&unit, (x1, y + cx.px(4.0)), ends.anchored(HPos::Right, VPos::Top));
        y += cx.px(4.0 + cx.m.small * 1.4);
    }
    Ok((y, (left as i32, top as i32, right as i32, y.ceil() as i32)))
}
