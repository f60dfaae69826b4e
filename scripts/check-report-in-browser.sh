#!/usr/bin/env bash
# Renders a report page in headless Chromium and saves a screenshot, to look at the page as a reader would.
# The flags keep Chromium off the network (the page must not need it) and out of the user's profile.
# Usage: scripts/check-report-in-browser.sh <report.html> <out.png> [width,height]
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 <report.html> <out.png> [width,height]" >&2
  exit 2
fi
report="$(realpath "$1")"
out="$(realpath -m "$2")"
size="${3:-1400,4000}"
[[ -f "$report" ]] || { echo "$0: no such file: $1" >&2; exit 2; }

if ! command -v chromium >/dev/null 2>&1; then
  echo "chromium is missing; installing Debian's package" >&2
  apt-get update && apt-get install -y chromium
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
mkdir -p "$(dirname "$out")"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars \
  --screenshot="$out" --window-size="$size" "file://$report" 2>/dev/null
[[ -s "$out" ]] || { echo "$0: chromium wrote no screenshot to $out" >&2; exit 1; }
echo "$out"
