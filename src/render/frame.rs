//! What every chart carries around its marks: the headline and subtitle above,
//! the note and the source line below. A chart copied out of the page (a
//! screenshot, a PNG download) keeps its title and its source.

use crate::layout::{wrap, Viewport};
use crate::story::{Group, Lang, Story};
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

/// Writes wrapped paragraphs into a column of the chart.
pub struct Column<'a> {
    /// Where shapes go.
    pub shapes: &'a mut Vec<Shape>,
    /// Left edge, device px.
    pub left: f64,
    /// Width, device px.
    pub width: f64,
    /// Text measurement.
    pub measure: Measure<'a>,
}

impl Column<'_> {
    /// Writes `text` wrapped to the column from `top`, one line every
    /// `line_height` device px; returns the top of the next line.
    pub fn write(&mut self, text: &str, style: TextStyle, top: f64, line_height: f64) -> f64 {
        let measure = self.measure;
        let mut y = top;
        for line in wrap(text, self.width, &|t| measure(t, &style)) {
            let pos = (self.left.round() as i32, y.round() as i32);
            self.shapes.push(Shape::Text {
                text: line,
                pos,
                style,
            });
            y += line_height;
        }
        y
    }
}

/// "来源：山西日报，2022年4月27日" / "Source: Shanxi Daily, 27 April 2022".
pub fn source_line(story: &Story, lang: Lang) -> String {
    let date = &story.source.date;
    let mut parts = date.split('-').map(|p| p.parse::<u32>().ok());
    let (y, m, d) = (
        parts.next().flatten(),
        parts.next().flatten(),
        parts.next().flatten(),
    );
    let publication = story.source.name.get(lang);
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
        (Lang::Zh, ..) => format!("来源：{publication}，{date}"),
        (Lang::En, ..) => format!("Source: {publication}, {date}"),
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
    let mut col = Column {
        shapes,
        left: vp.px(m.pad),
        width: vp.px(vp.css_width - 2.0 * m.pad),
        measure,
    };
    let title = TextStyle::new(vp.px(m.title), ink.strong).bold();
    let mut y = col.write(
        group.title.get(lang),
        title,
        vp.px(m.pad),
        vp.px(m.title * 1.3),
    );
    if let Some(subtitle) = &group.subtitle {
        let style = TextStyle::new(vp.px(m.body), ink.muted);
        y = col.write(
            subtitle.get(lang),
            style,
            y + vp.px(4.0),
            vp.px(m.body * 1.4),
        );
    }
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
    let mut col = Column {
        shapes,
        left: vp.px(m.pad),
        width: vp.px(vp.css_width - 2.0 * m.pad),
        measure,
    };
    let small = TextStyle::new(vp.px(m.small), ink.muted);
    let lh = vp.px(m.small * 1.45);
    let mut y = top;
    if let Some(note) = &group.note {
        y = col.write(note.get(lang), small, y, lh) + vp.px(2.0);
    }
    col.write(&source_line(story, lang), small, y, lh) + vp.px(m.pad)
}
