// The story editor (www/editor.html) driven as an editor would, under the
// strict CSP the embeds promise: paste the article, draft it, accept the
// proposals of two paragraphs (one by mouse, one by keyboard), make a bar
// chart, see a problem at its field, export, and the exported story, through
// the copied embed code, mounts and draws. axe-core at 320 px in the dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { axe, launch, openPage, STRICT_CSP } from './harness.mjs';

const root = new URL('../../', import.meta.url);
const ARTICLE = await readFile(new URL('tests/fixtures/article.txt', root), 'utf8');
let env;
let url;
let browser;
before(async () => {
  env = await launch({ headers: { 'content-security-policy': STRICT_CSP } });
  ({ url, browser } = env);
});
after(async () => { await env?.close(); });

async function open(options = {}) {
  const page = await openPage(browser, { viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: 'en-US', ...options });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
  });
  await page.goto(`${url}editor.html`);
  await page.waitForSelector('body[data-state="ready"]');
  return page;
}

/** Pastes the article (or opens it as a file), sets its date and drafts it;
 * returns the paragraphs with figures. */
async function draft(page, { file = false } = {}) {
  if (file) {
    await page.setInputFiles('#article-file', { name: 'article.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) });
    await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Opened article.txt'));
    assert.equal(await page.inputValue('#article'), ARTICLE);
  } else {
    await page.fill('#article', ARTICLE);
  }
  await page.fill('#pub-date', '2022-04-27');
  await page.click('#draft');
  await page.waitForSelector('#proposal-table tbody tr[data-key]');
  assert.match(await page.textContent('#status'), /^Drafted \d+ figures/);
  return page.$$eval('#proposal-table tbody', (bodies) => bodies
    .filter((b) => b.querySelector('tr[data-type="figure"]'))
    .map((b) => Number(b.dataset.paragraph)));
}

/** Facts about the painted canvas under `root` (a selector; `shadow` for a news-fig). */
function painted(page, selector, shadow = false) {
  return page.$eval(selector, (el, inShadow) => {
    const canvas = inShadow ? el.shadowRoot.querySelector('canvas') : el.querySelector('canvas');
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) n++;
    return { share: n / (data.length / 4), width: canvas.width, error: (inShadow ? el.shadowRoot : el).querySelector('.nf-error, .ed-preview-error')?.textContent ?? null };
  }, shadow);
}

test('an editor drafts the article, accepts two paragraphs, makes a bar chart and exports a story that draws', async () => {
  const page = await open();
  const paragraphs = await draft(page);
  assert.ok(paragraphs.length >= 2, `figures in two paragraphs at least (${paragraphs})`);
  // Nothing accepted yet: the story's empty lists are problems, each shown in its section.
  await page.waitForFunction(() => document.querySelectorAll('#problem-list li').length > 0);
  assert.match(await page.textContent('#proposals .ed-general'), /^figures: /);
  assert.match(await page.textContent('#charts .ed-general'), /^groups: /);
  const [p1, p2] = paragraphs;
  // The words are marked in their sentence, as text.
  const first = await page.$eval(`tbody[data-paragraph="${p1}"] tr[data-type="figure"]`, (tr) => ({
    mark: tr.querySelector('mark')?.textContent, sentence: tr.querySelector('.ed-sentence').textContent,
  }));
  assert.ok(first.mark && first.sentence.includes(first.mark), 'the proposal\'s words are marked in its sentence');

  // One paragraph by mouse, the other by keyboard.
  await page.click(`tbody[data-paragraph="${p1}"] button[data-all="accepted"]`);
  await page.focus(`tbody[data-paragraph="${p2}"] button[data-all="accepted"]`);
  await page.keyboard.press('Enter');
  const accepted = await page.$$eval('tr[data-status="accepted"]', (rows) => rows.map((r) => r.closest('tbody').dataset.paragraph));
  assert.ok(accepted.length >= 2);
  assert.deepEqual([...new Set(accepted)].map(Number).sort((a, b) => a - b), [p1, p2].sort((a, b) => a - b));
  const acceptedFigures = await page.$$eval('tr[data-status="accepted"][data-type="figure"]', (r) => r.length);

  // A bar chart of them, named in both languages.
  await page.click('#add-chart');
  const chart = page.locator('#chart-list > li').last();
  await chart.getByLabel('Kind').selectOption('bars');
  await chart.getByLabel('Title (中文)', { exact: true }).fill('两段的数字');
  await chart.getByLabel('Title (English)', { exact: true }).fill('Figures of two paragraphs');
  const chartId = await chart.getByLabel('Id (a–z, 0–9, _)').inputValue();
  // Figures the drafter's own charts hold are not ticked: tick them all.
  for (const box of await chart.locator('.ed-members input[data-member]').all()) await box.check();
  assert.equal(await chart.locator('.ed-members input[data-member]:checked').count(), acceptedFigures);
  // The first bar gets a short name of its own, a highlight and a note.
  await chart.locator('.ed-details summary').first().click();
  await chart.getByLabel('Short name (中文)').first().fill('第一');
  await chart.getByLabel('Short name (English)').first().fill('First');
  await chart.getByLabel('Highlight it (the others muted)').first().check();
  await chart.getByLabel('Note on it (中文)').first().fill('最多');
  // Half a note is a problem, shown at the note's other half with its path.
  await page.waitForSelector('#chart-list .ed-details [aria-invalid="true"]');
  assert.match(await chart.locator('.ed-details .ed-problem').first().textContent(), /^groups\[\d+\]\.annotations\[0\]\.text\.en: /);
  await chart.getByLabel('Note on it (English)').first().fill('The most');
  await page.selectOption('#preview-chart', chartId);
  await page.waitForSelector('#preview[data-state="ready"]');
  assert.equal(await page.textContent('#problem-count'), 'No problems: the story is valid.');
  const preview = await painted(page, '#preview');
  assert.ok(preview.share > 0.02, `the preview is drawn (${preview.share})`);
  assert.equal(preview.error, null);

  // A negative value is a problem shown at its field, with its JSON path.
  const row = page.locator('tr[data-status="accepted"][data-type="figure"]').first();
  await row.getByRole('button', { name: /^Edit/ }).click();
  const edit = page.locator('.ed-edit-row:not([hidden])');
  const qualifier = await edit.getByLabel('Qualifier').inputValue();
  const valueBox = edit.getByLabel(qualifier === 'range' ? 'Low end' : 'Value', { exact: true });
  const before = await valueBox.inputValue();
  await valueBox.fill('-5');
  await page.waitForSelector('.ed-edit-row:not([hidden]) [aria-invalid="true"]');
  const shown = await edit.locator('.ed-field .ed-problem').first().textContent();
  assert.match(shown, /^figures\[\d+\]\.value\.(value|low): /);
  assert.match(await page.textContent('#problem-list'), /figures\[\d+\]\.value/);
  await valueBox.fill(before);
  await page.waitForFunction(() => document.getElementById('problem-count').textContent.startsWith('No problems'));
  await row.getByRole('button', { name: /^Edit/ }).click();

  // Export: the file, and both snippets pointing at it from where it is published.
  // The page is in English; the reader's language, for the embed, is its own choice.
  assert.equal(await page.inputValue('#preview-lang'), 'en');
  await page.selectOption('#preview-lang', 'zh');
  await page.fill('#base', '/');
  await page.selectOption('#embed-chart', chartId);
  await page.waitForSelector('#preview[data-state="ready"]');
  const fileName = await page.inputValue('#file-name');
  assert.equal(fileName, 'newsfig-story-2022-04-27.json');
  const script = await page.inputValue('textarea[data-snippet="script"]');
  const iframe = await page.inputValue('textarea[data-snippet="iframe"]');
  assert.match(script, new RegExp(`data-group="${chartId}"[^>]* data-src="/${fileName}" data-build="bars"`));
  assert.match(iframe, new RegExp(`embed-bars\\.html\\?group=${chartId}&amp;lang=zh&amp;src=%2F${fileName}"`));
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  assert.equal(file.suggestedFilename(), fileName);
  const body = await readFile(await file.path(), 'utf8');
  const story = JSON.parse(body);
  assert.equal(story.format, 'newsfig-story/1');
  assert.equal(story.source.date, '2022-04-27');
  assert.equal(story.figures.length, acceptedFigures);
  assert.ok(story.figures.every((f) => [p1, p2].includes(f.source.paragraph)));
  const bars = story.groups.find((g) => g.id === chartId);
  assert.equal(bars.kind, 'bars');
  assert.deepEqual(bars.items[0].label, { zh: '第一', en: 'First' });
  assert.deepEqual(bars.highlight, [bars.items[0].id]);
  assert.deepEqual(bars.annotations, [{ item: bars.items[0].id, text: { zh: '最多', en: 'The most' } }]);
  assert.equal(bars.items.length, acceptedFigures);
  assert.match(await page.textContent('#status'), /^Saved newsfig-story-2022-04-27\.json/);

  // The exported file opens again for more work, every proposal in it accepted, nothing lost.
  await page.setInputFiles('#story-file', await file.path());
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Opened'));
  await page.waitForFunction(() => document.getElementById('problem-count').textContent.startsWith('No problems'));
  assert.equal(await page.locator('tr[data-status="accepted"]').count(), story.figures.length + story.events.length);
  const again = await page.evaluate(() => window.newsfigEditor.current.story);
  assert.deepEqual(again.figures, story.figures);
  assert.deepEqual(again.groups, story.groups);
  assert.deepEqual(again.source, story.source);

  // The exported story on a page of its own, through both snippets.
  await page.route(`${url}${fileName}`, (r) => r.fulfill({ contentType: 'application/json', body }));
  await page.route(`${url}article.html`, (r) => r.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="zh-CN"><title>host</title><body>${script}\n${iframe}</body></html>` }));
  await page.goto(`${url}article.html`);
  await page.waitForFunction(() => document.querySelector('news-fig')?.dataset.state === 'ready');
  const embedded = await painted(page, 'news-fig', true);
  assert.ok(embedded.share > 0.02, `the script embed draws the exported story (${embedded.share})`);
  assert.equal(embedded.error, null);
  const frame = page.frameLocator('iframe[data-newsfig-frame]');
  await frame.locator('canvas').waitFor();
  assert.equal(await frame.locator('[role="alert"]').count(), 0, 'the iframe embed shows no error');
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the editor at 320 px in the dark: opens a text file, fits, and axe-core finds no violations', async () => {
  const page = await open({ viewport: { width: 320, height: 800 }, colorScheme: 'dark' });
  assert.deepEqual(await axe(page), [], 'before drafting');
  const [p1] = await draft(page, { file: true });
  await page.click(`tbody[data-paragraph="${p1}"] button[data-all="accepted"]`);
  await page.click('#add-chart');
  await page.waitForSelector('#preview[data-state="ready"]');
  await page.locator('tr[data-status="accepted"]').first().getByRole('button', { name: /^Edit/ }).click();
  // Markup typed into a field stays text, in the table and in the chart lists.
  const evil = '<img src=x onerror="window.injected = 1"><b>bold</b>';
  await page.locator('.ed-edit-row:not([hidden])').getByLabel('Label (English)').fill(evil);
  await page.waitForSelector('#preview[data-state="ready"]');
  assert.equal(await page.textContent('tr[data-status="accepted"] .ed-en'), evil);
  assert.equal(await page.evaluate(() => document.querySelectorAll('.ed-work img, .ed-work b').length + (window.injected ?? 0)), 0);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `no sideways scrolling (${width} px)`);
  assert.deepEqual(await axe(page), [], 'with proposals, an open form and a chart');
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
