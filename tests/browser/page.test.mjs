// What a reader sees on the served demo page (www/index.html).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, canvasFacts } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const GROUPS = [
  'cooperation_at_a_glance', 'luodangshen_acreage', 'luodangshen_returns', 'shares', 'pv_glass',
  'winter_olympics_devices', 'tsinghua_bases', 'projects_and_people', 'timeline',
];
const FIGURE = '#luodangshen';
const CANVAS = `${FIGURE} canvas`;

async function load(options, hash = '') {
  const page = await openPage(env.browser, options);
  await page.goto(env.url + hash);
  await page.waitForFunction(
    (n) => document.querySelectorAll('figure.newsfig[data-state="ready"]').length === n,
    GROUPS.length, { timeout: 15000 },
  );
  // Wait until every canvas has been drawn at its width.
  await page.waitForFunction(() => [...document.querySelectorAll('figure.newsfig canvas')].every((c) => c.width > 0 && c.width === Math.round(c.getBoundingClientRect().width * devicePixelRatio)));
  return page;
}

/** The width in device pixels of the longest vertical line drawn in exactly `rgb`. */
function verticalLineWidth(page, selector, rgb) {
  return page.$eval(selector, (canvas, [r, g, b]) => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    const counts = new Array(canvas.width).fill(0);
    for (let y = 0; y < canvas.height; y++) {
      for (let x = 0; x < canvas.width; x++) {
        const i = (y * canvas.width + x) * 4;
        if (data[i] === r && data[i + 1] === g && data[i + 2] === b) counts[x]++;
      }
    }
    const max = Math.max(...counts);
    const at = counts.indexOf(max);
    let left = at; let right = at;
    while (left > 0 && counts[left - 1] > 0.8 * max) left--;
    while (right < counts.length - 1 && counts[right + 1] > 0.8 * max) right++;
    return { width: right - left + 1, height: max };
  }, rgb);
}

