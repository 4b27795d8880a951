// scripts/serve.mjs serves its folder and nothing beside it: a sibling whose name starts like the
// root ("dist-old" beside "dist") is out of reach however the path is encoded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { serve } from '../../scripts/serve.mjs';

test('the server answers only for files inside its root', async () => {
  const base = mkdtempSync(join(tmpdir(), 'ea-serve-'));
  mkdirSync(join(base, 'dist'));
  mkdirSync(join(base, 'dist-old'));
  writeFileSync(join(base, 'dist', 'a.txt'), 'inside');
  writeFileSync(join(base, 'dist', '..dots.txt'), 'a name with dots');
  writeFileSync(join(base, 'dist-old', 'secret.txt'), 'secret');
  writeFileSync(join(base, 'secret.txt'), 'secret');
  const { server, url } = await serve(join(base, 'dist'), { port: 0 });
  try {
    const get = async (p) => { const r = await fetch(url + p); return [r.status, await r.text()]; };
    assert.deepEqual(await get('a.txt'), [200, 'inside']);
    assert.deepEqual(await get('..dots.txt'), [200, 'a name with dots']);
    for (const p of ['..%2Fdist-old/secret.txt', '%2E%2E%2Fdist-old%2Fsecret.txt', '..%2F..%2Fdist-old/secret.txt', '..%2Fsecret.txt', '..%5Csecret.txt']) {
      const [status, body] = await get(p);
      assert.notEqual(body, 'secret', p);
      assert.ok(status === 403 || status === 404, `${p}: ${status}`);
    }
  } finally {
    server.close();
    rmSync(base, { recursive: true, force: true });
  }
});
