//! The parts of one whole, such as Tsinghua's 12 bases by type: one bar split
//! into segments, and under it a legend row per part with its value. The
//! total is the sum of the parts and says so.

use plotters_backend::text_anchor::{HPos, VPos};

use super::context::{Body, Ctx, Out};
use super::frame::write;
use super::value_text;
use crate::error::Error;
use crate::format::with_unit;
use crate::story::Lang;
use crate::theme::Stroke;

const BAR: f64 = 30.0;

/// Lays out the stacked bar and legend from `top`; returns the bottom and the plot area.
pub fn body(cx: &Ctx, out: &mut Out, top: f64) -> Result<Body, Error> {
    let figures = cx.figures()?;
    let (left, right) = cx.edges();
    // Parts hidden by a legend toggle leave the bar and the total.
    let shown = |i: usize, v: f64| if cx.hidden(i) { 0.0 } else { v.max(0.0) };
    let total: f64 = figures.iter().enumerate().map(|(i, (_, f))| shown(i, f.value.extent())).sum();
    let unit = figures.first().map(|(_, f)| f.unit.clone());
    if let Some(unit) = &unit {
        let sum = with_unit(total, unit, cx.lang);
        let line = match cx.lang {
            Lang::Zh => format!("合计{sum}（各部分之和）"),
            Lang::En => format!("{sum} in all (the sum of the parts)"),
        };
        write(cx, out, &line, cx.body().bold(), (left, top), right - left);
    }
    let bar_top = top + cx.px(cx.m.body * 1.6);
    let bar_bottom = bar_top + cx.px(BAR);
    let mut x = left;
    let mut segments = Vec::with_capacity(figures.len());
    let color = |i: usize| cx.series_color(i, i);
    let divider = Stroke { color: cx.theme.background, width: cx.vp.line(2.0) };
    for (i, (_, f)) in figures.iter().enumerate() {
        let w = if total > 0.0 { shown(i, f.value.extent()) / total * (right - left) } else { 0.0 };
        let (l, r) = cx.tween(out, &f.id, x, x + w);
        out.fill((l, bar_top, r, bar_bottom), color(i));
        if i > 0 {
            out.shapes.push(super::Shape::Line {
                from: (l.round() as i32, bar_top as i32),
                to: (l.round() as i32, bar_bottom as i32),
                stroke: divider,
            });
        }
        segments.push((l, r));
        x += w;
    }
    // Legend: swatch, label, value; one row per part so nothing collides.
    let swatch = cx.px(12.0);
    let value_style = cx.body().bold();
    let mut y = bar_bottom + cx.px(12.0);
    for (i, (item, f)) in figures.iter().enumerate() {
        let value = value_text(cx, f);
        let value_w = cx.width(&value, &value_style);
        let text_left = left + swatch + cx.px(8.0);
        let sw = (left, y + cx.px(2.0), left + swatch, y + cx.px(2.0) + swatch);
        if cx.hidden(i) {
            // A hidden part keeps an empty swatch: the legend still lists it.
            let stroke = Stroke { color: color(i), width: cx.vp.line(1.5) };
            let p = |v: f64| v.round() as i32;
            out.shapes.push(super::Shape::Outline {
                from: (p(sw.0), p(sw.1)),
                to: (p(sw.2), p(sw.3)),
                stroke,
            });
        } else {
            out.fill(sw, color(i));
        }
        let bottom = write(
            cx,
            out,
            &cx.label(item, f),
            cx.body(),
            (text_left, y),
            right - text_left - value_w - cx.px(12.0),
        );
        out.text(&value, (right, y), value_style.anchored(HPos::Right, VPos::Top));
        // The mark is the bar's segment, or the legend row once the part is hidden.
        let (sl, sr) = segments[i];
        if sr - sl >= 1.0 {
            out.mark(&f.id, (sl, bar_top, sr, bar_bottom));
        } else {
            out.mark(&f.id, (left, y, right, bottom));
        }
        out.legend.push((i, (left, y, right, bottom)));
        y = bottom + cx.px(4.0);
    }
    Ok((y, (left as i32, bar_top as i32, right as i32, bar_bottom as i32)))
}
