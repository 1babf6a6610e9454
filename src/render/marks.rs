//! Marks that show a value's qualifier in their shape, not only in the label.
//!
//! - exact: a solid bar;
//! - at least / more than: the bar ends in an arrowhead, open to the right;
//! - less than / at most: a pale bar up to a solid cap, the value's ceiling;
//! - approximate: the bar's end fades out in steps;
//! - a range: a pale span with both ends capped;
//! - derived (computed by us, not stated): hatched and outlined, never solid.

use super::context::{Ctx, Out};
use super::Shape;
use crate::story::Qualifier;
use crate::theme::{Color, Stroke};

/// Room beyond a bar's end for its arrowhead, as a fraction of bar height.
pub const ARROW: f64 = 0.5;

/// A bar's box in device pixels and its colour.
#[derive(Clone, Copy)]
pub struct Bar {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    pub color: Color,
}

impl Bar {
    fn edges(&self) -> (f64, f64, f64, f64) {
        (self.left, self.top, self.right.max(self.left), self.bottom)
    }
}

fn line(out: &mut Out, from: (f64, f64), to: (f64, f64), stroke: Stroke) {
    let p = |(x, y): (f64, f64)| (x.round() as i32, y.round() as i32);
    out.shapes.push(Shape::Line { from: p(from), to: p(to), stroke });
}

/// Diagonal hatching inside `bar`, `step` device pixels apart.
fn hatch(out: &mut Out, bar: &Bar, step: i32, stroke: Stroke) {
    let (l, t, r, b) = bar.edges();
    let (l, t, r, b) = (l.round() as i32, t.round() as i32, r.round() as i32, b.round() as i32);
    let mut k = l + t + step;
    while k < r + b {
        let (x0, x1) = (l.max(k - b), r.min(k - t));
        if x0 < x1 {
            out.shapes.push(Shape::Line { from: (x0, k - x0), to: (x1, k - x1), stroke });
        }
        k += step.max(2);
    }
}

/// The pale, hatched, outlined body of a derived value (right edge left to the end mark).
fn derived_body(cx: &Ctx, out: &mut Out, bar: &Bar) {
    let (l, t, r, b) = bar.edges();
    out.fill((l, t, r, b), cx.theme.tint(bar.color));
    let thin = Stroke { color: bar.color, width: cx.vp.line(1.0) };
    hatch(out, bar, cx.vp.line(6.0) as i32, thin);
    let edge = Stroke { color: bar.color, width: cx.vp.line(1.5) };
    line(out, (l, t), (r, t), edge);
    line(out, (l, b), (r, b), edge);
    line(out, (l, t), (l, b), edge);
}

fn arrowhead(cx: &Ctx, out: &mut Out, bar: &Bar) {
    let (_, t, r, b) = bar.edges();
    let h = b - t;
    let p = |x: f64, y: f64| (x.round() as i32, y.round() as i32);
    let tip = r + (h * ARROW).max(cx.px(6.0));
    out.shapes.push(Shape::Polygon {
        points: vec![p(r, t - h * 0.15), p(tip, (t + b) / 2.0), p(r, b + h * 0.15)],
        color: bar.color,
    });
}

fn cap(cx: &Ctx, out: &mut Out, x: f64, bar: &Bar) {
    let over = cx.px(3.0);
    let stroke = Stroke { color: bar.color, width: cx.vp.line(2.0) };
    line(out, (x, bar.top - over), (x, bar.bottom + over), stroke);
}

/// A bar from `left` to the value at `right`, its end shaped by `end`.
pub fn bar(cx: &Ctx, out: &mut Out, bar: Bar, end: Qualifier, derived: bool) {
    let (l, t, r, b) = bar.edges();
    let edge = Stroke { color: bar.color, width: cx.vp.line(1.5) };
    match (derived, end) {
        (true, _) => derived_body(cx, out, &bar),
        (false, Qualifier::LessThan | Qualifier::AtMost) => out.fill((l, t, r, b), cx.theme.tint(bar.color)),
        // Nearly is about the number, from below: the same fading end.
        (false, Qualifier::Approx | Qualifier::Nearly) => {
            // Solid, then three steps fading towards the background.
            let step = cx.px(4.0).min((r - l) / 4.0);
            out.fill((l, t, r - 3.0 * step, b), bar.color);
            for i in 0..3 {
                let x = r - f64::from(3 - i) * step;
                out.fill((x, t, x + step, b), bar.color.mix(cx.theme.background, 0.25 * f64::from(i + 1)));
            }
        }
        (false, _) => out.fill((l, t, r, b), bar.color),
    }
    match end {
        Qualifier::AtLeast | Qualifier::MoreThan => arrowhead(cx, out, &bar),
        Qualifier::LessThan | Qualifier::AtMost => cap(cx, out, r, &bar),
        Qualifier::Approx if derived => {
            // A dashed end: the edge is not known exactly.
            let dash = cx.px(3.0);
            let mut y = t;
            while y < b {
                line(out, (r, y), (r, (y + dash).min(b)), edge);
                y += 2.0 * dash;
            }
        }
        Qualifier::Exact if derived => line(out, (r, t), (r, b), edge),
        _ => {}
    }
}

/// A range placed from `bar.left` (low) to `bar.right` (high): a pale span with
/// both ends capped, hatched when derived. Qualified ends ("at least 10亿")
/// are spelled out in the label.
pub fn span(cx: &Ctx, out: &mut Out, bar: Bar, derived: bool) {
    let (l, t, r, b) = bar.edges();
    if derived {
        derived_body(cx, out, &bar);
        line(out, (r, t), (r, b), Stroke { color: bar.color, width: cx.vp.line(1.5) });
    } else {
        out.fill((l, t, r, b), cx.theme.tint(bar.color));
    }
    cap(cx, out, l, &bar);
    cap(cx, out, r, &bar);
}

/// The mark for a figure's value in `bar`: a span for a range, otherwise a
/// bar whose end shows the qualifier; hatched when derived.
/// What an arrowhead means, for a chart that draws one. "At least" and
/// "more than" end in the same arrowhead (the bar cannot show whether the
/// number itself is included), so the words under the chart tell them apart,
/// as the labels' ≥ and > do.
pub fn arrow_legend(cx: &Ctx) -> Option<&'static str> {
    use crate::story::{ChartKind, Lang, Qualifier, Value};
    let open = |v: &Value| {
        let end = match *v {
            Value::Point { qualifier, .. } => qualifier,
            Value::Range { high, .. } => high.qualifier,
        };
        matches!(end, Qualifier::AtLeast | Qualifier::MoreThan)
    };
    let drawn = matches!(cx.group.kind, ChartKind::Bars | ChartKind::Range)
        && cx.figures().is_ok_and(|fs| fs.iter().any(|(_, f)| open(&f.value)));
    drawn.then_some(match cx.lang {
        Lang::Zh => "箭头：数值超出条形所示，≥ 为不少于（含该数），> 为超过（不含该数）。",
        Lang::En => {
            "An arrowhead: the value goes past the bar; ≥ is at least (the number included), > is more than."
        }
    })
}

pub fn value(cx: &Ctx, out: &mut Out, bar: Bar, f: &crate::story::Figure) {
    match f.value {
        crate::story::Value::Range { .. } => span(cx, out, bar, f.derived.is_some()),
        crate::story::Value::Point { qualifier, .. } => {
            self::bar(cx, out, bar, qualifier, f.derived.is_some())
        }
    }
}
