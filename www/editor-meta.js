// The story's own fields (headline, publication, date, link) and the names
// of the tags accepted proposals use: small forms, each field with its slot
// for the checks' problems.
import { h, field, input, pair } from './editor-dom.js';
import { usedTags, VOCABULARIES } from './editor-story.js';
import { t } from './editor-i18n.js';

/** Fills `box` with the fields of `state.meta`; `changed` runs after each edit. */
export function renderMeta(box, state, changed) {
  const m = state.meta;
  box.replaceChildren(
    ...pair('title', t('meta.headline'), m.title, changed),
    ...pair('source.name', t('meta.publication'), m.name, changed),
    field({ path: 'source.date', label: t('text.date'), control: input({ type: 'date' }), get: () => m.date, set: (v) => { m.date = v; }, onInput: changed }),
    field({ path: 'source.url', label: t('meta.url'), control: input({ type: 'url' }), get: () => m.url, set: (v) => { m.url = v; }, onInput: changed }),
    h('div', { class: 'ed-slot ed-general ed-wide' }),
  );
}

/**
 * Fills `box` with a name in both languages for each tag an accepted
 * proposal uses (the id itself until the editor names it). Returns the
 * form of each, by `vocabulary:id`, for the problems to find.
 */
export function renderTags(box, state, changed) {
  const used = usedTags(state);
  const roots = new Map();
  for (const v of VOCABULARIES) {
    for (const id of used[v]) {
      const key = `${v}:${id}`;
      if (!state.labels.has(key)) state.labels.set(key, { zh: id, en: id });
      roots.set(key, h('fieldset', { class: 'ed-tag', 'data-key': key }, h('legend', {}, t('tag.legend', t(`vocab.${v}`), id)),
        h('div', { class: 'ed-grid' }, ...pair('label', t('tag.name'), state.labels.get(key), changed)), h('div', { class: 'ed-slot ed-general' })));
    }
  }
  box.replaceChildren(...(roots.size ? roots.values() : [h('p', { class: 'ed-help' }, t('tags.none'))]));
  return roots;
}
