//! Horizontal bars from zero, one per figure, for comparisons such as
//! Changzhi's acreage against the province's.
//!
//! A derived value (one the article implies but does not state) is drawn
//! hatched and outlined instead of solid, and its label says so.

use plotters_backend::text_anchor::{HPos, VPos};

use crate::error::{Error, ErrorKind};
use crate::format::value_label;
use crate::layout::Viewport;
use crate::scale::{ticks, Linear};
use crate::story::{Figure, Group, Lang, Story};
use crate::text::TextStyle;
use crate::theme::{Stroke, Theme};

use super::frame::{footer, header, Ink, Metrics};
use super::{Mark, Measure, Scene, Shape};

/// A bar's thickness and the gap between bars, in CSS pixels.
const BAR: f64 = 28.0;
const ROW_GAP: f64 = 14.0;
/// Space between a label and its bar, and between a bar and its value.
const GAP: f64 = 8.0;

/// Each item's figure, or an error naming the item that points nowhere.
fn resolve<'s>(story: &'s Story, group: &Group) -> Result<Vec<&'s Figure>, Error> {
    let gi = story
        .groups
        .iter()
        .position(|g| g.id == group.id)
        .unwrap_or(0);
    group
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            story.figure(&item.id).ok_or_else(|| {
                Error::new(
                    format!("groups[{gi}].items[{i}].id"),
                    ErrorKind::UnknownFigure(item.id.clone()),
                )
            })
        })
        .collect()
}

/// The value as its bar's label, with "derived" spelled out where it applies.
fn bar_value_label(f: &Figure, lang: Lang) -> String {
    let v = value_label(&f.value, &f.unit, lang);
    match (&f.derived, lang) {
        (None, _) => v,
        (Some(_), Lang::Zh) => format!("{v}（推算）"),
        (Some(_), Lang::En) => format!("{v} (derived)"),
    }
}

/// Diagonal hatching inside a rectangle, `step` device pixels apart.
fn hatch(shapes: &mut Vec<Shape>, (l, t, r, b): (i32, i32, i32, i32), step: i32, stroke: Stroke) {
    let mut k = l + t + step;
    while k < r + b {
        let x0 = l.max(k - b);
        let x1 = r.min(k - t);
        if x0 < x1 {
            shapes.push(Shape::Line {
                from: (x0, k - x0),
                to: (x1, k - x1),
                stroke,
            });
        }
        k += step;
    }
}

