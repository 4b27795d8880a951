// The JS API half of embed-example.html (an external module, so the page works under a strict CSP
// with no inline script). Importing the module also defines <exchange-atlas> for the first half.
import { mount } from './exchange-atlas.js';

const host = document.getElementById('api-atlas');
const log = document.getElementById('log');
const say = (text) => {
  const line = document.createElement('div');
  line.textContent = text;
  log.prepend(line);
  while (log.childElementCount > 6) log.lastElementChild.remove();
};
for (const name of ['select', 'filter', 'error']) {
  host.addEventListener(`exchange-atlas:${name}`, (e) => say(`${name}: ${JSON.stringify(e.detail)}`));
}

const atlas = await mount(host, { lang: 'en', selected: 'RU-KYA|CN-NM' });
window.exampleAtlas = atlas; // for the end-to-end test and the curious

document.querySelector('aside').addEventListener('click', (e) => {
  const b = e.target.closest('button');
  if (!b) return;
  if (b.dataset.select) atlas.select(b.dataset.select);
  if (b.dataset.filter) atlas.setFilter({ kind: [b.dataset.filter] });
  if (b.dataset.lang) atlas.setLang(b.dataset.lang);
  if ('clear' in b.dataset) { atlas.setFilter({}); atlas.setTimeRange(null, null); atlas.select(''); atlas.setLang('en'); }
});
