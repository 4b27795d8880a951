// Loads the widget's Wasm next to this file and mounts the atlas of the embedded events.
import init, { mountEmbedded } from './exchange_atlas.js';

const root = document.getElementById('atlas');
try {
  await init({ module_or_path: new URL('exchange_atlas_bg.wasm', import.meta.url) });
  root.textContent = '';
  mountEmbedded(root);
} catch (err) {
  root.textContent = 'The atlas could not start: ' + err;
  throw err;
} finally {
  root.removeAttribute('aria-busy');
}
