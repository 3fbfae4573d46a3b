#!/usr/bin/env bash
# Trunk post_build hook, before sw.sh: cuts the app's wasm into a first part
# and chunks that load on first use (`src/ui/chunk.rs`). Trunk runs
# wasm-bindgen itself without `--keep-lld-exports` (trunk#1022), so this takes
# the linked wasm cargo wrote (with `--emit-relocs`), splits it, runs
# wasm-bindgen and wasm-opt on the pieces, and puts them in place of Trunk's
# two files under the names index.html already loads. Chunks and the loader
# are named by their contents, so a new build never meets a stale copy.
set -euo pipefail
cd "$TRUNK_STAGING_DIR"
profile=debug
[ "${TRUNK_PROFILE:-}" = "release" ] && profile=release
input="$TRUNK_SOURCE_DIR/target/wasm32-unknown-unknown/$profile/campaign-planner.wasm"
js=$(ls campaign-planner-*.js)
name=${js%.js}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

wasm-split-cli --target web --out-name "$name" "$input" "$work/split" >&2
# The first part's glue, as Trunk would have written it, but keeping what
# the chunks import from it.
wasm-bindgen --target web --keep-lld-exports --no-typescript --out-name "$name" \
  --out-dir "$work/bound" "$work/split/$name.wasm"
opt="$TRUNK_SOURCE_DIR/scripts/wasm_opt.sh"
if [ "$profile" = release ]; then
  bash "$opt" "$work/bound/${name}_bg.wasm" "${name}_bg.wasm"
else
  cp "$work/bound/${name}_bg.wasm" "${name}_bg.wasm"
fi
cp "$work/bound/$name.js" "$js"

# Chunks and the loader, each named by a hash of what it holds.
loader="$name-chunks.js"
cp "$work/split/__wasm_split.js" "$loader"
for chunk in "$work"/split/*.wasm; do
  base=$(basename "$chunk" .wasm)
  [ "$base" = "$name" ] && continue
  if [ "$profile" = release ]; then
    bash "$opt" "$chunk" "$work/opt.wasm"
  else
    cp "$chunk" "$work/opt.wasm"
  fi
  hashed="$base-$(sha256sum "$work/opt.wasm" | cut -c1-16).wasm"
  mv "$work/opt.wasm" "$hashed"
  sed -i "s|\"\\./$base\\.wasm\"|\"./$hashed\"|g" "$loader"
done
# The glue imports the loader by its new name; the wasm still names it
# `./__wasm_split.js` as the key of its imports, which stays.
sed -i "s|from \"\\./__wasm_split\\.js\"|from \"./$loader\"|" "$js"
# The first screen's download: one style sheet, the app's wasm asked for
# first, the address's chunks compiled as they download.
node "$TRUNK_SOURCE_DIR/scripts/first_screen.mjs" "$loader"
