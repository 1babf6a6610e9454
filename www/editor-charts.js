// The charts an editor makes of accepted proposals: each with its id, kind,
// title in both languages and a checkbox per accepted figure (per accepted
// event for a timeline). The drafter's proposed groups start the list.
import { h, sr, uid, field, input, select, pair } from './editor-dom.js';
import { KINDS, takes, reading } from './editor-story.js';
import { memberDetails } from './editor-member.js';
import { t } from './editor-i18n.js';

/** Fields for a chart's optional text in both languages (`chart[key]`, left out while blank). */
const optionalPair = (chart, key, name, onInput) => pair(key, name, chart[key], onInput).map((f) => {
  f.querySelector('input').placeholder = t('optional');
  return f;
});

/**
 * Fills `list` with the charts of `state`. `changed(what)` is told of each
 * change ('charts' when the list of charts or a chart's id, kind or title
 * changes, 'members' for its figures), with the chart when there is one.
 * Returns { charts: key → root element, member(chart key, item key) → its
 * details, refresh() } where refresh redraws the member checkboxes after
 * decisions or labels change.
 */
export function renderCharts(list, state, changed) {
  const roots = new Map();
  const details = new Map();
  const refreshers = [];
  list.replaceChildren();
  state.charts.forEach((chart, i) => {
    const members = h('div', { class: 'ed-members' });
    const note = h('p', { class: 'ed-help' });
    const refreshMembers = () => {
      const want = takes(chart.kind);
      const accepted = state.items.filter((it) => it.type === want && it.status === 'accepted');
      const waiting = state.items.filter((it) => it.type === want && it.status === 'pending' && chart.members.has(it.key)).length;
      members.replaceChildren(...accepted.map((it) => {
        const box = h('input', { type: 'checkbox', value: it.key, id: uid('m'), 'data-member': it.key });
        box.checked = chart.members.has(it.key);
        const names = memberDetails(chart, it, () => changed('charts', false, chart));
        details.set(`${chart.key}/${it.key}`, names);
        names.hidden = !box.checked;
        box.addEventListener('change', () => {
          if (box.checked) chart.members.add(it.key);
          else chart.members.delete(it.key);
          names.hidden = !box.checked;
          changed('members', false, chart);
        });
        return h('div', { class: 'ed-member' },
          h('div', { class: 'ed-check' }, box, h('label', { for: box.id }, `${it.data.label?.zh ?? ''} · ${it.data.label?.en ?? ''}`, h('span', { class: 'ed-muted' }, ` ${reading(it)}`))),
          names);
      }));
      const events = want === 'event';
      note.textContent = (accepted.length ? '' : t('chart.none', events)) + (waiting ? t('chart.waiting', waiting, events) : '');
    };
    refreshers.push(refreshMembers);
    const onText = () => changed('charts', false, chart);
    const kind = field({
      path: 'kind', label: t('chart.kind'), control: select(KINDS.map((k) => [k, t(`kind.${k}`)])), get: () => chart.kind,
      set: (v) => { chart.kind = v; refreshMembers(); }, onInput: onText,
    });
    const legendId = uid('chart');
    const remove = h('button', { type: 'button', class: 'ed-small' }, t('chart.remove'), sr(t('chart.remove.which', i + 1)));
    remove.addEventListener('click', () => {
      state.charts.splice(state.charts.indexOf(chart), 1);
      changed('charts', true);
    });
    const root = h('li', { class: 'ed-chart', 'data-key': chart.key },
      h('fieldset', { 'aria-labelledby': legendId },
        h('legend', { id: legendId }, t('chart.legend', i + 1)),
        h('div', { class: 'ed-grid' },
          field({ path: 'id', label: t('field.id'), control: input(), get: () => chart.id, set: (v) => { chart.id = v; }, onInput: onText }),
          kind,
          ...pair('title', t('chart.title'), chart.title, onText),
          ...optionalPair(chart, 'subtitle', t('chart.subtitle'), onText),
          ...optionalPair(chart, 'note', t('chart.note'), onText),
          h('div', { class: 'ed-field ed-wide', 'data-field': 'items' },
            h('fieldset', { class: 'ed-plain' }, h('legend', {}, t('chart.members')), note, members),
            h('div', { class: 'ed-slot' }))),
        h('div', { class: 'ed-slot ed-general' }),
        remove));
    refreshMembers();
    roots.set(chart.key, root);
    list.append(root);
  });
  return { charts: roots, member: (c, it) => details.get(`${c}/${it}`), refresh: () => refreshers.forEach((r) => r()) };
}
