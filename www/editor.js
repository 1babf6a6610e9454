// The story editor: an article's text drafted into a story by the editor
// module's drafter, checked proposal by proposal, grouped into charts shown
// by the real widget, and exported as a story file with its embed code. A
// static page: the text is pasted or opened from a file, the story saved
// through a Blob URL; nothing is sent anywhere. Data reaches the DOM as text.
import init, { mount } from './pkg/newsfig.js';
import * as tools from './pkg/newsfig_editor.js';
import { h } from './editor-dom.js';
import { showProblems, fillCharts } from './editor-problems.js';
import { renderMeta, renderTags as renderTagList } from './editor-meta.js';
import { fromDraft, buildStory, newChart } from './editor-story.js';
import { renderProposals } from './editor-proposals.js';
import { renderCharts } from './editor-charts.js';
import { defaultFileName, download, showSnippets } from './editor-export.js';
import { t, lang, tag, initial, choose, applyStatic } from './editor-i18n.js';

const $ = (id) => document.getElementById(id);
const dark = window.matchMedia('(prefers-color-scheme: dark)');
const theme = () => (dark.matches ? 'dark' : 'light');
// The status line keeps its last message as a key and its arguments, to say
// it again in the other language.
let said = null;
const say = (key, ...args) => {
  said = [key, ...args];
  $('status').textContent = t(key, ...args);
};
const why = (err) => (err instanceof Error ? err.message : String(err));

let state = null;
let view = { rows: new Map(), charts: { charts: new Map(), member() {}, refresh() {} }, tags: new Map() };
let current = { story: null, problems: [], where: [] };
let widget = null;
// Work not yet downloaded: leaving the page or drafting again asks first.
let unsaved = false;
// A handle for the browser tests and for developers poking at the page.
window.newsfigEditor = { get state() { return state; }, get current() { return current; } };

function renderTags() {
  view.tags = renderTagList($('tag-list'), state, changed);
}

function renderChartList() {
  view.charts = renderCharts($('chart-list'), state, changed);
}

function countProposals() {
  const n = (s) => state.items.filter((it) => it.status === s).length;
  $('proposal-count').textContent = t('count', state.items.length, n('accepted'), n('rejected'), n('pending'));
}

/** Told of every change; `what` says what to redraw besides the story. */
function changed(what, rerender, chart) {
  unsaved = true;
  // The preview follows the chart being edited.
  if (chart) state.focusChart = chart.id;
  if (what === 'status') { countProposals(); view.charts.refresh(); renderTags(); }
  if (what === 'data') view.charts.refresh();
  if (what === 'tags') renderTags();
  if (what === 'charts' && rerender) {
    renderChartList();
    if (!document.activeElement || document.activeElement === document.body) $('add-chart').focus();
  }
  schedule();
}

// Checked and redrawn once typing pauses, not on every key.
let timer = 0;
function schedule() {
  clearTimeout(timer);
  $('preview').setAttribute('aria-busy', 'true');
  timer = setTimeout(check, 250);
}

/** The place on the page for a problem's part of the story. */
function placeOf(place) {
  if (place.kind === 'meta') return { root: $('meta') };
  if (place.kind === 'item') { const r = view.rows.get(place.key); return r && { root: r.form, row: r }; }
  if (place.kind === 'tag') return { root: view.tags.get(place.key) };
  if (place.kind === 'chart') return { root: view.charts.charts.get(place.key) };
  if (place.kind === 'member') return { root: view.charts.member(place.chart, place.item) };
  if (place.kind === 'section') return { root: $(place.id) };
  return null;
}

function check() {
  const { story, where, skipped } = buildStory(state);
  let problems;
  try {
    problems = tools.checkStory(story);
  } catch (err) {
    problems = [`story: ${why(err)}`];
  }
  current = { story, problems, where };
  showProblems(problems, where, placeOf);
  for (const key of skipped) {
    view.charts.charts.get(key)?.querySelector('.ed-general')
      ?.append(h('p', { class: 'ed-note ed-problem' }, t('chart.skipped')));
  }
  fillCharts($('preview-chart'), story.groups, state.focusChart);
  fillCharts($('embed-chart'), story.groups, state.focusChart);
  state.focusChart = null;
  preview(story);
}

/** The real widget, mounted afresh for the story as it stands. */
function preview(story) {
  const host = $('preview');
  widget?.destroy();
  widget = null;
  host.removeAttribute('aria-busy');
  const group = $('preview-chart').value;
  if (!group) {
    host.replaceChildren(h('p', { class: 'ed-help' }, t('preview.empty')));
    host.dataset.state = 'empty';
    snippetsFor(story, 0);
    return;
  }
  host.replaceChildren();
  host.dataset.state = 'loading';
  try {
    const w = mount(host, { story, group, lang: $('preview-lang').value, theme: theme(), base: $('base').value });
    widget = w;
    const ready = (frames) => requestAnimationFrame(() => {
      if (widget !== w) return;
      if (frames > 0 && w.marks().length === 0) return ready(frames - 1);
      host.dataset.state = 'ready';
      snippetsFor(story, Math.ceil(host.getBoundingClientRect().height));
    });
    ready(4);
  } catch (err) {
    // checkStory's words for the first problem, which the widget only names.
    host.replaceChildren(h('p', { class: 'ed-preview-error' }, t('preview.error', current.problems[0] ?? why(err))));
    host.dataset.state = 'error';
    snippetsFor(story, 0);
  }
}

