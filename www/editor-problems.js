// The checks' problems on the editor page: each shown at its field (or its
// part's general slot) and listed beside the preview as a button that takes
// the editor there; and the chart choosers, filled with the story's charts.
import { h, showAt, clearProblems } from './editor-dom.js';
import { route } from './editor-story.js';
import { t, lang } from './editor-i18n.js';

const $ = (id) => document.getElementById(id);

/**
 * Shows checkStory's `problems` (as they come: "path: message"), each at
 * the place of the page `placeOf` gives for its part of the story (`where`,
 * from buildStory), and in the list with their count.
 */
export function showProblems(problems, where, placeOf) {
  clearProblems(document.querySelector('.ed-work'));
  const list = $('problem-list');
  list.replaceChildren();
  for (const message of problems) {
    const { place, rest } = route(message, where);
    const at = placeOf(place);
    let target = null;
    if (at?.root) {
      target = showAt(at.root, rest, message);
      // A problem inside a folded part unfolds it.
      at.root.closest('details')?.setAttribute('open', '');
      at.row?.slot.append(h('p', { class: 'ed-problem' }, message));
    }
    const go = h('button', { type: 'button', class: 'ed-link' }, message);
    go.addEventListener('click', () => {
      at?.row?.open(true);
      (target ?? $('problems-title')).focus();
    });
    list.append(h('li', {}, go));
  }
  // Said from now on by the checks, no longer the page's static text.
  delete $('problem-count').dataset.i18n;
  $('problem-count').textContent = problems.length ? t('problems.count', problems.length) : t('problems.none');
}

/** Fills a chart chooser with the story's charts, keeping its choice if it can. */
export function fillCharts(select, groups, prefer) {
  const keep = prefer ?? select.value;
  const other = lang() === 'zh' ? 'en' : 'zh';
  select.replaceChildren(...groups.map((g) => h('option', { value: g.id }, t('chart.option', g.title[lang()] || g.title[other], t(`kind.${g.kind}`)))));
  if (groups.some((g) => g.id === keep)) select.value = keep;
}
