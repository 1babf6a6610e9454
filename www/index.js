// The demo page: one chart per paragraph, and an explorer with every control
// whose view lives in the URL fragment. Page text is set with textContent only.
import init, { readStory } from './pkg/newsfig.js';
import { COPY } from './copy.js';

// The article's story ships beside the Wasm (index.html preloads both).
const article = fetch('pkg/changzhi-2022.json').then((res) => {
  if (!res.ok) throw new Error(`story: ${res.status} for pkg/changzhi-2022.json`);
  return res.json();
});

const state = { lang: 'zh', theme: 'auto' };
const widgets = [];
// A handle for the browser tests and for developers poking at the demo.
window.newsfigDemo = { widgets };
const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

function effectiveTheme() {
  return state.theme === 'auto' ? (darkQuery.matches ? 'dark' : 'light') : state.theme;
}

function showError(host, err) {
  const box = host.querySelector('.newsfig-error');
  box.textContent = `newsfig: ${err instanceof Error ? err.message : String(err)}`;
  box.hidden = false;
  host.dataset.state = 'error';
  console.error(err);
}

function applyPage() {
  const theme = effectiveTheme();
  document.documentElement.dataset.theme = theme;
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = COPY[state.lang][el.dataset.i18n];
  for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === state.lang));
  for (const { host, widget } of widgets) {
    try {
      widget.setLang(state.lang);
      widget.setTheme(theme);
    } catch (err) {
      showError(host, err);
    }
  }
}

// The keys a host element's data- attributes may preset, as in the URL fragment.
const PRESETS = ['group', 'lang', 'log', 'sector', 'place', 'partner'];

// Resolves once the chart is drawn (or has failed).
function start(host, story, options) {
  const preset = Object.fromEntries(PRESETS.filter((k) => k in host.dataset).map((k) => [k, host.dataset[k]]));
  try {
    const widget = story.mount(host, { lang: state.lang, theme: effectiveTheme(), ...preset, ...options });
    widgets.push({ host, widget, id: host.id || host.dataset.group });
    // "ready" means painted: usually within two frames of mount, a cold
    // mount on a slow phone sometimes three (a chart filtered empty has no marks).
    return new Promise((done) => {
      const ready = (frames) => requestAnimationFrame(() => {
        if (frames > 0 && widget.marks().length === 0) return ready(frames - 1);
        host.dataset.state = 'ready';
        done();
      });
      ready(4);
    });
  } catch (err) {
    showError(host, err);
    return Promise.resolve();
  }
}

async function main() {
  // A shared link's language is the page's language too.
  const linked = new URLSearchParams(location.hash.slice(1)).get('lang');
  if (linked === 'zh' || linked === 'en') state.lang = linked;
  const [, json] = await Promise.all([init(), article]);
  // The page's own text and controls first; charts mount with the state of the moment.
  for (const b of document.querySelectorAll('[data-lang]')) {
    b.addEventListener('click', () => { state.lang = b.dataset.lang; applyPage(); });
  }
  document.getElementById('theme').addEventListener('change', (e) => { state.theme = e.target.value; applyPage(); });
  darkQuery.addEventListener('change', () => { if (state.theme === 'auto') applyPage(); });
  applyPage();
  // One chart at a time, each in a task of its own after the frame that drew
  // the one before (a cold chart on a slow phone takes two or three frames),
  // so that ten charts never hold a slow phone's main thread in one long task.
  const task = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok)));
  // The story is read and checked once, in a task of its own, for all ten.
  await task();
  const story = readStory(json);
  for (const figure of document.querySelectorAll('figure.newsfig')) {
    await task();
    await start(figure, story, {});
  }
  await task();
  await start(document.getElementById('explorer'), story, { controls: true, url: true });
}

main().catch((err) => {
  for (const host of document.querySelectorAll('.newsfig')) showError(host, err);
});
