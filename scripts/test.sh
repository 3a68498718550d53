#!/usr/bin/env bash
# Runs every test and check, in order, stopping at the first failure:
#   formatting, clippy (native, the generator, and wasm32), native tests,
#   in-browser Rust tests, the release build (tools and pages), the size and
#   speed report (with its budgets), and the browser tests against the
#   release build served by nginx with deploy/'s config.
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

say "3/8 native tests (domain core)"
cargo test --locked

say "4/8 in-browser Rust tests (wasm-bindgen-test in headless Chromium)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --features csr --test in_browser --locked

say "5/8 release build (scripts/build.sh: the tools with Trunk, then the pages)"
scripts/build.sh

say "6/8 serving the release builds with nginx (deploy/scr-referral-guide.conf)"
rm -rf target/site && cp -r dist target/site
# The same tools and the example partnership's profile: the site under the
# Child Safeguarding Practice Review rules.
cargo run --locked --features ssr --bin site -- --tools target/tools --out target/site-cspr --example cspr
trap 'scripts/nginx.sh stop-all' EXIT
BASE_URL=$(scripts/nginx.sh start target/site)
CSPR_URL=$(scripts/nginx.sh start target/site-cspr '' cspr)
export BASE_URL SITE_ROOT="$PWD/target/site" CSPR_URL CSPR_ROOT="$PWD/target/site-cspr"
echo "serving $BASE_URL (SCR rules, example Board) and $CSPR_URL (CSPR rules, example partnership)"

say "7/8 size report and benchmarks (fails over budget)"
node scripts/report.mjs

say "8/8 browser tests (playwright-core + axe-core, Debian Chromium)"
node --test --test-concurrency=1 tests/e2e/
