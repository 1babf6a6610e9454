// The editor page's interface language: its words in Chinese and English
// (editor-i18n-zh.js, editor-i18n-en.js, the same keys), the language
// chosen, and the page's static text filled from them. The story's data and
// checkStory's problems (English, from the core) are not translated here:
// they are the data, shown as they come. No DOM is touched at import, so
// the table can be checked outside a browser.
import zh from './editor-i18n-zh.js';
import en from './editor-i18n-en.js';

export const TABLES = { zh, en };
export const LANGS = ['zh', 'en'];
const STORE = 'newsfig-editor-lang';

let current = 'en';

/** The interface language: 'zh' or 'en'. */
export const lang = () => current;

/** The value of the `lang` attribute for an interface language. */
export const tag = (l = current) => (l === 'zh' ? 'zh-CN' : 'en');

/**
 * The text of `key` in the interface language; an entry that is a function
 * (a count, a name inside a sentence) is called with `args`. A key missing
 * from the table shows itself, which the tests catch.
 */
export function t(key, ...args) {
  const entry = TABLES[current][key];
  if (entry === undefined) return key;
  return typeof entry === 'function' ? entry(...args) : entry;
}

/** 'zh' for any Chinese `navigator.language` (zh, zh-CN, zh-TW…), else 'en'. */
export const fromNavigator = (language) => (/^zh\b/i.test(language ?? '') ? 'zh' : 'en');

/**
 * The language to start in: the URL fragment's `lang=` (a link can pin it),
 * else the one chosen before on this browser, else the browser's language.
 * localStorage throws in a sandboxed iframe; the page then simply forgets.
 */
export function initial(location, navigator) {
  const hash = /(?:^#|&)lang=(zh|en)\b/.exec(location.hash ?? '');
  if (hash) return hash[1];
  try {
    const kept = globalThis.localStorage?.getItem(STORE);
    if (LANGS.includes(kept)) return kept;
  } catch { /* storage refused: fall through */ }
  return fromNavigator(navigator.language);
}

/** Makes `l` the interface language, remembered in storage and the fragment. */
export function choose(l, remember = true) {
  current = LANGS.includes(l) ? l : 'en';
  if (!remember) return;
  try {
    globalThis.localStorage?.setItem(STORE, current);
  } catch { /* storage refused: the fragment still remembers */ }
  try {
    globalThis.history?.replaceState(null, '', `#lang=${current}`);
  } catch { /* an opaque origin may refuse it */ }
}

/**
 * Fills the static text under `root`: an element's text from `data-i18n`,
 * and attributes from `data-i18n-attr` ("aria-label:key;placeholder:key").
 */
export function applyStatic(root) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr.split(';')) {
      const [name, key] = pair.split(':');
      el.setAttribute(name.trim(), t(key.trim()));
    }
  }
}
