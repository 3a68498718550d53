#!/usr/bin/env bash
# Build the whole site into dist/:
#   1. each interactive tool's WebAssembly, with Trunk (tools/<tool>.html);
#   2. every page as HTML, the shared files and the service worker, with the
#      site generator (src/bin/site.rs), for the Board profile given.
#
#   scripts/build.sh                          # the example Board profile
#   scripts/build.sh --board path/board.json  # a Board's own profile
#   scripts/build.sh --example cspr           # the example partnership
#                                             # (CSPR rules)
#
# A broken profile stops step 2 with the file, the field and what is wrong,
# and leaves dist/ as it was. Installs whatever is missing first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh

BOARD=""
EXAMPLE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --board) BOARD="${2:?--board needs a file}"; shift 2 ;;
    --example) EXAMPLE="${2:?--example needs scr-2006 or cspr}"; shift 2 ;;
    *) die "unknown option $1 (use --board path/to/board.json or --example cspr)" ;;
  esac
done

TOOLS=(deadlines referral)
say "Building the tools' WebAssembly (release)"
# One cargo run builds every tool (and the PDF worker) side by side; Trunk
# then finds them built and only runs wasm-bindgen and wasm-opt.
cargo build --release --locked --target wasm32-unknown-unknown --features csr --bins
for tool in "${TOOLS[@]}"; do
  trunk build "tools/$tool.html" --release --dist "target/tools/$tool"
done

say "Making the pages"
cargo run --locked --features ssr --bin site -- --tools target/tools --out dist --board "$BOARD" --example "$EXAMPLE"
