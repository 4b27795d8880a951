#!/usr/bin/env bash
# Installs what the build needs, idempotently: the wasm32 target, wasm-bindgen-cli at the version
# pinned in Cargo.lock, and the npm packages of package-lock.json (wasm-opt from binaryen@132,
# playwright-core). With --browser, also Debian's Chromium and ChromeDriver for the browser tests, and
# the peer benchmark's pinned npm packages (bench/peers/deps.sh: npm ci of bench/peers/package-lock.json).
# Nothing is downloaded from GitHub or a CDN: only crates.io, npm, rustup and Debian.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

for tool in cargo rustup node npm; do
  command -v "$tool" >/dev/null || { echo "setup: $tool is required but not installed" >&2; exit 1; }
done

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

want=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (was: ${have:-none}); about 2 minutes"
  cargo install wasm-bindgen-cli --version "=$want"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -f node_modules/.package-lock.json ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "${1:-}" = "--browser" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver"
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  bash bench/peers/deps.sh >/dev/null
fi
say "ready: $(rustc --version | cut -d' ' -f1-2), wasm-bindgen $want, $(node_modules/.bin/wasm-opt --version)"
