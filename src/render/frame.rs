//! What every chart carries around its marks: the headline and subtitle above,
//! the note and the source line below. A chart copied out of the page (a
//! screenshot, a PNG download) keeps its title and its source.

use crate::layout::wrap;
use crate::story::{Lang, Story};
use crate::text::TextStyle;

use super::context::{Ctx, Out};

/// Writes `text` wrapped to `width` device px from (`left`, `top`), one line
/// every `line_height`; returns the top of the next line.
pub fn write(cx: &Ctx, out: &mut Out, text: &str, style: TextStyle, at: (f64, f64), width: f64) -> f64 {
    let measure = cx.measure();
    let line_height = style.size * 1.4;
    let mut y = at.1;
    for line in wrap(text, width, &|t| measure(t, &style)) {
        out.text(&line, (at.0, y), style);
        y += line_height;
    }
    y
}

/// "来源：山西日报，2022年4月27日" / "Source: Shanxi Daily, 27 April 2022".
pub fn source_line(story: &Story, lang: Lang) -> String {
    let publication = story.source.name.get(lang);
    let date = format_date(&story.source.date, lang);
    match lang {
        Lang::Zh => format!("来源：{publication}，{date}"),
        Lang::En => format!("Source: {publication}, {date}"),
    }
}

/// The months' English names, which the source line writes and the drafter reads.
pub(crate) const MONTHS: [&str; 12] = [
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

/// A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date as a reader writes it:
/// "2021年10月" / "October 2021", "2022年3月25日" / "25 March 2022".
pub fn format_date(date: &str, lang: Lang) -> String {
    let mut parts = date.split('-').map(crate::story::digits);
    let (y, m, d) = (parts.next().flatten(), parts.next().flatten(), parts.next().flatten());
    let month = |m: u32| MONTHS.get(m.wrapping_sub(1) as usize).copied();
    let text = |n: u32| n.to_string();
    let (y, d) = (y.map(text), d.map(text));
    match (lang, y, m, d) {
        (Lang::Zh, Some(y), None, _) => format!("{y}年"),
        (Lang::Zh, Some(y), Some(m), None) => format!("{y}年{}月", text(m)),
        (Lang::Zh, Some(y), Some(m), Some(d)) => format!("{y}年{}月{d}日", text(m)),
        (Lang::En, Some(y), None, _) => y,
        (Lang::En, Some(y), Some(m), None) => month(m).map_or(date.to_owned(), |n| format!("{n} {y}")),
        (Lang::En, Some(y), Some(m), Some(d)) => month(m).map_or(date.to_owned(), |n| format!("{d} {n} {y}")),
        _ => date.to_owned(),
    }
}

/// Lays out the headline and subtitle; returns the top of the plot (device px).
pub fn header(cx: &Ctx, out: &mut Out) -> f64 {
    let (left, right) = cx.edges();
    let title = cx.style(cx.m.title, cx.theme.text).bold();
    let mut y = write(cx, out, cx.t(&cx.group.title), title, (left, cx.px(cx.m.pad)), right - left);
    if let Some(subtitle) = &cx.group.subtitle {
        let style = cx.style(cx.m.body, cx.theme.muted);
        y = write(cx, out, cx.t(subtitle), style, (left, y + cx.px(2.0)), right - left);
    }
    y + cx.px(12.0)
}

/// Lays out the note and source from `top`; returns the chart's bottom (device px).
pub fn footer(cx: &Ctx, out: &mut Out, top: f64) -> f64 {
    let (left, right) = cx.edges();
    let small = cx.small();
    let mut y = top;
    if let Some(note) = &cx.group.note {
        y = write(cx, out, cx.t(note), small, (left, y), right - left) + cx.px(2.0);
    }
    if let Some(legend) = super::marks::arrow_legend(cx) {
        y = write(cx, out, legend, small, (left, y), right - left) + cx.px(2.0);
    }
    write(cx, out, &source_line(cx.story, cx.lang), small, (left, y), right - left) + cx.px(cx.m.pad)
}
