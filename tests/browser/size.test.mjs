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
// tool, its glue and Wasm. Set from the sizes measured when the build came
// back onto the stable toolchain, the standard tools and talc's allocator
// (issue 22): widget 62.6, bars-only 57.9, tools module 49.6, the article's
// page 72.2. Each leaves room for the story reader's move onto serde (about
// 30 to 45 KB more in every module); lower them to the sizes measured after it.
const BUDGET_KIB = { newsfig: 108, newsfig_bars: 104, newsfig_tools: 95 };
// The article's page: the full widget and the article's story, which the
// embeds and the article page fetch beside the Wasm.
const PAGE_BUDGET_KIB = BUDGET_KIB.newsfig + 10;

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
    // The article's story ships beside the Wasm (the `builtin` feature stays off).
    assert.ok(!wasm.includes(Buffer.from('luodangshen_acreage_changzhi')), `${name} carries the built-in story`);
    // The names between Wasm and glue are minified (scripts/minify-names.mjs):
    // every import comes from module "a", under a short name.
    const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
    assert.deepEqual(imports.filter((i) => i.module !== 'a' || i.name.length > 3), [], `${name}'s imports are not minified`);
    assert.ok(total <= BUDGET_KIB[name] * 1024, `${name}'s ${kib(total)} is over its ${BUDGET_KIB[name]} KiB budget`);
    if (name === 'newsfig') {
      const page = total + gz(read('pkg/changzhi-2022.json'));
      console.log(`the article's page, its story included: ${kib(page)}`);
      assert.ok(page <= PAGE_BUDGET_KIB * 1024, `the article's page, ${kib(page)}, is over its ${PAGE_BUDGET_KIB} KiB budget`);
    }
  });
}

// The glue and its Wasm agree on every renamed import and export: each
// module instantiates with its own glue's imports (no DOM is touched before
// a call). A glue whose shape the renaming misread fails here, if not
// already in the build.
test('each module instantiates with its minified glue', async () => {
  for (const { name } of list) {
    const glue = await import(new URL(`pkg/${name}.js`, root).href);
    assert.doesNotThrow(() => glue.initSync({ module: read(`pkg/${name}_bg.wasm`) }), name);
  }
});
