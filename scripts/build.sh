#!/usr/bin/env bash
# The release build of the widget: the Wasm package, its import names
# shortened, then its JS glue, the embed loader and its CSS minified.
# wasm-bindgen names each import with a hash that gzip cannot compress, in the
# Wasm and again in the glue, and writes readable glue (53 KB); together these
# steps take 9 KiB off the gzipped transfer. Both files are generated, so
# rewriting them loses nothing; the Rust sources and www/src/ stay as written.
#
#   scripts/build.sh                          the widget, into pkg/, and beside
#                                             it its bars-only build
#   OUT=bench/pkg-line scripts/build.sh --features line
#                                             with the line chart, elsewhere
set -euo pipefail
cd "$(dirname "$0")/.."
out="${OUT:-pkg}"
# Without the reference-types feature wasm-bindgen keeps the page's objects
# in a JS array and passes indices, instead of an externref table with a
# shim around every export: 1.2 KB less gzipped Wasm for 0.1 KB more glue.
# Set here, not in .cargo/config.toml: the release build's LTO compiles std
# without the feature too, while a test build would link std compiled with it
# and wasm-bindgen would then look for an externref table that is not there.
rustflags="-C target-feature=-reference-types"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:-} $rustflags"
# The widget, without its tools' code (`lazy`), then the tools module it
# loads on a reader's first use of one (`extras`, see src/web/export.rs),
# built aside and moved in beside it as newsfig_tools.js and its Wasm.
wasm-pack build --target web --release --out-dir "$out" -- --features lazy "$@"
# Functions in the order gzip packs best (measured; see the script): 0.9 KiB
# off the widget's gzipped Wasm, about 25 s of build per module.
node scripts/order-functions.mjs "$out/newsfig_bg.wasm"
node scripts/shorten-imports.mjs "$out"
tools="$(mktemp -d)"
trap 'rm -rf "$tools"' EXIT
# esbuild bundles and minifies; terser then compresses esbuild's output
# further (two passes, names mangled): 0.17 KiB off the widget's gzipped glue.
# It also drops wasm-bindgen's warnings for init's and initSync's deprecated
# arguments (newsfig's own loaders pass the object form; the old forms still
# work, unwarned): 66 bytes gzipped off each glue. And the paragraph it logs
# when a server sends the Wasm with the wrong MIME type becomes the browser's
# own error, which says as much ("Incorrect response MIME type. Expected
# 'application/wasm'"); the fallback to WebAssembly.instantiate stays. 0.1 KiB
# gzipped off each glue.
squeeze() {
  sed -i -E "s/console\.warn\([\"']using deprecated parameters[^\"']*[\"']\)/0/g" "$1"
  sed -i -E 's/console\.warn\("`WebAssembly\.instantiateStreaming` failed[^"]*",/console.warn(/' "$1"
  terser "$1" --module --compress passes=2 --mangle --output "$1"
}
wasm-pack build --target web --release --no-pack --out-dir "$tools" --out-name newsfig_tools -- --features extras
node scripts/order-functions.mjs "$tools/newsfig_tools_bg.wasm"
node scripts/shorten-imports.mjs "$tools" newsfig_tools
# Bundled with its snippet (the embed panel's copy buttons, src/web/export.rs).
esbuild "$tools/newsfig_tools.js" --bundle --minify --format=esm --log-level=warning --outfile="$out/newsfig_tools.js"
squeeze "$out/newsfig_tools.js"
cp "$tools/newsfig_tools_bg.wasm" "$tools/newsfig_tools.d.ts" "$out/"
# The article's story ships beside the Wasm, not inside it (the `builtin`
# feature is off): the embeds and the article page fetch it alongside the
# Wasm, and a newsroom charting its own story never downloads it.
node -e 'const fs = require("fs"); fs.writeFileSync(process.argv[2], JSON.stringify(JSON.parse(fs.readFileSync(process.argv[1], "utf8"))))' \
  src/story/changzhi-2022.json "$out/changzhi-2022.json"
# It and the tools module are listed among the package's files, so `npm
# publish` ships them; the snippets, bundled into the glue below, are not.
ship() { # ship FILE...: adds files to the package's list
  node -e 'const fs = require("fs"); const p = process.argv[1]; const j = JSON.parse(fs.readFileSync(p, "utf8")); for (const f of process.argv.slice(2)) if (!j.files.includes(f)) j.files.push(f); j.files = j.files.filter((f) => f !== "snippets"); delete j.sideEffects; fs.writeFileSync(p, JSON.stringify(j, null, 2) + "\n")' \
    "$out/package.json" "$@"
}
ship changzhi-2022.json newsfig_tools.js newsfig_tools_bg.wasm newsfig_tools.d.ts
# Bundled, so the snippet that loads the tools module (src/web/lazy.rs) is
# part of the glue, not one more request before the first chart. Then
# V8's explicit compile hint (Chrome 136+), which must be the file's first
# line: compile every function of the glue when the module loads, off the main
# thread, instead of each on its first call inside mount's task. Nearly all of
# them run while a widget mounts; 8 probes at 4x CPU: mount 19-50 ms with it,
# 26-55 ms without.
glue() { # glue SOURCE OUTPUT
  esbuild "$1" --bundle --minify --format=esm --log-level=warning --allow-overwrite --outfile="$2"
  squeeze "$2"
  { echo '//# allFunctionsCalledOnLoad'; cat "$2"; } > "$2.tmp" && mv "$2.tmp" "$2"
}
glue "$out/newsfig.js" "$out/newsfig.js"
rm -rf "$out/snippets"
# The same widget for bar charts alone (the other chart kinds' features off;
# 4 KiB less gzipped), as newsfig_bars.js beside it, sharing its tools module
# and story: a bar chart's embed snippets load it (src/embed.rs). Not for
# builds with extra features (the bench's line build).
if [ $# -eq 0 ]; then
  bars="$tools/bars"
  wasm-pack build --target web --release --no-pack --out-dir "$bars" --out-name newsfig_bars -- --no-default-features --features lazy
  node scripts/order-functions.mjs "$bars/newsfig_bars_bg.wasm"
  node scripts/shorten-imports.mjs "$bars" newsfig_bars
  glue "$bars/newsfig_bars.js" "$out/newsfig_bars.js"
  cp "$bars/newsfig_bars_bg.wasm" "$bars/newsfig_bars.d.ts" "$out/"
  ship newsfig_bars.js newsfig_bars_bg.wasm newsfig_bars.d.ts
  # The iframe embed's page for it: embed.html preloading this build.
  sed 's/pkg\/newsfig\(_bg\.wasm\|\.js\)/pkg\/newsfig_bars\1/' www/embed.html > www/embed-bars.html
  grep -c newsfig_bars www/embed-bars.html | grep -x 2 >/dev/null
fi
# The script embed's loader and stylesheet: written in www/src/, served
# minified from www/ (the paths the snippets name; .gitignore says they are
# built). No "built from" banner: every reader would download it, 0.05 KiB
# gzipped in each file.
esbuild www/src/newsfig.js --minify --format=esm --log-level=warning --outfile=www/newsfig.js
squeeze www/newsfig.js
esbuild www/src/newsfig.css --minify --log-level=warning --outfile=www/newsfig.css
