// The table of proposals: one body per paragraph (accept or reject all of
// it at once), one row per figure or event with its words marked in their
// sentence, its reading, its label and the editor's decision, and beneath
// each row a form (hidden until Edit) for every field an editor may correct.
import { h, sr, uid, field, input, select, pair } from './editor-dom.js';
import { t } from './editor-i18n.js';
import { QUALIFIERS, LOW_QUALIFIERS, HIGH_QUALIFIERS, VOCABULARIES, highlight, reading } from './editor-story.js';

const paragraphOf = (it) => it.data.source?.paragraph ?? 0;

/** The sentence with the proposal's words marked (as text nodes and a <mark>). */
function sentence(item) {
  const { sentence: s = '' } = item.data.source ?? {};
  const parts = highlight(s, item.data.wording);
  // Words the sentence does not hold (edited, or none for a derived figure) follow it.
  const words = item.data.wording ? [' ', h('mark', {}, item.data.wording)] : [];
  const body = parts ? [parts[0], h('mark', {}, parts[1]), parts[2]] : [s, ...words];
  return h('span', { class: 'ed-sentence', lang: 'zh-CN' }, body);
}

/** Number fields of a value: `key` of `item.data.value`. */
function numberField(item, key, label, onInput) {
  const control = input({ type: 'number', step: 'any', inputmode: 'decimal' });
  return field({
    path: `value.${key}`, label, control,
    get: () => (Number.isFinite(item.data.value[key]) ? item.data.value[key] : ''),
    set: (v) => { item.data.value[key] = v === '' ? NaN : Number(v); },
    onInput,
  });
}

function endField(item, key, label, options, onInput) {
  return field({
    path: `value.${key}`, label, control: select(options.map((q) => [q, t(`q.${q}`)])),
    get: () => item.data.value[key] ?? 'exact',
    set: (v) => { if (v === 'exact') delete item.data.value[key]; else item.data.value[key] = v; },
    onInput,
  });
}

/** The value's fields: a qualifier, then one number or a range's two ends. */
function valueFields(item, onInput) {
  const v = item.data.value;
  const single = [numberField(item, 'value', t('field.value'), onInput)];
  const range = [
    numberField(item, 'low', t('field.low'), onInput), endField(item, 'low_qualifier', t('field.low.q'), LOW_QUALIFIERS, onInput),
    numberField(item, 'high', t('field.high'), onInput), endField(item, 'high_qualifier', t('field.high.q'), HIGH_QUALIFIERS, onInput),
  ];
  const show = () => {
    const isRange = item.data.value.qualifier === 'range';
    for (const f of single) f.hidden = isRange;
    for (const f of range) f.hidden = !isRange;
    for (const f of [...single, ...range]) {
      const c = f.querySelector('input, select');
      const key = f.dataset.field.slice('value.'.length);
      const val = item.data.value[key];
      c.value = c.tagName === 'SELECT' ? (val ?? 'exact') : (Number.isFinite(val) ? val : '');
    }
  };
  const qualifier = field({
    path: 'value.qualifier', label: t('field.qualifier'), control: select(QUALIFIERS.map((q) => [q, t(`q.${q}`)])),
    get: () => v.qualifier,
    set: (q) => {
      const old = item.data.value;
      if (q === 'range' && old.qualifier !== 'range') item.data.value = { qualifier: 'range', low: old.value, high: old.value };
      else if (q !== 'range' && old.qualifier === 'range') item.data.value = { qualifier: q, value: old.low };
      else old.qualifier = q;
      show();
    },
    onInput,
  });
  show();
  return [qualifier, ...single, ...range];
}

/** The edit form's fields for a figure or an event. */
function editFields(item, onData, onTags) {
  const d = item.data;
  const text = (path, label, get, set, lang) => field({ path, label, lang, control: input(), get, set, onInput: onData });
  const fields = [text('id', t('field.id'), () => d.id, (v) => { d.id = v; })];
  if (item.type === 'event') fields.push(text('date', t('field.date'), () => d.date, (v) => { d.date = v; }));
  fields.push(...pair('label', t('field.label'), d.label, onData));
  if (item.type === 'figure') {
    fields.push(...valueFields(item, onData));
    d.unit ??= { zh: '', en: '' };
    fields.push(...pair('unit', t('field.unit'), d.unit, onData));
  }
  fields.push(text('wording', t('field.wording'), () => d.wording, (v) => { d.wording = v; }, 'zh-CN'));
  for (const v of VOCABULARIES) {
    fields.push(field({
      path: `tags.${v}`, label: t('field.tags', t(`vocab.${v}`)), hint: t('field.tags.hint'), control: input(),
      get: () => d.tags[v].join(' '),
      set: (s) => { d.tags[v] = s.split(/[\s,，]+/).filter(Boolean); },
      onInput: onTags,
    }));
  }
  return fields;
}

