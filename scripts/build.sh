#!/usr/bin/env bash
# The release build: each product of Cargo.toml's [package.metadata.newsfig.products]
# (read by scripts/products.mjs) built by wasm-pack (LTO, opt-level "z",
# wasm-opt -Oz) and its glue bundled and minified; then the embed loader and its CSS minified.
#
#   scripts/build.sh                          every product, into pkg/
#   OUT=bench/pkg-line scripts/build.sh --features line
#                                             the widget with more features,
#                                             and its tools module, elsewhere
set -euo pipefail
cd "$(dirname "$0")/.."
out="${OUT:-pkg}"
# Without the reference-types feature wasm-bindgen keeps the page's objects
# in a JS array and passes indices, instead of an externref table with a
# shim around every export: 1.0 KB less gzipped widget. LTO recompiles the
# prebuilt std with the crate, so std follows the flag. Set here, not in
# .cargo/config.toml: a test build, without LTO, links std compiled with the
# feature, and wasm-bindgen would then look for an externref table that is
# not there.
rustflags="-C target-feature=-reference-types"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:-} $rustflags"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# It and the tools module are listed among the package's files, so `npm
# publish` ships them; the snippets, bundled into the glue below, are not.
ship() { # ship FILE...: adds files to the package's list
  node -e 'const fs = require("fs"); const p = process.argv[1]; const j = JSON.parse(fs.readFileSync(p, "utf8")); for (const f of process.argv.slice(2)) if (!j.files.includes(f)) j.files.push(f); j.files = j.files.filter((f) => f !== "snippets"); delete j.sideEffects; fs.writeFileSync(p, JSON.stringify(j, null, 2) + "\n")' \
    "$out/package.json" "$@"
}
# esbuild bundles the glue with its snippets (the tools module's loader,
# src/web/lazy.rs, and the copy buttons, src/web/export.rs) and minifies it;
# terser then compresses esbuild's output further (two passes, names mangled).
minify() { # minify SOURCE OUTPUT
  esbuild "$1" --bundle --minify --format=esm --log-level=warning --allow-overwrite --outfile="$2"
  terser "$2" --module --compress passes=2 --mangle --output "$2"
}
# A widget's glue starts with V8's explicit compile hint (Chrome 136+), which
# must be the file's first line: compile every function of the glue when the
# module loads, off the main thread, instead of each on its first call inside
# mount's task. Nearly all of them run while a widget mounts; 8 probes at 4x
# CPU: mount 19-50 ms with it, 26-55 ms without.
hint() { # hint FILE
  { echo '//# allFunctionsCalledOnLoad'; cat "$1"; } > "$1.tmp" && mv "$1.tmp" "$1"
}

# The widget first: the others are added to its package.json.
while read -r name features; do
  if [ "$name" = newsfig ]; then
    # The widget is the package itself (package.json, README), with the
    # extra features asked for.
    dir="$out"
    wasm-pack build --target web --release --out-dir "$dir" -- --no-default-features --features "$features" "$@"
  elif [ "$name" = newsfig_tools ] || [ $# -eq 0 ]; then
    # The others are built aside and moved in beside it. The bars-only
    # build is left out of builds with extra features (the bench's line build).
    dir="$tmp/$name"
    wasm-pack build --target web --release --no-pack --out-dir "$dir" --out-name "$name" -- --no-default-features --features "$features"
  else
    continue
  fi
  # Types the Wasm's raw exports, which only the glue uses.
  rm -f "$dir/${name}_bg.wasm.d.ts"
  minify "$dir/$name.js" "$out/$name.js"
  if [ "$name" != newsfig_tools ]; then hint "$out/$name.js"; fi
  if [ "$dir" != "$out" ]; then
    cp "$dir/${name}_bg.wasm" "$dir/$name.d.ts" "$out/"
    ship "$name.js" "${name}_bg.wasm" "$name.d.ts"
  fi
done < <(node scripts/products.mjs | LC_ALL=C sort)
rm -rf "$out/snippets"

# The article's story ships beside the Wasm, not inside it (the `builtin`
# feature is off): the embeds and the article page fetch it alongside the
# Wasm, and a newsroom charting its own story never downloads it.
node -e 'const fs = require("fs"); fs.writeFileSync(process.argv[2], JSON.stringify(JSON.parse(fs.readFileSync(process.argv[1], "utf8"))))' \
  src/story/changzhi-2022.json "$out/changzhi-2022.json"
ship changzhi-2022.json
if [ $# -eq 0 ]; then
  # The iframe embed's page for the bars-only widget: embed.html preloading it.
  sed 's/pkg\/newsfig\(_bg\.wasm\|\.js\)/pkg\/newsfig_bars\1/' www/embed.html > www/embed-bars.html
  grep -c newsfig_bars www/embed-bars.html | grep -x 2 >/dev/null
fi
# The script embed's loader and stylesheet: written in www/src/, served
# minified from www/ (the paths the snippets name; .gitignore says they are
# built). No "built from" banner: every reader would download it.
esbuild www/src/newsfig.js --bundle --minify --format=esm --log-level=warning --outfile=www/newsfig.js
terser www/newsfig.js --module --compress passes=2 --mangle --output www/newsfig.js
esbuild www/src/newsfig.css --minify --log-level=warning --outfile=www/newsfig.css
