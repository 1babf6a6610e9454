//! Where an editor's annotations go: beside their mark where there is room,
//! as numbered notes under the chart where there is not.
//!
//! A chart is laid out first; then each annotation looks for the free place
//! nearest its mark, trying its text on one line and wrapped to two narrower
//! widths. A place is free when the text's box, a little padded, touches no
//! text, mark or shape the chart drew, no earlier annotation and no earlier
//! leader line, stays inside the chart's body, and its leader line to the
//! mark crosses nothing but the mark it points at. An annotation with no free
//! place within reach is footnoted: its mark's label gets a numbered marker
//! (①) and the text goes under the chart with the same number, as the ONS
//! does on small screens. The search is a grid over the body, a few
//! thousand boxes against a few dozen obstacles: well under a millisecond.

use plotters_backend::text_anchor::{HPos, VPos};

use super::context::{Ctx, Out};
use super::Shape;
use crate::layout::wrap;
use crate::story::{Annotation, End, Value};
use crate::text::TextStyle;
use crate::theme::Stroke;

mod geometry;

use geometry::{crosses, distance, gap, grow, overlaps, shorten, within, Rect, Segment};

/// An annotation drawn beside its mark.
#[derive(Clone, Debug, PartialEq)]
pub struct Callout {
    /// Its index in the group's `annotations`.
    pub index: usize,
    /// The box its text takes (left, top, right, bottom), device px.
    pub bounds: (i32, i32, i32, i32),
    /// The leader line from the box to the mark.
    pub leader: ((i32, i32), (i32, i32)),
}

/// What placing a chart's annotations gives.
#[derive(Default)]
pub struct Placed {
    /// The annotations drawn beside their marks.
    pub callouts: Vec<Callout>,
    /// Their shapes: a background-coloured box (which hides grid lines
    /// under the text), the text and the leader line.
    pub shapes: Vec<Shape>,
    /// The annotations that found no place, by index.
    pub failed: Vec<usize>,
}

/// The marker of footnote `n` (from 1): ① to ⑳, then (21).
pub fn marker(n: usize) -> String {
    match u32::try_from(n) {
        Ok(k @ 1..=20) => char::from_u32(0x245f + k).map_or_else(|| format!("({n})"), String::from),
        _ => format!("({n})"),
    }
}

/// The text style of an annotation: small, in the text colour.
pub fn style(cx: &Ctx) -> TextStyle {
    cx.style(cx.m.small, cx.theme.text)
}

/// How much wider than measured a text is taken to be when placing
/// annotations: the static SVGs are laid out with estimated widths and
/// shown in the reader's fonts, which may run wider (tests/core.rs checks
/// every chart at 1.25 times the estimate).
const SLACK: f64 = 1.2;

/// The box a text shape covers, [`SLACK`] times its measured width by its
/// size, from its anchor.
pub fn text_rect(cx: &Ctx, text: &str, pos: (i32, i32), style: &TextStyle) -> Rect {
    let (w, h) = (cx.width(text, style) * SLACK, style.size);
    let x = f64::from(pos.0);
    let y = f64::from(pos.1);
    let x = match style.anchor.h_pos {
        HPos::Left => x,
        HPos::Center => x - w / 2.0,
        HPos::Right => x - w,
    };
    let y = match style.anchor.v_pos {
        VPos::Top => y,
        VPos::Center => y - h / 2.0,
        VPos::Bottom => y - h,
    };
    (x, y, x + w, y + h)
}

/// What the chart drew, as boxes: every text, mark, fill and polygon.
fn obstacles(cx: &Ctx, out: &Out) -> Vec<Rect> {
    let mut boxes: Vec<Rect> = out
        .marks
        .iter()
        .map(|m| {
            let (l, t, r, b) = m.bounds;
            (f64::from(l), f64::from(t), f64::from(r), f64::from(b))
        })
        .collect();
    for shape in &out.shapes {
        let p = |(x, y): (i32, i32)| (f64::from(x), f64::from(y));
        boxes.push(match shape {
            Shape::Text { text, pos, style } => text_rect(cx, text, *pos, style),
            Shape::Fill { from, to, .. } | Shape::Outline { from, to, .. } => {
                let ((l, t), (r, b)) = (p(*from), p(*to));
                (l.min(r), t.min(b), l.max(r), t.max(b))
            }
            Shape::Polygon { points, .. } => points.iter().fold(
                (f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY),
                |(l, t, r, b), &(x, y)| {
                    let (x, y) = p((x, y));
                    (l.min(x), t.min(y), r.max(x), b.max(y))
                },
            ),
            // Grid lines, hatching and caps: text may sit over a grid line
            // (its box is painted over it); the rest lies inside a mark.
            Shape::Line { .. } => continue,
        });
    }
    boxes
}

