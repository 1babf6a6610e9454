// Paste-in embeds: the script embed in shadow roots on a plain and a hostile
// page, lazy loading, reserved height, auto theme, data-src, the iframe embed
// at 300 px, and an axe-core scan of the article and the hostile page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { axe, launch, openPage } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const IDS = ['bars', 'parts', 'dates'];

async function open(name, options = {}) {
  const page = await openPage(env.browser, { viewport: { width: 680, height: 1400 }, ...options });
  await page.goto(`${env.url}${name}.html`);
  await page.waitForFunction((ids) => ids.every((id) => document.getElementById(id).dataset.state === 'ready'), IDS);
  await page.waitForTimeout(400); // let the grow animation finish
  return page;
}

/** What each embed drew, read from inside its shadow root. */
function drawn(page) {
  return page.evaluate((ids) => ids.map((id) => {
    const root = document.getElementById(id).shadowRoot;
    const canvas = root.querySelector('canvas');
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let hash = 0;
    for (let i = 0; i < data.length; i += 7) hash = (hash * 31 + data[i]) | 0;
    const box = root.querySelector('.nf').getBoundingClientRect();
    const tool = root.querySelector('.nf-tool').getBoundingClientRect();
    return { id, w: canvas.width, h: canvas.height, hash, box: [Math.round(box.width), Math.round(box.height)], tool: [Math.round(tool.width), Math.round(tool.height)], font: getComputedStyle(root.querySelector('.nf-tool')).fontFamily };
  }), IDS);
}

test('script embeds mount one widget per placeholder, each in its own shadow root', async () => {
  const page = await open('embed-test');
  const roots = await page.evaluate((ids) => ids.map((id) => !!document.getElementById(id).shadowRoot?.querySelector('.nf canvas')), IDS);
  assert.deepEqual(roots, [true, true, true]);
  assert.equal(await page.evaluate(() => document.querySelectorAll('.nf').length), 0, 'nothing of the widget in the page’s own DOM');
  // Independent: a filter in the timeline's controls leaves the others alone.
  const before = await drawn(page);
  await page.evaluate(() => {
    const s = document.getElementById('dates').shadowRoot.querySelector('select[name="place"]');
    s.value = 'wuhan';
    s.dispatchEvent(new Event('change'));
  });
  await page.waitForTimeout(400);
  const after = await drawn(page);
  assert.equal(after[0].hash, before[0].hash);
  assert.equal(after[1].hash, before[1].hash);
  assert.notEqual(after[2].hash, before[2].hash);
  await page.context().close();
});

