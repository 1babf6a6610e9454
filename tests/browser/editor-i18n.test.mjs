// The story editor in Chinese and English (www/editor-i18n*.js): the two
// tables hold the same keys and every key the page uses; the page starts in
// the browser's language, remembers the choice, and switching mid-work
// redraws every text without losing a decision, an edit or a chart; each
// language leaves none of the other's words in the interface; axe-core finds
// nothing in either at 320 and 1280 px. EDITOR_SHOTS=DIR saves screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, mkdir } from 'node:fs/promises';
import { axe, launch, openPage, STRICT_CSP } from './harness.mjs';
import { TABLES, initial, choose, fromNavigator } from '../../www/editor-i18n.js';
import { QUALIFIERS, KINDS, VOCABULARIES } from '../../www/editor-story.js';

const root = new URL('../../', import.meta.url);
const ARTICLE = await readFile(new URL('tests/fixtures/article.txt', root), 'utf8');
const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
const SHOTS = process.env.EDITOR_SHOTS;

test('both tables hold the same keys, of the same shape, and every key the page uses', async () => {
  const { zh, en } = TABLES;
  assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  const sample = [3, 2, 1, 1];
  for (const key of Object.keys(en)) {
    assert.equal(typeof zh[key], typeof en[key], key);
    if (typeof en[key] === 'function') assert.equal(zh[key].length, en[key].length, `${key}: arguments`);
    const [z, e] = [zh[key], en[key]].map((v) => (typeof v === 'function' ? v(...sample) : v));
    assert.ok(z.trim() && e.trim(), `${key}: not blank`);
    // Chinese says it in Chinese (the name of English aside); English names Chinese words only where they are the point.
    if (key !== 'lang.en') assert.match(z, CJK, `zh ${key}: ${z}`);
    if (!/^(q\.|lang\.zh|pair\.zh)/.test(key)) assert.doesNotMatch(e, CJK, `en ${key}: ${e}`);
  }
  // Keys used: t('key'), data-i18n="key", and those built from a list (q.*, kind.*, vocab.*, pair.*).
  const www = new URL('www/', root);
  const files = (await readdir(www)).filter((f) => /^editor.*\.(js|html)$/.test(f) && !f.startsWith('editor-i18n'));
  const source = (await Promise.all(files.map((f) => readFile(new URL(f, www), 'utf8')))).join('\n');
  const used = new Set([
    ...[...source.matchAll(/\bt\('([^']+)'/g)].map((m) => m[1]),
    ...[...source.matchAll(/data-i18n="([^"]+)"/g)].map((m) => m[1]),
    ...[...source.matchAll(/\bsay\('([^']+)'/g)].map((m) => m[1]),
    ...QUALIFIERS.map((q) => `q.${q}`), ...KINDS.map((k) => `kind.${k}`), ...VOCABULARIES.map((v) => `vocab.${v}`),
    'pair.zh', 'pair.en', 'embed.script', 'embed.iframe', 'lang.zh', 'lang.en',
  ]);
  for (const key of used) assert.ok(key in en, `used but not in the tables: ${key}`);
  for (const key of Object.keys(en)) assert.ok(used.has(key), `in the tables but never used: ${key}`);
});

test('the first language: the fragment, then the stored choice, then the browser; storage that throws is survived', () => {
  assert.equal(fromNavigator('zh-TW'), 'zh');
  assert.equal(fromNavigator('zh'), 'zh');
  assert.equal(fromNavigator('en-GB'), 'en');
  assert.equal(fromNavigator('fr'), 'en');
  assert.equal(fromNavigator(undefined), 'en');
  const saved = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
  try {
    // A sandboxed iframe: every access throws.
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, get() { throw new Error('SecurityError'); } });
    assert.equal(initial({ hash: '' }, { language: 'zh-CN' }), 'zh');
    assert.equal(initial({ hash: '#lang=en' }, { language: 'zh-CN' }), 'en');
    assert.doesNotThrow(() => choose('zh'));
    const kept = new Map();
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, value: { getItem: (k) => kept.get(k) ?? null, setItem: (k, v) => kept.set(k, v) } });
    choose('zh');
    assert.equal(initial({ hash: '' }, { language: 'en-US' }), 'zh');
    assert.equal(initial({ hash: '#lang=en' }, { language: 'zh-CN' }), 'en');
  } finally {
    if (saved) Object.defineProperty(globalThis, 'localStorage', saved);
    else delete globalThis.localStorage;
    choose('en', false);
  }
});

let env;
let url;
let browser;
before(async () => {
  env = await launch({ headers: { 'content-security-policy': STRICT_CSP } });
  ({ url, browser } = env);
});
after(async () => { await env?.close(); });

async function open(options) {
  const page = await openPage(browser, { viewport: { width: 1280, height: 900 }, ...options });
  await page.goto(`${url}editor.html`);
  await page.waitForSelector('body[data-state="ready"]');
  return page;
}

/** Drafts the article, accepts its first paragraph with figures, adds a chart and opens a row's edit form. */
async function work(page) {
  await page.fill('#article', ARTICLE);
  await page.fill('#pub-date', '2022-04-27');
  await page.click('#draft');
  await page.waitForSelector('#proposal-table tbody tr[data-key]');
  const p = await page.$eval('#proposal-table tr[data-type="figure"]', (tr) => tr.closest('tbody').dataset.paragraph);
  await page.click(`tbody[data-paragraph="${p}"] button[data-all="accepted"]`);
  await page.click('#add-chart');
  await page.waitForSelector('#preview[data-state="ready"]');
  await page.locator('tr[data-status="accepted"] button[aria-controls]').first().click();
}

