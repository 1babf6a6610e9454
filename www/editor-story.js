// The editor's model, without DOM: the draft taken apart into proposals an
// editor accepts, rejects and edits, the charts made of them, and the story
// built back from them, with a map from each JSON path of the story to the
// part of the page that holds it (so that checkStory's problems are shown
// where the editor can fix them). Also the embed snippets, as the widget's
// "Embed this" panel writes them (src/embed.rs), with data-src.
import { t } from './editor-i18n.js';

export const FORMAT = 'newsfig-story/1';
export const VOCABULARIES = ['sector', 'place', 'partner'];
// The qualifiers and kinds an editor chooses from, named in the interface
// language by editor-i18n (`q.at_least`, `kind.bars`).
export const QUALIFIERS = ['exact', 'at_least', 'more_than', 'at_most', 'less_than', 'approx', 'nearly', 'range'];
export const LOW_QUALIFIERS = ['exact', 'at_least', 'more_than', 'approx', 'nearly'];
export const HIGH_QUALIFIERS = ['exact', 'at_most', 'less_than', 'approx', 'nearly'];
export const KINDS = ['bars', 'headline', 'range', 'share', 'composition', 'timeline'];

const copy = (v) => structuredClone(v);

/**
 * The editor's state for a draft (a newsfig-story/1 object) of an article
 * published on `date`, each proposal `status` ('pending' for a draft,
 * 'accepted' for a story the editor exported and opens again). Fields the
 * editor has no control for (a chart's subtitle, note and items' short
 * labels, the bylines) are kept as they are.
 */
export function fromDraft(draft, date, status = 'pending') {
  const items = [
    ...(draft.figures ?? []).map((data, i) => ({ key: `f${i}`, type: 'figure', status, data: copy(data) })),
    ...(draft.events ?? []).map((data, i) => ({ key: `e${i}`, type: 'event', status, data: copy(data) })),
  ];
  for (const it of items) {
    it.data.tags ??= {};
    for (const v of VOCABULARIES) it.data.tags[v] ??= [];
  }
  const byId = new Map(items.map((it) => [it.data.id, it.key]));
  const labels = new Map();
  for (const v of VOCABULARIES) for (const t of draft.tags?.[v] ?? []) labels.set(`${v}:${t.id}`, copy(t.label));
  const { name, date: published, url, ...bylines } = draft.source ?? {};
  return {
    meta: {
      title: copy(draft.title ?? { zh: '', en: '' }),
      name: copy(name ?? { zh: '', en: '' }),
      date: date || published || '',
      url: url ?? '',
      rest: copy(bylines),
    },
    items,
    labels,
    charts: (draft.groups ?? []).map((g, i) => fromGroup(g, `c${i}`, byId)),
    serial: draft.groups?.length ?? 0,
  };
}

const none = () => ({ zh: '', en: '' });
const blank = (t) => !t.zh.trim() && !t.en.trim();

/** A chart of the editor's state from a story's group; `byId` gives an id's state key. */
function fromGroup(g, key, byId) {
  const { id, kind, title, subtitle, note, items, highlight = [], annotations = [], ...rest } = g;
  const keyed = (list) => list.filter((x) => byId.has(x)).map((x) => byId.get(x));
  const notes = new Map();
  for (const { item, ...a } of annotations) {
    if (!byId.has(item)) continue;
    const k = byId.get(item);
    notes.set(k, [...(notes.get(k) ?? []), copy(a)]);
  }
  return {
    key, id, kind, title: copy(title), subtitle: copy(subtitle ?? none()), note: copy(note ?? none()), rest: copy(rest),
    members: new Set(keyed(items.map((m) => m.id))),
    names: new Map(items.filter((m) => m.label && byId.has(m.id)).map((m) => [byId.get(m.id), copy(m.label)])),
    highlight: new Set(keyed(highlight)),
    notes,
  };
}

/** A new, empty chart of `kind`. */
export function newChart(state, kind = 'bars') {
  const n = ++state.serial;
  const chart = fromGroup({ id: `chart_${n}`, kind, title: { zh: `图表${n}`, en: `Chart ${n}` }, items: [] }, `c${n}`, new Map());
  state.charts.push(chart);
  return chart;
}

/** Whether a chart of `kind` is made of events (a timeline) rather than figures. */
export const takes = (kind) => (kind === 'timeline' ? 'event' : 'figure');

/** Tag ids in the order accepted proposals first use them. */
export function usedTags(state) {
  const used = Object.fromEntries(VOCABULARIES.map((v) => [v, []]));
  for (const it of state.items) {
    if (it.status !== 'accepted') continue;
    for (const v of VOCABULARIES) for (const id of it.data.tags[v]) if (!used[v].includes(id)) used[v].push(id);
  }
  return used;
}

/**
 * The story the editor's state makes, and `where`: [path prefix, place]
 * pairs, place being `{ kind: 'meta' | 'item' | 'tag' | 'chart', key }` or
 * `{ kind: 'section', id }` for a whole list.
 * Charts with no accepted member are left out (listed in `skipped`).
 */
