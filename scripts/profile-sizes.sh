#!/usr/bin/env bash
# Measures the widget's Wasm size under release-profile variants, to pick the profile by measurement:
#   bash scripts/profile-sizes.sh   (about 4 minutes per variant on 2 cores; uses its own target dir)
# Each variant: cargo build (wasm-release with overrides) → wasm-bindgen → wasm-opt -Oz → raw/gzip/brotli.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/tmp/exchange-atlas-profile-sizes}
out=$(mktemp -d)
printf '| opt-level | lto | codegen-units | wasm (before wasm-opt) | after wasm-opt -Oz | gzip -9 | brotli 11 |\n|---|---|---|---:|---:|---:|---:|\n'
# VARIANTS="z true 1,z false 1" measures only those.
IFS=, read -ra variants <<< "${VARIANTS:-z true 1,s true 1,z false 1,z true 16,3 true 1}"
for variant in "${variants[@]}"; do
  set -- $variant
  CARGO_PROFILE_WASM_RELEASE_OPT_LEVEL=$1 CARGO_PROFILE_WASM_RELEASE_LTO=$2 CARGO_PROFILE_WASM_RELEASE_CODEGEN_UNITS=$3 \
    cargo build --quiet -p exchange-atlas-widget --lib --target wasm32-unknown-unknown --profile wasm-release
  wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name v \
    "$CARGO_TARGET_DIR/wasm32-unknown-unknown/wasm-release/exchange_atlas_widget.wasm"
  node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-reference-types --enable-multivalue --enable-mutable-globals "$out/v_bg.wasm" -o "$out/v_opt.wasm"
  V="$variant" node -e '
    const fs = require("fs"), z = require("zlib");
    const [pre, post] = process.argv.slice(1).map((f) => fs.readFileSync(f));
    const kb = (n) => (n / 1024).toFixed(1) + " KiB";
    const br = z.brotliCompressSync(post, { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    console.log(`| ${process.env.V.split(" ").join(" | ")} | ${kb(pre.length)} | ${kb(post.length)} | ${kb(z.gzipSync(post, { level: 9 }).length)} | ${kb(br)} |`);
  ' "$out/v_bg.wasm" "$out/v_opt.wasm"
done
