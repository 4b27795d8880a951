#!/usr/bin/env bash
# Builds the release dist/: the widget's Wasm (size profile), its wasm-bindgen glue, wasm-opt -Oz
# (binaryen 132 from npm), the pages from www/, the embeddable module dist/exchange-atlas.js (CSS
# inlined) with its example page, and the single self-contained dist/exchange-atlas.html.
# The seeds' events are extracted by widget/build.rs during the cargo build.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf '\033[1m[build]\033[0m %s\n' "$*"; }

say "compiling the widget (wasm32, profile wasm-release)"
cargo build --quiet -p exchange-atlas-widget --lib --target wasm32-unknown-unknown --profile wasm-release

out=target/wasm-bindgen
rm -rf "$out" && mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name exchange_atlas \
  target/wasm32-unknown-unknown/wasm-release/exchange_atlas_widget.wasm

rm -rf dist && mkdir -p dist
say "wasm-opt -Oz"
node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-reference-types --enable-multivalue --enable-mutable-globals \
  "$out/exchange_atlas_bg.wasm" -o dist/exchange_atlas_bg.wasm
cp "$out/exchange_atlas.js" dist/exchange_atlas.js
cp www/index.html www/index.js www/favicon.svg dist/
cp www/style.css dist/exchange-atlas.css
cp www/embed-example.html www/embed-example.js dist/
node scripts/embed-module.mjs dist
node scripts/inline.mjs dist
say "dist/ ready: $(du -b dist/exchange_atlas_bg.wasm | cut -f1) B wasm, $(du -b dist/exchange-atlas.html | cut -f1) B single file"