test('each page fetches the Wasm once, alongside the glue rather than after it', async () => {
  // The script embed starts the Wasm's fetch before importing the glue; the
  // article page and the iframe embed preload both from their <head>, ahead
  // of the script that imports them. Either way, no request waits for another.
  for (const [name, first] of [['embed-test', /\/newsfig\.js$/], ['index', /\/index\.js$/], ['embed', /\/embed\.js$/]]) {
    const page = await openPage(env.browser, { viewport: { width: 680, height: 1400 } });
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${env.url}${name}.html`);
    await page.waitForFunction(() => document.querySelector('canvas, news-fig[data-state="ready"]'));
    await page.waitForTimeout(300);
    const wasm = requests.filter((r) => r.endsWith('/pkg/newsfig_bg.wasm'));
    const glue = requests.filter((r) => r.endsWith('/pkg/newsfig.js'));
    assert.deepEqual([wasm.length, glue.length], [1, 1], `${name}: ${requests.join(' ')}`);
    assert.ok(!requests.some((r) => r.includes('newsfig_bars')), `${name}: the full build alone: ${requests.join(' ')}`);
    const at = (path) => requests.findIndex((r) => r.endsWith(path));
    if (name === 'embed-test') {
      assert.ok(at('/pkg/newsfig_bg.wasm') < at('/pkg/newsfig.js'), `${name}: the Wasm is asked for before the glue: ${requests.join(' ')}`);
    } else {
      const script = requests.findIndex((r) => first.test(r));
      assert.ok(at('/pkg/newsfig_bg.wasm') < script && at('/pkg/newsfig.js') < script, `${name}: preloaded before its script: ${requests.join(' ')}`);
    }
    // (The test page's deliberately missing data-src is its only problem.)
    assert.deepEqual(page.problems.filter((p) => !/missing\.json|404/.test(p)), []);
    await page.context().close();
  }
});

test('bar charts that ask for the bars-only build load it alone, and another kind falls back to the full build', async () => {
  const page = await openPage(env.browser, { viewport: { width: 680, height: 1400 } });
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${env.url}bars-test.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('news-fig')].every((e) => e.dataset.state === 'ready'));
  const pkg = () => requests.filter((r) => r.includes('/pkg/')).map((r) => r.slice(r.lastIndexOf('/') + 1)).sort();
  assert.deepEqual(pkg(), ['changzhi-2022.json', 'newsfig_bars.js', 'newsfig_bars_bg.wasm'], requests.join(' '));
  const canvases = await page.evaluate(() => [...document.querySelectorAll('news-fig')].map((e) => !!e.shadowRoot.querySelector('canvas')));
  assert.deepEqual(canvases, [true, true]);
  // An edited snippet: a range chart still asking for bars only.
  await page.evaluate(() => {
    const f = document.createElement('news-fig');
    Object.assign(f.dataset, { group: 'luodangshen_returns', lang: 'en', build: 'bars' });
    f.id = 'edited';
    document.querySelector('main').append(f);
  });
  await page.waitForFunction(() => ['ready', 'error'].includes(document.getElementById('edited').dataset.state));
  assert.equal(await page.evaluate(() => document.getElementById('edited').dataset.state), 'ready');
  assert.ok(pkg().includes('newsfig_bg.wasm'), 'the full build, for the range chart');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the hostile page changes nothing inside the widgets, and they still work', async () => {
  const clean = await open('embed-test');
  const hostile = await open('host-test');
  const a = await drawn(clean);
  const b = await drawn(hostile);
  for (let i = 0; i < IDS.length; i++) {
    assert.deepEqual(b[i], a[i], `${IDS[i]} differs on the hostile page`);
  }
  const box = await hostile.evaluate(() => {
    const host = document.getElementById('bars');
    host.scrollIntoView();
    const r = host.shadowRoot.querySelector('canvas').getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  });
  // Down the chart at 30% of its width until the pointer is over a bar (its
  // rows sit between the headline and the notes, whose height varies).
  let tip = { hidden: true, text: '' };
  for (let f = 0.3; f < 0.9 && tip.hidden; f += 0.04) {
    await hostile.mouse.move(box.left + box.width * 0.3, box.top + box.height * f);
    tip = await hostile.evaluate(() => {
      const t = document.getElementById('bars').shadowRoot.querySelector('.nf-tooltip');
      return { hidden: t.hidden, text: t.textContent };
    });
  }
  assert.equal(tip.hidden, false);
  assert.match(tip.text, /mu/);
  assert.deepEqual(hostile.problems, []);
  await clean.context().close();
  await hostile.context().close();
});

test('a script embed fills its table and embed snippets inside its shadow root, from the tools module', async () => {
  const page = await open('embed-test');
  // CSS selectors reach into open shadow roots.
  await page.click('#bars .nf-tool[data-tool="table"]');
  await page.waitForSelector('#bars .nf-table:not([aria-busy]) table');
  const rows = await page.$eval('#bars', (h) => h.shadowRoot.querySelectorAll('.nf-table tbody tr').length);
  assert.equal(rows, 3);
  await page.click('#bars .nf-tool[data-tool="embed"]');
  await page.waitForSelector('#bars .nf-embed:not([aria-busy])');
  const snippet = await page.$eval('#bars', (h) => h.shadowRoot.querySelector('.nf-embed textarea').value);
  assert.match(snippet, /<news-fig data-group="luodangshen_acreage" data-lang="en"/);
  // The page's broken embed (examples/missing.json) reports itself; nothing else may.
  assert.deepEqual(page.problems.filter((p) => !/missing\.json|404/.test(p)), []);
  await page.context().close();
});

test('far below the fold a widget waits, and loads as it nears the viewport', async () => {
  const page = await open('embed-test');
  assert.equal(await page.$eval('#lazy', (e) => e.dataset.state), 'waiting');
  await page.$eval('#lazy', (e) => e.scrollIntoView());
  await page.waitForFunction(() => document.getElementById('lazy').dataset.state === 'ready');
  await page.context().close();
});

test('placeholders hold their height while loading: layout shift stays under 0.1', async () => {
  const page = await openPage(env.browser, { viewport: { width: 680, height: 1400 } });
  await page.addInitScript(() => {
    window.shift = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.shift += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${env.url}embed-test.html`);
  await page.waitForFunction((ids) => ids.every((id) => document.getElementById(id).dataset.state === 'ready'), IDS);
  await page.waitForTimeout(500);
  const shift = await page.evaluate(() => window.shift);
  console.log(`cumulative layout shift while three embeds load: ${shift.toFixed(4)}`);
  assert.ok(shift < 0.1, `CLS ${shift}`);
  await page.context().close();
});

