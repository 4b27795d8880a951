// exchange-atlas.js: the embeddable atlas. Two ways in:
//   <script type="module" src="exchange-atlas.js"></script>
//   <exchange-atlas lang="ru" height="600"></exchange-atlas>
// or
//   import { mount } from './exchange-atlas.js';
//   const atlas = await mount(element, { lang: 'zh', selected: 'RU-AMU' });
//
// Each instance lives in a Shadow DOM of its host element, with the widget's CSS inlined into this
// module at build time (scripts/embed-module.mjs), so host styles cannot reach in, ours cannot leak
// out, and a strict CSP (style-src without extra fetches) is enough. The Wasm is loaded once, from
// next to this file, and shared by every instance.
//
// Loading starts as soon as this module runs, before any mount(): the Wasm is fetched and compiled
// while it streams in (instantiateStreaming). The wasm-bindgen glue is inlined into this module when
// dist/ is built (scripts/embed-module.mjs): as a second module, imported dynamically, its fetch,
// parse and evaluation waited for the host page's main thread (busy building its data right after
// importing this one), and the Wasm's compile waited for the glue. Measured at 10,000 events, in
// alternating cold runs: the Wasm ready 18–44 ms sooner. (A worker compiling the Wasm beside the host's
// work was tried too: its start-up made it slower.)

// Replaced by the widget's CSS (www/style.css + www/embed.css) when dist/ is built.
const CSS = '/*@WIDGET_CSS@*/';
// Replaced by a function returning the wasm-bindgen glue's exports ({ init, mount }) when dist/ is built.
const GLUE = /*@WASM_GLUE@*/null;

const EVENT_ERROR = 'exchange-atlas:error';
const WASM_URL = new URL('exchange_atlas_bg.wasm', import.meta.url);
let exportsPromise = null;
let mountWasm = null;

/** Loads the glue and the Wasm once; resolves to the Wasm's exports. A failure is retried by the next mount. */
function start() {
  exportsPromise ??= (async () => {
    const wasm = fetch(WASM_URL);
    wasm.catch(() => {}); // reported through the glue's init below
    const glue = GLUE();
    const exports = await glue.init({ module_or_path: wasm });
    mountWasm = glue.mount;
    return exports;
  })();
  exportsPromise.catch(() => { exportsPromise = null; });
  return exportsPromise;
}
start();

let wasmExports = null;
/** Bytes of Wasm linear memory (it grows, never shrinks: a leak shows as growth). */
export function wasmMemory() {
  return wasmExports?.memory?.buffer?.byteLength ?? 0;
}

// One constructed stylesheet shared by every shadow root (parsed once); a <style> where the
// browser cannot adopt sheets. Both work under `style-src 'self' 'unsafe-inline'`.
let sheet = null;
const styled = new WeakMap(); // shadow root → number of live instances using the sheet
function addStyle(root) {
  const n = styled.get(root) || 0;
  styled.set(root, n + 1);
  if (n > 0) return;
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sheet) { sheet = new CSSStyleSheet(); sheet.replaceSync(CSS); }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else {
    const style = document.createElement('style');
    style.dataset.exchangeAtlas = '';
    style.textContent = CSS;
    root.prepend(style);
  }
}
function removeStyle(root) {
  const n = (styled.get(root) || 1) - 1;
  styled.set(root, n);
  if (n > 0) return;
  if (sheet && 'adoptedStyleSheets' in root) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  root.querySelector('style[data-exchange-atlas]')?.remove();
}

function fire(target, name, detail) {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/** The text of an events@1 file, or an Error whose message a reader understands. */
async function fetchData(src) {
  const url = new URL(src, document.baseURI);
  let res;
  try {
    res = await fetch(url, { credentials: 'same-origin' });
  } catch (err) {
    throw new Error(`Could not load the data from ${src}: ${err.message || err}.`);
  }
  if (!res.ok) throw new Error(`Could not load the data from ${src}: HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}.`);
  return res.text();
}

/**
 * The data as the Wasm reads it: JSON text parsed here by the browser's JSON.parse (the Wasm reads
 * the object with serde-wasm-bindgen, so it carries no JSON parser of its own for it); an object as
 * it is. Text that is not JSON is an Error whose message a reader understands.
 */
function parsed(data) {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data);
  } catch (err) {
    throw new Error(`The data is not valid JSON: ${err.message || err}`);
  }
}

const live = new WeakMap(); // host element → its AtlasInstance

/** What a value is, for a TypeError's message. */
function describe(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? `the string ${JSON.stringify(v.slice(0, 40))}` : `a ${typeof v}`;
}

/** `v` if it is a string; `fallback` for null or undefined; otherwise a TypeError naming the call. */
function text(call, v, fallback) {
  if (v == null) return fallback;
  if (typeof v !== 'string') throw new TypeError(`exchange-atlas: ${call} takes a string, not ${describe(v)}`);
  return v;
}

