// The standalone page: loads the widget's Wasm next to this file and mounts the atlas of the embedded
// events into the page itself (no shadow root: the page is the atlas's own, styled by
// exchange-atlas.css). The same `mount` as the embeds, with the view kept in location.hash.
import init, { mount } from './exchange_atlas.js';

const root = document.getElementById('atlas');
try {
  await init({ module_or_path: new URL('exchange_atlas_bg.wasm', import.meta.url) });
  root.textContent = '';
  window.exchangeAtlas = mount(root, { hash: true });
} catch (err) {
  root.textContent = 'The atlas could not start: ' + err;
  throw err;
} finally {
  root.removeAttribute('aria-busy');
}
