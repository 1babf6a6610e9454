//! What the reader's tools make from a view: the CSV and SVG downloads and
//! the table, sources and embed panels, everything from data going in as text.
//!
//! The widget runs these itself in a build with the `tools` feature (a plain
//! build). The release build leaves them out of the widget's Wasm and
//! compiles them into a second, smaller module (`tools` without `explorer`,
//! `pkg/newsfig_tools_bg.wasm`) that the widget fetches when a reader comes onto the tool bar or first uses
//! a tool (see `lazy.rs`): a reader who only looks, filters and hovers the
//! chart never downloads it, as a Highcharts page loads its exporting module
//! only where it exports.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use web_sys::{Document, HtmlElement, HtmlTextAreaElement};

use super::dom::{add, attr, download, el, text, typed};
use crate::error::{Error, ErrorKind};
use crate::state::View;
use crate::story::{Lang, Story};
use crate::table::{headings, Row};
use crate::text::TextStyle;
use crate::theme::ThemeName;

/// One use of a tool on the chart a reader sees.
pub struct Job<'a> {
    /// `csv`, `svg`, `table`, `sources` or `embed`.
    pub tool: &'a str,
    pub story: &'a Story,
    pub view: &'a View,
    pub theme: ThemeName,
    /// Per item, whether a legend toggle hid it.
    pub hidden: &'a [bool],
    /// The chart's CSS width, which the SVG is drawn at.
    pub width: u32,
    /// The widget's height, which the embed snippets reserve.
    pub height: u32,
    /// Where the embed files live, for the snippets.
    pub base: &'a str,
}

/// Runs `job`: saves a file, or fills `panel` (the table's, the sources' or
/// the embed snippets').
pub fn run(doc: &Document, job: &Job, panel: Option<&HtmlElement>) -> Result<(), Error> {
    let result = make(doc, job, panel);
    if let Some(p) = panel {
        // Set while the widget waited for this module (lazy.rs).
        let _ = p.remove_attribute("aria-busy");
    }
    result
}

fn make(doc: &Document, job: &Job, panel: Option<&HtmlElement>) -> Result<(), Error> {
    let env = |m: &str| Error::new(job.tool, ErrorKind::Environment(m.into()));
    let group = job.story.group(&job.view.group)?;
    let lang = job.view.lang;
    match (job.tool, panel) {
        ("csv", _) => {
            let csv = crate::table::csv(job.story, group, lang, &|_| true);
            download_text(doc, &csv, "text/csv;charset=utf-8", &job.view.file_name("csv"))
                .map_err(|_| env("the CSV could not be saved"))
        }
        ("svg", _) => {
            let options = job.view.options(job.story, job.theme, job.hidden)?;
            let measure = |t: &str, s: &TextStyle| crate::text::estimate_width(t, s.size, s.bold);
            let svg = crate::svg::render_with(
                job.story,
                &group.id,
                &options,
                f64::from(job.width.max(320)),
                1.0,
                &measure,
            )?;
            download_text(doc, &svg, "image/svg+xml", &job.view.file_name("svg"))
                .map_err(|_| env("the SVG could not be saved"))
        }
        (tool @ ("table" | "sources"), Some(panel)) => {
            // Every value formatted and every sentence copied: only for an open panel.
            let rows = crate::table::rows(job.story, group, lang, &|_| true);
            if tool == "table" {
                fill_table(doc, panel, group.title.get(lang), &rows, lang);
            } else {
                fill_sources(doc, panel, &rows, lang);
            }
            Ok(())
        }
        ("embed", Some(panel)) => {
            let title = group.title.get(lang);
            let bars = group.kind == crate::story::ChartKind::Bars;
            let snippets = crate::embed::snippets(job.base, job.view, title, job.height, bars);
            fill_embed(doc, panel, &snippets, lang);
            Ok(())
        }
        _ => Err(env("no such tool")),
    }
}

