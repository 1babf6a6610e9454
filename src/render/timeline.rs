//! Dated events in order, down a vertical line: the date (as precise as the
//! article is: a year, a month or a day) beside or above each event.

use plotters_backend::text_anchor::{HPos, VPos};

use super::context::{Body, Ctx, Out};
use super::frame::{format_date, write};
use crate::error::{Error, ErrorKind};
use crate::story::Event;
use crate::theme::Stroke;

/// Each item's event, or an error naming the item that points nowhere.
fn events<'a>(cx: &Ctx<'a>) -> Result<Vec<&'a Event>, Error> {
    let story = cx.story;
    let index = cx.index;
    cx.group
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            story.event(&item.id).ok_or_else(|| {
                Error::new(super::context::item_path(index, i), ErrorKind::UnknownEvent(item.id.clone()))
            })
        })
        .collect()
}

/// Lays out the events from `top`; returns the bottom and the plot area.
pub fn body(cx: &Ctx, out: &mut Out, top: f64) -> Result<Body, Error> {
    let events = events(cx)?;
    let (left, right) = cx.edges();
    let date_style = cx.small().bold();
    let dates: Vec<String> = events.iter().map(|e| format_date(&e.date, cx.lang)).collect();
    let date_w = dates.iter().map(|d| cx.width(d, &date_style)).fold(0.0, f64::max);
    // Dates in their own column when it leaves the labels two thirds of the width.
    let column = date_w < (right - left) / 3.0;
    let line_x = if column { left + date_w + cx.px(14.0) } else { left + cx.px(5.0) };
    let text_left = line_x + cx.px(14.0);
    let dot = cx.px(4.0);
    let mut y = top;
    let mut dots = Out::default();
    for (i, (e, date)) in events.iter().zip(&dates).enumerate() {
        let row_top = y;
        let label_top = if column {
            out.text(
                date,
                (line_x - cx.px(14.0), y + cx.px(1.0)),
                date_style.anchored(HPos::Right, VPos::Top),
            );
            y
        } else {
            out.text(date, (text_left, y), date_style);
            y + cx.px(cx.m.small * 1.4)
        };
        y = write(
            cx,
            out,
            &cx.marked(&e.id, cx.t(&e.label)),
            cx.body(),
            (text_left, label_top),
            right - text_left,
        );
        let cy = row_top + cx.px(8.0);
        dots.fill((line_x - dot, cy - dot, line_x + dot, cy + dot), cx.item_color(i));
        out.mark(&e.id, (line_x - dot, row_top, right, y));
        y += cx.px(10.0);
    }
    let bottom = y - cx.px(10.0);
    let stroke = Stroke { color: cx.theme.grid, width: cx.vp.line(2.0) };
    out.shapes.push(super::Shape::Line {
        from: (line_x.round() as i32, top as i32),
        to: (line_x.round() as i32, bottom as i32),
        stroke,
    });
    out.shapes.append(&mut dots.shapes);
    Ok((bottom, ((line_x - dot) as i32, top as i32, right as i32, bottom.ceil() as i32)))
}
