#!/usr/bin/env bash
# The release build of the widget: the Wasm package, its import names
# shortened, then its JS glue, the embed loader and its CSS minified.
# wasm-bindgen names each import with a hash that gzip cannot compress, in the
# Wasm and again in the glue, and writes readable glue (53 KB); together these
# steps take 9 KiB off the gzipped transfer. Both files are generated, so
# rewriting them loses nothing; the Rust sources and www/src/ stay as written.
#
#   scripts/build.sh                          the widget, into pkg/
#   OUT=bench/pkg-line scripts/build.sh --features line
#                                             with the line chart, elsewhere
set -euo pipefail
cd "$(dirname "$0")/.."
out="${OUT:-pkg}"
wasm-pack build --target web --release --out-dir "$out" -- "$@"
node scripts/shorten-imports.mjs "$out"
esbuild "$out/newsfig.js" --minify --format=esm --log-level=warning --allow-overwrite --outfile="$out/newsfig.js"
# V8's explicit compile hint (Chrome 136+), which must be the file's first
# line: compile every function of the glue when the module loads, off the main
# thread, instead of each on its first call inside mount's task. Nearly all of
# them run while a widget mounts; 8 probes at 4x CPU: mount 19-50 ms with it,
# 26-55 ms without.
hint='//# allFunctionsCalledOnLoad'
{ echo "$hint"; cat "$out/newsfig.js"; } > "$out/newsfig.js.tmp" && mv "$out/newsfig.js.tmp" "$out/newsfig.js"
# The script embed's loader and stylesheet: written in www/src/, served
# minified from www/ (the paths the snippets name).
banner='/* Built from www/src/ by scripts/build.sh: edit that file, not this one. */'
esbuild www/src/newsfig.js --minify --format=esm --log-level=warning --banner:js="$banner" --outfile=www/newsfig.js
esbuild www/src/newsfig.css --minify --log-level=warning --banner:css="$banner" --outfile=www/newsfig.css
