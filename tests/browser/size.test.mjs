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

// The budget, in KiB gzipped: issue 7 asked for 90 KiB; lowered to 89 when the
// widget came to 88.4 (the bare Widget became a feature). Lower it as the size work goes on.
const BUDGET_KIB = 89;

test(`the widget transfers at most ${BUDGET_KIB} KiB gzipped`, () => {
  const wasm = read('pkg/newsfig_bg.wasm');
  const parts = {
    wasm: gz(wasm),
    'JS glue': gz(read('pkg/newsfig.js')),
    'embed loader': gz(read('www/newsfig.js')),
    CSS: gz(read('www/newsfig.css')),
  };
  // Embedded without indentation (build.rs), as JSON.stringify writes it.
  const story = gz(Buffer.from(JSON.stringify(JSON.parse(read('src/story/changzhi-2022.json')))));
  const total = Object.values(parts).reduce((a, b) => a + b, 0);
  const bySection = Object.entries(sections(wasm)).map(([k, v]) => `${k} ${kib(v)}`).join(', ');
  console.log(`total ${kib(total)} gzipped: ${Object.entries(parts).map(([k, v]) => `${k} ${kib(v)}`).join(', ')}`);
  console.log(`Wasm ${kib(wasm.length)} raw by section: ${bySection}; the built-in story inside it is ${kib(story)} gzipped`);
  assert.ok(total <= BUDGET_KIB * 1024, `${kib(total)} is over the ${BUDGET_KIB} KiB budget`);
});