/// The x an annotation points at on `mark`: a range's end, a whole range's
/// middle, a bar's far end.
fn anchor_x(cx: &Ctx, a: &Annotation, mark: Rect) -> f64 {
    let range = cx.story.figure(&a.item).is_some_and(|f| matches!(f.value, Value::Range { .. }));
    match (a.end, range) {
        (Some(End::Low), _) => mark.0,
        (Some(End::High), _) | (None, false) => mark.2,
        (None, true) => (mark.0 + mark.2) / 2.0,
    }
}

/// The leader from box `b` to `mark`, pointing at `ax`: from the box's point
/// nearest the mark to the mark's edge facing the box. A box beside the mark
/// points at the edge it faces, so only a box on the side of `ax` can (a
/// leader to the far end would run along the mark).
fn leader(b: Rect, mark: Rect, ax: f64) -> Option<Segment> {
    let mid = within((b.1 + b.3) / 2.0, mark.1, mark.3);
    let to = if b.3 <= mark.1 {
        (ax, mark.1)
    } else if b.1 >= mark.3 {
        (ax, mark.3)
    } else {
        let edge = if b.0 >= mark.2 { mark.2 } else { mark.0 };
        if (edge - ax).abs() > 1.0 {
            return None;
        }
        (edge, mid)
    };
    Some(((within(to.0, b.0, b.2), within(to.1, b.1, b.3)), to))
}

/// One annotation's text, laid out: its lines and the box they take.
struct Block {
    lines: Vec<String>,
    size: (f64, f64),
}

/// The annotation's text on one line, and wrapped to 200 and 130 CSS px
/// (at most three lines), each no wider than `area`.
fn blocks(cx: &Ctx, text: &str, area: f64) -> Vec<Block> {
    let style = style(cx);
    let measure = cx.measure();
    let line_h = style.size * 1.3;
    let mut out: Vec<Block> = Vec::new();
    for max in [f64::INFINITY, cx.px(200.0), cx.px(130.0)] {
        let lines = wrap(text, max.min(area), &|t| measure(t, &style));
        let w = lines.iter().map(|l| measure(l, &style)).fold(0.0, f64::max);
        if lines.len() > 3 || w > area || out.iter().any(|b| b.lines == lines) {
            continue;
        }
        let size = ((w * SLACK).min(area), line_h * lines.len() as f64);
        out.push(Block { lines, size });
    }
    out
}

