#!/usr/bin/env sh
# Trunk's post_build hook. Trunk starts a stage's hooks side by side, so the
# two steps are one hook, in order: the wasm is split first (split.sh), then
# the service worker lists every file of the build, chunks included (sw.sh).
set -eu
bash "$TRUNK_SOURCE_DIR/scripts/split.sh"
sh "$TRUNK_SOURCE_DIR/scripts/sw.sh"
