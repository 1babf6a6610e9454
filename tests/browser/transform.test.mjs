// A chart inside a container scaled with a CSS transform (a CMS preview, a
// slide that fits itself to the screen): every mark can be hovered and
// tapped, each answers for itself, and the tooltip sits beside its mark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, widgetPage } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const SCALED = '.nf-test-scaled { width: 640px; transform-origin: 0 0; margin: 8px 0 0 24px; }\n'
  + '.nf-test-half { transform: scale(0.5); }\n.nf-test-grow { transform: scale(1.5); }';

/** Mounts three charts (3 bars, 3 ranges, 13 dated events) in containers
 * scaled by `scale`; returns the page. */
async function scaledPage(scale) {
  const page = await widgetPage(env.browser, env.url);
  await page.route(`${env.url}scaled.css`, (r) => r.fulfill({ contentType: 'text/css', body: SCALED }));
  await page.evaluate(async (scale) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: 'scaled.css' });
    await new Promise((ok) => { link.onload = ok; document.head.append(link); });
    window.charts = [];
    for (const group of ['luodangshen_acreage', 'luodangshen_returns', 'timeline']) {
      const host = document.createElement('div');
      host.className = `nf-test-scaled ${scale < 1 ? 'nf-test-half' : 'nf-test-grow'}`;
      document.body.append(host);
      window.charts.push({ host, group, widget: window.newsfig.mount(host, { story: window.article, group, lang: 'en' }) });
    }
    const frame = () => new Promise((ok) => requestAnimationFrame(ok));
    for (let i = 0; i < 6 && window.charts.some((c) => c.widget.marks().length === 0); i++) await frame();
  }, scale);
  return page;
}

/** Mark `i` of chart `c` on screen: its centre and box in page pixels,
 * and its figure id. marks() gives the canvas's own CSS pixels, which the
 * transform scales. */
function markOnScreen(page, c, i) {
  return page.evaluate(([c, i]) => {
    const { host, widget } = window.charts[c];
    const canvas = host.querySelector('canvas');
    const at = () => {
      const box = canvas.getBoundingClientRect();
      const k = box.width / canvas.offsetWidth;
      const [id, l, t, r, b] = widget.marks()[i];
      return {
        id, count: widget.marks().length,
        x: box.left + ((l + r) / 2) * k, y: box.top + ((t + b) / 2) * k,
        box: { left: box.left + l * k, top: box.top + t * k, right: box.left + r * k, bottom: box.top + b * k },
      };
    };
    // The mark in the middle of the window, which the mouse can reach.
    window.scrollBy(0, at().y - innerHeight / 2);
    return at();
  }, [c, i]);
}

const tip = (page, c) => page.evaluate((c) => {
  const t = window.charts[c].host.querySelector('.nf-tooltip');
  return { hidden: t.hidden, title: t.firstElementChild?.textContent ?? '', rect: t.getBoundingClientRect().toJSON() };
}, c);

/** The English title a tooltip gives item `id` of chart `c`: the item's own label, else its figure's or event's. */
const label = (page, c, id) => page.evaluate(([c, id]) => {
  const group = window.article.groups.find((g) => g.id === window.charts[c].group);
  const item = group.items.find((it) => it.id === id);
  return (item?.label ?? [...window.article.figures, ...window.article.events].find((f) => f.id === id)?.label)?.en;
}, [c, id]);

for (const scale of [0.5, 1.5]) {
  test(`at transform: scale(${scale}) every mark answers a hover for itself, its tooltip beside it`, async () => {
    const page = await scaledPage(scale);
    const wrong = [];
    let seen = 0;
    for (const c of [0, 1, 2]) {
      const { count } = await markOnScreen(page, c, 0);
      assert.ok(count >= 3, `chart ${c} has marks`);
      for (let i = 0; i < count; i++, seen++) {
        const m = await markOnScreen(page, c, i);
        await page.mouse.move(m.x, m.y);
        const t = await tip(page, c);
        const want = await label(page, c, m.id);
        // Below the mark or above it, and overlapping it sideways.
        const near = (Math.abs(t.rect.top - m.box.bottom) < 24 * scale || Math.abs(t.rect.bottom - m.box.top) < 24 * scale)
          && t.rect.left < m.box.right && t.rect.right > m.box.left;
        if (t.hidden) wrong.push(`chart ${c} mark ${i}: no tooltip`);
        else if (t.title !== want) wrong.push(`chart ${c} mark ${i}: answered "${t.title}" for "${want}"`);
        else if (!near) wrong.push(`chart ${c} mark ${i}: tooltip ${JSON.stringify(t.rect)} away from ${JSON.stringify(m.box)}`);
        await page.mouse.move(2, 2);
      }
    }
    assert.deepEqual(wrong, [], `${wrong.length} of ${seen} marks wrong`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('at transform: scale(0.5) a tap on each mark pins its own tooltip', async () => {
  const p = await scaledPage(0.5);
  const cdp = await p.context().newCDPSession(p);
  const count = (await markOnScreen(p, 0, 0)).count;
  for (let i = 0; i < count; i++) {
    const m = await markOnScreen(p, 0, i);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: m.x, y: m.y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    const t = await tip(p, 0);
    assert.equal(t.title, await label(p, 0, m.id), `tap on mark ${i} (${m.id})`);
  }
  assert.deepEqual(p.problems, []);
  await p.context().close();
});
