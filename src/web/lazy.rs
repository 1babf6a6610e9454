//! The way to its tools of a widget built without them (the `explorer`
//! feature without `tools`, as the release widget is): the table,
//! sources and embed panels and the CSV and SVG downloads live in a second module,
//! `newsfig_tools.js` beside `newsfig.js`, fetched and started on first use
//! and kept for the page's later uses. A reader who never opens a tool never
//! transfers it (see `export.rs`); one whose pointer or focus comes onto the
//! tool bar starts it loading before the click.
//!
//! The snippet below is bundled into `newsfig.js` by `scripts/build.sh`, so
//! `import.meta.url` is the glue's own address and the tools module is its
//! neighbour. Its Wasm is fetched alongside its glue, not after it (one
//! round trip less: on "Fast 3G" at 4× CPU a first table took 0.9 s from the
//! click). A failed fetch is reported and forgotten, so the next use tries
//! again.

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

#[wasm_bindgen(inline_js = "let tools;
function load() {
  if (!tools) {
    const wasm = fetch(new URL('newsfig_tools_bg.wasm', import.meta.url));
    wasm.catch(() => {}); // reported through p, if the glue loaded
    const p = (tools = import(new URL('newsfig_tools.js', import.meta.url).href)
      .then(async (m) => (await m.default({ module_or_path: wasm }), m)));
    p.catch(() => { if (tools === p) tools = undefined; });
  }
  return tools;
}
export function tool(name, story, job, panel, failed) {
  if (!name) return void load().catch(() => {});
  load().then((m) => m.run(name, story, job, panel)).catch((e) => {
    console.error(e);
    if (panel) { panel.textContent = failed; panel.removeAttribute('aria-busy'); }
  });
}")]
extern "C" {
    /// Runs a tool in the tools module, loading it first if need be; the
    /// first three arguments and `panel` are those of its `run` (`extras.rs`).
    /// Returns at once. Should the module not load, an open panel says
    /// `failed` instead (as text), and the next use tries again. With no
    /// `name`, only starts loading the module (see `preload`).
    pub fn tool(name: &str, story: &JsValue, job: &str, panel: Option<HtmlElement>, failed: &str);
}

/// Starts loading the tools module, if it is not loaded or loading: the
/// pointer came onto the tool bar or focus into it, so a click is likely.
/// (Through `tool`, so the glue has one import for both.)
pub fn preload() {
    tool("", &JsValue::UNDEFINED, "", None, "");
}
