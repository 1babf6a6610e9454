// The size budget: everything a page with newsfig transfers, gzipped. Sizes
// are deterministic, so the budget is asserted; it prints where the bytes go.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('../../', import.meta.url);
const read = (p) => readFileSync(new URL(p, root));
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

/** Section sizes of a Wasm module: id → bytes (custom sections by name). */
function sections(wasm) {
  const names = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'];
  const out = {};
  let i = 8;
  const leb = () => { let r = 0; let s = 0; let b; do { b = wasm[i++]; r |= (b & 0x7f) << s; s += 7; } while (b & 0x80); return r >>> 0; };
  while (i < wasm.length) {
    const id = wasm[i++];
    const size = leb();
    const name = names[id] ?? `section ${id}`;
    out[name] = (out[name] ?? 0) + size;
    i += size;
  }
  return out;
}

// The budgets, in KiB gzipped. Issue 7 asked for 90 KiB in all; lowered to
// 89 when the widget came to 88.4 (the bare Widget became a feature). When
// the article's story moved out of the Wasm into pkg/changzhi-2022.json (the
// `builtin` feature, off in the release build), the widget's own code came to
// 78.3 and the page showing the article, data included, 87.8. Raised to 80
// for `readStory` and `Story.mount` (0.5 KiB: 78.7 to 79.2), which let the
// charts of a page share one checked story instead of each reading the JSON
// (on the article's page at 4× CPU, each mount went from 4–21 ms to 0–6 ms).
// Back to 79 when wasm-opt's --flatten, --rereloop and --converge took off
// 0.5 KiB (78.7). Then 72 and 82 (71.8 and 81.3), when the DOM calls lost
// their unneeded `catch`, std's generic join, Once and integer parsing gave
// way to small own code, and the build dropped the reference-types feature.
// Then 65 and 75 (64.5 and 74.0), when the table, sources, embed snippets,
// CSV and SVG moved into the tools module, fetched on a reader's first use of
// one, with an editor's checkStory and parseStory; that module (50.3 KiB)
// has a budget of its own. Then 62, 71.5 and 48 (61.2, 70.8 and 47.1), when
// the release build began compiling std itself, with panics as bare traps
// (scripts/build.sh); and 60, 69.5 and 46 (59.6, 69.2 and 45.8; since then
// 59.7 and 69.3, with every callback naming its widget's box) with MIR
// optimised at level 3, a tighter LLVM inliner, one more wasm-opt -Oz,
// terser over the glue, and newsfig's own integer digits. Then 59, 69 and
// 45.5 (58.8, 68.4 and 45.3), when the build began putting each module's
// functions in the order gzip packs best (scripts/order-functions.mjs). The
// widget's raised to 59.5 (59.0) when mounted widgets began to live until
// their destroy() whether or not the page keeps the handle (0.14 KiB).
// Then 57, 66.5 and 45 (56.7, 66.3 and 44.7), when neither module carried
// core::fmt any more (strings joined with `cat!`, src/lib.rs), the copy
// buttons' code moved into the tools module, and a few DOM calls lost their
// JS type checks. Lower them as the size work goes on.
// The bars-only build, which a bar chart's snippets load (newsfig_bars.js),
// got its own budget when it began to ship beside the widget: 53.5 (53.1).
// Then 56, 65.5 and 45 (55.6, 65.1 and 44.6), when the widget left a bad
// story's explanation to the tools module (src/error.rs, TERSE), and the
// bars-only build's budget became issue 7's target itself: Chart.js 4.6.1
// tree-shaken to one bar chart with its tooltip, which the bench builds with
// esbuild and measures at 53,083 bytes (51.8 KiB); the bars-only embed is
// 51.6 KiB, loader included.
const CODE_BUDGET_KIB = 56;
const BARS_BUDGET_KIB = 53083 / 1024;
const BUDGET_KIB = 65.5;
const TOOLS_BUDGET_KIB = 45;