/** One mounted atlas: the handle `mount()` resolves to. Every method is safe after destroy(). */
export class AtlasInstance {
  #host; #root; #box; #wasm = null; #error = null; #observer = null; #destroyed = false;

  constructor(host, root, box) {
    this.#host = host; this.#root = root; this.#box = box;
  }

  // Every method checks its arguments' types here and throws a TypeError that says what it takes:
  // the Wasm glue would otherwise fail on a number or an object with a message about its own
  // internals. Text of any content is fine: what names nothing gives false.

  /** An event id, a region code or a 'RU-X|CN-Y' pair; '' or null clears. False if unknown. */
  select(id) { return this.#wasm?.select(text('select(id)', id, '')) ?? false; }
  /**
   * Replaces all filters: {kind, status, topic, ru, cn, doc} (a code or a list) and q (text); null
   * or {} clears. False if some value names nothing (the rest is applied).
   */
  setFilter(filters) {
    if (filters != null && (typeof filters !== 'object' || Array.isArray(filters))) {
      throw new TypeError(`exchange-atlas: setFilter(filters) takes an object such as {kind: ['visit'], q: 'Harbin'}, not ${describe(filters)}`);
    }
    return this.#wasm?.setFilter(filters ?? {}) ?? false;
  }
  /** 'YYYY-MM-DD' ends; null/undefined leaves that end open; both null clears. False if a date is unreadable. */
  setTimeRange(start, end) {
    const day = (name, d) => text(`setTimeRange(start, end): ${name}`, d, '') || undefined;
    const [a, b] = [day('start', start), day('end', end)];
    return this.#wasm?.setTimeRange(a, b) ?? false;
  }
  setLang(lang) { return this.#wasm?.setLang(text('setLang(lang)', lang, 'en')) ?? false; }
  setTheme(theme) { return this.#wasm?.setTheme(text('setTheme(theme)', theme, 'light')) ?? false; }
  /** {events, represented, mapCounted, frames, wasmMemory, timelineStart, timelineEnd, timelineDrawn, timelineBinned, timelineOutside, timelineUndated}. */
  stats() {
    const s = this.#wasm?.stats() ?? { events: 0, represented: 0, mapCounted: 0, frames: 0 };
    return { ...s, wasmMemory: wasmMemory() };
  }
  /** The shareable state as a URL hash. */
  viewHash() { return this.#wasm?.viewHash() ?? null; }
  /** Why the atlas could not be shown, or null. */
  get error() { return this.#error ?? this.#wasm?.error ?? null; }
  get destroyed() { return this.#destroyed; }

  /** Unmounts: the Wasm-side state, the resize observer, the DOM and the stylesheet go. */
  destroy() {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.#observer?.disconnect();
    this.#observer = null;
    if (this.#wasm) { this.#wasm.destroy(); this.#wasm.free(); this.#wasm = null; }
    this.#box.remove();
    removeStyle(this.#root);
    if (live.get(this.#host) === this) live.delete(this.#host);
  }

  attach(handle) {
    this.#wasm = handle;
    this.#follow();
  }

  fail(message) {
    this.#error = message;
    this.#box.textContent = '';
    const box = document.createElement('div');
    box.className = 'atlas atlas-error';
    const p = document.createElement('p');
    p.className = 'error';
    p.setAttribute('role', 'alert');
    p.textContent = message;
    box.append(p);
    this.#box.append(box);
    fire(this.#host, EVENT_ERROR, { message });
  }

  // The map measures itself on window resize; a host that resizes our container without resizing
  // the window (a sidebar, a split view) would leave it at the old size. So when the container
  // changes size and the window did not, the map is told with one coalesced resize event.
  #follow() {
    if (typeof ResizeObserver !== 'function') return;
    let last = null, frame = 0, win = `${innerWidth}x${innerHeight}`;
    this.#observer = new ResizeObserver(([entry]) => {
      const size = `${Math.round(entry.contentRect.width)}x${Math.round(entry.contentRect.height)}`;
      if (last === null || size === last) { last = size; return; }
      last = size;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const now = `${innerWidth}x${innerHeight}`;
        if (now === win && !this.#destroyed) window.dispatchEvent(new Event('resize'));
        win = now;
      });
    });
    this.#observer.observe(this.#host);
  }
}

/**
 * Mounts an atlas into `element` (inside its shadow root, created if needed).
 * options: data (events@1 object or JSON text), src (URL of an events@1 file), lang ('en'|'ru'|'zh'),
 * selected (event id, region code or 'RU-X|CN-Y'), theme ('light'|'dark'), hash (sync with
 * location.hash; off by default). Resolves to an AtlasInstance; data errors show in the widget's
 * box and as an `exchange-atlas:error` event, never as a rejection. An option of the wrong type
 * rejects with a TypeError naming it (the Wasm reads the options with serde-wasm-bindgen).
 */
export async function mount(element, options = {}) {
  if (!(element instanceof Element)) throw new TypeError('exchange-atlas: mount(element, options) needs a DOM element');
  if (options != null && (typeof options !== 'object' || Array.isArray(options))) {
    throw new TypeError(`exchange-atlas: mount(element, options) takes an object such as {lang: 'ru'}, not ${describe(options)}`);
  }
  live.get(element)?.destroy();
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  addStyle(root);
  const box = document.createElement('div');
  box.className = 'ea-box';
  const loading = document.createElement('p');
  loading.className = 'loading';
  loading.textContent = 'Loading the atlas…';
  box.append(loading);
  root.append(box);
  const instance = new AtlasInstance(element, root, box);
  live.set(element, instance);
  try {
    // The data is fetched and parsed while the Wasm may still be loading (a host that builds a
    // large corpus just before mount() leaves the load unfinished).
    const loading = start();
    const { src, ...rest } = options ?? {};
    if (src != null && typeof src !== 'string' && !(src instanceof URL)) {
      throw new TypeError(`exchange-atlas: mount(element, options): src takes a URL, not ${describe(src)}`);
    }
    const opts = rest.data == null && src ? { ...rest, data: await fetchData(String(src)) } : rest;
    // The marks (User Timing, as the Wasm's own) show where a mount's time goes.
    performance.mark('exchange-atlas:prepare');
    if (opts.data != null) opts.data = parsed(opts.data);
    performance.mark('exchange-atlas:prepared');
    wasmExports = await loading;
    performance.mark('exchange-atlas:instantiated');
    if (instance.destroyed) return instance;
    box.textContent = '';
    // Bad data does not throw: the Wasm shows the message and dispatches the error event. An
    // option of the wrong type does (a TypeError naming it).
    instance.attach(mountWasm(box, { hash: false, ...opts }));
    performance.mark('exchange-atlas:mounted');
  } catch (err) {
    if (err instanceof TypeError && String(err.message).startsWith('exchange-atlas:')) {
      instance.destroy();
      throw err;
    }
    if (!instance.destroyed) instance.fail(err?.message || String(err));
  }
  return instance;
}

const ATTRS = ['lang', 'height', 'selected', 'data-src', 'theme'];

/** `<exchange-atlas lang height selected data-src theme>`; `.atlas` is its AtlasInstance once ready. */
export class ExchangeAtlasElement extends HTMLElement {
  static get observedAttributes() { return ATTRS; }
  #atlas = null;
  #ready = null;
  #generation = 0;

  /** The AtlasInstance (null until mounted): select, setFilter, setTimeRange, setLang, stats… */
  get atlas() { return this.#atlas; }
  /** Resolves to the AtlasInstance once the atlas is mounted. */
  get ready() { return this.#ready ?? Promise.resolve(this.#atlas); }

  connectedCallback() {
    this.#height();
    if (!this.#ready) this.#start();
  }

  disconnectedCallback() {
    // A move (remove then insert in one task) must not remount: wait and see.
    queueMicrotask(() => { if (!this.isConnected) this.#stop(); });
  }

  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    if (name === 'height') { this.#height(); return; }
    if (!this.#ready) return; // not mounted yet: #start reads the attributes
    if (name === 'data-src') { this.#stop(); this.#start(); return; }
    if (this.#atlas) this.#apply(name, value);
  }

  #apply(name, value) {
    const a = this.#atlas;
    if (name === 'lang') a.setLang(value || 'en');
    else if (name === 'theme') a.setTheme(value || 'light');
    else if (name === 'selected') a.select(value || '');
  }

  #height() {
    const h = this.getAttribute('height');
    if (h && /^\d+(\.\d+)?$/.test(h.trim())) this.style.setProperty('--ea-height', `${h.trim()}px`);
    else if (h) this.style.setProperty('--ea-height', h.trim());
    else this.style.removeProperty('--ea-height');
  }

  #start() {
    const generation = ++this.#generation;
    const opts = {
      lang: this.getAttribute('lang') || undefined,
      selected: this.getAttribute('selected') || undefined,
      theme: this.getAttribute('theme') || undefined,
      src: this.getAttribute('data-src') || undefined,
    };
    this.#ready = mount(this, opts).then((atlas) => {
      if (generation !== this.#generation) { atlas.destroy(); return this.#atlas; }
      this.#atlas = atlas;
      // Attributes changed while the Wasm or the data loaded.
      for (const name of ['lang', 'theme', 'selected']) {
        const now = this.getAttribute(name) || undefined;
        if (now !== opts[name]) this.#apply(name, now);
      }
      return atlas;
    });
  }

  #stop() {
    this.#generation++;
    this.#atlas?.destroy();
    this.#atlas = null;
    this.#ready = null;
  }
}

if (!customElements.get('exchange-atlas')) customElements.define('exchange-atlas', ExchangeAtlasElement);
