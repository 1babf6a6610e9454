// Long sessions: 10,000 filter changes with resizes, 10,000 hovers and 100
// mount/destroy cycles leave Wasm memory and the JS heap flat.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { CHROMIUM, openPage } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';

let server;
let url;
let browser;
before(async () => {
  ({ server, url } = await startServer({ port: 0 }));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
});
after(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
});

test('memory stays flat through 10,000 changes, 10,000 hovers and 100 mount/destroy cycles after 10', async () => {
  const page = await openPage(browser, { viewport: { width: 900, height: 900 } });
  await page.goto(`${url}embed-test.html`);
  const r = await page.evaluate(async () => {
    const m = await import('./pkg/newsfig.js');
    // The module's one memory, found by its type rather than its export's name.
    const memory = Object.values(await m.default()).find((e) => e instanceof WebAssembly.Memory);
    const measure = () => { window.gc(); return { wasm: memory.buffer.byteLength, heap: performance.memory.usedJSHeapSize }; };
    const host = document.createElement('div');
    document.body.prepend(host);
    const story = await (await fetch('./pkg/changzhi-2022.json')).json();
    const w = m.mount(host, { story, group: 'luodangshen_acreage', controls: true, lang: 'en' });
    const sectors = ['', 'medicinal_herbs', 'photovoltaics', 'optoelectronics', 'modern_agriculture'];
    const groups = ['luodangshen_acreage', 'shares', 'timeline', 'tsinghua_bases', 'cooperation_at_a_glance'];
    const run = (from, to) => {
      for (let i = from; i < to; i++) {
        host.style.width = `${320 + (i % 7) * 90}px`;
        w.update({ group: groups[i % groups.length], sector: sectors[(i >> 2) % sectors.length] });
      }
    };
    run(0, 1000);
    const warm = measure();
    run(1000, 10000);
    const canvas = host.querySelector('canvas');
    const box = canvas.getBoundingClientRect();
    for (let i = 0; i < 10000; i++) {
      canvas.dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + (i * 37) % box.width, clientY: box.top + (i * 53) % box.height, pointerType: 'mouse', bubbles: true }));
    }
    const afterWork = measure();
    w.destroy();
    w.free();
    const cycle = (n) => {
      for (let i = 0; i < n; i++) {
        const x = m.mount(host, { story, group: groups[i % groups.length], controls: true });
        x.destroy();
        x.free();
      }
    };
    // The first Chinese widgets need blocks of sizes the English one did not;
    // the allocator keeps freed blocks per size, so it settles after a few.
    cycle(10);
    const cyclesWarm = measure();
    cycle(100);
    const end = measure();
    return { warm, afterWork, cyclesWarm, end, children: host.childElementCount };
  });
  const mb = (b) => (b / 1048576).toFixed(2);
  console.log(`Wasm memory: ${mb(r.warm.wasm)} MiB after 1,000 changes, ${mb(r.afterWork.wasm)} MiB after 10,000 changes and 10,000 hovers, ${mb(r.cyclesWarm.wasm)} MiB after 10 mount/destroy cycles, ${mb(r.end.wasm)} MiB after 100 more`);
  console.log(`JS heap: ${mb(r.warm.heap)} MiB, ${mb(r.afterWork.heap)} MiB, ${mb(r.end.heap)} MiB`);
  assert.equal(r.children, 0, 'destroy leaves nothing behind');
  assert.equal(r.afterWork.wasm, r.warm.wasm, 'Wasm memory did not grow');
  assert.equal(r.end.wasm, r.cyclesWarm.wasm, 'nor through 100 mount/destroy cycles');
  assert.ok(r.end.wasm <= r.warm.wasm + 2 * 65536, 'at most two pages more than the first widget needed');
  assert.ok(r.end.heap < r.warm.heap + 2 * 1048576, 'JS heap within 2 MiB of where it started');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a widget whose handle the page drops keeps working after garbage collection', async () => {
  const page = await openPage(browser, { viewport: { width: 900, height: 900 } });
  await page.goto(`${url}embed-test.html`);
  const r = await page.evaluate(async () => {
    const m = await import('./pkg/newsfig.js');
    await m.default();
    const story = await (await fetch('./pkg/changzhi-2022.json')).json();
    const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: 'newsfig.css' });
    await new Promise((done) => { css.onload = done; document.head.append(css); });
    const host = document.createElement('div');
    document.body.prepend(host);
    // The returned object is not kept, as a page that only mounts might do.
    m.mount(host, { story, group: 'luodangshen_acreage', lang: 'en' });
    const frames = (n) => new Promise((done) => { const step = (k) => (k ? requestAnimationFrame(() => step(k - 1)) : done()); step(n); });
    await frames(3);
    // Collect, then let the finalisers run (they come in a later task).
    for (let i = 0; i < 5; i++) { window.gc(); await new Promise((done) => setTimeout(done, 20)); }
    host.style.width = '500px';
    await frames(3);
    const canvas = host.querySelector('canvas');
    const box = canvas.getBoundingClientRect();
    let shown = false;
    for (let y = box.top + 5; y < box.bottom && !shown; y += 8) {
      for (let x = box.left + 5; x < box.right && !shown; x += 16) {
        canvas.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType: 'mouse', bubbles: true }));
        shown = !host.querySelector('.nf-tooltip').hidden;
      }
    }
    return { shown, width: canvas.getBoundingClientRect().width };
  });
  assert.ok(r.shown, 'a hover still shows a tooltip');
  assert.equal(Math.round(r.width), 500, 'a resize still redraws at the new width');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
