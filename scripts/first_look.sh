#!/usr/bin/env bash
# Trunk post_build hook step, release builds only: builds the first look at a
# share link (src/bin/first_look.rs, `ui::first_look`), a second program
# from the same crate that index.html runs before the app on a first visit
# from a link (scripts/first_screen.mjs). It is built without the `split`
# feature, whose split points would keep every page alive in it, and
# without `--emit-relocs`, which only the splitter needs; its two files are
# named by their contents like the chunks.
set -euo pipefail
[ "${TRUNK_PROFILE:-}" = "release" ] || exit 0
cd "$TRUNK_STAGING_DIR"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$TRUNK_SOURCE_DIR" && RUSTFLAGS="--cfg erase_components" \
  cargo build --release --offline --target wasm32-unknown-unknown --bin first-look >&2)
wasm-bindgen --target web --no-typescript --out-name first-look --out-dir "$work" \
  "$TRUNK_SOURCE_DIR/target/wasm32-unknown-unknown/release/first-look.wasm"
bash "$TRUNK_SOURCE_DIR/scripts/wasm_opt.sh" "$work/first-look_bg.wasm" "$work/opt.wasm"
rm -rf first-look-*
hash=$(cat "$work/opt.wasm" "$work/first-look.js" | sha256sum | cut -c1-16)
mv "$work/opt.wasm" "first-look-${hash}_bg.wasm"
# Its inline JS (the link's inflate) goes in a folder of its own: the app's
# snippets folder has the same name and other numbering.
sed -e "s|\(['\"]\)\./snippets/|\1./first-look-$hash/|g" "$work/first-look.js" > "first-look-$hash.js"
if [ -d "$work/snippets" ]; then
  mkdir "first-look-$hash"
  cp -r "$work"/snippets/*/. "first-look-$hash/"
  sed -i "s|\./first-look-$hash/[^/'\"]*/|./first-look-$hash/|g" "first-look-$hash.js"
fi
