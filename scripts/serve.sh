#!/usr/bin/env bash
# Serve the site on http://127.0.0.1:${PORT:-8080}: installs what is missing,
# builds the release site with Trunk, and serves dist/ with the production
# nginx config (deploy/), exactly as a Board would host it. Ctrl+C stops it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
say "Building the release site"
trunk build --release
if [ -n "${BOARD_PROFILE:-}" ]; then cp "$BOARD_PROFILE" dist/board.json; say "Using Board profile $BOARD_PROFILE"; fi
url=$(scripts/nginx.sh start dist "${PORT:-8080}")
trap 'scripts/nginx.sh stop' EXIT INT TERM
say "Serving $url  (Ctrl+C to stop)"
while [ -f target/nginx/nginx.pid ]; do sleep 1; done
