#!/usr/bin/env bash
# Runs every test suite, keeps going past a failure, and exits non-zero if any failed.
# Called by `make test` after scripts/setup.sh.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

passed=0
failed=()
suite() {
  local name=$1; shift
  printf '\n\033[1m==> %s\033[0m\n' "$name"
  local start=$SECONDS
  if "$@"; then
    passed=$((passed + 1))
    printf '\033[32m--- %s passed (%ss)\033[0m\n' "$name" $((SECONDS - start))
  else
    failed+=("$name")
    printf '\033[31m--- %s FAILED (%ss)\033[0m\n' "$name" $((SECONDS - start))
  fi
}

suite "cargo fmt --check" cargo fmt --check
suite "clippy (native)" cargo clippy --all-targets --all-features -- -D warnings
suite "clippy (wasm32, all features)" cargo clippy --all-targets --all-features --target wasm32-unknown-unknown -- -D warnings
# The default features, a plain `wasm-pack build`: one module with everything.
suite "clippy (wasm32, default features)" cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
# Each product the release build makes, with its own features (Cargo.toml's
# [package.metadata.newsfig.products]): code only other features use must not go unused.
while read -r name features; do
  suite "clippy (wasm32, $name: $features)" cargo clippy --lib --no-default-features --features "$features" --target wasm32-unknown-unknown -- -D warnings </dev/null
done < <(node scripts/products.mjs)
suite "cargo test (native)" cargo test
# Bars alone (the chart kinds' features off, as in the bars-only widget): it
# lists and draws only bar charts (tests/kinds.rs; the default build ran it above too).
suite "bars-only build: tests/kinds.rs" cargo test --no-default-features --test kinds
suite "wasm-pack test --node" wasm-pack test --node -- --features line,widget,builtin
suite "wasm-pack test --headless --chrome" wasm-pack test --headless --chrome -- --features line,widget,builtin
suite "wasm-pack build (release), glue minified" scripts/build.sh
suite "browser test of the served page" node --test tests/browser/

echo
if [ ${#failed[@]} -eq 0 ]; then
  echo "suites: $passed passed, 0 failed"
else
  printf 'failed suite: %s\n' "${failed[@]}"
  echo "suites: $passed passed, ${#failed[@]} failed"
  exit 1
fi
