// Strict CSP, injection and privacy: the pages and embeds work under
// default-src 'self'; markup in data stays text; no requests, cookies or
// storage beyond the widget's own files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, openPage, STRICT_CSP as CSP } from './harness.mjs';

let env;
let url;
let browser;
before(async () => {
  env = await launch({ headers: { 'content-security-policy': CSP } });
  ({ url, browser } = env);
});
after(async () => { await env?.close(); });

async function open(path, options = {}) {
  const page = await openPage(browser, { viewport: { width: 800, height: 900 }, acceptDownloads: true, ...options });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
  });
  await page.goto(url + path);
  return page;
}

test('under a strict CSP the article page draws, answers hover and keys, and downloads', async () => {
  const page = await open('#group=luodangshen_acreage&lang=en');
  await page.waitForFunction(() => window.newsfigDemo?.widgets.length === 10);
  const box = await page.locator('#explorer canvas').boundingBox();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
  await page.locator('#explorer .nf-stage').focus();
  await page.keyboard.press('ArrowRight');
  await page.click('#explorer .nf-tool[data-tool="table"]');
  // The table comes from the tools module, imported on this first use.
  await page.waitForSelector('#explorer .nf-table:not([aria-busy]) table');
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('#explorer .nf-tool[data-tool="png"]')]);
  assert.match(png.suggestedFilename(), /\.png$/);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#explorer .nf-tool[data-tool="csv"]')]);
  assert.match(csv.suggestedFilename(), /\.csv$/);
  await page.selectOption('#explorer select[name="group"]', 'shares');
  await page.waitForTimeout(400);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('under a strict CSP the script and iframe embeds work', async () => {
  const page = await open('embed-test.html');
  await page.waitForFunction(() => ['bars', 'parts', 'dates'].every((id) => document.getElementById(id).dataset.state === 'ready'));
  await page.$eval('#editor', (e) => e.scrollIntoView());
  await page.waitForFunction(() => document.getElementById('editor').dataset.state === 'ready');
  const frame = await open('iframe-test.html');
  await frame.waitForFunction(() => Number(document.querySelector('iframe').height) > 300);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(await frame.evaluate(() => window.violations), []);
  assert.deepEqual(page.problems.filter((p) => !/missing\.json|data-src: 404|status of 404/.test(p)), []);
  assert.deepEqual(frame.problems, []);
  await page.context().close();
  await frame.context().close();
});

test('markup and script in story text stay inert text everywhere it is shown', async () => {
  const good = JSON.parse(await readFile(new URL('../../www/examples/local-story.json', import.meta.url), 'utf8'));
  const evil = '<script>window.injected = 1</script><img src=x onerror="window.injected = 2"><svg onload="window.injected = 3">';
  const story = structuredClone(good);
  story.title.en = evil;
  story.groups[0].title.en = `${evil} \u202e005`;
  story.figures[0].label.en = evil;
  story.figures[0].source.sentence = evil;
  story.figures[0].wording = evil;
  const page = await open('embed-test.html');
  const result = await page.evaluate(async ({ story, evil }) => {
    const m = await import('./pkg/newsfig.js');
    await m.default();
    const host = document.createElement('div');
    document.body.prepend(host);
    const w = m.mount(host, { story, lang: 'en', group: 'reach' });
    for (const t of ['table', 'sources', 'embed']) host.querySelector(`.nf-tool[data-tool="${t}"]`).click();
    host.querySelector('.nf-stage').focus();
    host.querySelector('.nf-stage').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    const badUrl = structuredClone(story);
    badUrl.source.url = 'javascript:alert(1)';
    let urlError = '';
    try { m.mount(document.createElement('div'), { story: badUrl }); } catch (e) { urlError = e.message; }
    // The release widget names the path; the tools module says what is wrong.
    const tools = await import('./pkg/newsfig_tools.js');
    await tools.default();
    const [urlWhy] = tools.checkStory(badUrl);
    await new Promise((r) => setTimeout(r, 300));
    return {
      injected: window.injected ?? null,
      elements: host.querySelectorAll('script, img, svg').length,
      textShown: host.textContent.includes(evil),
      overrides: host.textContent.includes('\u202e'),
      urlError,
      urlWhy,
      fragment: w.fragment(),
    };
  }, { story, evil });
  assert.equal(result.injected, null, 'no injected script ran');
  assert.equal(result.elements, 0, 'no element was made from data');
  assert.ok(result.textShown, 'the markup is shown as text');
  assert.equal(result.overrides, false, 'direction overrides removed');
  assert.equal(result.urlError, 'source.url: not valid (newsfig_tools.js: checkStory says why)');
  assert.match(result.urlWhy, /^source\.url: link "javascript:alert\(1\)" must start with http/);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  await page.context().close();
});

test('no requests beyond the widget’s own files, no cookies, no storage', async () => {
  const page = await open('');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.reload();
  await page.waitForFunction(() => window.newsfigDemo?.widgets.length === 10);
  await page.click('#explorer .nf-tool[data-tool="sources"]');
  await page.selectOption('#explorer select[name="sector"]', 'photovoltaics');
  await page.waitForTimeout(300);
  const foreign = requests.filter((r) => !r.startsWith(url));
  assert.deepEqual(foreign, []);
  assert.ok(requests.length >= 5, `${requests.length} requests`);
  assert.deepEqual(await page.context().cookies(), []);
  const storage = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
    cookie: document.cookie,
  }));
  assert.deepEqual(storage, { local: 0, session: 0, idb: 0, cookie: '' });
  await page.context().close();
});
