//! The value axis under horizontal marks: a baseline, faint grid lines and
//! tick labels that stay inside the chart.

use super::context::{Ctx, Out};
use super::Shape;
use crate::format::number;
use crate::scale::{ticks, Scale};
use crate::theme::Stroke;

/// Draws grid lines from `top` to `bottom` at each tick, the first (the
/// baseline) darker, and the tick labels under them.
pub fn vertical_grid(cx: &Ctx, out: &mut Out, scale: &Scale, ticks: &[f64], top: f64, bottom: f64) {
    let grid = Stroke { color: cx.theme.grid, width: cx.vp.line(1.0) };
    for (i, t) in ticks.iter().enumerate() {
        let x = scale.at(*t).round() as i32;
        let stroke = if i == 0 { Stroke { color: cx.theme.muted, ..grid } } else { grid };
        out.shapes.push(Shape::Line { from: (x, top as i32), to: (x, bottom as i32), stroke });
        cx.tick(out, &number(*t, cx.lang), f64::from(x), bottom + cx.px(4.0));
    }
}

/// The most ticks (up to five) for `[0, max]` drawn from `x0` to `x1` whose
/// labels fit side by side, counting the last label's shift back inside the
/// chart's right edge.
pub fn fitting_ticks(cx: &Ctx, max: f64, x0: f64, x1: f64) -> Vec<f64> {
    let style = cx.small();
    let gap = cx.px(12.0);
    let (_, right) = cx.edges();
    (1..=5)
        .rev()
        .map(|n| ticks(max, n))
        .find(|t| {
            let widths: Vec<f64> = t.iter().map(|v| cx.width(&number(*v, cx.lang), &style)).collect();
            let widest = widths.iter().copied().fold(0.0, f64::max);
            let last = widths.last().copied().unwrap_or(0.0);
            let shift = (x1 + last / 2.0 - right).max(0.0);
            (x1 - x0) / (t.len().max(2) - 1) as f64 >= widest + gap + shift
        })
        .unwrap_or_else(|| ticks(max, 1))
}
