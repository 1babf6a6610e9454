// The editor page's DOM helpers: elements built with textContent and
// attributes only (never innerHTML: the article and the story are data), and
// the labelled fields every section of the page is made of, each with a slot
// where the checks' problems for it appear.
import { t } from './editor-i18n.js';

let serial = 0;
/** A fresh element id. */
export const uid = (stem) => `${stem}-${++serial}`;

/** `tag` with attributes (`class`, `for`, aria-…, data-…; `true` for a bare
 * attribute, `false`/null to leave it out) and children (nodes or text). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v == null) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? String(c) : c);
  }
  return el;
}

/** Text for screen readers only (it names a button among many alike). */
export const sr = (text) => h('span', { class: 'ed-sr' }, text);

/**
 * A labelled control for one field of the story: `path` is the field's JSON
 * path inside its part of the story (`label.zh`, `value.low`), which a
 * problem's path is matched against. `control` is an input, select or
 * textarea; `get`/`set` read and write the field; `onInput` runs after set.
 */
export function field({ path, label, control, get, set, onInput, lang, hint }) {
  const id = uid('f');
  control.id = id;
  if (lang) control.lang = lang;
  const value = get();
  if (control.type === 'checkbox') control.checked = Boolean(value);
  else control.value = value ?? '';
  const event = control.tagName === 'SELECT' || control.type === 'checkbox' ? 'change' : 'input';
  control.addEventListener(event, () => {
    set(control.type === 'checkbox' ? control.checked : control.value);
    onInput?.();
  });
  const hintEl = hint ? h('span', { class: 'ed-hint', id: `${id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'ed-field', 'data-field': path }, h('label', { for: id }, label), hintEl, control, h('div', { class: 'ed-slot' }));
}

export const input = (attrs = {}) => h('input', { type: 'text', autocomplete: 'off', spellcheck: 'false', ...attrs });

/** A select of `options`, [value, text] pairs. */
export const select = (options) => h('select', {}, options.map(([v, t]) => h('option', { value: v }, t)));

/** A pair of fields for a text in both languages (`{zh, en}` at `path`). */
export function pair(path, name, obj, onInput) {
  return [
    field({ path: `${path}.zh`, label: t('pair.zh', name), lang: 'zh-CN', control: input(), get: () => obj.zh, set: (v) => { obj.zh = v; }, onInput }),
    field({ path: `${path}.en`, label: t('pair.en', name), lang: 'en', control: input(), get: () => obj.en, set: (v) => { obj.en = v; }, onInput }),
  ];
}

/**
 * The checks' problems shown where they belong: each in the slot of the
 * field its path names within `root` (the longest `data-field` that starts
 * the path `rest`), or in `root`'s own slot (`.ed-general`), with the field marked invalid
 * and described by it. Returns the element a reader should be taken to.
 */
export function showAt(root, rest, message) {
  let best = null;
  for (const f of root.querySelectorAll('.ed-field[data-field]')) {
    const p = f.dataset.field;
    const fits = rest === p || rest.startsWith(`${p}.`) || rest.startsWith(`${p}[`);
    if (fits && (!best || p.length > best.dataset.field.length)) best = f;
  }
  const slot = best ? best.querySelector(':scope > .ed-slot') : root.querySelector('.ed-general');
  const id = uid('problem');
  slot?.append(h('p', { class: 'ed-problem', id }, message));
  const control = best?.querySelector('input, select, textarea');
  if (control) {
    control.setAttribute('aria-invalid', 'true');
    const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    control.setAttribute('aria-describedby', [...described, id].join(' '));
  }
  return control ?? root;
}

/** Clears what `showAt` wrote under `root`. */
export function clearProblems(root) {
  for (const p of root.querySelectorAll('.ed-problem')) p.remove();
  for (const c of root.querySelectorAll('[aria-invalid]')) {
    c.removeAttribute('aria-invalid');
    const kept = (c.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.startsWith('problem-'));
    if (kept.length) c.setAttribute('aria-describedby', kept.join(' '));
    else c.removeAttribute('aria-describedby');
  }
}
