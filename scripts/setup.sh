#!/usr/bin/env bash
# Installs, only when missing, what building (and with --test, testing)
# needs: the wasm32 target, trunk, wasm-bindgen-cli matching Cargo.lock, the
# wasm splitter, wasm-opt and playwright-core from npm, and for tests Debian's
# Chromium, ChromeDriver, a CJK font, poppler-utils (PDF pages to PNG),
# leptosfmt (the view! formatter `make test` checks) and the Python packages
# the tests read the calendar export and the holiday tables with (icalendar,
# chinesecalendar) and write and read workbooks with (openpyxl). Quiet when
# everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

TRUNK_VERSION=0.21.14
LEPTOSFMT_VERSION=0.1.33
SPLIT_VERSION=0.2.4
WANT_TEST=0
[[ "${1:-}" == "--test" ]] && WANT_TEST=1

say() { echo "setup: $*" >&2; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown >&2
fi

if [[ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]]; then
  say "installing trunk $TRUNK_VERSION (takes about 18 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked >&2
fi

# wasm-bindgen-cli must match the library version in Cargo.lock exactly.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WB_VERSION" ]]; then
  say "installing wasm-bindgen-cli $WB_VERSION"
  # Not --locked: one of its locked dependencies is missing from the registry.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" >&2
fi

# The splitter that cuts the release wasm into chunks after linking (scripts/split.sh).
if ! command -v wasm-split-cli >/dev/null \
   || ! cargo install --list | grep -qx "wasm_split_cli_support v$SPLIT_VERSION:"; then
  say "installing wasm_split_cli_support $SPLIT_VERSION (about a minute)"
  cargo install wasm_split_cli_support --version "$SPLIT_VERSION" --features build-binary --locked >&2
fi

if [[ ! -x node_modules/.bin/wasm-opt || ! -d node_modules/playwright-core ]] \
   || ! cmp -s package-lock.json node_modules/.package-lock.json.copy 2>/dev/null; then
  say "installing npm tools (binaryen, playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error >&2
  cp package-lock.json node_modules/.package-lock.json.copy
fi

if [[ $WANT_TEST == 1 ]]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null \
     || ! command -v pdftoppm >/dev/null || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
    say "installing Chromium, ChromeDriver, CJK fonts and poppler-utils from Debian"
    SUDO=""; [[ $(id -u) != 0 ]] && SUDO=sudo
    $SUDO apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver fonts-noto-cjk poppler-utils >/dev/null
  fi
  if ! python3 -c "import icalendar, chinese_calendar, openpyxl" 2>/dev/null; then
    say "installing the Python packages icalendar, chinesecalendar and openpyxl"
    PKGS="icalendar==7.3.2 chinesecalendar==1.11.0 openpyxl==3.1.5"
    # As root, or else for this user; a system Python that refuses pip gets it per user too.
    python3 -m pip install -q --disable-pip-version-check $PKGS >&2 \
      || python3 -m pip install -q --disable-pip-version-check --user $PKGS >&2 \
      || python3 -m pip install -q --disable-pip-version-check --user --break-system-packages $PKGS >&2
  fi
fi

if [[ $WANT_TEST == 1 ]] && [[ "$(leptosfmt --version 2>/dev/null || true)" != "leptosfmt $LEPTOSFMT_VERSION" ]]; then
  say "installing leptosfmt $LEPTOSFMT_VERSION (about 2 minutes)"
  cargo install leptosfmt --version "$LEPTOSFMT_VERSION" --locked >&2
fi
