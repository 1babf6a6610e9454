//! What the widget does for a reader beyond drawing: tooltips, the URL
//! fragment, and the tools (panels and downloads).

use wasm_bindgen::JsValue;
use web_sys::{HtmlCanvasElement, HtmlElement};

use super::app::App;
use super::dom::{download, place, show, text, typed};
use super::tools::Tool;
use crate::describe::item_tooltip;
use crate::error::Error;
use crate::interact::place_tooltip;
use crate::layout::Viewport;

impl App {
    /// Runs a download tool, or opens or closes a panel.
    pub fn use_tool(&mut self, tool: Tool) -> Result<(), JsValue> {
        let err = |e: Error| JsValue::from_str(&e.message());
        match tool {
            Tool::Csv | Tool::Svg => self.export(tool, None).map_err(err),
            Tool::Png => {
                let doc = self.dom.root.owner_document().ok_or("no document")?;
                let url = self.png().map_err(err)?;
                download(&doc, &url, &self.view.file_name("png"))
            }
            panel => {
                if let Some(t) = &mut self.tools {
                    t.open = if t.open == Some(panel) { None } else { Some(panel) };
                }
                self.sync_tools();
                Ok(())
            }
        }
    }

    /// Makes a CSV or SVG download of the chart as it is now, or fills the
    /// table, sources or embed `panel`: here, or (release build) in the tools
    /// module.
    fn export(&self, tool: Tool, panel: Option<&HtmlElement>) -> Result<(), Error> {
        // Read only where a tool needs it: each read forces a layout, and an
        // open table is refilled on every change of view.
        let width = if tool == Tool::Svg { self.dom.canvas.client_width().max(0) as u32 } else { 0 };
        let height = if tool == Tool::Embed { self.dom.root.offset_height().max(0) as u32 } else { 0 };
        #[cfg(feature = "tools")]
        {
            let env = |m: &str| Error::new("tools", crate::error::ErrorKind::Environment(m.into()));
            let doc = self.dom.root.owner_document().ok_or_else(|| env("no document"))?;
            let job = super::export::Job {
                tool: tool.name(),
                story: &self.story,
                view: &self.view,
                theme: self.theme,
                hidden: &self.hidden,
                width,
                height,
                base: &self.base,
            };
            super::export::run(&doc, &job, panel)
        }
        #[cfg(not(feature = "tools"))]
        {
            // The job as a query that `extras.rs` reads back: the view's
            // fragment, then what else the tools need.
            let hidden: String = self.hidden.iter().map(|&h| if h { '1' } else { '0' }).collect();
            let base = self.base.replace('%', "%25").replace('&', "%26").replace('+', "%2B");
            let (width, height) = (width.to_string(), height.to_string());
            let job = format!(
                "{}&theme={}&hidden={hidden}&width={width}&height={height}&base={base}",
                self.view.fragment(),
                self.theme.name()
            );
            if let Some(p) = panel {
                // Until the tools module fills it: the first time, after a fetch.
                super::dom::attr(p, "aria-busy", "true");
            }
            let failed = match self.view.lang {
                crate::story::Lang::Zh => "此功能未能载入，请稍后再试。",
                crate::story::Lang::En => "This could not be loaded. Please try again.",
            };
            super::lazy::tool(tool.name(), &self.source, &job, panel.cloned(), failed);
            Ok(())
        }
    }

    /// The chart at twice its CSS size, title and source included, as a PNG data URL.
    pub fn png(&self) -> Result<String, Error> {
        let env = |m: &str| Error::new("png", crate::error::ErrorKind::Environment(m.into()));
        let doc = self.dom.root.owner_document().ok_or_else(|| env("no document"))?;
        let canvas: HtmlCanvasElement = typed(&doc, "canvas", "");
        let viewport = Viewport::new(f64::from(self.dom.canvas.client_width()).max(320.0), 2.0)?;
        let options = self.options()?;
        let background = options.theme.background;
        let scene = super::draw::lay_out(&canvas, &self.story, &self.view.group, options, viewport)?;
        super::draw::paint(&canvas, std::rc::Rc::new(scene), background)?;
        super::dom::png_url(&canvas).map_err(|_| env("the page blocked reading the canvas"))
    }

    /// Labels the tools and refills the open panel from the current view.
    pub fn sync_tools(&self) {
        let Some(tools) = &self.tools else { return };
        tools.sync(self.view.lang);
        // Only an open panel is filled (for the table, every value formatted
        // and every sentence copied): not on each redraw.
        let (panel, target) = match tools.open {
            Some(p @ Tool::Table) => (p, &tools.table),
            Some(p @ Tool::Sources) => (p, &tools.sources),
            Some(p @ Tool::Embed) => (p, &tools.embed),
            _ => return,
        };
        if let Err(e) = self.export(panel, Some(target)) {
            web_sys::console::error_1(&JsValue::from_str(&e.message()));
        }
    }

    /// Shows the tooltip for mark `i`, inside the stage, and optionally says it aloud.
    pub fn show_tooltip(&mut self, i: usize, announce: bool) {
        let Some(t) = item_tooltip(&self.story, &self.view.group, i, self.view.lang) else { return };
        for (line, s) in self.dom.lines.iter().zip(&t.lines()) {
            text(line, s);
        }
        show(&self.dom.tooltip, true);
        if let Some(m) = self.scene.as_ref().and_then(|s| s.marks.get(i)) {
            let r = self.ratio;
            let (l, tp, rt, b) = m.bounds;
            let mark = (f64::from(l) / r, f64::from(tp) / r, f64::from(rt) / r, f64::from(b) / r);
            let size =
                (f64::from(self.dom.tooltip.offset_width()), f64::from(self.dom.tooltip.offset_height()));
            let area = (f64::from(self.dom.stage.client_width()), f64::from(self.dom.stage.client_height()));
            let (x, y) = place_tooltip(mark, size, area);
            place(&self.dom.tooltip, x, y);
        }
        if announce {
            text(&self.dom.live, &t.announcement());
        }
    }

    /// Hides the tooltip.
    pub fn hide_tooltip(&mut self) {
        show(&self.dom.tooltip, false);
        self.pinned = false;
    }

    /// Writes the view into the URL fragment, without adding history entries.
    pub fn sync_url(&self) {
        if !self.url {
            return;
        }
        if let Some(history) = super::dom::window().and_then(|w| w.history().ok()) {
            let _ = history.replace_state_with_url(
                &JsValue::NULL,
                "",
                Some(&format!("#{}", self.view.fragment())),
            );
        }
    }
}
