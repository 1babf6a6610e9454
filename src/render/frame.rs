//! What every chart carries around its marks: the headline and subtitle above,
//! the note and the source line below. A chart copied out of the page (a
//! screenshot, a PNG download) keeps its title and its source.

use crate::figure::Lang;
use crate::layout::{wrap, Viewport};
use crate::story::{Group, Story};
use crate::text::TextStyle;
use crate::theme::Color;

use super::{Measure, Shape};

/// Sizes in CSS pixels shared by every chart kind.
pub struct Metrics {
    /// Space around the chart.
    pub pad: f64,
    /// Headline size.
    pub title: f64,
    /// Subtitle, labels and values.
    pub body: f64,
    /// Ticks, note and source.
    pub small: f64,
}

impl Metrics {
    /// Smaller type and padding on phone-width boxes.
    pub fn for_width(css_width: f64) -> Self {
        let narrow = css_width < 480.0;
        Metrics {
            pad: if narrow { 12.0 } else { 16.0 },
            title: if narrow { 17.0 } else { 20.0 },
            body: if narrow { 13.0 } else { 14.0 },
            small: 12.0,
        }
    }
}

/// Writes wrapped lines of `text` from `top` (device px); returns the new top.
#[allow(clippy::too_many_arguments)]
pub fn paragraph(
    shapes: &mut Vec<Shape>,
    text: &str,
    style: TextStyle,
    left: f64,
    top: f64,
    max: f64,
    line_height: f64,
    measure: Measure,
) -> f64 {
    let mut y = top;
    for line in wrap(text, max, &|t| measure(t, &style)) {
        shapes.push(Shape::Text {
            text: line,
            pos: (left.round() as i32, y.round() as i32),
            style,
        });
        y += line_height;
    }
    y
}

/// "来源：山西日报，2022年4月27日" / "Source: Shanxi Daily, 27 April 2022".
pub fn source_line(story: &Story, lang: Lang) -> String {
    let mut parts = story.date.split('-').map(|p| p.parse::<u32>().ok());
    let (y, m, d) = (
        parts.next().flatten(),
        parts.next().flatten(),
        parts.next().flatten(),
    );
    let publication = story.publication.get(lang);
    match (lang, y, m, d) {
        (Lang::Zh, Some(y), Some(m), Some(d)) => format!("来源：{publication}，{y}年{m}月{d}日"),
        (Lang::En, Some(y), Some(m @ 1..=12), Some(d)) => {
            const MONTHS: [&str; 12] = [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ];
            format!("Source: {publication}, {d} {} {y}", MONTHS[m as usize - 1])
        }
        (Lang::Zh, ..) => format!("来源：{publication}，{}", story.date),
        (Lang::En, ..) => format!("Source: {publication}, {}", story.date),
    }
}

/// Colours the frame's text is drawn in.
pub struct Ink {
    /// Headline.
    pub strong: Color,
    /// Everything else.
    pub muted: Color,
}

/// Lays out the headline and subtitle; returns the top of the plot (device px).
pub fn header(
    shapes: &mut Vec<Shape>,
    group: &Group,
    lang: Lang,
    vp: &Viewport,
    m: &Metrics,
    ink: &Ink,
    measure: Measure,
) -> f64 {
    let left = vp.px(m.pad);
    let max = vp.px(vp.css_width - 2.0 * m.pad);
    let title = TextStyle::new(vp.px(m.title), ink.strong).bold();
    let y = paragraph(
        shapes,
        group.title.get(lang),
        title,
        left,
        vp.px(m.pad),
        max,
        vp.px(m.title * 1.3),
        measure,
    );
    let sub = TextStyle::new(vp.px(m.body), ink.muted);
    let y = paragraph(
        shapes,
        group.subtitle.get(lang),
        sub,
        left,
        y + vp.px(4.0),
        max,
        vp.px(m.body * 1.4),
        measure,
    );
    y + vp.px(12.0)
}

/// Lays out the note and source from `top`; returns the chart's bottom (device px).
#[allow(clippy::too_many_arguments)]
pub fn footer(
    shapes: &mut Vec<Shape>,
    story: &Story,
    group: &Group,
    lang: Lang,
    vp: &Viewport,
    m: &Metrics,
    ink: &Ink,
    top: f64,
    measure: Measure,
) -> f64 {
    let left = vp.px(m.pad);
    let max = vp.px(vp.css_width - 2.0 * m.pad);
    let small = TextStyle::new(vp.px(m.small), ink.muted);
    let lh = vp.px(m.small * 1.45);
    let y = paragraph(
        shapes,
        group.note.get(lang),
        small,
        left,
        top,
        max,
        lh,
        measure,
    );
    let y = paragraph(
        shapes,
        &source_line(story, lang),
        small,
        left,
        y + vp.px(2.0),
        max,
        lh,
        measure,
    );
    y + vp.px(m.pad)
}
