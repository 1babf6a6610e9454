// The demo page: loads the Wasm module, binds one widget per figure, keeps each
// drawn at its figure's width, and switches language, theme and scale. Page
// text is set with textContent only.
import init, { Widget } from './pkg/newsfig.js';
import { COPY } from './copy.js';

const state = { lang: 'zh', theme: 'auto' };
const entries = [];
const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

function effectiveTheme() {
  return state.theme === 'auto' ? (darkQuery.matches ? 'dark' : 'light') : state.theme;
}

function showError(figure, err) {
  const box = figure.querySelector('.newsfig-error');
  box.textContent = `newsfig: ${err instanceof Error ? err.message : String(err)}`;
  box.hidden = false;
  figure.dataset.state = 'error';
  console.error(err);
}

function draw(entry) {
  try {
    entry.widget.render();
    entry.figure.dataset.state = 'ready';
    entry.figure.querySelector('.newsfig-error').hidden = true;
  } catch (err) {
    showError(entry.figure, err);
  }
}

function applyAll() {
  const theme = effectiveTheme();
  document.documentElement.dataset.theme = theme;
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = COPY[state.lang][el.dataset.i18n];
  for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === state.lang));
  for (const entry of entries) {
    try {
      entry.widget.setLang(state.lang);
      entry.widget.setTheme(theme);
    } catch (err) {
      showError(entry.figure, err);
      continue;
    }
    if (entry.logButton) entry.logButton.textContent = COPY[state.lang].log;
    draw(entry);
  }
}

function addLogToggle(entry) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'log-toggle';
  button.setAttribute('aria-pressed', 'false');
  button.textContent = COPY[state.lang].log;
  button.addEventListener('click', () => {
    const on = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(on));
    entry.widget.setLog(on);
    draw(entry);
  });
  entry.figure.prepend(button);
  entry.logButton = button;
}

function mount(figure) {
  const canvas = figure.querySelector('canvas');
  try {
    const entry = { figure, canvas, widget: new Widget(canvas, figure.dataset.group, state.lang) };
    entries.push(entry);
    if (entry.widget.logApplies()) addLogToggle(entry);
    let lastWidth = -1;
    new ResizeObserver(() => {
      // Only a width change needs a new layout; the height follows from it.
      if (canvas.clientWidth !== lastWidth) {
        lastWidth = canvas.clientWidth;
        draw(entry);
      }
    }).observe(canvas);
  } catch (err) {
    showError(figure, err);
  }
}

async function main() {
  await init();
  for (const figure of document.querySelectorAll('figure.newsfig')) mount(figure);
  for (const b of document.querySelectorAll('[data-lang]')) {
    b.addEventListener('click', () => { state.lang = b.dataset.lang; applyAll(); });
  }
  document.getElementById('theme').addEventListener('change', (e) => { state.theme = e.target.value; applyAll(); });
  darkQuery.addEventListener('change', () => { if (state.theme === 'auto') applyAll(); });
  applyAll();
}

main().catch((err) => {
  for (const figure of document.querySelectorAll('figure.newsfig')) showError(figure, err);
});
