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
import { imports, leb, name, sections } from './wasm-bytes.mjs';

const dir = process.argv[2] ?? 'pkg';
const stem = process.argv[3] ?? 'newsfig';
const wasmPath = join(dir, `${stem}_bg.wasm`);
const jsPath = join(dir, `${stem}.js`);
const wasm = readFileSync(wasmPath);
let js = readFileSync(jsPath, 'utf8');
const GLUE = `./${stem}_bg.js`;
const SHORT_GLUE = 'g';

const shortId = (i) => { let s = ''; do { s = 'abcdefghijklmnopqrstuvwxyz'[i % 26] + s; i = Math.floor(i / 26) - 1; } while (i >= 0); return s; };

const parts = [wasm.subarray(0, 8)];
const renames = new Map();
for (const section of sections(wasm)) {
  if (section.id !== 2) { parts.push(wasm.subarray(section.at, section.end)); continue; }
  const entries = imports(wasm, section);
  const content = [leb(entries.length)];
  for (const { module, field, desc } of entries) {
    let newField = field;
    if (module === GLUE) {
      if (!renames.has(field)) renames.set(field, shortId(renames.size));
      newField = renames.get(field);
    }
    content.push(name(module === GLUE ? SHORT_GLUE : module), name(newField), desc);
  }
  const bytes = Buffer.concat(content);
  parts.push(Buffer.from([2]), leb(bytes.length), bytes);
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