/**
 * What of the interface is not in `lang`: in Chinese, a text with no Chinese
 * character (numbers and ids aside); in either, a whole entry of the other
 * table. Data is left out: the article's sentences, checkStory's problems
 * (English from the core), the chart, fields' values, and what is marked
 * with a language of its own (labels, the languages' own names).
 */
function leftovers(page, lang) {
  const other = Object.entries(TABLES[lang === 'zh' ? 'en' : 'zh'])
    .filter(([k, v]) => typeof v === 'string' && v.length >= (lang === 'zh' ? 4 : 2) && !Object.values(TABLES[lang]).includes(v) && !ARTICLE.includes(v) && !k.startsWith('q.'))
    .map(([, v]) => v);
  return page.evaluate(() => {
    const DATA = '.ed-sentence, .ed-problem, .ed-link, #preview, textarea, [lang]:not(html), .ed-reading, .ed-member label';
    const texts = [document.title];
    // Each element's own text, its children's being theirs.
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest(DATA)) continue;
      texts.push([...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim());
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [data-col]')) {
      if (el.closest(DATA) && !el.matches('input, td')) continue;
      for (const a of ['aria-label', 'placeholder', 'data-col']) if (el.hasAttribute(a)) texts.push(el.getAttribute(a));
    }
    return texts.filter(Boolean);
  }).then((texts) => {
    const bad = [];
    // The article's own words (a figure's wording naming its buttons) are data.
    for (const text of texts.filter((x) => !ARTICLE.includes(x))) {
      if (lang === 'zh' && !CJK.test(text) && !/^[\s\d¶.,:;()\-–—%#/_a-z]*$/.test(text)) bad.push(text);
      for (const o of other) if (text.includes(o)) bad.push(`${text} (has "${o}")`);
    }
    return [...new Set(bad)];
  });
}

const snapshot = (page) => page.evaluate(() => ({
  story: JSON.stringify(window.newsfigEditor.current.story),
  statuses: window.newsfigEditor.state.items.map((it) => it.status).join(),
  editing: [...document.querySelectorAll('.ed-edit-row:not([hidden])')].length,
  charts: document.querySelectorAll('#chart-list > li').length,
  label: document.querySelector('.ed-edit-row:not([hidden]) input[lang="en"]')?.value,
}));

test('starts in Chinese for a Chinese browser; switching to English and back mid-work keeps every decision, edit and chart', async () => {
  const page = await open({ locale: 'zh-CN' });
  assert.equal(await page.inputValue('#ui-lang'), 'zh');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.equal(await page.textContent('h1'), 'newsfig 故事编辑器');
  assert.equal(await page.inputValue('#preview-lang'), 'zh', "the reader's language follows the page's");
  await work(page);
  assert.match(await page.textContent('#status'), /^已采纳第 \d+ 段的全部 \d+ 条。|^已添加图表/);
  await page.locator('.ed-edit-row:not([hidden])').getByLabel('名称（英文）', { exact: true }).fill('Edited label');
  await page.locator('#chart-list > li').last().getByLabel('标题（中文）', { exact: true }).fill('改过的标题');
  await page.waitForFunction(() => document.querySelector('#preview').dataset.state === 'ready' && !document.querySelector('#preview').hasAttribute('aria-busy'));
  assert.deepEqual(await leftovers(page, 'zh'), []);
  const before = await snapshot(page);
  assert.equal(before.editing, 1);

  await page.selectOption('#ui-lang', 'en');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('h1'), 'newsfig story editor');
  assert.match(await page.textContent('#status'), /^(Accepted|Added)/, 'the last message, said again');
  assert.equal(await page.inputValue('#preview-lang'), 'en');
  await page.waitForSelector('#preview[data-state="ready"]');
  assert.deepEqual(await snapshot(page), before);
  assert.deepEqual(await leftovers(page, 'en'), []);
  assert.match(page.url(), /#lang=en$/);

  // The reader's language, once chosen, stays when the page's changes.
  await page.selectOption('#preview-lang', 'en');
  await page.selectOption('#ui-lang', 'zh');
  assert.equal(await page.inputValue('#preview-lang'), 'en');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.deepEqual(await snapshot(page), before);
  assert.deepEqual(await leftovers(page, 'zh'), []);
  assert.equal(await page.locator('.ed-edit-row:not([hidden])').getByLabel('名称（英文）', { exact: true }).inputValue(), 'Edited label');
  assert.deepEqual(page.problems, []);

  // Remembered: the same browser comes back in the language chosen last, whatever it says.
  await page.selectOption('#ui-lang', 'en');
  const again = await page.context().newPage();
  await again.goto(`${url}editor.html`);
  await again.waitForSelector('body[data-state="ready"]');
  assert.equal(await again.inputValue('#ui-lang'), 'en');
  await page.context().close();
});

for (const [lang, width, scheme] of [['zh', 320, 'dark'], ['zh', 1280, 'light'], ['zh', 320, 'light'], ['zh', 1280, 'dark'], ['en', 1280, 'light']]) {
  test(`axe-core finds no violations in ${lang} at ${width} px (${scheme}), and nothing overflows`, async () => {
    const page = await open({ locale: lang === 'zh' ? 'zh-CN' : 'en-US', viewport: { width, height: 900 }, colorScheme: scheme });
    assert.deepEqual(await axe(page), [], 'before drafting');
    await work(page);
    await page.waitForSelector('#preview[data-state="ready"]');
    assert.deepEqual(await leftovers(page, lang), []);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= width, `no sideways scrolling (${wide} px)`);
    assert.deepEqual(await axe(page), [], 'with proposals, an open form and a chart');
    if (SHOTS) {
      await mkdir(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/editor-${lang}-${width}-${scheme}.png`, fullPage: true });
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}
