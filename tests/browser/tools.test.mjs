// Reader tools under each chart: table, sources, downloads, embed snippets,
// and the accessible description that stands in for the canvas.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, openPage } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

async function load(hash = '#group=luodangshen_acreage&lang=en') {
  const page = await openPage(env.browser, { viewport: { width: 800, height: 900 }, acceptDownloads: true });
  await page.goto(env.url + hash);
  await page.waitForFunction(() => window.newsfigDemo?.widgets.length === 10);
  return page;
}

const tool = (name) => `#explorer .nf-tool[data-tool="${name}"]`;

test('the data table is a real table with caption, headers, qualifiers and sources', async () => {
  const page = await load();
  await page.click(tool('table'));
  assert.equal(await page.getAttribute(tool('table'), 'aria-expanded'), 'true');
  // The release widget fills its panels from the tools module, fetched on
  // this first use; the panel is busy until then.
  await page.waitForSelector('#explorer .nf-table:not([aria-busy]) table');
  const table = await page.$eval('#explorer .nf-table table', (t) => ({
    caption: t.caption.textContent,
    heads: [...t.tHead.rows[0].cells].map((c) => [c.tagName, c.scope, c.textContent]),
    rows: [...t.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent)),
  }));
  assert.match(table.caption, /Changzhi grows 90%/);
  assert.deepEqual(table.heads.map((h) => h[0] + h[1]), ['THcol', 'THcol', 'THcol', 'THcol', 'THcol']);
  assert.equal(table.heads[3][2], 'Note');
  assert.equal(table.rows.length, 3);
  assert.deepEqual(table.rows[2].slice(0, 2), ['Dingxi, Gansu', 'more than 359,000 mu']);
  assert.match(table.rows[2][2], /^Derived: /);
  // The editor's highlight and annotation, in words, in the note column.
  assert.deepEqual(table.rows.map((r) => r[3]), ['Highlighted.', '', 'Note: Changzhi has under a tenth of this.']);
  assert.match(table.rows[0][4], /^¶21: “近年来/);
  await page.click(tool('sources'));
  assert.equal(await page.$eval('#explorer .nf-table', (p) => p.hidden), true, 'one panel at a time');
  await page.waitForSelector('#explorer .nf-sources:not([aria-busy]) q');
  const quotes = await page.$$eval('#explorer .nf-sources q', (q) => q.map((x) => x.textContent));
  assert.equal(quotes.length, 3);
  assert.ok(quotes.every((q) => q.includes('3.59万亩')));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('CSV, PNG and SVG download from the page itself', async () => {
  const page = await load();
  const grab = async (name) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(tool(name))]);
    return { name: download.suggestedFilename(), body: await readFile(await download.path()) };
  };
  const csv = await grab('csv');
  assert.equal(csv.name, 'newsfig-luodangshen_acreage-en.csv');
  assert.deepEqual([...csv.body.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with BOM');
  const text = csv.body.toString('utf8');
  assert.match(text, /luodangshen_acreage_dingxi,"Dingxi, Gansu",more_than,359000,/);
  const png = await grab('png');
  assert.equal(png.name, 'newsfig-luodangshen_acreage-en.png');
  assert.equal(png.body.subarray(1, 4).toString(), 'PNG');
  const width = png.body.readUInt32BE(16);
  const cssWidth = await page.$eval('#explorer canvas', (c) => c.getBoundingClientRect().width);
  assert.equal(width, Math.round(cssWidth) * 2, 'twice the CSS width');
  const svg = await grab('svg');
  const svgText = svg.body.toString('utf8');
  assert.match(svgText, /^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(svgText, /<\/svg>\s*$/);
  assert.match(svgText, /Source: Shanxi Daily, 27 April 2022/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the tools module loads on first use only, once, and again after a failed fetch', async () => {
  const page = await openPage(env.browser, { viewport: { width: 800, height: 900 }, acceptDownloads: true });
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${env.url}#group=luodangshen_acreage&lang=en`);
  await page.waitForFunction(() => window.newsfigDemo?.widgets.length === 10);
  const count = (name) => requests.filter((r) => r.endsWith(`/pkg/${name}`)).length;
  assert.equal(count('newsfig_tools.js') + count('newsfig_tools_bg.wasm'), 0, 'a reader who only looks loads no tools');
  // The first attempt fails (offline, say): the open panel says so, in the reader's language.
  let fail;
  const failing = new Promise((ok) => { fail = ok; });
  await page.route('**/newsfig_tools_bg.wasm', async (r) => { await failing; await r.abort(); });
  await page.click(tool('table'));
  // While it loads, the empty panel shows an ellipsis and is marked busy.
  await page.waitForSelector('#explorer .nf-table[aria-busy="true"]');
  assert.equal(await page.$eval('#explorer .nf-table', (p) => getComputedStyle(p, '::before').content), '"…"');
  fail();
  await page.waitForSelector('#explorer .nf-table:not([aria-busy])');
  assert.equal(await page.$eval('#explorer .nf-table', (p) => getComputedStyle(p, '::before').content), 'none');
  assert.equal(await page.textContent('#explorer .nf-table'), 'This could not be loaded. Please try again.');
  assert.ok(page.problems.some((p) => p.includes('newsfig_tools_bg.wasm')), page.problems.join('\n'));
  page.problems = [];
  // Closed and opened again, it fetches the module and fills the table.
  await page.unroute('**/newsfig_tools_bg.wasm');
  await page.click(tool('table'));
  await page.click(tool('table'));
  await page.waitForSelector('#explorer .nf-table:not([aria-busy]) table');
  await page.click(tool('sources'));
  await page.waitForSelector('#explorer .nf-sources:not([aria-busy]) q');
  await Promise.all([page.waitForEvent('download'), page.click(tool('csv'))]);
  assert.deepEqual([count('newsfig_tools.js'), count('newsfig_tools_bg.wasm')], [1, 2], requests.join(' '));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the pointer or keyboard focus coming onto the tool bar starts the tools module loading', async () => {
  for (const how of ['pointer', 'focus']) {
    const page = await load();
    const fetched = page.waitForRequest((r) => r.url().endsWith('/pkg/newsfig_tools_bg.wasm'), { timeout: 5000 });
    if (how === 'pointer') await page.hover('#explorer .nf-tools');
    else await page.focus(tool('table'));
    await fetched;
    // The click then finds it loaded or loading, and uses it.
    await page.click(tool('table'));
    await page.waitForSelector('#explorer .nf-table:not([aria-busy]) table');
    assert.deepEqual(page.problems, [], how);
    await page.context().close();
  }
});

test('"Embed this" shows both snippets for the current view, ready to copy', async () => {
  const page = await load('#group=shares&lang=en&sector=optoelectronics');
  await page.click(tool('embed'));
  await page.waitForSelector('#explorer .nf-embed:not([aria-busy])');
  const [script, iframe] = await page.$$eval('#explorer .nf-embed textarea', (t) => t.map((x) => x.value));
  assert.match(script, /<script type="module" src="[^"]*newsfig\.js"><\/script>/);
  assert.match(script, /<news-fig data-group="shares" data-lang="en" data-theme="auto" data-height="\d+" data-sector="optoelectronics">/);
  assert.match(script, /<noscript><img src="[^"]*static\/shares\.en\.svg"/);
  assert.match(iframe, /<iframe src="[^"]*embed\.html\?group=shares&amp;lang=en&amp;sector=optoelectronics"/);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.click('#explorer .nf-copy >> nth=0');
  const selected = await page.evaluate(() => { const a = document.activeElement; return a.value.slice(a.selectionStart, a.selectionEnd); });
  assert.equal(selected, script, 'the snippet is selected for Ctrl+C');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, script, 'and put on the clipboard');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the canvas is hidden from assistive technology; a generated description speaks for it', async () => {
  const page = await load();
  const a11y = await page.$eval('#explorer .nf-stage', (stage) => {
    const desc = stage.querySelector(`#${stage.getAttribute('aria-describedby')}`);
    return { hidden: stage.querySelector('canvas').getAttribute('aria-hidden'), role: stage.getAttribute('role'), label: stage.getAttribute('aria-label'), desc: desc?.textContent };
  });
  assert.equal(a11y.hidden, 'true');
  assert.equal(a11y.role, 'group');
  assert.match(a11y.label, /^Changzhi grows 90%/);
  assert.match(a11y.desc, /^Bar chart: Changzhi grows 90%.*Dingxi, Gansu: more than 359,000 mu \(derived: /);
  await page.context().close();
});
