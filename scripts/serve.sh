#!/usr/bin/env bash
# Serve the site on http://127.0.0.1:${PORT:-8080}: installs what is missing,
# builds the release site (scripts/build.sh) and serves dist/ with the
# production nginx config (deploy/), exactly as a Board would host it.
# BOARD_PROFILE=path/to/board.json builds it for that Board (or partnership);
# EXAMPLE=cspr builds the example partnership (CSPR rules). Ctrl+C stops it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ -n "${BOARD_PROFILE:-}" ]; then scripts/build.sh --board "$BOARD_PROFILE"; else scripts/build.sh --example "${EXAMPLE:-scr-2006}"; fi
source scripts/setup.sh >/dev/null
url=$(scripts/nginx.sh start dist "${PORT:-8080}")
trap 'scripts/nginx.sh stop' EXIT INT TERM
say "Serving $url  (Ctrl+C to stop)"
while [ -f target/nginx/nginx.pid ]; do sleep 1; done
