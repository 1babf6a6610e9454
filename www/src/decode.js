// A story file's bytes as text, or an error that says what the file is: a
// spreadsheet's "Unicode text" export is UTF-16, and GBK text from an older
// system is not UTF-8 either; read as UTF-8, both would reach the reader as
// garbage characters quoted in a JSON error.
export function decodeStory(bytes, what, src) {
  const b = new Uint8Array(bytes);
  const utf16 = (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff) || b.includes(0);
  if (utf16) throw new Error(`${what}: ${src} is UTF-16 text, not UTF-8; save it as UTF-8`);
  try {
    // A UTF-8 byte order mark is dropped.
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    throw new Error(`${what}: ${src} is not UTF-8 text (GBK, perhaps); save it as UTF-8`);
  }
}
