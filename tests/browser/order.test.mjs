// scripts/order-functions.mjs, which reorders the release Wasm's functions
// for gzip: it must change the order and nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { calls, readLeb, sections } from '../../scripts/wasm-bytes.mjs';

const root = new URL('../../', import.meta.url);
const script = new URL('scripts/order-functions.mjs', root).pathname;

function order(wasm, env) {
  const dir = mkdtempSync(join(tmpdir(), 'newsfig-order-'));
  try {
    const file = join(dir, 'm.wasm');
    writeFileSync(file, wasm);
    execFileSync('node', [script, file], { env: { ...process.env, ...env }, stdio: 'pipe' });
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each function body with its calls' indices blanked, sorted: the same multiset whatever the order. */
function bodies(wasm) {
  const code = sections(wasm).find((s) => s.id === 10);
  let [count, p] = readLeb(wasm, code.body);
  const out = [];
  for (let i = 0; i < count; i++) {
    const [size, start] = readLeb(wasm, p);
    const body = wasm.subarray(start, start + size);
    let text = '', at = 0;
    for (const site of calls(body)) { text += body.subarray(at, site.at).toString('hex') + '|'; at = site.end; }
    out.push(text + body.subarray(at).toString('hex'));
    p = start + size;
  }
  return out.sort();
}

const signature = (m) => JSON.stringify([WebAssembly.Module.exports(m), WebAssembly.Module.imports(m)]);

test('the function order changes nothing but the order, and never packs worse than it came', () => {
  const input = readFileSync(new URL('pkg/newsfig_tools_bg.wasm', root));
  // The order given, kept, gives back the same bytes: every section the
  // script rewrites is written as it was read.
  assert.ok(order(input, { NEWSFIG_ORDER_START: 'input', NEWSFIG_ORDER_STEPS: '0' }).equals(input));
  // The greedy chain (from a module already ordered, a worse order): a
  // different file, which must still be the same module.
  const ordered = order(input, { NEWSFIG_ORDER_START: 'greedy', NEWSFIG_ORDER_STEPS: '0' });
  assert.ok(!ordered.equals(input), 'the order should change');
  // A valid module (compiling checks every call against its callee's type),
  // with the same imports and exports and the same function bodies.
  assert.equal(signature(new WebAssembly.Module(ordered)), signature(new WebAssembly.Module(input)));
  assert.deepEqual(bodies(ordered), bodies(input));
  // Left to choose, it never makes the code pack worse than it came: from
  // the greedy chain's order it finds its way back below it.
  const codeOf = (w) => { const c = sections(w).find((s) => s.id === 10); return deflateRawSync(w.subarray(c.body, c.end), { level: 9 }).length; };
  assert.ok(codeOf(order(input, { NEWSFIG_ORDER_STEPS: '100' })) <= codeOf(input));
  const again = order(ordered, { NEWSFIG_ORDER_STEPS: '300' });
  assert.ok(codeOf(again) < codeOf(ordered), `${codeOf(again)} ≥ ${codeOf(ordered)} deflated bytes of code`);
});
