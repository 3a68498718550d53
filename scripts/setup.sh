#!/usr/bin/env bash
# Installs whatever this project needs and is missing, at the versions pinned
# in Trunk.toml (Rust tools), package.json/package-lock.json (npm tools) and
# below (Debian packages, and the Python package that checks the PDFs). Idempotent: a second run installs nothing.
# Sourced by scripts/test.sh and scripts/serve.sh; safe to run on its own.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf '\033[31mERROR: %s\033[0m\n' "$*" >&2; exit 1; }

# Fonts are only a "Recommends" of chromium: without them pages render with
# no fonts at all. Liberation Sans is the Arial-metric face in style/main.css.
# qpdf checks every PDF the tests make (qpdf --check); python3-venv makes
# the project's Python environment below.
DEBIAN_PACKAGES=(chromium chromium-driver nginx-light poppler-utils fonts-liberation fonts-dejavu-core qpdf python3-venv)
# page-validation (Python module `page`) checks every PDF the tests make
# against PDF/UA-1 (tests/document.rs); installed in .venv/ at the root.
PAGE_VALIDATION_VERSION=0.11.0

export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

toml_value() { # toml_value KEY FILE -> the quoted value of the first KEY = "..."
  sed -n "s/^$1 *= *\"\\(.*\\)\".*/\\1/p" "$2" | head -n 1
}
TRUNK_VERSION=$(toml_value trunk-version Trunk.toml | tr -d '=')
WASM_BINDGEN_VERSION=$(toml_value wasm_bindgen Trunk.toml)
WASM_OPT_VERSION=$(toml_value wasm_opt Trunk.toml)
[ -n "$TRUNK_VERSION" ] && [ -n "$WASM_BINDGEN_VERSION" ] && [ -n "$WASM_OPT_VERSION" ] \
  || die "Trunk.toml must pin trunk-version, [tools] wasm_bindgen and wasm_opt"

# wasm-bindgen in Cargo.lock must be the very version of the CLI Trunk runs.
LOCKED_WASM_BINDGEN=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
[ "$LOCKED_WASM_BINDGEN" = "$WASM_BINDGEN_VERSION" ] || die "Cargo.lock has wasm-bindgen $LOCKED_WASM_BINDGEN but Trunk.toml [tools] wasm_bindgen is $WASM_BINDGEN_VERSION. Make them equal: pin wasm-bindgen = \"=$WASM_BINDGEN_VERSION\" in Cargo.toml (or change Trunk.toml), then run 'cargo update -p wasm-bindgen'."

SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "Installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The project's own Python environment (.venv/, not committed) with
# page-validation at the pinned version; nothing is done when it is there.
if [ "$(.venv/bin/python -c 'import importlib.metadata as m; print(m.version("page-validation"))' 2>/dev/null)" != "$PAGE_VALIDATION_VERSION" ]; then
  say "Installing page-validation $PAGE_VALIDATION_VERSION in .venv (the PDF/UA-1 checker)"
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/python -m pip install --quiet --disable-pip-version-check "page-validation==$PAGE_VALIDATION_VERSION"
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown Rust target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "Installing trunk $TRUNK_VERSION (a few minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
  # --locked can fail when a crate in its lock file was yanked from the
  # registry; the same version without --locked then resolves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked \
    || cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# npm dev dependencies (playwright-core, axe-core, lighthouse, binaryen's
# wasm-opt) from the committed lockfile; reinstalled when the lockfile changes.
LOCK_HASH=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.lock-hash 2>/dev/null)" != "$LOCK_HASH" ]; then
  say "Installing npm dev dependencies from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$LOCK_HASH" > node_modules/.lock-hash
fi
[ "$(wasm-opt --version 2>/dev/null | sed -n 's/.*(\(.*\)).*/\1/p')" = "$WASM_OPT_VERSION" ] \
  || die "wasm-opt on PATH is '$(wasm-opt --version 2>&1)', but Trunk.toml [tools] wasm_opt is $WASM_OPT_VERSION. Set package.json's binaryen to the matching version (version_N is binaryen N.0.0) and run 'npm install'."

# Trunk runs cargo with --offline (Trunk.toml), so fetch every crate first.
cargo fetch --locked -q