/**
 * Fills `table` with the proposals of `state`. `changed(what)` is told of
 * every change: 'status' (a decision), 'data' (a field), 'tags'; `say`
 * announces a paragraph's decision in the status line. Returns
 * { rows: key → { row, edit, open() } } for the problems to find them.
 */
export function renderProposals(table, state, changed, say) {
  for (const body of table.querySelectorAll('tbody')) body.remove();
  const rows = new Map();
  const paragraphs = [...new Set(state.items.map(paragraphOf))].sort((a, b) => a - b);
  for (const p of paragraphs) {
    const items = state.items.filter((it) => paragraphOf(it) === p);
    const body = h('tbody', { 'data-paragraph': p });
    const decideAll = (status) => {
      for (const it of items) { it.status = status; rows.get(it.key).sync(); }
      changed('status');
      say('say.all', status === 'accepted', items.length, p);
    };
    const all = (status, verb) => {
      const b = h('button', { type: 'button', class: 'ed-small', 'data-all': status }, verb, sr(t('para.in', p)));
      b.addEventListener('click', () => decideAll(status));
      return b;
    };
    body.append(h('tr', { class: 'ed-para' }, h('th', { colspan: 4, scope: 'rowgroup' },
      h('span', {}, `¶${p}`), sr(t('para.about', p, items.length)), ' ', all('accepted', t('para.accept')), ' ', all('rejected', t('para.reject')))));
    for (const item of items) {
      const r = row(item, changed);
      rows.set(item.key, r);
      body.append(r.row, r.edit);
    }
    table.append(body);
  }
  return rows;
}

function row(item, changed) {
  const readingCell = h('span', { class: 'ed-reading' });
  const labelCell = h('span', { lang: 'zh-CN' });
  const labelEn = h('span', { class: 'ed-en', lang: 'en' });
  const wordsName = item.data.wording ?? item.data.id;
  const decision = (status, verb) => {
    const b = h('button', { type: 'button', class: 'ed-small', 'data-status': status }, verb, sr(` ${wordsName}`));
    b.addEventListener('click', () => {
      item.status = item.status === status ? 'pending' : status;
      sync();
      changed('status');
    });
    return b;
  };
  const accept = decision('accepted', t('row.accept'));
  const reject = decision('rejected', t('row.reject'));
  const editId = uid('edit');
  const editButton = h('button', { type: 'button', class: 'ed-small', 'aria-expanded': 'false', 'aria-controls': editId }, t('row.edit'), sr(` ${wordsName}`));
  const slot = h('div', { class: 'ed-slot' });
  const tr = h('tr', { 'data-key': item.key, 'data-type': item.type },
    h('td', { 'data-col': t('col.words') }, sentence(item)),
    h('td', { 'data-col': t('col.reading') }, item.type === 'event' ? h('span', { class: 'ed-badge' }, t('row.event')) : null, readingCell, slot),
    h('td', { 'data-col': t('col.label') }, labelCell, h('br'), labelEn),
    h('td', { 'data-col': t('col.decision') }, h('div', { class: 'ed-decide', role: 'group', 'aria-label': t('row.decision', wordsName) }, accept, reject, editButton)));
  const refresh = () => {
    readingCell.textContent = reading(item);
    labelCell.textContent = item.data.label?.zh ?? '';
    labelEn.textContent = item.data.label?.en ?? '';
  };
  const onData = () => { refresh(); changed('data'); };
  const form = h('div', { class: 'ed-grid ed-edit', id: editId, role: 'group', 'aria-label': t('row.editing', wordsName) },
    editFields(item, onData, () => { refresh(); changed('tags'); }), h('div', { class: 'ed-slot ed-general ed-wide' }));
  const edit = h('tr', { class: 'ed-edit-row', hidden: true }, h('td', { colspan: 4 }, form));
  const open = (show = true) => {
    edit.hidden = !show;
    editButton.setAttribute('aria-expanded', String(show));
  };
  editButton.addEventListener('click', () => open(edit.hidden));
  function sync() {
    tr.dataset.status = item.status;
    accept.setAttribute('aria-pressed', String(item.status === 'accepted'));
    reject.setAttribute('aria-pressed', String(item.status === 'rejected'));
  }
  sync();
  refresh();
  return { row: tr, edit, form, slot, open, sync };
}