/// Places the annotations of `cx.group` not in `cx.footnoted` in `area`
/// (the chart's body) around what `out` holds.
pub fn place(cx: &Ctx, out: &Out, area: Rect) -> Placed {
    let mut placed = Placed::default();
    let mut busy = obstacles(cx, out);
    let mut leaders: Vec<Segment> = Vec::new();
    let pad = cx.px(5.0);
    let step = cx.px(4.0);
    let reach = cx.px(160.0);
    let (shortest, ideal) = (cx.px(10.0), cx.px(18.0));
    for (k, a) in cx.group.annotations.iter().enumerate() {
        if cx.footnoted.contains(&k) {
            continue;
        }
        let Some(mark) = out.marks.iter().find(|m| m.figure == a.item) else {
            placed.failed.push(k);
            continue;
        };
        let (l, t, r, b) = mark.bounds;
        let mark = (f64::from(l), f64::from(t), f64::from(r), f64::from(b));
        let ax = anchor_x(cx, a, mark);
        // The mark's own parts (its fill, arrowhead, hatching) are not in a leader's way.
        let others: Vec<Rect> = busy.iter().copied().filter(|o| !overlaps(*o, grow(mark, 1.0))).collect();
        // The other marks: a note must sit nearer its own mark than any of
        // them, or a reader takes it for theirs.
        let rivals: Vec<Rect> = out
            .marks
            .iter()
            .filter(|m| m.figure != a.item)
            .map(|m| {
                (f64::from(m.bounds.0), f64::from(m.bounds.1), f64::from(m.bounds.2), f64::from(m.bounds.3))
            })
            .collect();
        let mut best: Option<(f64, Rect, usize)> = None;
        let choices = blocks(cx, cx.t(&a.text), area.2 - area.0);
        for (bi, block) in choices.iter().enumerate() {
            let (w, h) = block.size;
            // Fewer lines first: a wrapped text must be clearly nearer to win.
            let penalty = bi as f64 * cx.px(12.0);
            // Only boxes within reach of the mark are tried.
            let (x0, y0) = ((mark.0 - reach - w).max(area.0), (mark.1 - reach - h).max(area.1));
            let (x1, y1) = ((mark.2 + reach).min(area.2), (mark.3 + reach).min(area.3));
            let mut y = y0;
            while y + h <= y1 {
                let mut x = x0;
                while x + w <= x1 {
                    let bx = (x, y, x + w, y + h);
                    if let Some((from, to)) = leader(bx, mark, ax) {
                        let length = distance(from, to);
                        // Best a short leader away: close, yet visibly pointing.
                        // (A leader shorter than `shortest` would hide under the text.)
                        let score = (length - ideal).abs() + penalty;
                        if (shortest..=reach).contains(&length)
                            && best.is_none_or(|(s, _, _)| score < s)
                            && free(grow(bx, pad), &busy, &leaders)
                            && rivals.iter().all(|o| gap(bx, *o) > gap(bx, mark))
                            && clear(from, to, pad, &others)
                        {
                            best = Some((score, bx, bi));
                        }
                    }
                    x += step;
                }
                y += step;
            }
        }
        let Some(((from, to), bx, bi)) = best.and_then(|(_, bx, bi)| Some((leader(bx, mark, ax)?, bx, bi)))
        else {
            placed.failed.push(k);
            continue;
        };
        let style = style(cx);
        let r = |v: f64| v.round() as i32;
        placed.shapes.push(Shape::Fill {
            from: (r(bx.0), r(bx.1)),
            to: (r(bx.2), r(bx.3)),
            color: cx.theme.background,
        });
        for (i, text) in choices[bi].lines.iter().enumerate() {
            let y = bx.1 + style.size * 1.3 * i as f64;
            placed.shapes.push(Shape::Text { text: text.clone(), pos: (r(bx.0), r(y)), style });
        }
        let (from, to) = shorten(from, to, cx.px(2.0));
        let stroke = Stroke { color: cx.theme.muted, width: cx.vp.line(1.0) };
        placed.shapes.push(Shape::Line { from: (r(from.0), r(from.1)), to: (r(to.0), r(to.1)), stroke });
        leaders.push((from, to));
        let leader = ((r(from.0), r(from.1)), (r(to.0), r(to.1)));
        busy.push(bx);
        placed.callouts.push(Callout { index: k, bounds: (r(bx.0), r(bx.1), r(bx.2), r(bx.3)), leader });
    }
    placed
}

/// Whether box `b` touches no obstacle and no leader line.
fn free(b: Rect, busy: &[Rect], leaders: &[Segment]) -> bool {
    !busy.iter().any(|o| overlaps(b, *o)) && !leaders.iter().any(|&(p, q)| crosses(p, q, b))
}

/// Whether the leader from `from` to `to`, less `pad` at its box end, crosses none of `others`.
fn clear(from: (f64, f64), to: (f64, f64), pad: f64, others: &[Rect]) -> bool {
    let (from, to) = shorten(from, to, pad / 2.0);
    !others.iter().any(|o| crosses(from, to, *o))
}

/// The numbered notes under the chart, one per footnoted annotation, from
/// `top`; returns the top of what follows.
pub fn footnotes(cx: &Ctx, out: &mut Out, top: f64) -> f64 {
    let (left, right) = cx.edges();
    let mut y = top;
    for (n, &k) in cx.footnoted.iter().enumerate() {
        if let Some(a) = cx.group.annotations.get(k) {
            let text = format!("{} {}", marker(n + 1), cx.t(&a.text));
            y = super::frame::write(cx, out, &text, style(cx), (left, y), right - left) + cx.px(2.0);
        }
    }
    y
}
