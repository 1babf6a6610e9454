// Puts the functions of a release Wasm file in the order that gzip packs
// best, and changes nothing else.
//
// gzip finds repeats only within its last 32 KiB, so a function that looks
// like its neighbours costs fewer bytes than the same function among
// strangers. The compiler orders functions by where they were defined;
// binaryen's own --reorder-functions (by call count) made the widget's file
// 0.56 KiB larger. This script picks the order by measuring:
//
// 1. a greedy chain: from the first function, each next one is the function
//    that compresses best after the last few placed (the least deflated
//    bytes added, for its own deflated size);
// 2. a local search: STEPS moves of a run of 1–4 functions to another place,
//    each kept only if the whole code section then deflates smaller. The
//    moves come from a fixed-seed generator, so a given input always gets the
//    same order, and the size test's figures stay deterministic.
//
// Each candidate order is measured as it will be written: the code section
// with every call renumbered to its callee's new place (the call indices
// change with the order, and gzip sees them; measured without them, the
// tools module's better order came out larger). The rewrite is this
// script's own: the function and code sections in the new order, the
// indices in exports, the table and the start function renumbered, every
// other byte copied. Given the input's order it writes the input back byte
// for byte, and the result must compile (tests/browser/order.test.mjs).
// (Renaming the functions and letting binaryen's --reorder-functions-by-name
// rewrite them cost 0.1–0.3 KiB: binaryen re-encodes the code less tightly
// than the -Oz run that wrote it.)
//
// 8,000 steps (the default; about 25 s for the widget here) take 0.9 KiB off
// the widget's gzipped Wasm and 0.5 KiB off the tools module's; 20,000 took
// 0.15 KiB more. NEWSFIG_ORDER_STEPS sets the count (0: the greedy chain).
//
//   node scripts/order-functions.mjs pkg/newsfig_bg.wasm
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { calls, imports, leb, readLeb, sections } from './wasm-bytes.mjs';

const path = process.argv[2];
const STEPS = Number(process.env.NEWSFIG_ORDER_STEPS ?? 8000);
// Which earlier bytes a candidate is measured after in the greedy chain:
// the last 3,000 bytes of the last 4 functions placed (6,000, 16,000 and
// 32,000 bytes did no better, and take longer).
const TAIL_BYTES = 3000;
const TAIL_FUNCTIONS = 4;

const wasm = readFileSync(path);
const all = sections(wasm);
if (all.some((s) => s.id === 0 && wasm.toString('utf8', s.body + 1, s.body + 1 + wasm[s.body]) === 'name')) {
  throw new Error(`${path} already has a name section; order-functions works on a stripped build`);
}
const importSection = all.find((s) => s.id === 2);
const imported = importSection ? imports(wasm, importSection).filter((i) => i.kind === 0).length : 0;
const code = all.find((s) => s.id === 10);
const bodies = [];
{
  let [count, p] = readLeb(wasm, code.body);
  for (let i = 0; i < count; i++) {
    const [size, start] = readLeb(wasm, p);
    bodies.push(wasm.subarray(start, start + size));
    p = start + size;
  }
}
const deflated = (buf) => deflateRawSync(buf, { level: 9 }).length;
const sites = bodies.map(calls);
const lebs = Array.from({ length: imported + bodies.length }, (_, i) => leb(i));
// The code section as it will be, functions in `order`, each call naming
// its callee's new index: gzip sees these, so they are what is measured.
function encode(order) {
  const rank = new Array(bodies.length);
  order.forEach((f, r) => { rank[f] = r; });
  const target = (i) => (i < imported ? i : imported + rank[i - imported]);
  const parts = [];
  for (const f of order) {
    const body = bodies[f];
    const pieces = [];
    let at = 0, length = 0;
    for (const site of sites[f]) {
      const index = lebs[target(site.index)];
      pieces.push(body.subarray(at, site.at), index);
      length += site.at - at + index.length;
      at = site.end;
    }
    pieces.push(body.subarray(at));
    length += body.length - at;
    parts.push(leb(length), ...pieces);
  }
  return Buffer.concat(parts);
}
const measure = (order) => deflated(encode(order));

