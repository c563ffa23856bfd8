#!/usr/bin/env bash
# Browser tests need Debian's Chromium. Install it when we can; otherwise say how, and fail:
# the browser tests are never skipped silently.
set -euo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$path" ]; then
	exit 0
fi
echo "Chromium not found at $path; installing Debian's chromium package…"
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null && command -v apt-get >/dev/null; then
	sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if [ ! -x "$path" ]; then
	cat >&2 <<MSG
✖ The browser tests need Chromium and it could not be installed automatically.
  On Debian or Ubuntu:  sudo apt-get install -y chromium
  Elsewhere: install Chromium or Chrome and run the tests with CHROMIUM_PATH=/path/to/chromium
MSG
	exit 1
fi
echo "Installed $("$path" --version)"
