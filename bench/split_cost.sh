#!/usr/bin/env bash
# The split's cost (issue 29), part of `make bench`: builds the same code
# whole (no `split` feature, no split points; its own target folder, since
# the rustflags differ) through wasm-bindgen and the same wasm-opt passes the
# split's pieces get, then compares it with dist/ (bench/split_cost.mjs).
# Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/whole
# As .cargo/config.toml, without the relocations only the splitter reads.
RUSTFLAGS="--cfg erase_components" CARGO_TARGET_DIR=$out \
  cargo build --quiet --release --offline --target wasm32-unknown-unknown --bin campaign-planner
wasm-bindgen --target web --no-typescript --out-name whole --out-dir "$out/bound" \
  "$out/wasm32-unknown-unknown/release/campaign-planner.wasm"
bash scripts/wasm_opt.sh "$out/bound/whole_bg.wasm" "$out/whole.wasm"
node bench/split_cost.mjs "$out/whole.wasm" "$out/bound/whole.js" dist
