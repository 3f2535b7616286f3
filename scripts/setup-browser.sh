#!/usr/bin/env bash
# Install Debian's `chromium` for the browser test (tests/browser/, vitest.browser.config.ts).
# The test drives it with playwright-core through its executablePath: no browser is downloaded
# at `npm install`. Idempotent: does nothing when /usr/bin/chromium is already there.
# Needs root (CI runs as root) and apt-get; set NQ4_CHROMIUM to use a Chromium elsewhere.
set -euo pipefail

CHROMIUM="${NQ4_CHROMIUM:-/usr/bin/chromium}"

if [ -x "$CHROMIUM" ]; then
  echo "setup-browser: $CHROMIUM is already installed"
else
  if [ "$CHROMIUM" != /usr/bin/chromium ]; then
    echo "setup-browser: NQ4_CHROMIUM=$CHROMIUM does not exist or is not executable" >&2
    exit 1
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup-browser: /usr/bin/chromium is missing and installing it needs root." >&2
    echo "  Run as root: apt-get update && apt-get install -y chromium" >&2
    echo "  (or point NQ4_CHROMIUM at an installed Chromium)" >&2
    exit 1
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup-browser: /usr/bin/chromium is missing and apt-get is not available (Debian or Ubuntu expected)." >&2
    echo "  Install Chromium by other means and set NQ4_CHROMIUM to its path." >&2
    exit 1
  fi
  echo "setup-browser: installing Debian's chromium (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y chromium
  if [ ! -x "$CHROMIUM" ]; then
    echo "setup-browser: apt-get finished but $CHROMIUM is still missing" >&2
    exit 1
  fi
fi

# Debian's launcher script prints a harmless shell warning on some machines: keep only the version.
version="$("$CHROMIUM" --version 2>/dev/null || true)"
if [ -z "$version" ]; then
  echo "setup-browser: $CHROMIUM --version printed nothing: is the install broken?" >&2
  exit 1
fi
echo "setup-browser: $version"
