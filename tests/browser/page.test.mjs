// What a reader sees on the served demo page (www/index.html).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, canvasFacts } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const FIGURE = '#luodangshen';
const CANVAS = `${FIGURE} canvas`;

async function load(options) {
  const page = await openPage(env.browser, options);
  await page.goto(env.url);
  await page.waitForSelector(`${FIGURE}[data-state="ready"]`, { timeout: 15000 });
  return page;
}

test('the chart paints, and the page logs no error or failed request', async () => {
  const page = await load({ viewport: { width: 800, height: 900 } });
  const facts = await canvasFacts(page, CANVAS);
  assert.ok(facts.paintedShare > 0.03, `painted share ${facts.paintedShare}`);
  assert.ok(facts.colours > 4, `only ${facts.colours} colours: blank or flat`);
  assert.equal(await page.$eval(`${FIGURE} .newsfig-error`, (e) => e.hidden), true);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the backing store follows devicePixelRatio 2', async () => {
  const page = await load({ viewport: { width: 400, height: 900 }, deviceScaleFactor: 2 });
  const facts = await canvasFacts(page, CANVAS);
  assert.equal(facts.ratio, 2);
  assert.equal(facts.width, facts.cssWidth * 2);
  assert.equal(facts.height, Math.round(facts.cssHeight * 2));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('switching to English redraws the chart and the page text', async () => {
  const page = await load({ viewport: { width: 800, height: 900 } });
  const zh = await canvasFacts(page, CANVAS);
  await page.click('.lang-switch button[data-lang="en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const en = await canvasFacts(page, CANVAS);
  assert.notEqual(en.hash, zh.hash, 'the canvas changed');
  assert.match(await page.textContent('h1'), /bookshelf/);
  assert.equal(await page.getAttribute('.lang-switch button[data-lang="en"]', 'aria-pressed'), 'true');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the chart redraws at a new width when its container resizes', async () => {
  const page = await load({ viewport: { width: 1000, height: 900 } });
  const wide = await canvasFacts(page, CANVAS);
  await page.setViewportSize({ width: 340, height: 900 });
  await page.waitForFunction((sel) => {
    const c = document.querySelector(sel);
    return c.width === c.clientWidth * window.devicePixelRatio;
  }, CANVAS);
  const narrow = await canvasFacts(page, CANVAS);
  assert.ok(narrow.cssWidth < wide.cssWidth);
  assert.equal(narrow.width, narrow.cssWidth);
  assert.ok(narrow.paintedShare > 0.03);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
