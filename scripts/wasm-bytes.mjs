// The few pieces of the Wasm binary format that the build's rewriting
// scripts need: LEB128 numbers, length-prefixed names, and the list of a
// module's sections.

/** Reads an unsigned LEB128 number at `at`; returns it and the offset after it. */
export function readLeb(buf, at) {
  let result = 0, shift = 0, byte;
  do { byte = buf[at++]; result |= (byte & 0x7f) << shift; shift += 7; } while (byte & 0x80);
  return [result >>> 0, at];
}

/** An unsigned LEB128 number's bytes. */
export function leb(n) {
  const out = [];
  do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b); } while (n);
  return Buffer.from(out);
}

/** A name's bytes: its UTF-8 length, then the UTF-8. */
export const name = (s) => { const b = Buffer.from(s, 'utf8'); return Buffer.concat([leb(b.length), b]); };

/** The module's sections in order: id, the offset where its content starts, and its end. */
export function sections(wasm) {
  const out = [];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = readLeb(wasm, at + 1);
    out.push({ id, at, body, end: body + size });
    at = body + size;
  }
  return out;
}

/** The entries of an import section: module, field, kind (0 for a function) and the bytes of its description. */
export function imports(wasm, section) {
  let [count, p] = readLeb(wasm, section.body);
  const out = [];
  const text = () => { let len; [len, p] = readLeb(wasm, p); p += len; return wasm.toString('utf8', p - len, p); };
  const skipLimits = () => { const flags = wasm[p++]; [, p] = readLeb(wasm, p); if (flags & 1) [, p] = readLeb(wasm, p); };
  for (let i = 0; i < count; i++) {
    const module = text();
    const field = text();
    const descStart = p;
    const kind = wasm[p++];
    if (kind === 0) [, p] = readLeb(wasm, p);            // function: type index
    else if (kind === 1) { p++; skipLimits(); }         // table: reftype, limits
    else if (kind === 2) skipLimits();                  // memory: limits
    else if (kind === 3) p += 2;                        // global: valtype, mutability
    else if (kind === 4) { p++; [, p] = readLeb(wasm, p); } // tag
    else throw new Error(`unknown import kind ${kind}`);
    out.push({ module, field, kind, desc: wasm.subarray(descStart, p) });
  }
  return out;
}

/**
 * Where a function body calls other functions: for each `call` (and
 * `ref.func`), the offset of its function index in `body`, the index, and
 * the offset after it. Decodes the instruction set rustc's wasm32 target
 * emits (MVP, sign extension, saturating conversions, bulk memory, multiple
 * values, reference types); throws on anything else.
 */
export function calls(body) {
  const out = [];
  let [groups, p] = readLeb(body, 0);
  for (let g = 0; g < groups; g++) { [, p] = readLeb(body, p); p++; } // locals: count, type
  const skip = () => { [, p] = readLeb(body, p); };
  const skipSigned = () => { while (body[p++] & 0x80); };
  while (p < body.length) {
    const op = body[p++];
    if (op === 0x10 || op === 0xd2) { const at = p; let index; [index, p] = readLeb(body, p); out.push({ at, index, end: p }); }
    else if (op >= 0x02 && op <= 0x04) { if (body[p] === 0x40 || body[p] >= 0x6f) p++; else skipSigned(); } // block type
    else if (op === 0x0c || op === 0x0d || (op >= 0x20 && op <= 0x26)) skip();
    else if (op === 0x0e) { let n; [n, p] = readLeb(body, p); for (let i = 0; i <= n; i++) skip(); }
    else if (op === 0x11) { skip(); skip(); }
    else if (op === 0x1c) { let n; [n, p] = readLeb(body, p); p += n; }
    else if (op >= 0x28 && op <= 0x3e) { skip(); skip(); } // memory access: align, offset
    else if (op === 0x3f || op === 0x40 || op === 0xd0) p++;
    else if (op === 0x41 || op === 0x42) skipSigned();
    else if (op === 0x43) p += 4;
    else if (op === 0x44) p += 8;
    else if (op === 0xfc) {
      let sub; [sub, p] = readLeb(body, p);
      if (sub <= 7) { /* saturating conversions */ }
      else if (sub === 8) { skip(); p++; } else if (sub === 9) skip(); else if (sub === 10) p += 2; else if (sub === 11) p++;
      else if (sub === 12 || sub === 14) { skip(); skip(); } else if (sub === 13 || (sub >= 15 && sub <= 17)) skip();
      else throw new Error(`unknown instruction 0xfc ${sub}`);
    }
    else if (op <= 0x01 || op === 0x05 || op === 0x0b || op === 0x0f || op === 0x1a || op === 0x1b || op === 0xd1 || (op >= 0x45 && op <= 0xc4)) { /* no immediates */ }
    else throw new Error(`unknown instruction 0x${op.toString(16)} at ${p - 1}`);
  }
  if (p !== body.length) throw new Error('a function body ends inside an instruction');
  return out;
}
