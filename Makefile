# Campaign Planner. Two commands on a fresh machine: `make run`, `make test`.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: run dist test test-format test-native test-browser test-e2e bench screenshots fuzz setup setup-test clean

## Build and serve the app at http://127.0.0.1:8080 (installs what is missing).
run: setup
	trunk serve --offline

## The release build in dist/ (relative URLs: works under any sub-path).
dist: setup
	trunk build --release --offline

## Every test layer: native model tests, browser tests, end-to-end tests.
test: setup-test test-format test-native test-browser test-e2e

## The code as rustfmt and leptosfmt (for view! macros) write it.
test-format:
	cargo fmt --check
	leptosfmt --check --quiet src/

test-native:
	cargo test --quiet

test-browser:
	cargo test --target wasm32-unknown-unknown --test browser

test-e2e: dist
	node --test --test-concurrency=1 e2e/

## The readers fuzzed for longer than `make test` does: a million inputs, a stream per
## core (FUZZ_ITERS, FUZZ_THREADS; FUZZ_SEED with FUZZ_THREADS=1 replays one stream).
fuzz:
	FUZZ_ITERS=$${FUZZ_ITERS:-1000000} FUZZ_THREADS=$${FUZZ_THREADS:-$$(nproc)} cargo test --release --test fuzz -- --nocapture

## Sizes and timings (figures, not pass/fail).
bench: setup-test dist
	node bench/bench.mjs
	bash bench/split_cost.sh
	cargo run --quiet --release --example import_times
	cargo run --quiet --release --example figure_times
	cargo run --quiet --release --example team_times
	@command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0 >&2
	python3 bench/crate_sizes.py target/wasm32-unknown-unknown/release/campaign-planner.wasm

## PNGs of every view, both languages, light and dark: bench/out/screens/.
screenshots: setup-test dist
	node e2e/screenshots.mjs

setup:
	@scripts/setup.sh

setup-test:
	@scripts/setup.sh --test

clean:
	cargo clean; rm -rf dist bench/out
