#!/usr/bin/env sh
# Trunk's post_build hook. Trunk starts a stage's hooks side by side, so the
# steps are one hook, in order: the first look at a share link is built
# (first_look.sh), the wasm is split and index.html given its first screen
# (split.sh, first_screen.mjs), then the service worker lists every file of
# the build, chunks and first look included (sw.sh).
set -eu
bash "$TRUNK_SOURCE_DIR/scripts/first_look.sh"
bash "$TRUNK_SOURCE_DIR/scripts/split.sh"
sh "$TRUNK_SOURCE_DIR/scripts/sw.sh"
