// The charts an editor makes of accepted proposals: each with its id, kind,
// title in both languages and a checkbox per accepted figure (per accepted
// event for a timeline). The drafter's proposed groups start the list.
import { h, sr, uid, field, input, select, pair } from './editor-dom.js';
import { KINDS, takes, reading } from './editor-story.js';
import { memberDetails } from './editor-member.js';

/** Fields for a chart's optional text in both languages (`chart[key]`, left out while blank). */
const optionalPair = (chart, key, name, onInput) => pair(key, name, chart[key], onInput).map((f) => {
  f.querySelector('input').placeholder = 'optional';
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
      const noun = want === 'event' ? 'events' : 'figures';
      note.textContent = (accepted.length ? '' : `No accepted ${noun} yet. `) + (waiting ? `${waiting} proposed ${waiting === 1 ? noun.slice(0, -1) : noun} ${waiting === 1 ? 'waits' : 'wait'} for your decision.` : '');
    };
    refreshers.push(refreshMembers);
    const onText = () => changed('charts', false, chart);
    const kind = field({
      path: 'kind', label: 'Kind', control: select(KINDS), get: () => chart.kind,
      set: (v) => { chart.kind = v; refreshMembers(); }, onInput: onText,
    });
    const legendId = uid('chart');
    const remove = h('button', { type: 'button', class: 'ed-small' }, 'Remove', sr(` chart ${i + 1}`));
    remove.addEventListener('click', () => {
      state.charts.splice(state.charts.indexOf(chart), 1);
      changed('charts', true);
    });
    const root = h('li', { class: 'ed-chart', 'data-key': chart.key },
      h('fieldset', { 'aria-labelledby': legendId },
        h('legend', { id: legendId }, `Chart ${i + 1}`),
        h('div', { class: 'ed-grid' },
          field({ path: 'id', label: 'Id (a–z, 0–9, _)', control: input(), get: () => chart.id, set: (v) => { chart.id = v; }, onInput: onText }),
          kind,
          ...pair('title', 'Title', chart.title, onText),
          ...optionalPair(chart, 'subtitle', 'Subtitle', onText),
          ...optionalPair(chart, 'note', 'Note under the chart', onText),
          h('div', { class: 'ed-field ed-wide', 'data-field': 'items' },
            h('fieldset', { class: 'ed-plain' }, h('legend', {}, 'In this chart'), note, members),
            h('div', { class: 'ed-slot' }))),
        h('div', { class: 'ed-slot ed-general' }),
        remove));
    refreshMembers();
    roots.set(chart.key, root);
    list.append(root);
  });
  return { charts: roots, member: (c, it) => details.get(`${c}/${it}`), refresh: () => refreshers.forEach((r) => r()) };
}
