#!/usr/bin/env bash
# The benchmarks: every timing budget in budgets.json, measured on this
# machine against the release builds served as scripts/test.sh serves them
# (PDF making, the form at its largest, a slow connection, Lighthouse).
# Prints each figure beside its budget and the ratio; exits 1 when one is
# over or could not be measured. Not part of the test command: timings
# depend on the machine and on what else it is doing.
# Installs whatever is missing first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
export CHROME_PATH=/usr/bin/chromium
say "Building and serving both example sites"
source scripts/sites.sh
say "Benchmarks (budgets.json \"timings\")"
node scripts/bench.mjs
