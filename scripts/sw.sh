#!/usr/bin/env sh
# Trunk post_build hook: in a release build, writes the service worker into
# the staging folder with every file of the build to precache and a version
# made from their names and contents, and marks index.html so the app
# registers it. A development build (`trunk serve`) gets neither: it stays
# uncached.
set -eu
[ "${TRUNK_PROFILE:-}" = "release" ] || exit 0
cd "$TRUNK_STAGING_DIR"
files=$(find . -type f ! -name 'sw.js' ! -name 'sw.template.js' | sed 's|^\./||' | LC_ALL=C sort)
version=$(for f in $files; do sha256sum "$f"; done | sha256sum | cut -c1-16)
list="[\"./\""
for f in $files; do list="$list, \"./$f\""; done
list="$list]"
sed -e "s|__VERSION__|$version|" -e "s|__FILES__|$list|" sw.template.js > sw.js
rm -f sw.template.js
# The marker the app looks for before registering.
sed -i 's|<meta name="cp-sw" content="off"|<meta name="cp-sw" content="sw.js"|' index.html
