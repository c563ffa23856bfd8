#!/usr/bin/env bash
# The export tests validate QTI files against the QTI XML Schemas with xmllint (Debian's
# libxml2-utils). Install it when we can; otherwise say how, and fail: those tests never skip.
set -euo pipefail
if command -v xmllint >/dev/null; then
	exit 0
fi
echo "xmllint not found; installing Debian's libxml2-utils…"
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-utils >/dev/null
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null && command -v apt-get >/dev/null; then
	sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-utils >/dev/null
fi
if ! command -v xmllint >/dev/null; then
	cat >&2 <<MSG
✖ The export tests need xmllint and it could not be installed automatically.
  On Debian or Ubuntu:  sudo apt-get install -y libxml2-utils
MSG
	exit 1
fi
echo "Installed $(xmllint --version 2>&1 | head -1)"