/// The table panel: a real table with caption and headers.
fn fill_table(doc: &Document, panel: &HtmlElement, caption: &str, rows: &[Row], lang: Lang) {
    panel.set_text_content(None);
    let table = el(doc, "table", "");
    let cap = el(doc, "caption", "");
    text(&cap, caption);
    add(&table, &cap);
    let head = el(doc, "thead", "");
    let tr = el(doc, "tr", "");
    for h in headings(lang) {
        let th = el(doc, "th", "");
        attr(&th, "scope", "col");
        text(&th, h);
        add(&tr, &th);
    }
    add(&head, &tr);
    add(&table, &head);
    let body = el(doc, "tbody", "");
    for r in rows {
        let tr = el(doc, "tr", "");
        let th = el(doc, "th", "");
        attr(&th, "scope", "row");
        text(&th, &r.label);
        add(&tr, &th);
        let basis = match (&r.derived, lang) {
            (Some(f), Lang::Zh) => format!("推算：{f}"),
            (Some(f), Lang::En) => format!("Derived: {f}"),
            (None, _) => r.wording.clone(),
        };
        let source = match lang {
            Lang::Zh => format!("第{}段：“{}”", r.paragraph, r.sentence),
            Lang::En => format!("¶{}: “{}”", r.paragraph, r.sentence),
        };
        for cell in [&r.value, &basis, &r.note, &source] {
            let td = el(doc, "td", "");
            text(&td, cell);
            add(&tr, &td);
        }
        add(&body, &tr);
    }
    add(&table, &body);
    add(panel, &table);
}

#[wasm_bindgen(inline_js = "export function copyOnClick(button) {
  button.addEventListener('click', () => {
    const area = button.previousElementSibling.lastElementChild;
    area.select();
    navigator.clipboard?.writeText(area.value).catch(() => {});
    area.focus();
  });
}")]
extern "C" {
    /// Makes a copy button copy the snippet in the box just before it: the
    /// box selected (ready for Ctrl+C either way), its text put on the
    /// clipboard where the page may use it, and focus moved to it. In JS,
    /// as the button's own listener: it goes with the button, and the code
    /// lives in the module that builds the panel, the tools module in the
    /// release build, not in the widget.
    #[wasm_bindgen(js_name = copyOnClick)]
    fn copy_on_click(button: &web_sys::Element);
}

/// The embed panel: each snippet in a labelled, read-only box with a copy
/// button (the label, then the button, per snippet). Built on its first use;
/// the text follows the view and language.
fn fill_embed(doc: &Document, panel: &HtmlElement, snippets: &[String; 2], lang: Lang) {
    if panel.child_element_count() == 0 {
        for _ in snippets {
            let label = el(doc, "label", "nf-snippet");
            let area: HtmlTextAreaElement = typed(doc, "textarea", "");
            area.set_read_only(true);
            area.set_rows(4);
            add(&label, &el(doc, "span", ""));
            add(&label, &area);
            let button = el(doc, "button", "nf-copy");
            attr(&button, "type", "button");
            copy_on_click(&button);
            add(panel, &label);
            add(panel, &button);
        }
    }
    let (names, copy_label) = match lang {
        Lang::Zh => (["脚本嵌入（多个图表可共用一个脚本）", "iframe 嵌入（自动调整高度）"], "复制"),
        Lang::En => (["Script embed (one script serves many charts)", "iframe embed (sizes itself)"], "Copy"),
    };
    let parts = panel.children();
    for (i, (snippet, name)) in (0..).zip(snippets.iter().zip(names)) {
        let (Some(label), Some(button)) = (parts.item(2 * i), parts.item(2 * i + 1)) else { continue };
        if let (Some(span), Some(area)) = (label.first_element_child(), label.last_element_child()) {
            text(&span, name);
            area.unchecked_into::<HtmlTextAreaElement>().set_value(snippet);
        }
        text(&button, copy_label);
    }
}

/// The sources panel: each item's sentence, quoted, with its paragraph.
fn fill_sources(doc: &Document, panel: &HtmlElement, rows: &[Row], lang: Lang) {
    panel.set_text_content(None);
    let list = el(doc, "ol", "");
    for r in rows {
        let li = el(doc, "li", "");
        let name = el(doc, "strong", "");
        text(&name, &r.label);
        let q = el(doc, "q", "");
        text(&q, &r.sentence);
        let para = el(doc, "span", "nf-para");
        text(
            &para,
            &match lang {
                Lang::Zh => format!("（原文第{}段）", r.paragraph),
                Lang::En => format!(" (paragraph {})", r.paragraph),
            },
        );
        add(&li, &name);
        let colon = el(doc, "span", "");
        text(&colon, if lang == Lang::Zh { "：" } else { ": " });
        add(&li, &colon);
        add(&li, &q);
        add(&li, &para);
        add(&list, &li);
    }
    add(panel, &list);
}

/// Saves text as a file through a Blob URL.
fn download_text(doc: &Document, content: &str, mime: &str, filename: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let result = download(doc, &url, filename);
    web_sys::Url::revoke_object_url(&url)?;
    result
}
