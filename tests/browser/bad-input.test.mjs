// Bad data through data-src and the JS API: each case shows its own message,
// naming the JSON path, in that widget's box (role="alert"), is logged once,
// and leaves the other widgets working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, openPage } from './harness.mjs';

let env;
const good = JSON.parse(await readFile(new URL('../../www/examples/local-story.json', import.meta.url), 'utf8'));
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const clone = () => structuredClone(good);
const set = (f) => { const s = clone(); f(s); return JSON.stringify(s); };

// name → [response body (a string) or a status code or 'hang', expected message]
const CASES = {
  malformed: ['{"format": "newsfig-story/1", "title": ', /is not JSON/],
  'not-json': ['<!doctype html><title>Oops</title>', /is not JSON/],
  'wrong-type': [set((s) => { s.figures = 'none'; }), /figures: invalid type: string "none", expected a sequence/],
  'missing-field': [set((s) => { delete s.figures[0].source; }), /figures\[0\]: missing field `source`/],
  'out-of-range': [set((s) => { s.figures[0].value.value = 1; }).replace('"value":1}', '"value":1e400}'), /figures\[0\]\.value\.value: must be a finite number, not Infinity/],
  negative: [set((s) => { s.figures[0].value.value = -3; }), /figures\[0\]\.value\.value: is negative/],
  share: [set((s) => { s.figures[1].unit = { zh: '%', en: '%' }; s.figures[1].value = { qualifier: 'exact', value: 140 }; }), /figures\[1\]\.value\.value: a share in % must lie between 0 and 100/],
  'low-high': [set((s) => { s.figures[0].value = { qualifier: 'range', low: 9, high: 2 }; }), /figures\[0\]\.value\.low: must not exceed high \(2\)/],
  empty: ['{}', /story: missing field `format`/],
  'huge-label': [set((s) => { s.figures[0].label.en = 'x'.repeat(1_000_000); }), /figures\[0\]\.label\.en: is 1000000 characters long; at most 300/],
  'unknown-kind': [set((s) => { s.groups[0].kind = 'pie'; }), /groups\[0\]\.kind: unknown variant `pie`/],
  'unknown-tag': [set((s) => { s.figures[0].tags = { place: ['atlantis'] }; }), /figures\[0\]\.tags\.place\[0\]: no place tag has the id "atlantis"/],
  duplicate: [set((s) => { s.figures[1].id = 'schools'; }), /figures\[1\]\.id: repeats the id already used at figures\[0\]\.id/],
  // A spreadsheet's "Unicode text" export, and GBK bytes (潞党): named, not quoted as garbage.
  'utf-16': [Buffer.from(`\ufeff${JSON.stringify(good)}`, 'utf16le'), /data-src: bad\/utf-16\.json is UTF-16 text, not UTF-8; save it as UTF-8/],
  gbk: [Buffer.concat([Buffer.from('{"title": "'), Buffer.from([0xC2, 0xBA, 0xB5, 0xB3]), Buffer.from('"}')]), /data-src: bad\/gbk\.json is not UTF-8 text/],
  'not-found': [404, /data-src: 404/],
  hang: ['hang', /no complete answer from .* after 0\.8 s/],
};

test('every bad data-src shows its own message in its own box, and the good widget still works', async () => {
  const page = await openPage(env.browser, { viewport: { width: 800, height: 900 } });
  await page.route('**/bad/*.json', async (route) => {
    const name = route.request().url().split('/').pop().replace('.json', '');
    const [body] = CASES[name] ?? [];
    if (body === 'hang') return; // never answer
    if (typeof body === 'number') return route.fulfill({ status: body, body: 'not found' });
    return route.fulfill({ status: 200, contentType: 'application/json', body });
  });
  await page.goto(`${env.url}embed-test.html`);
  await page.evaluate((names) => {
    const box = document.createElement('div');
    for (const name of names) {
      const el = document.createElement('news-fig');
      Object.assign(el.dataset, { src: `bad/${name}.json`, lang: 'en', timeout: '800' });
      el.id = `case-${name}`;
      box.append(el);
    }
    document.querySelector('main').prepend(box);
  }, Object.keys(CASES));
  await page.waitForFunction((names) => names.every((n) => ['error', 'ready'].includes(document.getElementById(`case-${n}`).dataset.state)), Object.keys(CASES), { timeout: 20000 });
  const shown = await page.evaluate((names) => Object.fromEntries(names.map((n) => {
    const e = document.getElementById(`case-${n}`);
    return [n, { state: e.dataset.state, alert: e.shadowRoot.querySelector('[role="alert"]')?.textContent ?? '' }];
  })), Object.keys(CASES));
  const report = [];
  for (const [name, [, expected]] of Object.entries(CASES)) {
    report.push(`${name}: ${shown[name].alert}`);
    assert.equal(shown[name].state, 'error', `${name} should fail`);
    assert.match(shown[name].alert, expected, name);
  }
  console.log(report.join('\n'));
  const logged = page.problems.filter((p) => p.startsWith('console: Error: '));
  for (const name of Object.keys(CASES)) {
    const msg = shown[name].alert.replace(/^newsfig: /, '');
    assert.equal(logged.filter((p) => p.includes(msg.slice(0, 40))).length, 1, `${name} logged once`);
  }
  assert.equal(await page.$eval('#bars', (e) => e.dataset.state), 'ready', 'the other widgets are untouched');
  await page.context().close();
});

