#!/usr/bin/env bash
# Installs what building and testing newsfig needs, skipping what is present.
# Run by `make run` and `make test`; safe to run again (a few seconds when all is there).
#
# Pinned: wasm-bindgen-cli at exactly the version in Cargo.lock, wasm-pack,
# and the npm tools in package-lock.json. Debian's chromium, chromium-driver and
# fonts-noto-cjk come from the distribution's current stable packages (Debian
# drops superseded browser builds, so an exact pin would stop installing).
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_PACK_VERSION=0.15.1
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# The pinned compiler, its wasm32 target and components (rust-toolchain.toml).
# rustup here does not install a pinned toolchain on first use, so this runs
# before any cargo command; it returns at once when all is there.
rustup toolchain install

# The CLI must match the wasm-bindgen crate exactly, or wasm-pack downloads one
# (which fails without internet beyond the package registries).
wbg=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ]; then
  say "installing wasm-bindgen-cli $wbg (a few minutes the first time)"
  # --locked uses the CLI's own lock file; when the registry lacks one of its
  # exact versions, fall back to the newest compatible ones.
  cargo install wasm-bindgen-cli --version "$wbg" --locked \
    || cargo install wasm-bindgen-cli --version "$wbg"
fi

if [ "$(wasm-pack --version 2>/dev/null)" != "wasm-pack $WASM_PACK_VERSION" ]; then
  say "installing wasm-pack $WASM_PACK_VERSION (a few minutes the first time)"
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null \
   || ! fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null; then
  say "installing chromium, chromium-driver and fonts-noto-cjk from Debian"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver fonts-noto-cjk
fi

# npm ci when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools from package-lock.json"
  npm ci --no-audit --no-fund
fi