test(`the widget's code transfers at most ${CODE_BUDGET_KIB} KiB gzipped (bars-only ${BARS_BUDGET_KIB.toFixed(2)}, one-bar Chart.js), the article's page with its data at most ${BUDGET_KIB}, the tools module at most ${TOOLS_BUDGET_KIB}`, () => {
  const wasm = read('pkg/newsfig_bg.wasm');
  const parts = {
    wasm: gz(wasm),
    'JS glue': gz(read('pkg/newsfig.js')),
    'embed loader': gz(read('www/newsfig.js')),
    CSS: gz(read('www/newsfig.css')),
  };
  const code = Object.values(parts).reduce((a, b) => a + b, 0);
  // The article's story, fetched beside the Wasm by the embeds and the article
  // page; a newsroom with its own story fetches that instead.
  const data = gz(read('pkg/changzhi-2022.json'));
  const bySection = Object.entries(sections(wasm)).map(([k, v]) => `${k} ${kib(v)}`).join(', ');
  console.log(`widget ${kib(code)} gzipped: ${Object.entries(parts).map(([k, v]) => `${k} ${kib(v)}`).join(', ')}`);
  console.log(`with the article's data (pkg/changzhi-2022.json, ${kib(data)}): ${kib(code + data)}`);
  console.log(`Wasm ${kib(wasm.length)} raw by section: ${bySection}`);
  // The tools module, which a widget fetches when a reader first opens the
  // table or the sources or downloads a CSV or SVG (src/web/export.rs).
  const tools = { wasm: gz(read('pkg/newsfig_tools_bg.wasm')), 'JS glue': gz(read('pkg/newsfig_tools.js')) };
  const toolsTotal = tools.wasm + tools['JS glue'];
  console.log(`tools module, on first use: ${kib(toolsTotal)} (${Object.entries(tools).map(([k, v]) => `${k} ${kib(v)}`).join(', ')})`);
  // The widget itself has none of the tools' code: no CSV header, no SVG writer.
  for (const marker of ['image/svg+xml', 'text/csv']) {
    assert.ok(!wasm.includes(Buffer.from(marker)), `the widget's Wasm carries the tools' ${marker}`);
    assert.ok(read('pkg/newsfig_tools_bg.wasm').includes(Buffer.from(marker)), `the tools module lacks ${marker}`);
  }
  // Built with panics as bare traps and no source locations: neither module
  // carries std's panic messages or a source file's path.
  for (const file of ['pkg/newsfig_bg.wasm', 'pkg/newsfig_tools_bg.wasm']) {
    const text = read(file).toString('latin1');
    for (const marker of [/panicked/, /out of bounds/, /\w\.rs\b/]) {
      assert.ok(!marker.test(text), `${file} matches ${marker}: built without the release flags?`);
    }
  }
  assert.ok(toolsTotal <= TOOLS_BUDGET_KIB * 1024, `the tools module's ${kib(toolsTotal)} is over its ${TOOLS_BUDGET_KIB} KiB budget`);
  // The release build must not carry the story too (the `builtin` feature stays off).
  assert.ok(!wasm.includes(Buffer.from('luodangshen_acreage_changzhi')), 'the Wasm carries no built-in story');
  assert.ok(code <= CODE_BUDGET_KIB * 1024, `the widget's ${kib(code)} is over the ${CODE_BUDGET_KIB} KiB budget`);
  assert.ok(code + data <= BUDGET_KIB * 1024, `${kib(code + data)} is over the ${BUDGET_KIB} KiB budget`);
  // The same widget for bar charts alone, with the same loader and CSS.
  const barsWasm = read('pkg/newsfig_bars_bg.wasm');
  const bars = { wasm: gz(barsWasm), 'JS glue': gz(read('pkg/newsfig_bars.js')), 'embed loader': parts['embed loader'], CSS: parts.CSS };
  const barsTotal = Object.values(bars).reduce((a, b) => a + b, 0);
  console.log(`bars-only widget ${kib(barsTotal)} gzipped: ${Object.entries(bars).map(([k, v]) => `${k} ${kib(v)}`).join(', ')}`);
  for (const marker of ['image/svg+xml', 'luodangshen_acreage_changzhi', 'panicked']) {
    assert.ok(!barsWasm.includes(Buffer.from(marker)), `the bars-only Wasm carries ${marker}`);
  }
  assert.ok(barsTotal <= BARS_BUDGET_KIB * 1024, `the bars-only widget's ${kib(barsTotal)} is over its ${BARS_BUDGET_KIB.toFixed(2)} KiB budget`);
});