test('the JS API rejects bad story objects with the JSON path: NaN, Infinity, none at all; 10,000 figures are handled', async () => {
  const page = await openPage(env.browser, { viewport: { width: 800, height: 900 } });
  await page.goto(`${env.url}embed-test.html`);
  const result = await page.evaluate(async (good) => {
    const m = await import('./pkg/newsfig.js');
    await m.default();
    // An editor's checks come from the tools module, which readers never load.
    const tools = await import('./pkg/newsfig_tools.js');
    await tools.default();
    const attempt = (story) => {
      const host = document.createElement('div');
      document.body.append(host);
      try {
        const w = m.mount(host, { story, group: 'reach' });
        w.destroy();
        w.free();
        return 'ok';
      } catch (e) {
        return e.message;
      } finally {
        host.remove();
      }
    };
    const nan = structuredClone(good); nan.figures[0].value.value = NaN;
    const inf = structuredClone(good); inf.figures[1].value.value = Infinity;
    const many = structuredClone(good);
    many.figures = Array.from({ length: 10000 }, (_, i) => ({ ...good.figures[0], id: `f${i}` }));
    many.groups[0].items = many.figures.slice(0, 100).map((f) => ({ id: f.id }));
    const t0 = performance.now();
    const manyResult = attempt(many);
    const manyMs = performance.now() - t0;
    return { nan: attempt(nan), inf: attempt(inf), many: manyResult, manyMs, check: tools.checkStory(nan), checkInf: tools.checkStory(inf), parsed: tools.parseStory(good).figures.length, widgetChecks: 'checkStory' in m, none: attempt(undefined) };
  }, good);
  // The release build carries no story of its own: mount without one says where the article's is.
  assert.match(result.none, /^story: is missing: pass a story object \(the article's is pkg\/changzhi-2022\.json/);
  // The release widget names the path; what is wrong comes from the tools module.
  assert.equal(result.nan, 'figures[0].value.value: not valid (newsfig_tools.js: checkStory says why)');
  assert.equal(result.inf, 'figures[1].value.value: not valid (newsfig_tools.js: checkStory says why)');
  assert.equal(result.many, 'ok');
  console.log(`10,000 figures (100 drawn): mounted in ${result.manyMs.toFixed(0)} ms`);
  assert.deepEqual(result.check, ['figures[0].value.value: must be a finite number, not NaN']);
  assert.deepEqual(result.checkInf, ['figures[1].value.value: must be a finite number, not Infinity']);
  assert.equal(result.parsed, good.figures.length);
  assert.equal(result.widgetChecks, false, 'the release widget leaves checkStory to the tools module');
  await page.context().close();
});

test("a chart id the story lacks is named in that widget's box with the ids it has; a URL fragment's falls back quietly", async () => {
  const page = await openPage(env.browser, { viewport: { width: 800, height: 900 } });
  await page.goto(`${env.url}embed-test.html`);
  await page.evaluate(() => {
    const el = document.createElement('news-fig');
    Object.assign(el.dataset, { group: 'acreag', lang: 'en' });
    el.id = 'mistyped';
    document.querySelector('main').prepend(el);
  });
  await page.waitForFunction(() => ['error', 'ready'].includes(document.getElementById('mistyped').dataset.state), null, { timeout: 20000 });
  const alert = await page.evaluate(() => document.getElementById('mistyped').shadowRoot.querySelector('[role="alert"]')?.textContent ?? '');
  assert.match(alert, /group: no chart has the id "acreag"; this story's charts: cooperation_at_a_glance, luodangshen_acreage, /);
  // mount's own error: the readable message, and the whole path for code.
  const thrown = await page.evaluate(async () => {
    const m = await import('./pkg/newsfig.js');
    await m.default();
    const story = await (await fetch('./pkg/changzhi-2022.json')).json();
    try {
      m.mount(document.createElement('div'), { story, group: 'timelin' });
      return null;
    } catch (e) {
      return { message: e.message, path: e.path };
    }
  });
  assert.match(thrown.message, /^group: no chart has the id "timelin"; this story's charts: .*timeline/);
  assert.equal(thrown.path, 'group');
  assert.deepEqual(page.problems.filter((p) => !p.includes('acreag')), []);
  await page.context().close();
  // A reader's edited fragment: the chart falls back, no error.
  const reader = await openPage(env.browser, { viewport: { width: 800, height: 900 } });
  await reader.goto(`${env.url}#group=no_such_chart&lang=en`);
  await reader.waitForFunction(() => window.newsfigDemo?.widgets.length === 10);
  const explorer = await reader.evaluate(() => window.newsfigDemo.widgets.find((w) => w.id === 'explorer').widget.fragment());
  // The explorer's own chart (the page's preset), in the fragment's language.
  assert.match(explorer, /^group=luodangshen_acreage&lang=en/);
  assert.deepEqual(reader.problems, []);
  await reader.context().close();
});
