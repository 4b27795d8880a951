// A static file server for dist/ on 127.0.0.1 (loopback only): port 8080, or the next free one.
//   node scripts/serve.mjs [DIR] [--port N] [--csp]
// --csp sends the strict Content-Security-Policy the widget must work under. Also importable:
// `serve(dir, {port, csp})` resolves to {server, url} (port 0 picks any free port).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, extname, resolve, relative, isAbsolute, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'";
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};

/**
 * Whether `file` is `root` or below it, by whole path segments: a plain prefix test would let
 * `/..%2Fdist-old/x` reach the sibling `dist-old` of a root `dist`.
 */
export function inside(root, file) {
  const rel = relative(root, file);
  // '..' alone or followed by a separator leaves the root; a name like '..x' inside it does not.
  return !isAbsolute(rel) && rel !== '..' && !rel.startsWith('..' + sep);
}

function handler(root, csp) {
  return async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(root, path));
      if (!inside(root, file)) { res.writeHead(403).end('forbidden'); return; }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' };
      if (csp) headers['content-security-policy'] = STRICT_CSP;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  };
}

function listen(server, port) {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => { server.off('error', fail); ok(server.address().port); });
  });
}

export async function serve(dir, { port = 8080, csp = false, tries = 20 } = {}) {
  const root = resolve(dir);
  for (let p = port, n = 0; n < tries; n++, p = port === 0 ? 0 : p + 1) {
    const server = createServer(handler(root, csp));
    try {
      const got = await listen(server, p);
      return { server, url: `http://127.0.0.1:${got}/` };
    } catch (e) {
      if (e.code !== 'EADDRINUSE') throw e;
    }
  }
  throw new Error(`no free port from ${port}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port') || 'dist';
  const portAt = args.indexOf('--port');
  const port = portAt >= 0 ? Number(args[portAt + 1]) : 8080;
  const { url } = await serve(dir, { port, csp: args.includes('--csp') });
  console.log(`exchange-atlas is served at ${url}  (Ctrl-C stops it)`);
  console.log(`single file, no server needed: ${resolve(dir, 'exchange-atlas.html')}`);
}
