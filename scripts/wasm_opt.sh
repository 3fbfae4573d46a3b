#!/usr/bin/env bash
# wasm-opt as every shipped wasm gets it: the split's pieces (split.sh), the
# first look (first_look.sh), and the whole build the split is measured
# against (bench/split_cost.sh). For size, with the features the Rust target
# emits; without the producers and target-features sections, which the
# browser reads neither of (5.6 KB brotli over the split's pieces).
# Usage: wasm_opt.sh <in.wasm> <out.wasm>
set -euo pipefail
exec wasm-opt -Oz --strip-producers --strip-target-features --enable-bulk-memory \
  --enable-nontrapping-float-to-int --enable-reference-types --enable-sign-ext \
  --enable-mutable-globals "$1" -o "$2"