function snippetsFor(story, height) {
  const group = story.groups.find((g) => g.id === $('embed-chart').value);
  const lang = $('preview-lang').value;
  const base = $('base').value;
  showSnippets($('snippets'), group && {
    base, src: `${base}${$('file-name').value}`, group: group.id, lang,
    title: group.title[lang], height: height || 400, bars: group.kind === 'bars',
  }, say);
}

function start(draft, date, status) {
  state = fromDraft(draft, date, status);
  for (const id of ['meta', 'proposals', 'tags', 'charts', 'export']) $(id).hidden = false;
  $('file-name').value = defaultFileName(date);
  draw();
  check();
}

/** Every part of the page drawn from the state, in the interface language. */
function draw() {
  renderMeta($('meta-fields'), state, changed);
  view.rows = renderProposals($('proposal-table'), state, changed, say);
  countProposals();
  renderTags();
  renderChartList();
}

// The preview shows the chart in the reader's language, a choice of its own;
// until the editor makes it, it follows the page's.
let previewChosen = false;

/**
 * The page in language `l`: its static text from the table, and the parts
 * drawn from the state drawn again, the state itself untouched (decisions,
 * edits, charts); open edit forms and folded details stay as they were.
 */
function relabel(l, remember) {
  choose(l, remember);
  document.documentElement.lang = tag();
  $('ui-lang').value = lang();
  applyStatic(document);
  if (!previewChosen) $('preview-lang').value = lang();
  if (said) say(...said);
  if (!state) return;
  const editing = [...view.rows].filter(([, r]) => !r.edit.hidden).map(([key]) => key);
  const unfolded = [...document.querySelectorAll('.ed-chart .ed-member')]
    .filter((m) => m.querySelector('details')?.open)
    .map((m) => [m.closest('.ed-chart').dataset.key, m.querySelector('input[data-member]').value]);
  draw();
  for (const key of editing) view.rows.get(key)?.open(true);
  for (const [chart, item] of unfolded) view.charts.member(chart, item)?.setAttribute('open', '');
  clearTimeout(timer);
  check();
}

function wire() {
  $('article-file').addEventListener('change', async (e) => {
    const file = e.target.files?.[0];
    if (!file) return;
    $('article').value = await file.text();
    say('say.opened.text', file.name, $('article').value.length);
  });
  $('story-file').addEventListener('change', async (e) => {
    const file = e.target.files?.[0];
    if (!file) return;
    let story;
    try {
      story = JSON.parse(await file.text());
    } catch (err) {
      return say('say.not.json', file.name, err.message);
    }
    if (story?.format !== 'newsfig-story/1') return say('say.not.story', file.name);
    if (unsaved && !window.confirm(t('confirm.open'))) return;
    start(story, '', 'accepted');
    $('file-name').value = file.name;
    $('pub-date').value = state.meta.date;
    say('say.opened.story', file.name, state.items.length, state.charts.length);
    $('proposals-title').focus();
  });
  $('draft-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $('article').value;
    const date = $('pub-date').value;
    if (typeof tools.draftStory !== 'function') return say('say.no.drafter');
    if (unsaved && !window.confirm(t('confirm.draft'))) return;
    let draft;
    try {
      draft = tools.draftStory(text, { date });
    } catch (err) {
      return say('say.draft.failed', why(err));
    }
    start(draft, date);
    const paragraphs = new Set(state.items.map((it) => it.data.source?.paragraph)).size;
    const figures = state.items.filter((it) => it.type === 'figure').length;
    say('say.drafted', figures, state.items.length - figures, paragraphs);
    $('proposals-title').focus();
  });
  $('add-chart').addEventListener('click', () => {
    const chart = newChart(state, 'bars');
    const charted = new Set(state.charts.flatMap((c) => [...c.members]));
    for (const it of state.items) if (it.type === 'figure' && it.status === 'accepted' && !charted.has(it.key)) chart.members.add(it.key);
    state.focusChart = chart.id;
    renderChartList();
    view.charts.charts.get(chart.key)?.querySelector('input').focus();
    say('say.added', state.charts.length, chart.members.size);
    unsaved = true;
    schedule();
  });
  $('ui-lang').addEventListener('change', () => relabel($('ui-lang').value, true));
  $('preview-lang').addEventListener('change', () => { previewChosen = true; });
  for (const id of ['preview-chart', 'preview-lang']) $(id).addEventListener('change', () => current.story && preview(current.story));
  $('embed-chart').addEventListener('change', () => current.story && preview(current.story));
  for (const id of ['file-name', 'base']) $(id).addEventListener('input', () => current.story && snippetsFor(current.story, Math.ceil($('preview').getBoundingClientRect().height)));
  $('download').addEventListener('click', () => {
    clearTimeout(timer);
    check();
    const { story, problems } = current;
    if (problems.length) {
      say('say.not.saved', problems.length);
      return;
    }
    const name = $('file-name').value.trim() || defaultFileName(state.meta.date);
    download(tools.parseStory(story), name);
    unsaved = false;
    say('say.saved', name, `${$('base').value}${name}`);
  });
  window.addEventListener('beforeunload', (e) => { if (unsaved) e.preventDefault(); });
  dark.addEventListener('change', () => {
    document.documentElement.dataset.theme = theme();
    widget?.setTheme(theme());
  });
}

async function main() {
  relabel(initial(window.location, navigator), false);
  document.documentElement.dataset.theme = theme();
  $('pub-date').value = new Date().toISOString().slice(0, 10);
  wire();
  await Promise.all([init(), tools.default()]);
  $('draft').disabled = false;
  document.body.dataset.state = 'ready';
}

main().catch((err) => {
  say('say.failed', why(err));
  console.error(err);
});
