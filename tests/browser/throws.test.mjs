// A call into the page that throws (a canvas blocker, a page that patched a
// DOM method) must not freeze a widget: the next event is answered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, widgetPage } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

/** A page with the acreage chart mounted, and `breakOnce(proto, name)`,
 * which makes `proto[name]` throw on its next call only. */
async function page() {
  const p = await widgetPage(env.browser, env.url);
  await p.evaluate(async () => {
    window.host = document.createElement('div');
    document.body.append(window.host);
    window.w = window.newsfig.mount(window.host, { story: window.article, group: 'luodangshen_acreage', lang: 'en' });
    const frame = () => new Promise((ok) => requestAnimationFrame(ok));
    for (let i = 0; i < 6 && window.w.marks().length === 0; i++) await frame();
    window.thrown = 0;
    window.breakOnce = (proto, name) => {
      const original = proto[name];
      proto[name] = function () { proto[name] = original; window.thrown++; throw new Error(`blocked ${name}`); };
    };
  });
  return p;
}

const tipTitle = (p) => p.evaluate(() => {
  const t = window.host.querySelector('.nf-tooltip');
  return t.hidden ? null : t.querySelector('.nf-tt-title').textContent;
});

async function hoverMark(p, i, arm = async () => {}) {
  const at = await p.evaluate((i) => {
    const [, l, t, r, b] = window.w.marks()[i];
    const box = window.host.querySelector('canvas').getBoundingClientRect();
    return { x: box.left + (l + r) / 2, y: box.top + (t + b) / 2 };
  }, i);
  await p.mouse.move(2, 2);
  await arm();
  await p.mouse.move(at.x, at.y);
  return tipTitle(p);
}

const CASES = [
  // A canvas blocker throws from a drawing call: the keyboard's focus ring repaints the chart.
  { name: 'fillRect (a canvas blocker, during a repaint)', proto: 'CanvasRenderingContext2D', method: 'fillRect',
    act: async (p, arm) => { await p.focus('.nf-stage'); await arm(); await p.keyboard.press('ArrowRight'); } },
  // measureText runs while the chart is laid out again in another language.
  { name: 'measureText (during a relayout)', proto: 'CanvasRenderingContext2D', method: 'measureText',
    act: async (p, arm) => { await arm(); await p.evaluate(() => window.w.setLang('zh')); } },
  // A page that patched getBoundingClientRect: the hover reads the canvas's box.
  { name: 'getBoundingClientRect (during a hover)', proto: 'Element', method: 'getBoundingClientRect',
    act: async (p, arm) => { await hoverMark(p, 1, arm); } },
];

for (const c of CASES) {
  test(`a throw from ${c.name} leaves the widget answering the next event`, async () => {
    const p = await page();
    const arm = () => p.evaluate(([proto, method]) => window.breakOnce(window[proto].prototype, method), [c.proto, c.method]);
    // setLang throws to its caller, as a call from the page should; events have no caller.
    await c.act(p, arm).catch(() => {});
    assert.equal(await p.evaluate(() => window.thrown), 1, 'the patched call ran and threw');
    // The next events: a hover on each mark shows its own tooltip, the keyboard walks the marks.
    const titles = [];
    for (let i = 0; i < 3; i++) titles.push(await hoverMark(p, i));
    assert.ok(titles.every((t) => t), `every mark answers a hover after the throw: ${JSON.stringify(titles)}`);
    assert.equal(new Set(titles).size, 3);
    await p.mouse.move(2, 2);
    await p.focus('.nf-stage');
    await p.keyboard.press('Home');
    const first = await tipTitle(p);
    await p.keyboard.press('ArrowRight');
    assert.notEqual(await tipTitle(p), first, 'the keyboard moves on');
    assert.ok(await p.evaluate(() => window.w.marks().length === 3), 'the widget still answers its API');
    await p.context().close();
  });
}
