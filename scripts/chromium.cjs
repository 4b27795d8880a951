// The Chromium that the end-to-end tests, the benchmarks and the screenshots launch: Debian's
// (or $CHROMIUM), headless, with no network but loopback (every other host resolves to nothing), no
// background traffic and no GPU. One list, so that a test and a benchmark run the same browser.
// CommonJS so that both the ES modules (tests/e2e, bench/*.mjs) and bench/peers (CommonJS) load it.
'use strict';

exports.CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

exports.ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];