test('data-theme="auto" follows prefers-color-scheme', async () => {
  const page = await openPage(env.browser, { viewport: { width: 680, height: 900 }, colorScheme: 'dark' });
  await page.goto(`${env.url}embed-test.html`);
  await page.$eval('#lazy', (e) => e.scrollIntoView());
  await page.waitForFunction(() => document.getElementById('lazy').dataset.state === 'ready');
  const corner = await page.evaluate(() => [...document.getElementById('lazy').shadowRoot.querySelector('canvas').getContext('2d').getImageData(1, 1, 1, 1).data].slice(0, 3));
  assert.deepEqual(corner, [0x16, 0x18, 0x1c]);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForFunction(() => document.getElementById('lazy').shadowRoot.querySelector('canvas').getContext('2d').getImageData(1, 1, 1, 1).data[0] === 255);
  await page.context().close();
});

test('data-src draws an editor’s own story; a missing one fails in its own box only', async () => {
  const page = await open('embed-test');
  await page.waitForFunction(() => ['editor', 'broken'].every((id) => ['ready', 'error'].includes(document.getElementById(id).dataset.state)));
  const editor = await page.evaluate(() => document.getElementById('editor').shadowRoot.querySelector('.nf-desc').textContent);
  assert.match(editor, /Schools taking part: at least 40 schools; Pupils reached: about 12,000 pupils/);
  const broken = await page.evaluate(() => {
    const e = document.getElementById('broken');
    const alert = e.shadowRoot.querySelector('[role="alert"]');
    return { state: e.dataset.state, text: alert?.textContent };
  });
  assert.equal(broken.state, 'error');
  assert.match(broken.text, /data-src: 404/);
  assert.ok(page.problems.every((p) => /missing\.json|data-src: 404|status of 404/.test(p)), page.problems.join('\n'));
  await page.context().close();
});

