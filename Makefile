# newsfig: two commands do everything.
#   make run    build the Wasm package and serve the demo at http://127.0.0.1:8080
#   make test   run every test suite; exits non-zero if any fails
# Both install what is missing first (scripts/setup.sh).
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
PORT ?= 8080

.PHONY: run test setup build snapshots screenshot static bench

setup:
	@scripts/setup.sh

build: setup
	scripts/build.sh

run: build
	node scripts/serve.mjs $(PORT)

test: setup
	@scripts/test.sh

# Regenerate the SVG snapshots after a deliberate change to the drawing.
snapshots:
	NEWSFIG_UPDATE_SNAPSHOTS=1 cargo test --test snapshots

# Retake the README's screenshot of the demo page.
screenshot: build
	node scripts/screenshot.mjs

# Rewrite www/static/*.svg, the no-JavaScript fallbacks, after a drawing change.
static:
	cargo run --quiet --example static_svgs

# Benchmark against uPlot, Chart.js and ECharts (several minutes; BENCH_N=15 by default). Not part of make test.
bench: build
	OUT=bench/pkg-line scripts/build.sh --features line
	cd bench && npm ci --no-audit --no-fund
	node bench/run.mjs