// 1. The greedy chain.
const joined = (order) => Buffer.concat(order.map((i) => bodies[i]));
const own = bodies.map((b) => deflated(b) || 1);
const left = new Set(bodies.keys());
const order = [0];
left.delete(0);
while (left.size) {
  const tail = joined(order.slice(-TAIL_FUNCTIONS)).subarray(-TAIL_BYTES);
  const base = deflated(tail);
  let best = -1, bestCost = Infinity;
  for (const j of left) {
    const cost = (deflated(Buffer.concat([tail, bodies[j]])) - base) / own[j];
    if (cost < bestCost) { bestCost = cost; best = j; }
  }
  order.push(best);
  left.delete(best);
}
const greedy = measure(order);

// 2. The local search, from a fixed seed (a 31-bit linear congruential generator).
let seed = 1;
const random = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return Math.floor((seed / 0x80000000) * n); };
// It starts from the better of the greedy chain and the order given, so the
// result is never worse than the input. (NEWSFIG_ORDER_START, for the tests:
// `input` or `greedy` starts from that one whatever its size.)
const given = measure([...bodies.keys()]);
const start = process.env.NEWSFIG_ORDER_START ?? (given <= greedy ? 'input' : 'greedy');
let current = start === 'input' ? [...bodies.keys()] : order;
let size = current === order ? greedy : given;
for (let step = 0; step < STEPS && bodies.length > 1; step++) {
  const length = 1 + random(4);
  const from = random(bodies.length - length + 1);
  const to = random(bodies.length - length + 1);
  const next = current.slice();
  next.splice(to, 0, ...next.splice(from, length));
  const s = measure(next);
  if (s < size) { current = next; size = s; }
}

// The rewrite: the function section's type indices and the code section in
// the new order, and every function index outside the code (exports, the
// table's entries, the start function) renumbered. Other sections are kept
// byte for byte.
const rank = new Array(bodies.length);
current.forEach((f, r) => { rank[f] = r; });
const renumber = (i) => (i < imported ? i : imported + rank[i - imported]);
const section = (id, content) => Buffer.concat([Buffer.from([id]), leb(content.length), content]);
function functionSection(s) {
  const types = [];
  let [count, p] = readLeb(wasm, s.body);
  for (let i = 0; i < count; i++) { let t; [t, p] = readLeb(wasm, p); types.push(t); }
  return section(3, Buffer.concat([leb(count), ...current.map((f) => leb(types[f]))]));
}
function exportSection(s) {
  let [count, p] = readLeb(wasm, s.body);
  const parts = [leb(count)];
  for (let i = 0; i < count; i++) {
    const [length, text] = readLeb(wasm, p);
    const kind = wasm[text + length];
    let index;
    parts.push(wasm.subarray(p, text + length + 1)); // the name, then the kind
    [index, p] = readLeb(wasm, text + length + 1);
    parts.push(leb(kind === 0 ? renumber(index) : index));
  }
  return section(7, Buffer.concat(parts));
}
function elementSection(s) {
  let [count, p] = readLeb(wasm, s.body);
  const parts = [leb(count)];
  for (let i = 0; i < count; i++) {
    const flags = wasm[p];
    if (flags !== 0) throw new Error(`element segment ${i} has flags ${flags}; order-functions reads only flags 0`);
    const start = p;
    p++;
    while (wasm[p] !== 0x0b) p++; // the offset: one constant instruction, then end
    p++;
    let n;
    parts.push(wasm.subarray(start, p));
    [n, p] = readLeb(wasm, p);
    parts.push(leb(n));
    for (let k = 0; k < n; k++) { let f; [f, p] = readLeb(wasm, p); parts.push(leb(renumber(f))); }
  }
  return section(9, Buffer.concat(parts));
}
const out = [wasm.subarray(0, 8)];
for (const s of all) {
  if (s.id === 3) out.push(functionSection(s));
  else if (s.id === 7) out.push(exportSection(s));
  else if (s.id === 8) out.push(section(8, leb(renumber(readLeb(wasm, s.body)[0]))));
  else if (s.id === 9) out.push(elementSection(s));
  else if (s.id === 10) out.push(section(10, Buffer.concat([leb(bodies.length), encode(current)])));
  else out.push(wasm.subarray(s.at, s.end));
}
const result = Buffer.concat(out);
// Compiling checks every call's types against its callee's: a wrong
// renumbering cannot pass.
new WebAssembly.Module(result);
writeFileSync(path, result);
const kib = (n) => (n / 1024).toFixed(2);
console.log(`ordered ${bodies.length} functions: code deflates to ${kib(size)} KiB (given order ${kib(given)}, greedy ${kib(greedy)}, ${STEPS} steps)`);
