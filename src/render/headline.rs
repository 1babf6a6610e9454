//! Headline numbers: each figure as a big number with its label, and under it
//! the article's own wording, so "≥500" sits beside "500余项".

use super::context::{Body, Ctx, Out};
use super::frame::write;
use super::value_text;
use crate::error::Error;
use crate::theme::Stroke;

/// The narrowest card, the gap between cards and the number's size, CSS px.
const MIN_CARD: f64 = 150.0;
const GAP: f64 = 16.0;
const NUMBER: f64 = 28.0;

/// "原文：500余项" / "Article: “500余项”", or the formula for a derived figure.
fn provenance(cx: &Ctx, f: &crate::story::Figure) -> String {
    match (&f.derived, cx.lang) {
        (Some(d), _) => cx.t(&d.formula).to_owned(),
        (None, crate::story::Lang::Zh) => format!("原文：{}", f.wording),
        (None, crate::story::Lang::En) => format!("Article: “{}”", f.wording),
    }
}

/// Lays out the cards from `top`; returns the bottom and the plot area.
pub fn body(cx: &Ctx, out: &mut Out, top: f64) -> Result<Body, Error> {
    let figures = cx.figures()?;
    let (left, right) = cx.edges();
    let gap = cx.px(GAP);
    let n = figures.len().max(1);
    let cols = (((right - left + gap) / (cx.px(MIN_CARD) + gap)).floor() as usize).clamp(1, n);
    let card_w = (right - left - gap * (cols - 1) as f64) / cols as f64;
    let accent = cx.px(4.0);
    let inner = card_w - accent - cx.px(8.0);
    let mut y = top;
    for (r, row) in figures.chunks(cols).enumerate() {
        let mut row_bottom = y;
        for (c, (item, f)) in row.iter().enumerate() {
            let i = r * cols + c;
            let x = left + c as f64 * (card_w + gap);
            let tx = x + accent + cx.px(8.0);
            let value = value_text(cx, f);
            // The number shrinks to fit its card rather than overflow it.
            let mut number = cx.style(NUMBER, cx.theme.text).bold();
            let w = cx.width(&value, &number);
            if w > inner {
                number.size = (number.size * inner / w).max(cx.px(cx.m.body));
            }
            let mut yy = write(cx, out, &value, number, (tx, y), inner);
            yy = write(cx, out, &cx.label(item, f), cx.body(), (tx, yy + cx.px(2.0)), inner);
            yy = write(cx, out, &provenance(cx, f), cx.small(), (tx, yy + cx.px(2.0)), inner);
            let color = cx.item_color(i);
            if f.derived.is_some() {
                let stroke = Stroke { color, width: cx.vp.line(1.5) };
                out.shapes.push(super::Shape::Outline {
                    from: (x.round() as i32, y.round() as i32),
                    to: ((x + accent).round() as i32, yy.round() as i32),
                    stroke,
                });
            } else {
                out.fill((x, y, x + accent, yy), color);
            }
            out.mark(&f.id, (x, y, x + card_w, yy));
            row_bottom = row_bottom.max(yy);
        }
        y = row_bottom + gap;
    }
    let bottom = y - gap;
    Ok((bottom, (left as i32, top as i32, right as i32, bottom.ceil() as i32)))
}
