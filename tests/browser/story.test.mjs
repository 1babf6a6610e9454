// One story, several charts: `readStory` checks a story once and its
// `mount` draws charts from it, as the script embed and the article page do.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, widgetPage } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

test('a story read once mounts several charts, which keep working once the handle is freed', async () => {
  const page = await widgetPage(env.browser, env.url);
  const seen = await page.evaluate(async () => {
    const { newsfig: m, article: json } = window;
    const frame = () => new Promise((ok) => requestAnimationFrame(ok));
    const story = m.readStory(json);
    const groups = ['luodangshen_acreage', 'shares', 'timeline'];
    const widgets = groups.map((group) => {
      const host = document.createElement('div');
      document.body.append(host);
      return story.mount(host, { group, lang: 'en', tools: false });
    });
    story.free();
    for (let i = 0; i < 5 && widgets.some((w) => w.marks().length === 0); i++) await frame();
    const marks = widgets.map((w) => w.marks().length);
    widgets[0].update({ lang: 'zh' });
    await frame();
    return { marks, fragment: widgets[0].fragment(), marksAfter: widgets[0].marks().length, titles: [...document.querySelectorAll('.nf-stage')].map((s) => s.getAttribute('aria-label')) };
  });
  assert.ok(seen.marks.every((n) => n > 0), JSON.stringify(seen.marks));
  assert.ok(seen.fragment.includes('lang=zh') && seen.marksAfter > 0);
  assert.equal(new Set(seen.titles).size, 3, 'three different charts');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('readStory throws on a bad story naming the path, as mount does', async () => {
  const page = await widgetPage(env.browser, env.url);
  const seen = await page.evaluate(() => {
    const { newsfig: m, article: json } = window;
    const bad = structuredClone(json);
    const range = bad.figures.findIndex((f) => f.value.qualifier === 'range');
    [bad.figures[range].value.low, bad.figures[range].value.high] = [bad.figures[range].value.high, bad.figures[range].value.low];
    const message = (f) => { try { f(); return null; } catch (e) { return e.message; } };
    return {
      range,
      read: message(() => m.readStory(bad)),
      mount: message(() => m.mount(document.body, { story: bad })),
      notAnObject: message(() => m.readStory('{}')),
    };
  });
  assert.match(seen.read, new RegExp(`^figures\\[${seen.range}\\]\\.value`));
  assert.equal(seen.read, seen.mount);
  assert.ok(seen.notAnObject?.length > 0, 'a string is not a story');
  await page.context().close();
});
