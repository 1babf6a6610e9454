// The story editor: an article's text drafted into a story by the editor
// module's drafter, checked proposal by proposal, grouped into charts shown
// by the real widget, and exported as a story file with its embed code. A
// static page: the text is pasted or opened from a file, the story saved
// through a Blob URL; nothing is sent anywhere. Data reaches the DOM as text.
import init, { mount } from './pkg/newsfig.js';
import * as tools from './pkg/newsfig_editor.js';
import { h, showAt, clearProblems } from './editor-dom.js';
import { renderMeta, renderTags as renderTagList } from './editor-meta.js';
import { fromDraft, buildStory, newChart, route } from './editor-story.js';
import { renderProposals } from './editor-proposals.js';
import { renderCharts } from './editor-charts.js';
import { defaultFileName, download, showSnippets } from './editor-export.js';

const $ = (id) => document.getElementById(id);
const dark = window.matchMedia('(prefers-color-scheme: dark)');
const theme = () => (dark.matches ? 'dark' : 'light');
const say = (text) => { $('status').textContent = text; };

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
  $('proposal-count').textContent = `${state.items.length} proposals: ${n('accepted')} accepted, ${n('rejected')} rejected, ${n('pending')} waiting.`;
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

function showProblems(problems, where) {
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
  $('problem-count').textContent = problems.length
    ? `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}: each is also shown at its field.`
    : 'No problems: the story is valid.';
}

/** Fills a chart chooser with the story's charts, keeping its choice if it can. */
function fillCharts(select, groups, prefer) {
  const keep = prefer ?? select.value;
  select.replaceChildren(...groups.map((g) => h('option', { value: g.id }, `${g.title.en || g.title.zh} (${g.kind})`)));
  if (groups.some((g) => g.id === keep)) select.value = keep;
}

function check() {
  const { story, where, skipped } = buildStory(state);
  let problems;
  try {
    problems = tools.checkStory(story);
  } catch (err) {
    problems = [`story: ${err instanceof Error ? err.message : String(err)}`];
  }
  current = { story, problems, where };
  showProblems(problems, where);
  for (const key of skipped) {
    view.charts.charts.get(key)?.querySelector('.ed-general')
      ?.append(h('p', { class: 'ed-note ed-problem' }, 'Left out of the story until it holds an accepted proposal.'));
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
    host.replaceChildren(h('p', { class: 'ed-help' }, 'Accept figures and put them in a chart to see it here.'));
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
    const why = current.problems[0] ?? (err instanceof Error ? err.message : String(err));
    host.replaceChildren(h('p', { class: 'ed-preview-error' }, `The chart cannot be drawn until the story is valid. newsfig: ${why}`));
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
  renderMeta($('meta-fields'), state, changed);
  view.rows = renderProposals($('proposal-table'), state, changed, say);
  countProposals();
  renderTags();
  renderChartList();
  check();
}

function wire() {
  $('article-file').addEventListener('change', async (e) => {
    const file = e.target.files?.[0];
    if (!file) return;
    $('article').value = await file.text();
    say(`Opened ${file.name}: ${$('article').value.length} characters.`);
  });
  $('story-file').addEventListener('change', async (e) => {
    const file = e.target.files?.[0];
    if (!file) return;
    let story;
    try {
      story = JSON.parse(await file.text());
    } catch (err) {
      return say(`${file.name} is not JSON: ${err.message}`);
    }
    if (story?.format !== 'newsfig-story/1') return say(`${file.name} is not a newsfig story (its format is not newsfig-story/1).`);
    if (unsaved && !window.confirm('Open this story? Your decisions, edits and charts will be replaced.')) return;
    start(story, '', 'accepted');
    $('file-name').value = file.name;
    $('pub-date').value = state.meta.date;
    say(`Opened ${file.name}: ${state.items.length} figures and events, all accepted, and ${state.charts.length} charts.`);
    $('proposals-title').focus();
  });
  $('draft-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $('article').value;
    const date = $('pub-date').value;
    if (typeof tools.draftStory !== 'function') return say('This build of the tools module has no drafter (draftStory).');
    if (unsaved && !window.confirm('Draft again? Your decisions, edits and charts will be replaced.')) return;
    let draft;
    try {
      draft = tools.draftStory(text, { date });
    } catch (err) {
      return say(`The drafter could not read it: ${err instanceof Error ? err.message : String(err)}`);
    }
    start(draft, date);
    const paragraphs = new Set(state.items.map((it) => it.data.source?.paragraph)).size;
    const figures = state.items.filter((it) => it.type === 'figure').length;
    say(`Drafted ${figures} figures and ${state.items.length - figures} events in ${paragraphs} paragraphs. Accept the ones the article states.`);
    $('proposals-title').focus();
  });
  $('add-chart').addEventListener('click', () => {
    const chart = newChart(state, 'bars');
    const charted = new Set(state.charts.flatMap((c) => [...c.members]));
    for (const it of state.items) if (it.type === 'figure' && it.status === 'accepted' && !charted.has(it.key)) chart.members.add(it.key);
    state.focusChart = chart.id;
    renderChartList();
    view.charts.charts.get(chart.key)?.querySelector('input').focus();
    say(`Added chart ${state.charts.length}, a bar chart of ${chart.members.size} figures not yet in a chart.`);
    unsaved = true;
    schedule();
  });
  for (const id of ['preview-chart', 'preview-lang']) $(id).addEventListener('change', () => current.story && preview(current.story));
  $('embed-chart').addEventListener('change', () => current.story && preview(current.story));
  for (const id of ['file-name', 'base']) $(id).addEventListener('input', () => current.story && snippetsFor(current.story, Math.ceil($('preview').getBoundingClientRect().height)));
  $('download').addEventListener('click', () => {
    clearTimeout(timer);
    check();
    const { story, problems } = current;
    if (problems.length) {
      say(`Not saved: the story has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}; the widget would refuse it. The list beside the preview says where.`);
      return;
    }
    const name = $('file-name').value.trim() || defaultFileName(state.meta.date);
    download(tools.parseStory(story), name);
    unsaved = false;
    say(`Saved ${name}. Publish it at ${$('base').value}${name}, where the embed code looks for it.`);
  });
  window.addEventListener('beforeunload', (e) => { if (unsaved) e.preventDefault(); });
  dark.addEventListener('change', () => {
    document.documentElement.dataset.theme = theme();
    widget?.setTheme(theme());
  });
}

async function main() {
  document.documentElement.dataset.theme = theme();
  $('pub-date').value = new Date().toISOString().slice(0, 10);
  wire();
  await Promise.all([init(), tools.default()]);
  $('draft').disabled = false;
  document.body.dataset.state = 'ready';
}

main().catch((err) => {
  say(`The editor could not start: ${err instanceof Error ? err.message : String(err)}`);
  console.error(err);
});
