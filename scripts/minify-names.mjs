// Minifies the names on the boundary between a module's Wasm and its JS glue,
// as emscripten does for its own output: binaryen's
// --minify-imports-and-exports-and-modules renames them in the Wasm and
// prints the mapping, which this script then applies to the glue.
//
// wasm-bindgen names each import with a hash ("__wbg_width_babc5dc7654771b1"),
// once in the Wasm and once in the glue, and offers no switch to leave it out
// (wasm-bindgen/wasm-bindgen#3909). gzip cannot compress the hashes: this
// step alone took 4.1 KB off the widget's gzipped transfer, 5.8% of it
// (issue 22's A/B), past the 5% a rewrite of generated code must earn.
//
// The glue is generated text, so this script checks the shape it expects
// and stops the build when wasm-bindgen writes it differently: each import
// named exactly once, the import module named once, and no export reached
// other than as `wasm.NAME`.
//
//   node scripts/minify-names.mjs DIR NAME     DIR/NAME_bg.wasm and DIR/NAME.js
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, stem] = process.argv.slice(2);
const wasmPath = join(dir, `${stem}_bg.wasm`);
const gluePath = join(dir, `${stem}.js`);
// The features rustc's wasm32 target enables (as in Cargo.toml's wasm-opt list).
const enable = ['bulk-memory', 'mutable-globals', 'nontrapping-float-to-int', 'sign-ext', 'reference-types', 'multivalue'];
const map = JSON.parse(execFileSync('wasm-opt', [
  wasmPath, ...enable.map((f) => `--enable-${f}`), '--minify-imports-and-exports-and-modules', '-o', wasmPath,
], { encoding: 'utf8' }));

let js = readFileSync(gluePath, 'utf8');
const fail = (m) => { throw new Error(`${gluePath}: ${m}; has wasm-bindgen's glue changed shape?`); };
const exactlyOnce = (pattern, to) => {
  const hits = js.match(pattern)?.length ?? 0;
  if (hits !== 1) fail(`${pattern} occurs ${hits} times, expected once`);
  js = js.replace(pattern, to);
};
const escape = (s) => s.replace(/[$]/g, '\\$');
for (const [module, field, short] of map.imports) {
  if (module !== `./${stem}_bg.js`) fail(`an import from ${module}`);
  // The key of the function the glue provides for it.
  exactlyOnce(new RegExp(`\\b${escape(field)}(?=:)`, 'g'), short);
}
// binaryen puts every import in one module, "a".
exactlyOnce(new RegExp(`"\\./${stem}_bg\\.js":`, 'g'), 'a:');
const exports = new Map(map.exports);
js = js.replace(/\bwasm\.([A-Za-z_$][\w$]*)/g, (whole, name) => {
  if (!exports.has(name)) fail(`wasm.${name} is not an export`);
  return `wasm.${exports.get(name)}`;
});
if (/\bwasm\[|instance\.exports\./.test(js)) fail('an export is reached other than as wasm.NAME');
writeFileSync(gluePath, js);
console.log(`${stem}: ${map.imports.length} imports and ${map.exports.length} exports renamed`);
