//! Reader tools under each chart: a data table, the sources quoted, CSV, PNG
//! and SVG downloads (made in the page, no server), and "Embed this" with both
//! snippets. This file holds the buttons and the empty panels; what fills
//! them, and makes the CSV and SVG, is `export.rs`.

use web_sys::{Document, HtmlButtonElement, HtmlElement};

use super::dom::{add, attr, el, text, typed};
use crate::story::Lang;

/// The tools a reader can open or run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tool {
    Table,
    Sources,
    Csv,
    Png,
    Svg,
    Embed,
}

pub const TOOLS: [Tool; 6] = [Tool::Table, Tool::Sources, Tool::Csv, Tool::Png, Tool::Svg, Tool::Embed];

impl Tool {
    pub fn name(self) -> &'static str {
        match self {
            Tool::Table => "table",
            Tool::Sources => "sources",
            Tool::Csv => "csv",
            Tool::Png => "png",
            Tool::Svg => "svg",
            Tool::Embed => "embed",
        }
    }

    pub fn from_name(s: &str) -> Option<Tool> {
        TOOLS.iter().copied().find(|t| t.name() == s)
    }

    fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Tool::Table, Lang::Zh) => "数据表",
            (Tool::Table, Lang::En) => "Data table",
            (Tool::Sources, Lang::Zh) => "原文出处",
            (Tool::Sources, Lang::En) => "Sources",
            (Tool::Csv, Lang::Zh) => "下载 CSV",
            (Tool::Csv, Lang::En) => "Download CSV",
            (Tool::Png, Lang::Zh) => "下载 PNG",
            (Tool::Png, Lang::En) => "Download PNG",
            (Tool::Svg, Lang::Zh) => "下载 SVG",
            (Tool::Svg, Lang::En) => "Download SVG",
            (Tool::Embed, Lang::Zh) => "嵌入此图",
            (Tool::Embed, Lang::En) => "Embed this",
        }
    }

    /// Whether the tool opens a panel rather than downloading.
    pub fn is_panel(self) -> bool {
        matches!(self, Tool::Table | Tool::Sources | Tool::Embed)
    }
}

/// The tool buttons and their panels.
pub struct Tools {
    pub root: HtmlElement,
    pub buttons: Vec<HtmlButtonElement>,
    pub table: HtmlElement,
    pub sources: HtmlElement,
    pub embed: HtmlElement,
    pub open: Option<Tool>,
}

impl Tools {
    /// Builds the tool bar and its (hidden) panels.
    pub fn build(doc: &Document) -> Self {
        let root: HtmlElement = typed(doc, "div", "nf-toolbox");
        let bar = el(doc, "div", "nf-tools");
        let mut buttons = Vec::new();
        for tool in TOOLS {
            let b: HtmlButtonElement = typed(doc, "button", "nf-tool");
            b.set_type("button");
            attr(&b, "data-tool", tool.name());
            if tool.is_panel() {
                attr(&b, "aria-expanded", "false");
            }
            add(&bar, &b);
            buttons.push(b);
        }
        add(&root, &bar);
        let panel = |class: &str| -> HtmlElement {
            let p: HtmlElement = typed(doc, "div", class);
            p.set_hidden(true);
            add(&root, &p);
            p
        };
        let (table, sources, embed) =
            (panel("nf-panel nf-table"), panel("nf-panel nf-sources"), panel("nf-panel nf-embed"));
        Tools { root, buttons, table, sources, embed, open: None }
    }

    /// Sets button labels and which panel is open.
    pub fn sync(&self, lang: Lang) {
        for (b, tool) in self.buttons.iter().zip(TOOLS) {
            text(b, tool.label(lang));
            if tool.is_panel() {
                attr(b, "aria-expanded", if self.open == Some(tool) { "true" } else { "false" });
            }
        }
        self.table.set_hidden(self.open != Some(Tool::Table));
        self.sources.set_hidden(self.open != Some(Tool::Sources));
        self.embed.set_hidden(self.open != Some(Tool::Embed));
    }
}
