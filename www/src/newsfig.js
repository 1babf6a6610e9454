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
// drew the one before: several charts on a page never make one long task.
let turn = Promise.resolve();
const nextTurn = () => (turn = turn.then(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok)))));

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

// The article's story ships beside the Wasm; fetched once, for the charts
// without a data-src, alongside the Wasm.
let article;
const articleStory = (timeout) => (article ??= fetchStory(new URL('./pkg/changzhi-2022.json', import.meta.url).href, timeout, 'story'));

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
    try {
      const timeout = Number(this.dataset.timeout) || 15000;
      const [m, story] = await Promise.all([load(), this.dataset.src ? fetchStory(this.dataset.src, timeout) : articleStory(timeout)]);
      // Not in the task that finished compiling the Wasm, nor with the other charts.
      await nextTurn();
      if (!this.isConnected) return;
      const preset = Object.fromEntries(PRESETS.filter((k) => k in this.dataset).map((k) => [k, this.dataset[k]]));
      this.box.replaceChildren();
      this.widget = m.mount(this.box, { ...preset, story, base, theme: this.theme() });
      this.onScheme = () => this.widget?.setTheme(this.theme());
      dark.addEventListener('change', this.onScheme);
      // "ready" means drawn: usually within two frames of mount; a cold
      // mount on a slow phone lays out after the first and may paint in the
      // third. A chart with nothing to show (filtered empty) has no marks.
      const ready = (frames) => requestAnimationFrame(() => {
        if (frames > 0 && this.widget?.marks().length === 0) ready(frames - 1);
        else this.dataset.state = 'ready';
      });
      ready(4);
    } catch (err) {
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
