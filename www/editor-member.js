// What an editor says about one figure in one chart: its short name there
// (the format's items[].label), whether it is highlighted (drawn in the
// accent colour, the others muted) and a note pointing at it (an
// annotation; for a range, at its low or high end). Folded under the
// figure's checkbox, open when any is set.
import { h, field, input, select } from './editor-dom.js';
import { t } from './editor-i18n.js';

const blank = (t) => !t.zh.trim() && !t.en.trim();

/** Fields for a text in both languages that may be left out: `store` keeps it only while not blank. */
function optional(path, name, text, keep, onInput) {
  const one = (lang, code) => field({
    path: `${path}.${lang}`, label: t(`pair.${lang}`, name), lang: code, control: input({ placeholder: t('optional') }),
    get: () => text[lang], set: (v) => { text[lang] = v; keep(!blank(text)); }, onInput,
  });
  return [one('zh', 'zh-CN'), one('en', 'en')];
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
    ...optional('label', t('member.name'), name, (on) => (on ? chart.names.set(it.key, name) : chart.names.delete(it.key)), onInput),
    field({
      path: 'highlight', label: t('member.highlight'), control: lit,
      get: () => chart.highlight.has(it.key),
      set: (on) => (on ? chart.highlight.add(it.key) : chart.highlight.delete(it.key)),
      onInput,
    }),
    ...optional('text', t('member.note'), note.text, (on) => (on || notes.length > 1 ? chart.notes.set(it.key, notes) : chart.notes.delete(it.key)), onInput),
  ];
  if (it.type === 'figure' && it.data.value?.qualifier === 'range') {
    fields.push(field({
      path: 'end', label: t('member.end'), control: select([['', t('member.end.all')], ['low', t('member.end.low')], ['high', t('member.end.high')]]),
      get: () => note.end ?? '', set: (v) => { if (v) note.end = v; else delete note.end; }, onInput,
    }));
  }
  const open = chart.names.has(it.key) || chart.highlight.has(it.key) || chart.notes.has(it.key);
  return h('details', { class: 'ed-details', open },
    h('summary', {}, t('member.more')),
    h('div', { class: 'ed-grid ed-member-fields' }, fields, h('div', { class: 'ed-slot ed-general' })));
}