export function buildStory(state) {
  const where = [['title', { kind: 'meta' }], ['source', { kind: 'meta' }]];
  // A problem with a whole list (no figures, no charts) goes to its section.
  for (const [prefix, id] of [['figures', 'proposals'], ['events', 'proposals'], ['tags', 'tags'], ['groups', 'charts']]) {
    where.push([prefix, { kind: 'section', id }]);
  }
  const figures = [];
  const events = [];
  for (const it of state.items) {
    if (it.status !== 'accepted') continue;
    const data = copy(it.data);
    const tags = Object.fromEntries(VOCABULARIES.filter((v) => data.tags[v].length).map((v) => [v, data.tags[v]]));
    if (Object.keys(tags).length) data.tags = tags;
    else delete data.tags;
    const list = it.type === 'figure' ? figures : events;
    where.push([`${it.type === 'figure' ? 'figures' : 'events'}[${list.length}]`, { kind: 'item', key: it.key }]);
    list.push(data);
  }
  const used = usedTags(state);
  const tags = {};
  for (const v of VOCABULARIES) {
    tags[v] = used[v].map((id, j) => {
      where.push([`tags.${v}[${j}]`, { kind: 'tag', key: `${v}:${id}` }]);
      return { id, label: copy(state.labels.get(`${v}:${id}`) ?? { zh: id, en: id }) };
    });
  }
  const groups = [];
  const skipped = [];
  for (const c of state.charts) {
    const members = state.items.filter((it) => it.status === 'accepted' && it.type === takes(c.kind) && c.members.has(it.key));
    if (!members.length) {
      skipped.push(c.key);
      continue;
    }
    const at = `groups[${groups.length}]`;
    const member = (it) => ({ kind: 'member', chart: c.key, item: it.key });
    where.push([at, { kind: 'chart', key: c.key }]);
    const group = { id: c.id, kind: c.kind, title: copy(c.title) };
    if (!blank(c.subtitle)) group.subtitle = copy(c.subtitle);
    if (!blank(c.note)) group.note = copy(c.note);
    Object.assign(group, copy(c.rest));
    group.items = members.map((it, j) => {
      where.push([`${at}.items[${j}]`, member(it)]);
      return c.names.has(it.key) ? { id: it.data.id, label: copy(c.names.get(it.key)) } : { id: it.data.id };
    });
    const lit = members.filter((it) => c.highlight.has(it.key));
    lit.forEach((it, j) => where.push([`${at}.highlight[${j}]`, member(it)]));
    if (lit.length) group.highlight = lit.map((it) => it.data.id);
    const annotations = [];
    for (const it of members) {
      for (const a of c.notes.get(it.key) ?? []) {
        if (blank(a.text)) continue;
        where.push([`${at}.annotations[${annotations.length}]`, member(it)]);
        annotations.push({ item: it.data.id, ...copy(a) });
      }
    }
    if (annotations.length) group.annotations = annotations;
    groups.push(group);
  }
  const source = { name: copy(state.meta.name), date: state.meta.date, ...copy(state.meta.rest) };
  if (state.meta.url.trim()) source.url = state.meta.url.trim();
  const story = { format: FORMAT, title: copy(state.meta.title), source, tags, figures, events, groups };
  return { story, where, skipped };
}

/** A problem ("path: message") split, and the place of `where` its path falls in. */
export function route(message, where) {
  const cut = message.indexOf(': ');
  const path = cut > 0 ? message.slice(0, cut) : 'story';
  let best = null;
  for (const [prefix, place] of where) {
    const fits = path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
    if (fits && (!best || prefix.length > best[0].length)) best = [prefix, place];
  }
  if (!best) return { path, place: { kind: 'story' }, rest: path };
  const [prefix, place] = best;
  // Meta fields are named by their whole path; the others within their part.
  const rest = place.kind === 'meta' ? path : path.slice(prefix.length).replace(/^\./, '');
  return { path, place, rest };
}

/** `sentence` split around the first occurrence of `words`: [before, words, after], or null. */
export function highlight(sentence, words) {
  const at = words ? sentence.indexOf(words) : -1;
  if (at < 0) return null;
  return [sentence.slice(0, at), words, sentence.slice(at + words.length)];
}

const SIGNS = { exact: '', at_least: '≥ ', more_than: '> ', at_most: '≤ ', less_than: '< ', approx: '≈ ' };
const sign = (q) => (q === 'nearly' ? t('sign.nearly') : SIGNS[q] ?? '');
const num = (n) => (Number.isFinite(n) ? n.toLocaleString('en') : '?');
/** A proposal's reading in a few characters: "> 500 项", "8,000–10,000 元/亩", "2021-10". */
export function reading(item) {
  const d = item.data;
  if (item.type === 'event') return d.date;
  const v = d.value ?? {};
  const unit = d.unit?.zh ? ` ${d.unit.zh}` : '';
  if (v.qualifier === 'range') {
    return `${sign(v.low_qualifier ?? 'exact')}${num(v.low)} – ${sign(v.high_qualifier ?? 'exact')}${num(v.high)}${unit}`;
  }
  return `${sign(v.qualifier)}${num(v.value)}${unit}`;
}

/** `s` with the five HTML-special characters escaped, as src/embed.rs does. */
export const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/**
 * The script and iframe embeds of chart `group` of the story published at
 * `src` (as its URL; the embeds resolve it), with newsfig's files under
 * `base`. The same shape as the widget's "Embed this" snippets, less the
 * static SVG fallback, which exists only for the built-in story.
 */
export function snippets({ base, src, group, lang, title, height, bars }) {
  const [b, g, t, s] = [base, group, title, src].map(escapeHtml);
  const build = bars ? ' data-build="bars"' : '';
  const script = `<script type="module" src="${b}newsfig.js"></script>\n<news-fig data-group="${g}" data-lang="${lang}" data-theme="auto" data-height="${height}" data-src="${s}"${build}></news-fig>`;
  const query = `group=${g}&amp;lang=${lang}&amp;src=${escapeHtml(encodeURIComponent(src))}`;
  const page = bars ? 'embed-bars.html' : 'embed.html';
  const iframe = `<iframe src="${b}${page}?${query}" title="${t}" width="100%" height="${height}" loading="lazy" data-newsfig-frame></iframe>\n<script async src="${b}embed-host.js"></script>`;
  return [script, iframe];
}
