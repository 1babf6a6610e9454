// A cold mount on a slow phone (Chromium's CPU throttled 6×): the first
// frame lays out only the widget's DOM, the chart's layout runs in a task
// after it, and the chart is still painted exactly once, whatever the page
// does in between. (How long the tasks take is the benchmark's business,
// never asserted here.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, widgetPage } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

/** A cold mount on a blank page of the server's origin, throttled; then
 * what the page does next (`then`: 'wait', 'destroy' or 'update'), and what it saw. */
async function coldMount(then) {
  const page = await widgetPage(env.browser, env.url, { rate: 6 });
  const seen = await page.evaluate(async (then) => {
    const { newsfig: m, article: story } = window;
    await new Promise((ok) => setTimeout(ok));
    let paints = 0;
    const fill = CanvasRenderingContext2D.prototype.fillRect;
    CanvasRenderingContext2D.prototype.fillRect = function (x, y, ...rest) {
      if (x === 0 && y === 0) paints++; // a paint starts with the background
      return fill.call(this, x, y, ...rest);
    };
    const frame = () => new Promise((ok) => requestAnimationFrame(ok));
    const host = document.createElement('div');
    document.body.append(host);
    const w = m.mount(host, { story, group: 'luodangshen_acreage', lang: 'en', tools: false });
    const canvas = host.querySelector('canvas');
    await frame();
    const first = { width: canvas.width, paints, marks: w.marks().length };
    if (then === 'destroy') {
      w.destroy();
      w.free();
      for (let i = 0; i < 4; i++) await frame();
      return { first, paints, attached: canvas.isConnected };
    }
    if (then === 'update') w.update({ lang: 'zh' });
    for (let i = 0; i < 6 && w.marks().length === 0; i++) await frame();
    await frame();
    return { first, paints, marks: w.marks().length, width: canvas.width, view: w.fragment() };
  }, then);
  assert.deepEqual(page.problems, []);
  await page.context().close();
  return seen;
}

const UNDRAWN = { width: 300, paints: 0, marks: 0 };

test('at 6× CPU the first frame leaves the chart\'s layout to a task after it, and the chart is painted once', async () => {
  const seen = await coldMount('wait');
  assert.deepEqual(seen.first, UNDRAWN, 'nothing laid out in the first frame');
  assert.equal(seen.paints, 1, 'painted once');
  assert.ok(seen.marks > 0 && seen.width !== 300, JSON.stringify(seen));
});

test('destroyed before that task, the widget draws nothing and nothing fails', async () => {
  const seen = await coldMount('destroy');
  assert.deepEqual(seen, { first: UNDRAWN, paints: 0, attached: false });
});

test('updated before that task, the chart is drawn once, as updated', async () => {
  const seen = await coldMount('update');
  assert.deepEqual(seen.first, UNDRAWN);
  assert.equal(seen.paints, 1, 'painted once');
  assert.ok(seen.marks > 0 && seen.view.includes('lang=zh'), JSON.stringify(seen));
});