test('every chart paints, and the page logs no error or failed request', async () => {
  const page = await load({ viewport: { width: 800, height: 900 } });
  const drawn = await page.$$eval('figure.newsfig', (figs) => figs.map((f) => f.dataset.group));
  assert.deepEqual(drawn, GROUPS);
  for (const group of GROUPS) {
    const facts = await canvasFacts(page, `figure[data-group="${group}"] canvas`);
    assert.ok(facts.paintedShare > 0.02, `${group}: painted share ${facts.paintedShare}`);
    assert.ok(facts.colours > 4, `${group}: only ${facts.colours} colours`);
  }
  assert.equal(await page.$$eval('.newsfig-error:not([hidden])', (e) => e.length), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('at devicePixelRatio 2 the backing store doubles and a 1 px line is 2 device px wide', async () => {
  const page = await load({ viewport: { width: 400, height: 900 }, deviceScaleFactor: 2 });
  for (const group of GROUPS) {
    const facts = await canvasFacts(page, `figure[data-group="${group}"] canvas`);
    assert.equal(facts.ratio, 2);
    assert.equal(facts.width, facts.cssWidth * 2, group);
    assert.equal(facts.height, Math.round(facts.cssHeight * 2), group);
  }
  // The bar chart's zero line: 1 CSS px in the muted grey (#595959).
  const line = await verticalLineWidth(page, CANVAS, [0x59, 0x59, 0x59]);
  assert.ok(line.height > 100, `found a line ${line.height} px tall`);
  assert.equal(line.width, 2);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('at devicePixelRatio 1 the same line is 1 device px wide, not smeared over two', async () => {
  const page = await load({ viewport: { width: 400, height: 900 }, deviceScaleFactor: 1 });
  const line = await verticalLineWidth(page, CANVAS, [0x59, 0x59, 0x59]);
  assert.equal(line.width, 1);
  await page.context().close();
});

test('switching to English redraws the chart and the page text', async () => {
  const page = await load({ viewport: { width: 800, height: 900 } });
  const zh = await canvasFacts(page, CANVAS);
  await page.click('button[data-lang="en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const en = await canvasFacts(page, CANVAS);
  assert.notEqual(en.hash, zh.hash, 'the canvas changed');
  assert.match(await page.textContent('h1'), /bookshelf/);
  assert.equal(await page.getAttribute('button[data-lang="en"]', 'aria-pressed'), 'true');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the dark theme repaints every chart on a dark ground', async () => {
  const page = await load({ viewport: { width: 800, height: 900 }, colorScheme: 'dark' });
  for (const group of GROUPS) {
    const corner = await page.$eval(`figure[data-group="${group}"] canvas`, (c) => [...c.getContext('2d').getImageData(1, 1, 1, 1).data]);
    assert.deepEqual(corner.slice(0, 3), [0x16, 0x18, 0x1c], group);
  }
  await page.selectOption('#theme', 'light');
  const corner = await page.$eval(CANVAS, (c) => [...c.getContext('2d').getImageData(1, 1, 1, 1).data]);
  assert.deepEqual(corner.slice(0, 3), [255, 255, 255]);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the log-scale button is offered only where it applies, and redraws', async () => {
  const page = await load({ viewport: { width: 800, height: 900 } }, '#group=shares');
  assert.equal(await page.$eval('#explorer .nf-log', (b) => b.hidden), true);
  await page.selectOption('#explorer select[name="group"]', 'luodangshen_acreage');
  assert.equal(await page.$eval('#explorer .nf-log', (b) => b.hidden), false);
  await page.waitForTimeout(400);
  const before = await canvasFacts(page, '#explorer canvas');
  await page.click('#explorer .nf-log');
  await page.waitForTimeout(400);
  const after = await canvasFacts(page, '#explorer canvas');
  assert.notEqual(after.hash, before.hash);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('charts redraw at a new width when their container resizes', async () => {
  const page = await load({ viewport: { width: 1000, height: 900 } });
  const wide = await canvasFacts(page, CANVAS);
  await page.setViewportSize({ width: 340, height: 900 });
  await page.waitForFunction((sel) => {
    const c = document.querySelector(sel);
    return c.width === Math.round(c.getBoundingClientRect().width * window.devicePixelRatio);
  }, CANVAS);
  const narrow = await canvasFacts(page, CANVAS);
  assert.ok(narrow.cssWidth < wide.cssWidth);
  assert.ok(narrow.paintedShare > 0.03);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('canvas calls per chart stay bounded', async () => {
  const page = await openPage(env.browser, { viewport: { width: 800, height: 900 } });
  await page.goto(`${env.url}embed-test.html`);
  const counts = await page.evaluate(async () => {
    const proto = CanvasRenderingContext2D.prototype;
    let n = 0;
    let host;
    // Only calls on the probe's own canvas count, not the page's embeds redrawing.
    const mine = (ctx) => host?.contains(ctx.canvas);
    for (const k of Object.getOwnPropertyNames(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, k);
      if (typeof d.value === 'function') { const f = d.value; proto[k] = function (...a) { if (mine(this)) n++; return f.apply(this, a); }; }
      else if (d.set) { const s = d.set; Object.defineProperty(proto, k, { ...d, set(v) { if (mine(this)) n++; s.call(this, v); } }); }
    }
    const m = await import('./pkg/newsfig.js');
    const story = await (await fetch('./pkg/changzhi-2022.json')).json();
    await m.default();
    const out = {};
    const frame = () => new Promise((ok) => requestAnimationFrame(ok));
    // The widget's stylesheet in the page itself (the embeds keep theirs in shadow roots).
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = 'newsfig.css';
    await new Promise((ok) => { css.onload = ok; document.head.append(css); });
    for (const g of ['luodangshen_acreage', 'shares', 'tsinghua_bases', 'projects_and_people', 'timeline']) {
      host = document.createElement('div');
      host.style.width = '640px';
      document.body.append(host);
      n = 0;
      // Everything the canvas is told from mount to the chart painted (within two frames).
      const w = m.mount(host, { story, group: g, lang: 'en', tools: false });
      await frame();
      await frame();
      out[g] = n;
      w.destroy();
      w.free();
      host.remove();
    }
    return out;
  });
  console.log(`canvas calls per render at 640 px: ${JSON.stringify(counts)}`);
  // Drawing goes through plotters-canvas, which sets every style a shape or
  // text needs before drawing it (src/web/backend.rs): 558, 96 and 365 calls
  // on 2026-12-06 (281, 72 and 227 with newsfig's own backend, which set a
  // style only when it changed; filter→paint at 4× CPU did not differ). The
  // acreage chart's calls are mostly its hatching, six per line. Bounds about
  // 10% over, so a change that multiplies the calls shows here. Since the
  // shares chart lost its third bar and the timeline gained two events
  // (issue 23): 567, 74 and 422. The acreage chart's annotation and
  // highlight (issue 26) took it to 651: placing the annotation measures
  // every text on the chart, which it must not cover, and its own text on
  // one line and wrapped two ways (36 more measureText calls, 12 more font
  // settings), then draws its box, its text and its leader line; the
  // highlight adds none (plotters-canvas sets every shape's colour anyway).
  assert.ok(counts.luodangshen_acreage <= 720, `${counts.luodangshen_acreage}`);
  assert.ok(counts.shares <= 82, `${counts.shares}`);
  assert.ok(counts.timeline <= 465, `${counts.timeline}`);
  await page.context().close();
});

test('annotations and footnote markers, in real fonts, overlap no text or mark and stay on the canvas', async () => {
  const page = await openPage(env.browser, { viewport: { width: 1100, height: 900 } });
  await page.goto(`${env.url}embed-test.html`);
  const result = await page.evaluate(async () => {
    // Every text the canvas draws, with its ink box as the font measures it
    // (measureText's bounding box, from the point, alignment and baseline used).
    const drawn = [];
    const proto = CanvasRenderingContext2D.prototype;
    const fill = proto.fillText;
    proto.fillText = function (text, x, y, ...rest) {
      const m = this.measureText(text);
      const t = this.getTransform();
      const box = [x - m.actualBoundingBoxLeft, y - m.actualBoundingBoxAscent, x + m.actualBoundingBoxRight, y + m.actualBoundingBoxDescent]
        .map((v, i) => (i % 2 ? v * t.d + t.f : v * t.a + t.e));
      drawn.push({ text, box, canvas: this.canvas });
      return fill.call(this, text, x, y, ...rest);
    };
    const m = await import('./pkg/newsfig.js');
    const story = await (await fetch('./pkg/changzhi-2022.json')).json();
    await m.default();
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = 'newsfig.css';
    await new Promise((ok) => { css.onload = ok; document.head.append(css); });
    const frame = () => new Promise((ok) => requestAnimationFrame(ok));
    const notes = [];
    const labels = new Set();
    for (const g of story.groups) {
      for (const a of g.annotations ?? []) notes.push(a.text.zh, a.text.en);
      for (const i of g.items) if (i.label) labels.add(i.label.zh).add(i.label.en);
    }
    const problems = [];
    const counts = {};
    for (const group of ['luodangshen_acreage', 'luodangshen_returns']) {
      for (const lang of ['zh', 'en']) {
        for (const width of [320, 640, 1000]) {
          const host = document.createElement('div');
          host.style.width = `${width}px`;
          document.body.append(host);
          drawn.length = 0;
          const w = m.mount(host, { story, group, lang, tools: false });
          for (let i = 0; i < 4 && w.marks().length === 0; i++) await frame();
          await frame();
          const canvas = host.querySelector('canvas') ?? host.shadowRoot?.querySelector('canvas');
          const mine = drawn.filter((d) => d.canvas === canvas);
          const ratio = canvas.width / canvas.getBoundingClientRect().width;
          const marks = w.marks().map(([id, l, t, r, b]) => ({ id, box: [l, t, r, b].map((v) => v * ratio) }));
          // An annotation's line (a piece of its text) or a label with a marker (①…).
          const marker = (t) => /[\u2460-\u2473]/.test(t);
          const callout = (t) => !labels.has(t) && !marker(t) && notes.some((n) => t.length > 1 && n.includes(t));
          const isNote = (t) => marker(t) || callout(t);
          const hit = (a, b) => a[0] < b[2] - 0.5 && b[0] < a[2] - 0.5 && a[1] < b[3] - 0.5 && b[1] < a[3] - 0.5;
          const at = `${group} ${lang} ${width}px`;
          let [inline, markers] = [0, 0];
          for (const [i, d] of mine.entries()) {
            if (!isNote(d.text)) continue;
            if (callout(d.text)) inline++;
            else markers++;
            const [l, t, r, b] = d.box;
            if (l < -0.5 || t < -0.5 || r > canvas.width + 0.5 || b > canvas.height + 0.5) problems.push(`${at}: ${d.text} leaves the canvas`);
            for (const [j, o] of mine.entries()) if (j !== i && hit(d.box, o.box)) problems.push(`${at}: ${d.text} overlaps ${o.text}`);
            if (!marker(d.text)) for (const mk of marks) if (hit(d.box, mk.box)) problems.push(`${at}: ${d.text} covers ${mk.id}`);
          }
          counts[at] = `${inline} callout lines, ${markers} marker texts`;
          w.destroy();
          w.free();
          host.remove();
        }
      }
    }
    return { problems, counts };
  });
  console.log(`annotations in real fonts: ${JSON.stringify(result.counts)}`);
  assert.deepEqual(result.problems, []);
  // Both ways are tested: beside the mark at 1000 px, as a numbered note at 320.
  assert.match(result.counts['luodangshen_acreage en 1000px'], /^[1-9]\d* callout/);
  assert.match(result.counts['luodangshen_returns en 320px'], /, [1-9]\d* marker/);
  await page.context().close();
});

test('mount paints once, in its own call or within two frames: not twice when mounted inside a frame, nor a third time when updated at once', async () => {
  const page = await openPage(env.browser, { viewport: { width: 800, height: 900 } });
  await page.goto(`${env.url}host-test.html`);
  const result = await page.evaluate(async () => {
    const m = await import('./pkg/newsfig.js');
    const story = await (await fetch('./pkg/changzhi-2022.json')).json();
    await m.default();
    const frame = () => new Promise((ok) => requestAnimationFrame(ok));
    // A paint starts with the background rectangle at the origin.
    let paints = 0;
    const fill = CanvasRenderingContext2D.prototype.fillRect;
    CanvasRenderingContext2D.prototype.fillRect = function (x, y, ...rest) {
      if (x === 0 && y === 0 && this.canvas.closest('.probe')) paints++;
      return fill.call(this, x, y, ...rest);
    };
    const host = () => { const h = document.createElement('div'); h.className = 'probe'; document.body.append(h); return h; };
    const out = {};
    // Plain: one paint, in mount's own call when mount is quick (src/web/draw.rs,
    // DRAW_NOW_BUDGET_MS), else within two frames; marks once painted.
    let w = m.mount(host(), { story, group: 'shares', lang: 'en', tools: false });
    out.plain = { atMount: paints, marksAtMount: w.marks().length };
    await frame();
    await frame();
    // A slow cold mount paints in the second frame's own callback, which
    // may come after this test's: read once that frame is over.
    await new Promise((ok) => setTimeout(ok));
    out.plain.after = paints;
    out.plain.marksAfter = w.marks().length;
    // Mounted from inside an animation frame: the resize observer of that
    // frame draws, and the next frame does not draw again.
    paints = 0;
    await frame();
    w = m.mount(host(), { story, group: 'shares', lang: 'en', tools: false });
    await frame();
    await frame();
    await frame();
    out.inFrame = paints;
    // Updated at once: that update draws, the frame does not (a quick mount
    // has drawn already, in its own call).
    paints = 0;
    w = m.mount(host(), { story, group: 'shares', lang: 'en', tools: false });
    out.updatedAtMount = paints;
    w.update({ lang: 'zh' });
    await frame();
    await frame();
    out.updated = paints;
    return out;
  });
  assert.ok([0, 1].includes(result.plain.atMount), `${result.plain.atMount}`);
  assert.equal(result.plain.marksAtMount > 0, result.plain.atMount === 1, 'marks once the chart is painted, none before');
  assert.equal(result.plain.after, 1);
  assert.ok(result.plain.marksAfter > 0);
  assert.equal(result.inFrame, 1, 'mounted inside a frame: painted once');
  assert.equal(result.updated - result.updatedAtMount, 1, 'updated at once: painted once more, by the update');
  await page.context().close();
});
