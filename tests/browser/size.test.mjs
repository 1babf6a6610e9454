// The size budget: everything a page with newsfig transfers, gzipped, for
// each product the release build makes (Cargo.toml's
// [package.metadata.newsfig.products], read through scripts/products.mjs).
// Sizes are deterministic, so the budgets are asserted; it prints where the
// bytes go.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { products } from '../../scripts/products.mjs';

const root = new URL('../../', import.meta.url);
const read = (p) => readFileSync(new URL(p, root));
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

// The budgets, in KiB gzipped: a widget counts its loader, glue, Wasm and
// CSS; the tools module, which a widget loads on a reader's first use of a
// tool, its glue and Wasm. Each is the last measured size plus a little;
// docs/performance.md says what costs what.
// - After issue 22 (serde, serde-wasm-bindgen, plotters-canvas, the stable
//   toolchain): widget 98.3, bars-only 93.7, tools module 126.7, then 128.5
//   with SVG through plotters-svg. The widget then met its goal, Highcharts'
//   core bundle (99.8 KiB).
// - Issue 24 (pointers through the canvas's box, paints that survive a throw
//   from the page, bindings with catch, errors with their path): +4.0 KiB.
// - Issue 26 (highlights and annotations: their placement, their fields read
//   through serde-wasm-bindgen, their words): +5.8 KiB. The widget, 109.1 KiB,
//   no longer meets the Highcharts goal; the tools module 139.9.
// - The editor page's module, the tools with the drafter (issue 25), 205.0,
//   207.1 after the drafter read held-out news text:
//   the drafter's 65 KiB are why it is not the tools module.
const BUDGET_KIB = { newsfig: 109.5, newsfig_bars: 105.0, newsfig_tools: 140.5, newsfig_editor: 207.5 };
// The article's page: the full widget and the article's story, which the
// embeds and the article page fetch beside the Wasm.
const PAGE_BUDGET_KIB = BUDGET_KIB.newsfig + 10.5;

const list = products();

test('the release build makes the products Cargo.toml lists, each with a budget', () => {
  assert.deepEqual(list.map((p) => p.name).sort(), Object.keys(BUDGET_KIB).sort());
});

for (const { name, features } of list) {
  const widget = features.includes('explorer');
  test(`${name} (${features.join(', ')}) transfers at most ${BUDGET_KIB[name]} KiB gzipped`, () => {
    const wasm = read(`pkg/${name}_bg.wasm`);
    const parts = { wasm: gz(wasm), 'JS glue': gz(read(`pkg/${name}.js`)) };
    if (widget) Object.assign(parts, { 'embed loader': gz(read('www/newsfig.js')), CSS: gz(read('www/newsfig.css')) });
    const total = Object.values(parts).reduce((a, b) => a + b, 0);
    console.log(`${name} ${kib(total)} (${total} B) gzipped: ${Object.entries(parts).map(([k, v]) => `${k} ${v} B`).join(', ')}; Wasm ${kib(wasm.length)} raw`);
    // The tools' code is in the tools module alone (a widget loads it on
    // first use): a widget has no CSV header, no SVG writer.
    for (const marker of ['image/svg+xml', 'text/csv']) {
      assert.equal(wasm.includes(Buffer.from(marker)), features.includes('tools'), `${name} and the tools' ${marker}`);
    }
    // The drafter is in the editor's module alone: no reader downloads it.
    assert.equal(wasm.includes(Buffer.from('draftStory')), features.includes('draft'), `${name} and the drafter`);
    // The article's story ships beside the Wasm (the `builtin` feature stays off).
    assert.ok(!wasm.includes(Buffer.from('luodangshen_acreage_changzhi')), `${name} carries the built-in story`);
    assert.ok(total <= BUDGET_KIB[name] * 1024, `${name}'s ${kib(total)} is over its ${BUDGET_KIB[name]} KiB budget`);
    if (name === 'newsfig') {
      const page = total + gz(read('pkg/changzhi-2022.json'));
      console.log(`the article's page, its story included: ${kib(page)}`);
      assert.ok(page <= PAGE_BUDGET_KIB * 1024, `the article's page, ${kib(page)}, is over its ${PAGE_BUDGET_KIB} KiB budget`);
    }
  });
}

// The bundled, minified glue and its Wasm agree on every import and export:
// each module instantiates with its own glue's imports (no DOM is touched
// before a call).
test('each module instantiates with its glue', async () => {
  for (const { name } of list) {
    const glue = await import(new URL(`pkg/${name}.js`, root).href);
    assert.doesNotThrow(() => glue.initSync({ module: read(`pkg/${name}_bg.wasm`) }), name);
  }
});
