#!/usr/bin/env bash
# Runs every test and check, in order, stopping at the first failure:
#   formatting, clippy (native, the generator, and wasm32), native tests,
#   in-browser Rust tests, the release build (tools and pages), the size
#   report (with its budgets), and the browser tests against the release
#   build served by nginx with deploy/'s config. Timings are not tested here
#   (they depend on the machine): scripts/bench.sh measures them.
# Installs whatever is missing first (scripts/setup.sh). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
export CHROME_PATH=/usr/bin/chromium CHROMEDRIVER=/usr/bin/chromedriver

say "1/8 cargo fmt --check"
cargo fmt --all -- --check

say "2/8 cargo clippy (native, the site generator, then wasm32 with the tools)"
cargo clippy --all-targets --locked -- -D warnings
cargo clippy --features ssr --lib --bins --locked -- -D warnings
cargo clippy --target wasm32-unknown-unknown --features csr --lib --bins --tests --locked -- -D warnings

say "3/8 native tests (domain core, every test PDF checked with page-validation (PDF/UA-1) and qpdf, and the generator for every rule set)"
cargo test --locked
cargo test --locked --features ssr --test generator

say "4/8 in-browser Rust tests (wasm-bindgen-test in headless Chromium)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --features csr --test in_browser --locked

say "5/8 release build and serving it (scripts/sites.sh: both example sites, nginx with deploy/'s config)"
source scripts/sites.sh

say "6/8 size report (fails over budget or on a size it could not measure)"
node scripts/report.mjs

say "7/8 nginx configuration (redirects stay on the site, headers on every response)"
node --test tests/server/

say "8/8 browser tests (playwright-core + axe-core, Debian Chromium)"
node --test --test-concurrency=1 tests/e2e/
