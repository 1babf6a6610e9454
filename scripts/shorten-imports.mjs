// Renames the Wasm module's imports from the JS glue ("__wbg_width_babc5dc7654771b1")
// to short ids ("a", "b", … "aa") in both newsfig_bg.wasm and newsfig.js of the
// package directory given (pkg/ by default; a second argument names another
// module there, as newsfig_tools), and their module, "./newsfig_bg.js",
// repeated for every import, to "g".
// The long names are unique hashes that gzip cannot compress, written twice
// (Wasm import section and glue); they cost about 3 KiB gzipped in all.
// Run after wasm-pack build and before minifying the glue. Deterministic.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'pkg';
const stem = process.argv[3] ?? 'newsfig';
const wasmPath = join(dir, `${stem}_bg.wasm`);
const jsPath = join(dir, `${stem}.js`);
const wasm = readFileSync(wasmPath);
let js = readFileSync(jsPath, 'utf8');
const GLUE = `./${stem}_bg.js`;
const SHORT_GLUE = 'g';

function readLeb(buf, at) {
  let result = 0, shift = 0, byte;
  do { byte = buf[at++]; result |= (byte & 0x7f) << shift; shift += 7; } while (byte & 0x80);
  return [result >>> 0, at];
}
function leb(n) {
  const out = [];
  do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b); } while (n);
  return Buffer.from(out);
}
const name = (s) => { const b = Buffer.from(s, 'utf8'); return Buffer.concat([leb(b.length), b]); };
const shortId = (i) => { let s = ''; do { s = 'abcdefghijklmnopqrstuvwxyz'[i % 26] + s; i = Math.floor(i / 26) - 1; } while (i >= 0); return s; };

const parts = [wasm.subarray(0, 8)];
const renames = new Map();
let at = 8;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, body] = readLeb(wasm, at + 1);
  const end = body + size;
  if (id !== 2) { parts.push(wasm.subarray(at, end)); at = end; continue; }
  let p = body;
  let count;
  [count, p] = readLeb(wasm, p);
  const entries = [leb(count)];
  for (let i = 0; i < count; i++) {
    let len;
    [len, p] = readLeb(wasm, p);
    const module = wasm.toString('utf8', p, p + len); p += len;
    [len, p] = readLeb(wasm, p);
    const field = wasm.toString('utf8', p, p + len); p += len;
    const descStart = p;
    const kind = wasm[p++];
    const skipLimits = () => { const flags = wasm[p++]; [, p] = readLeb(wasm, p); if (flags & 1) [, p] = readLeb(wasm, p); };
    if (kind === 0) [, p] = readLeb(wasm, p);            // function: type index
    else if (kind === 1) { p++; skipLimits(); }         // table: reftype, limits
    else if (kind === 2) skipLimits();                  // memory: limits
    else if (kind === 3) p += 2;                        // global: valtype, mutability
    else if (kind === 4) { p++; [, p] = readLeb(wasm, p); } // tag
    else throw new Error(`unknown import kind ${kind}`);
    let newField = field;
    if (module === GLUE) {
      if (!renames.has(field)) renames.set(field, shortId(renames.size));
      newField = renames.get(field);
    }
    entries.push(name(module === GLUE ? SHORT_GLUE : module), name(newField), wasm.subarray(descStart, p));
  }
  const content = Buffer.concat(entries);
  parts.push(Buffer.from([2]), leb(content.length), content);
  at = end;
}

for (const [long, short] of renames) {
  // The glue names each import once, as a key of the imports object.
  const re = new RegExp(`\\b${long}\\b`, 'g');
  const hits = js.match(re)?.length ?? 0;
  if (hits !== 1) throw new Error(`${long} occurs ${hits} times in the glue; expected once`);
  js = js.replace(re, short);
}
const moduleKey = `"${GLUE}"`;
if (js.split(moduleKey).length !== 2) throw new Error(`${moduleKey} should occur once in the glue`);
js = js.replace(moduleKey, SHORT_GLUE);
writeFileSync(wasmPath, Buffer.concat(parts));
writeFileSync(jsPath, js);
console.log(`shortened ${renames.size} import names`);