test('the iframe embed sizes itself and works 300 px wide', async () => {
  const page = await openPage(env.browser, { viewport: { width: 400, height: 1200 } });
  await page.goto(`${env.url}iframe-test.html`);
  await page.waitForFunction(() => Number(document.querySelector('iframe').height) > 300);
  const frame = page.frames().find((f) => f.url().includes('embed.html'));
  const inside = await frame.evaluate(() => ({
    width: document.documentElement.clientWidth,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    height: Math.ceil(document.documentElement.getBoundingClientRect().height),
    drawn: document.querySelector('canvas').width > 0,
  }));
  const attr = Number(await page.getAttribute('iframe', 'height'));
  assert.equal(inside.width, 300);
  assert.ok(inside.overflow <= 0, `horizontal overflow ${inside.overflow}`);
  assert.ok(inside.drawn);
  assert.equal(attr, inside.height, 'the iframe is as tall as its content');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a bar chart’s iframe page preloads the bars-only build; another kind falls back to the full build', async () => {
  for (const [group, files] of [
    ['luodangshen_acreage', ['changzhi-2022.json', 'newsfig_bars.js', 'newsfig_bars_bg.wasm']],
    ['shares', ['changzhi-2022.json', 'newsfig.js', 'newsfig_bars.js', 'newsfig_bars_bg.wasm', 'newsfig_bg.wasm']],
  ]) {
    const page = await openPage(env.browser, { viewport: { width: 600, height: 800 } });
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${env.url}embed-bars.html?group=${group}&lang=en`);
    await page.waitForFunction(() => document.querySelector('canvas')?.width > 0);
    const pkg = requests.filter((r) => r.includes('/pkg/')).map((r) => r.slice(r.lastIndexOf('/') + 1));
    assert.deepEqual([...new Set(pkg)].sort(), files, requests.join(' '));
    assert.equal(pkg.length, files.length, `each fetched once: ${requests.join(' ')}`);
    const at = (path) => requests.findIndex((r) => r.endsWith(path));
    assert.ok(at('/pkg/newsfig_bars.js') < at('/embed.js') && at('/pkg/newsfig_bars_bg.wasm') < at('/embed.js'), requests.join(' '));
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test('the iframe embed shows a missing story’s fault in its own box', async () => {
  for (const name of ['embed', 'embed-bars']) {
    const page = await openPage(env.browser, { viewport: { width: 600, height: 800 } });
    await page.goto(`${env.url}${name}.html?src=examples/missing.json&lang=en`);
    const alert = await page.waitForSelector('[role="alert"]', { timeout: 10000 });
    assert.match(await alert.textContent(), /^newsfig: src: 404/, name);
    await page.context().close();
  }
});

test('the iframe embed explains a bad story from the tools module, which a good one never fetches', async () => {
  const good = JSON.parse(readFileSync(new URL('../../www/examples/local-story.json', import.meta.url), 'utf8'));
  good.figures[0].value = { qualifier: 'range', low: 9, high: 2 };
  for (const name of ['embed', 'embed-bars']) {
    const page = await openPage(env.browser, { viewport: { width: 600, height: 800 } });
    await page.route('**/bad/story.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(good) }));
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${env.url}${name}.html?src=bad/story.json&lang=en`);
    const alert = await page.waitForSelector('[role="alert"]', { timeout: 10000 });
    assert.equal(await alert.textContent(), 'newsfig: figures[0].value.low: must not exceed high (2)', name);
    assert.ok(requests.some((r) => r.endsWith('/pkg/newsfig_tools_bg.wasm')), `${name}: the tools module explains`);
    await page.context().close();
  }
  const page = await openPage(env.browser, { viewport: { width: 600, height: 800 } });
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${env.url}embed-bars.html?group=luodangshen_acreage&lang=en`);
  await page.waitForSelector('canvas');
  await page.waitForTimeout(300);
  assert.ok(!requests.some((r) => r.includes('newsfig_tools')), 'a good story fetches no tools module');
  await page.context().close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no violations on the article page (${colorScheme})`, async () => {
    const page = await openPage(env.browser, { viewport: { width: 800, height: 900 }, colorScheme });
    await page.goto(env.url);
    await page.waitForFunction(() => window.newsfigDemo?.widgets.length === 10);
    await page.click('#explorer .nf-tool[data-tool="table"]');
    await page.waitForSelector('#explorer .nf-table:not([aria-busy]) table');
    assert.deepEqual(await axe(page), []);
    await page.context().close();
  });
}

test('axe-core finds no violations on the hostile page', async () => {
  const page = await open('host-test');
  assert.deepEqual(await axe(page), []);
  await page.context().close();
});
