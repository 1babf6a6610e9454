// newsfig script embed. Paste once per page:
//   <script type="module" src="https://…/newsfig.js"></script>
// then one placeholder per chart:
//   <news-fig data-group="shares" data-lang="en" data-theme="auto" data-height="420"></news-fig>
// Each chart lives in its own shadow root, so the page's CSS cannot reach it.
// Attributes: data-group, data-lang (zh|en), data-theme (light|dark|auto),
// data-log, data-sector, data-place, data-partner, data-controls ("1" for the
// chooser and filters), data-src (your own story JSON), data-height (the
// height to reserve while loading, in CSS px).
const base = new URL('.', import.meta.url).href;
const PRESETS = ['group', 'lang', 'log', 'sector', 'place', 'partner', 'controls'];
let module;
// Charts mount one at a time, each in a task of its own after the frame that
// drew the one before (a cold chart on a slow phone takes two or three
// frames): several charts on a page never share one long task. A turn
// resolves to the function that ends it.
let turn = Promise.resolve();
function takeTurn() {
  const before = turn;
  let end;
  turn = new Promise((ok) => { end = ok; });
  return before.then(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(() => ok(end)))));
}

// The Wasm is fetched alongside the glue, not after it: one round trip less
// before the first chart (the glue's init awaits a fetch's promise as well
// as a URL).
function load() {
  if (!module) {
    const wasm = fetch(new URL('./pkg/newsfig_bg.wasm', import.meta.url));
    // A failed fetch is reported once, by init below, not also as unhandled
    // while the glue is still loading.
    wasm.catch(() => {});
    module = import(new URL('./pkg/newsfig.js', import.meta.url).href).then(async (m) => {
      await m.default({ module_or_path: wasm });
      return m;
    });
  }
  return module;
}

// `what` names the source in errors: data-src, or the article's story.
async function fetchStory(src, timeout, what = 'data-src') {
  // A response that never finishes must not leave the reader with a spinner.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  let body;
  try {
    const res = await fetch(new URL(src, document.baseURI), { credentials: 'omit', signal: controller.signal });
    if (!res.ok) throw new Error(`${what}: ${res.status} ${res.statusText} for ${src}`);
    body = await res.text();
  } catch (err) {
    if (controller.signal.aborted) throw new Error(`${what}: no complete answer from ${src} after ${timeout / 1000} s`);
    throw err instanceof Error && err.message.startsWith(what) ? err : new Error(`${what}: ${src} could not be fetched`);
  } finally {
    clearTimeout(timer);
  }
  try {
    return JSON.parse(body);
  } catch (err) {
    throw new Error(`${what}: ${src} is not JSON (${err.message})`);
  }
}

// Each story is fetched once, alongside the Wasm, and read and checked once,
// in a turn of its own, for all the charts drawn from it: a chart mounts from
// the checked story instead of reading the JSON again. Charts without a
// data-src draw the article's, which ships beside the Wasm.
const stories = new Map();
function sharedStory(src, timeout) {
  const url = src ? new URL(src, document.baseURI).href : new URL('./pkg/changzhi-2022.json', import.meta.url).href;
  if (!stories.has(url)) {
    const json = fetchStory(src ?? url, timeout, src ? 'data-src' : 'story');
    stories.set(url, Promise.all([load(), json]).then(async ([m, value]) => {
      const end = await takeTurn();
      try {
        return m.readStory(value);
      } finally {
        end();
      }
    }));
  }
  return stories.get(url);
}

const dark = window.matchMedia('(prefers-color-scheme: dark)');

class NewsFig extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = `${base}newsfig.css`;
    this.box = document.createElement('div');
    this.box.className = 'nf-host';
    // Hold the final height while the Wasm loads: no layout shift.
    const height = Number(this.dataset.height);
    this.style.display = 'block';
    if (height > 0) this.box.style.minHeight = `${height}px`;
    const loading = document.createElement('p');
    loading.className = 'nf-loading';
    loading.textContent = this.dataset.lang === 'en' ? 'Loading chart…' : '图表加载中…';
    this.box.append(loading);
    root.append(style, this.box);
    this.dataset.state = 'waiting';
    // Charts far below the fold load when they come near.
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        this.observer.disconnect();
        this.start();
      }
    }, { rootMargin: '800px 0px' });
    this.observer.observe(this);
  }

  theme() {
    const t = this.dataset.theme || 'auto';
    return t === 'auto' ? (dark.matches ? 'dark' : 'light') : t;
  }

  async start() {
    this.dataset.state = 'loading';
    let end = () => {};
    try {
      const timeout = Number(this.dataset.timeout) || 15000;
      const story = await sharedStory(this.dataset.src, timeout);
      // Not in the task that finished compiling the Wasm, nor with the other charts.
      end = await takeTurn();
      if (!this.isConnected) return end();
      const preset = Object.fromEntries(PRESETS.filter((k) => k in this.dataset).map((k) => [k, this.dataset[k]]));
      this.box.replaceChildren();
      this.widget = story.mount(this.box, { ...preset, base, theme: this.theme() });
      this.onScheme = () => this.widget?.setTheme(this.theme());
      dark.addEventListener('change', this.onScheme);
      // "ready" means drawn: usually within two frames of mount; a cold
      // mount on a slow phone lays out after the first and may paint in the
      // third. A chart with nothing to show (filtered empty) has no marks.
      // The next chart's turn starts then.
      const ready = (frames) => requestAnimationFrame(() => {
        if (frames > 0 && this.widget?.marks().length === 0) return ready(frames - 1);
        this.dataset.state = 'ready';
        end();
      });
      ready(4);
    } catch (err) {
      end();
      const box = document.createElement('p');
      box.className = 'nf-error';
      box.setAttribute('role', 'alert');
      box.textContent = `newsfig: ${err instanceof Error ? err.message : String(err)}`;
      this.box.replaceChildren(box);
      this.dataset.state = 'error';
      console.error(err);
    }
  }

  disconnectedCallback() {
    this.observer?.disconnect();
    if (this.onScheme) dark.removeEventListener('change', this.onScheme);
    this.widget?.destroy();
    this.widget?.free();
    this.widget = undefined;
  }
}

if (!customElements.get('news-fig')) customElements.define('news-fig', NewsFig);
