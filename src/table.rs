//! The data behind a chart as rows: for the reader's table view and the CSV
//! download. Each row keeps the qualifier in words and in its own column, the
//! article's wording, the derivation if any, and the source sentence.

use crate::describe::value_words;
use crate::render::format_date;
use crate::story::{qualifier_name, Group, Lang, Story, Value};

/// One row of a chart's table.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Figure or event id.
    pub id: String,
    /// The mark's label.
    pub label: String,
    /// The value in words ("at least 500 outcomes"), or an event's date.
    pub value: String,
    /// The article's wording of the number or date.
    pub wording: String,
    /// How we computed it, for a derived figure.
    pub derived: Option<String>,
    /// Paragraph number of the source.
    pub paragraph: u32,
    /// The source sentence.
    pub sentence: String,
    /// "Highlighted." and the editor's annotations on it; empty when none.
    pub note: String,
}

/// Column headings of the table view, in `lang`.
pub fn headings(lang: Lang) -> [&'static str; 5] {
    match lang {
        Lang::Zh => ["项目", "数值", "原文或推算", "注", "出处"],
        Lang::En => ["Item", "Value", "Article or derivation", "Note", "Source"],
    }
}

/// The rows of `group`, keeping item `i` only where `keep(i)`.
pub fn rows(story: &Story, group: &Group, lang: Lang, keep: &dyn Fn(usize) -> bool) -> Vec<Row> {
    let mut out = Vec::new();
    for (_, item) in group.items.iter().enumerate().filter(|(i, _)| keep(*i)) {
        if let Some(f) = story.figure(&item.id) {
            out.push(Row {
                id: f.id.clone(),
                label: item.label.as_ref().unwrap_or(&f.label).get(lang).to_owned(),
                value: value_words(&f.value, &f.unit, lang),
                wording: f.wording.clone(),
                derived: f.derived.as_ref().map(|d| d.formula.get(lang).to_owned()),
                paragraph: f.source.paragraph,
                sentence: f.source.sentence.clone(),
                note: note(group, &item.id, lang),
            });
        } else if let Some(e) = story.event(&item.id) {
            out.push(Row {
                id: e.id.clone(),
                label: e.label.get(lang).to_owned(),
                value: format_date(&e.date, lang),
                wording: e.wording.clone(),
                derived: None,
                paragraph: e.source.paragraph,
                sentence: e.source.sentence.clone(),
                note: note(group, &item.id, lang),
            });
        }
    }
    out
}

/// The note of item `id`, without the trailing space.
fn note(group: &Group, id: &str, lang: Lang) -> String {
    crate::describe::item_note(group, id, lang).trim_end().to_owned()
}

/// A CSV field, quoted when it holds a comma, quote or line break.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// The CSV of `group`'s items kept by `keep`: UTF-8 with a byte-order mark
/// (so Excel reads the Chinese), one header row, CRLF line ends (RFC 4180).
/// Numbers are raw; the qualifier columns say how to read them. The last
/// column, `note`, holds the editor's highlight and annotations in words.
pub fn csv(story: &Story, group: &Group, lang: Lang, keep: &dyn Fn(usize) -> bool) -> String {
    let header = [
        "id",
        "label",
        "qualifier",
        "value",
        "low",
        "low_qualifier",
        "high",
        "high_qualifier",
        "unit",
        "in_words",
        "wording",
        "derived_formula",
        "date",
        "paragraph",
        "sentence",
        "note",
    ];
    let mut out = String::from("\u{feff}");
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for (_, item) in group.items.iter().enumerate().filter(|(i, _)| keep(*i)) {
        let mut cells: Vec<String> = vec![String::new(); header.len()];
        cells[0] = item.id.clone();
        if let Some(f) = story.figure(&item.id) {
            cells[1] = item.label.as_ref().unwrap_or(&f.label).get(lang).to_owned();
            match f.value {
                Value::Point { qualifier, value } => {
                    cells[2] = qualifier_name(qualifier).into();
                    cells[3] = crate::format::plain(value);
                }
                Value::Range { low, high } => {
                    cells[2] = "range".into();
                    cells[4] = crate::format::plain(low.value);
                    cells[5] = qualifier_name(low.qualifier).into();
                    cells[6] = crate::format::plain(high.value);
                    cells[7] = qualifier_name(high.qualifier).into();
                }
            }
            cells[8] = f.unit.get(lang).to_owned();
            cells[9] = value_words(&f.value, &f.unit, lang);
            cells[10] = f.wording.clone();
            cells[11] = f.derived.as_ref().map(|d| d.formula.get(lang).to_owned()).unwrap_or_default();
            cells[13] = f.source.paragraph.to_string();
            cells[14] = f.source.sentence.clone();
        } else if let Some(e) = story.event(&item.id) {
            cells[1] = e.label.get(lang).to_owned();
            cells[2] = "date".into();
            cells[9] = format_date(&e.date, lang);
            cells[10] = e.wording.clone();
            cells[12] = e.date.clone();
            cells[13] = e.source.paragraph.to_string();
            cells[14] = e.source.sentence.clone();
        }
        cells[15] = note(group, &item.id, lang);
        out.push_str(&cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}
