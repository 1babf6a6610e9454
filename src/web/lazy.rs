//! The release widget's way to its tools (the `lazy` feature): the table,
//! sources and embed panels and the CSV and SVG downloads live in a second module,
//! `newsfig_tools.js` beside `newsfig.js`, fetched and started on first use
//! and kept for the page's later uses. A reader who never opens a tool never
//! transfers it (see `export.rs`).
//!
//! The snippet below is bundled into `newsfig.js` by `scripts/build.sh`, so
//! `import.meta.url` is the glue's own address and the tools module is its
//! neighbour. A failed fetch is reported and forgotten, so the next click
//! tries again.

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

#[wasm_bindgen(inline_js = "let tools;
export function tool(name, story, job, panel, failed) {
  tools ??= import(new URL('newsfig_tools.js', import.meta.url).href).then(async (m) => (await m.default(), m));
  tools.then((m) => m.run(name, story, job, panel), (e) => { tools = undefined; throw e; }).catch((e) => {
    console.error(e);
    if (panel) { panel.textContent = failed; panel.removeAttribute('aria-busy'); }
  });
}")]
extern "C" {
    /// Runs a tool in the tools module, loading it first if need be; the
    /// first three arguments and `panel` are those of its `run` (`extras.rs`).
    /// Returns at once. Should the module not load, an open panel says
    /// `failed` instead (as text), and the next use tries again.
    pub fn tool(name: &str, story: &JsValue, job: &str, panel: Option<HtmlElement>, failed: &str);
}
