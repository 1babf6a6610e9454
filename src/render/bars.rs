//! Horizontal bars, one per figure, for comparisons such as Changzhi's acreage
//! against the province's and Dingxi's. Linear from zero by default; on a log
//! scale when the reader asks and the values span a factor of ten.

use plotters_backend::text_anchor::{HPos, VPos};

use super::context::{Body, Ctx, Out};
use super::marks::{self, Bar, ARROW};
use super::value_text;
use crate::error::Error;
use crate::scale::{log_ticks, Scale};
use crate::story::{Group, Qualifier, Story, Value};

/// A bar's thickness and the gap between bars, in CSS pixels.
const BAR: f64 = 26.0;
const ROW_GAP: f64 = 14.0;
/// Space between a label and its bar, and between a bar and its value.
const GAP: f64 = 8.0;

/// The qualifier at a value's far end, which shapes the bar's end.
fn end_qualifier(v: &Value) -> Qualifier {
    match *v {
        Value::Point { qualifier, .. } => qualifier,
        Value::Range { high, .. } => high.qualifier,
    }
}

/// Whether the group is a bar chart whose values span a factor of ten or more.
pub fn log_applies(story: &Story, group: &Group) -> bool {
    if group.kind != crate::story::ChartKind::Bars {
        return false;
    }
    let values: Vec<f64> =
        group.items.iter().filter_map(|i| story.figure(&i.id)).map(|f| f.value.extent()).collect();
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(0.0, f64::max);
    min > 0.0 && max / min >= 10.0
}

/// Lays out the bars from `top`; returns the bottom and the plot area.
pub fn body(cx: &Ctx, out: &mut Out, top: f64) -> Result<Body, Error> {
    let figures = cx.figures()?;
    let (left, right) = cx.edges();
    let label_style = cx.body();
    let value_style = cx.body().bold();
    let labels: Vec<_> = figures.iter().map(|(i, f)| cx.label(i, f)).collect();
    let values: Vec<String> = figures.iter().map(|(_, f)| value_text(cx, f)).collect();
    let label_w = labels.iter().map(|l| cx.width(l, &label_style)).fold(0.0, f64::max);
    let value_w = values.iter().map(|v| cx.width(v, &value_style)).fold(0.0, f64::max);
    // Long labels go above their bars so the bars keep most of a narrow box.
    let stacked = label_w > 0.3 * (right - left);
    let x0 = if stacked { left } else { left + label_w + cx.px(GAP) };
    let arrow = cx.px(BAR * ARROW);
    let mut x1 = (right - value_w - cx.px(GAP) - arrow).max(x0 + cx.px(60.0));
    // On a narrow box, values too wide for the row go under their bar instead.
    let values_below = x1 - x0 < 0.45 * (right - left);
    if values_below {
        x1 = right - arrow;
    }
    let extents: Vec<f64> = figures.iter().map(|(_, f)| f.value.extent()).collect();
    let max = extents.iter().copied().fold(0.0, f64::max);
    let min = extents.iter().copied().fold(f64::INFINITY, f64::min);
    let log = cx.log && log_applies(cx.story, cx.group);
    let (scale, tick_values) = if log {
        let t = log_ticks(min, max);
        let (lo, hi) = (t[0], t[t.len() - 1]);
        (Scale::Log { min: lo, max: hi, x0, x1 }, t)
    } else {
        let t = super::axis::fitting_ticks(cx, max, x0, x1);
        (Scale::Linear { max: t.last().copied().unwrap_or(1.0), x0, x1 }, t)
    };

    let mut bars = Out::default();
    let mut y = top;
    for (i, (((_, f), label), value)) in figures.iter().zip(&labels).zip(&values).enumerate() {
        if stacked {
            bars.text(label, (left, y), label_style);
            y += cx.px(cx.m.body * 1.5);
        }
        let (l, r) = cx.tween(&mut bars, &f.id, scale.origin(), scale.at(f.value.extent()));
        let bar = Bar { left: l, right: r, top: y, bottom: y + cx.px(BAR), color: cx.item_color(i) };
        let mid = (bar.top + bar.bottom) / 2.0;
        if !stacked {
            bars.text(label, (x0 - cx.px(GAP), mid), label_style.anchored(HPos::Right, VPos::Center));
        }
        marks::value(cx, &mut bars, bar, f);
        let end = bar.right
            + if matches!(end_qualifier(&f.value), Qualifier::AtLeast | Qualifier::MoreThan) {
                arrow
            } else {
                0.0
            };
        if values_below {
            y = bar.bottom + cx.px(4.0);
            bars.text(value, (bar.left, y), value_style);
            y += cx.px(cx.m.body * 1.4);
        } else {
            bars.text(value, (end + cx.px(GAP), mid), value_style.anchored(HPos::Left, VPos::Center));
            y = bar.bottom;
        }
        bars.mark(&f.id, (bar.left, bar.top, end, bar.bottom));
        y += cx.px(ROW_GAP);
    }
    let plot_bottom = y - cx.px(ROW_GAP) + cx.px(4.0);

    // Grid and baseline behind the bars, tick labels below them.
    super::axis::vertical_grid(cx, out, &scale, &tick_values, top, plot_bottom);
    out.shapes.append(&mut bars.shapes);
    out.marks.append(&mut bars.marks);
    out.spans.append(&mut bars.spans);
    let mut bottom = plot_bottom + cx.px(4.0 + cx.m.small * 1.4);
    if log {
        let caption = match cx.lang {
            crate::story::Lang::Zh => "对数刻度：每一格是前一格的10倍",
            crate::story::Lang::En => "Log scale: each step is ten times the one before",
        };
        bottom = super::frame::write(cx, out, caption, cx.small(), (left, bottom + cx.px(4.0)), right - left);
    }
    let plot = (left as i32, top as i32, right as i32, plot_bottom as i32);
    Ok((bottom, plot))
}
