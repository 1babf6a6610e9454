// What an editor says about one figure in one chart: its short name there
// (the format's items[].label), whether it is highlighted (drawn in the
// accent colour, the others muted) and a note pointing at it (an
// annotation; for a range, at its low or high end). Folded under the
// figure's checkbox, open when any is set.
import { h, field, input, select } from './editor-dom.js';

const blank = (t) => !t.zh.trim() && !t.en.trim();

/** Fields for a text in both languages that may be left out: `store` keeps it only while not blank. */
function optional(path, name, text, keep, onInput) {
  const one = (lang, code, label) => field({
    path: `${path}.${lang}`, label: `${name} (${label})`, lang: code, control: input({ placeholder: 'optional' }),
    get: () => text[lang], set: (v) => { text[lang] = v; keep(!blank(text)); }, onInput,
  });
  return [one('zh', 'zh-CN', '中文'), one('en', 'en', 'English')];
}

/**
 * The details of item `it` (a state item) in `chart`; `onInput` after each
 * change. Its fields are named as in the story's group: `label.zh`,
 * `highlight`, `text.en`, `end`, for the problems to find them.
 */
export function memberDetails(chart, it, onInput) {
  const name = chart.names.get(it.key) ?? { zh: '', en: '' };
  const notes = chart.notes.get(it.key) ?? [{ text: { zh: '', en: '' } }];
  const note = notes[0];
  const lit = h('input', { type: 'checkbox' });
  const fields = [
    ...optional('label', 'Short name', name, (on) => (on ? chart.names.set(it.key, name) : chart.names.delete(it.key)), onInput),
    field({
      path: 'highlight', label: 'Highlight it (the others muted)', control: lit,
      get: () => chart.highlight.has(it.key),
      set: (on) => (on ? chart.highlight.add(it.key) : chart.highlight.delete(it.key)),
      onInput,
    }),
    ...optional('text', 'Note on it', note.text, (on) => (on || notes.length > 1 ? chart.notes.set(it.key, notes) : chart.notes.delete(it.key)), onInput),
  ];
  if (it.type === 'figure' && it.data.value?.qualifier === 'range') {
    fields.push(field({
      path: 'end', label: 'The note points at', control: select([['', 'the whole range'], ['low', 'its low end'], ['high', 'its high end']]),
      get: () => note.end ?? '', set: (v) => { if (v) note.end = v; else delete note.end; }, onInput,
    }));
  }
  const open = chart.names.has(it.key) || chart.highlight.has(it.key) || chart.notes.has(it.key);
  return h('details', { class: 'ed-details', open },
    h('summary', {}, 'Name, highlight, note'),
    h('div', { class: 'ed-grid ed-member-fields' }, fields, h('div', { class: 'ed-slot ed-general' })));
}
