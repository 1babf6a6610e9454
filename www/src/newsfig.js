// newsfig script embed. Paste once per page:
//   <script type="module" src="https://…/newsfig.js"></script>
// then one placeholder per chart:
//   <news-fig data-group="shares" data-lang="en" data-theme="auto" data-height="420"></news-fig>
// Each chart lives in its own shadow root, so the page's CSS cannot reach it.
// Attributes: data-group, data-lang (zh|en), data-theme (light|dark|auto),
// data-log, data-sector, data-place, data-partner, data-controls ("1" for the
// chooser and filters), data-src (your own story JSON), data-height (the
// height to reserve while loading, in CSS px), data-build ("bars": the
// bars-only build, which a bar chart's snippet asks for).
import { decodeStory } from './decode.js';

const base = new URL('.', import.meta.url).href;
const PRESETS = ['group', 'lang', 'log', 'sector', 'place', 'partner', 'controls'];
// Modules, story JSON and checked stories, each made once, by its key.
const made = new Map();
const once = (key, make) => {
  if (!made.has(key)) made.set(key, make());
  return made.get(key);
};
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

// Two builds of the widget ship side by side: newsfig.js, every chart kind,
// and newsfig_bars.js, bar charts only (4 KiB less), which a bar chart's
// snippet asks for. A page loads one of them: the bars-only build only when
// every chart on it asks for it and the full build is not already loading.
const FULL = 'newsfig';
function buildFor(el) {
  const bars = el.dataset.build === 'bars' && !made.has(FULL)
    && !document.querySelector('news-fig:not([data-build="bars"])');
  return bars ? 'newsfig_bars' : FULL;
}

// The Wasm is fetched alongside the glue, not after it: one round trip less
// before the first chart (the glue's init awaits a promise as well as a
// URL). It is compiled as it streams in, not once the glue has loaded and
// called instantiateStreaming: a response that cannot be (an error status,
// another MIME type) goes to the glue's init, which reports it or falls back.
const compiled = (url) => fetch(url).then((res) => (res.ok && res.headers.get('Content-Type') === 'application/wasm' ? WebAssembly.compileStreaming(res) : res));
function load(name) {
  return once(name, () => {
    const wasm = compiled(new URL(`./pkg/${name}_bg.wasm`, import.meta.url));
    // A failed fetch is reported once, by init below, not also as unhandled
    // while the glue is still loading.
    wasm.catch(() => {});
    return import(new URL(`./pkg/${name}.js`, import.meta.url).href).then(async (m) => {
      await m.default({ module_or_path: wasm });
      return m;
    });
  });
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
    body = decodeStory(await res.arrayBuffer(), what, src);
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

// Each story is fetched once, alongside the Wasm, and read and checked once
// per build, in a turn of its own, for all the charts drawn from it: a chart
// mounts from the checked story instead of reading the JSON again. Charts
// without a data-src draw the article's, which ships beside the Wasm.
function sharedStory(src, timeout, name) {
  const url = src ? new URL(src, document.baseURI).href : new URL('./pkg/changzhi-2022.json', import.meta.url).href;
  const json = once(url, () => fetchStory(src ?? url, timeout, src ? 'data-src' : 'story'));
  return once(`${name} ${url}`, () => Promise.all([load(name), json]).then(async ([m, value]) => {
    const end = await takeTurn();
    let failed;
    try {
      return m.readStory(value);
    } catch (err) {
      failed = err;
    } finally {
      end();
    }
    // Explained after the turn ends: the other charts do not wait for it.
    throw await explain(failed, value);
  }));
}

// The widget names a bad story's first problem by its JSON path and leaves
// saying what is wrong to the tools module, which readers never fetch: the
// editor who made the story gets it from there, a moment later.
async function explain(err, value) {
  try {
    return new Error((await load('newsfig_tools')).checkStory(value)[0] ?? err.message);
  } catch {
    return err;
  }
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
      const preset = Object.fromEntries(PRESETS.filter((k) => k in this.dataset).map((k) => [k, this.dataset[k]]));
      for (let name = buildFor(this); ; name = FULL) {
        const story = await sharedStory(this.dataset.src, timeout, name);
        // Not in the task that finished compiling the Wasm, nor with the other charts.
        end = await takeTurn();
        if (!this.isConnected) return end();
        this.box.replaceChildren();
        try {
          this.widget = story.mount(this.box, { ...preset, base, theme: this.theme() });
          break;
        } catch (err) {
          // The bars-only build refuses another kind of chart: the full
          // build draws it (or says what is wrong with it).
          if (name === FULL) throw err;
          end();
        }
      }
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