/// Lays out a bar chart of `group`.
pub fn layout(
    story: &Story,
    group: &Group,
    lang: Lang,
    theme: &Theme,
    vp: &Viewport,
    measure: Measure,
) -> Result<Scene, Error> {
    let figures = resolve(story, group)?;
    let m = Metrics::for_width(vp.css_width);
    let ink = Ink {
        strong: theme.text,
        muted: theme.muted,
    };
    let mut shapes = Vec::new();
    let plot_top = header(&mut shapes, group, lang, vp, &m, &ink, measure);

    let (left, right) = (vp.px(m.pad), vp.px(vp.css_width - m.pad));
    let label_style = TextStyle::new(vp.px(m.body), theme.text);
    let value_style = TextStyle::new(vp.px(m.body), theme.text).bold();
    let labels: Vec<&str> = group
        .items
        .iter()
        .zip(&figures)
        .map(|(i, f)| i.label.as_ref().unwrap_or(&f.label).get(lang))
        .collect();
    let values: Vec<String> = figures.iter().map(|f| bar_value_label(f, lang)).collect();
    let label_w = labels
        .iter()
        .map(|l| measure(l, &label_style))
        .fold(0.0, f64::max);
    let value_w = values
        .iter()
        .map(|v| measure(v, &value_style))
        .fold(0.0, f64::max);
    // Long labels go above their bars so the bars keep most of a narrow box.
    let stacked = label_w > 0.3 * (right - left);
    let x0 = if stacked {
        left
    } else {
        left + label_w + vp.px(GAP)
    };
    let x1 = (right - value_w - vp.px(GAP)).max(x0 + vp.px(40.0));
    let max = figures.iter().map(|f| f.value.extent()).fold(0.0, f64::max);
    let tick_style = TextStyle::new(vp.px(m.small), theme.muted).anchored(HPos::Center, VPos::Top);
    let tick_values = fitting_ticks(max, x1 - x0, vp.px(12.0), lang, &|t| {
        measure(t, &tick_style)
    });
    let top_tick = tick_values.last().copied().unwrap_or(1.0);
    let scale = Linear {
        max: top_tick,
        x0,
        x1,
    };

    let mut bars = Vec::new();
    let mut marks = Vec::new();
    let mut y = plot_top;
    for ((item_label, f), value) in labels.iter().zip(&figures).zip(&values) {
        if stacked {
            bars.push(text(item_label, (left, y), label_style));
            y += vp.px(m.body * 1.5);
        }
        let (bt, bb) = (y.round() as i32, (y + vp.px(BAR)).round() as i32);
        let (bl, br) = (x0.round() as i32, scale.at(f.value.extent()).round() as i32);
        let mid = (bt + bb) / 2;
        if !stacked {
            let style = label_style.anchored(HPos::Right, VPos::Center);
            bars.push(text(item_label, (x0 - vp.px(GAP), f64::from(mid)), style));
        }
        let outline = Stroke {
            color: theme.mark,
            width: vp.line(1.5),
        };
        if f.derived.is_some() {
            bars.push(Shape::Fill {
                from: (bl, bt),
                to: (br, bb),
                color: theme.derived_fill,
            });
            hatch(
                &mut bars,
                (bl, bt, br, bb),
                vp.line(6.0) as i32,
                Stroke {
                    width: vp.line(1.0),
                    ..outline
                },
            );
            bars.push(Shape::Outline {
                from: (bl, bt),
                to: (br, bb),
                stroke: outline,
            });
        } else {
            bars.push(Shape::Fill {
                from: (bl, bt),
                to: (br, bb),
                color: theme.mark,
            });
        }
        let vstyle = value_style.anchored(HPos::Left, VPos::Center);
        bars.push(text(
            value,
            (f64::from(br) + vp.px(GAP), f64::from(mid)),
            vstyle,
        ));
        marks.push(Mark {
            figure: f.id.clone(),
            bounds: (bl, bt, br, bb),
        });
        y += vp.px(BAR + ROW_GAP);
    }
    let plot_bottom = y - vp.px(ROW_GAP) + vp.px(4.0);

    // Grid and baseline behind the bars, tick labels below them.
    let grid = Stroke {
        color: theme.grid,
        width: vp.line(1.0),
    };
    for t in &tick_values {
        let x = scale.at(*t).round() as i32;
        let stroke = if *t == 0.0 {
            Stroke {
                color: theme.muted,
                ..grid
            }
        } else {
            grid
        };
        shapes.push(Shape::Line {
            from: (x, plot_top as i32),
            to: (x, plot_bottom as i32),
            stroke,
        });
        let label = crate::format::number(*t, lang);
        shapes.push(text(
            &label,
            (f64::from(x), plot_bottom + vp.px(4.0)),
            tick_style,
        ));
    }
    shapes.append(&mut bars);
    let axis_bottom = plot_bottom + vp.px(4.0 + m.small * 1.4);
    let bottom = footer(
        &mut shapes,
        story,
        group,
        lang,
        vp,
        &m,
        &ink,
        axis_bottom + vp.px(10.0),
        measure,
    );

    let height = bottom.ceil();
    Ok(Scene {
        size: (vp.device_width(), height as u32),
        css_height: height / vp.ratio,
        shapes,
        marks,
        plot: (
            left as i32,
            plot_top as i32,
            right as i32,
            plot_bottom as i32,
        ),
    })
}

/// The most ticks (up to five) whose labels fit side by side in `width` with
/// `gap` between them; at least the two ends.
fn fitting_ticks(
    max: f64,
    width: f64,
    gap: f64,
    lang: Lang,
    measure: &dyn Fn(&str) -> f64,
) -> Vec<f64> {
    (1..=5)
        .rev()
        .map(|n| ticks(max, n))
        .find(|t| {
            let widest = t
                .iter()
                .map(|v| measure(&crate::format::number(*v, lang)))
                .fold(0.0, f64::max);
            let step = width / (t.len().max(2) - 1) as f64;
            step >= widest + gap
        })
        .unwrap_or_else(|| ticks(max, 1))
}

fn text(s: &str, (x, y): (f64, f64), style: TextStyle) -> Shape {
    Shape::Text {
        text: s.to_owned(),
        pos: (x.round() as i32, y.round() as i32),
        style,
    }
}
