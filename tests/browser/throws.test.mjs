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

// Every import of the built glue that is not wrapped in wasm-bindgen's
// `handleError` (a binding without `catch`), and why no throw from it can
// leave a widget's state borrowed. A new binding without `catch` fails this
// test until it is listed here with its reason.
const WHY = {
  // The canvas's drawing calls, from plotters-canvas and our wrapper: every
  // layout and paint runs inside guard::guarded, whose Function.call catches.
  guarded: 'beginPath closePath fill fillRect lineTo moveTo stroke strokeRect set_fillStyle set_font set_lineWidth set_strokeStyle set_textAlign set_textBaseline',
  // Attribute getters and setters, and methods, that the DOM and HTML
  // standards define without exceptions for the values newsfig passes.
  spec: 'body click clientHeight clientWidth clientX clientY currentTarget devicePixelRatio disconnect getAttribute height hidden key left top width location matches name offsetHeight offsetWidth ownerDocument pointerType preventDefault remove set_className set_download set_height set_hidden set_href set_id set_name set_tabIndex set_textContent set_type set_value set_width style value observe childElementCount children firstElementChild lastElementChild item document set_readOnly set_rows',
  // createElement throws only for an invalid tag name (ours are constants);
  // `new Option`, `new ResizeObserver(function)` and `new Uint8Array` never throw.
  constructors: 'createElement new',
  // wasm-bindgen's and serde-wasm-bindgen's own glue: type tests, conversions,
  // iteration of plain values, console.error, the closure bookkeeping.
  glue: 'Error Number String __wbindgen_boolean_get __wbindgen_debug_string __wbindgen_in __wbindgen_is_function __wbindgen_is_object __wbindgen_is_string __wbindgen_is_undefined __wbindgen_jsval_eq __wbindgen_jsval_loose_eq __wbindgen_number_get __wbindgen_string_get __wbindgen_throw _wbg_cb_unref done entries error get get_unchecked get_with_ref_key instanceof_ArrayBuffer instanceof_CanvasRenderingContext2d instanceof_Error instanceof_KeyboardEvent instanceof_PointerEvent instanceof_Uint8Array isArray isSafeInteger iterator length message next now of prototypesetcall static_accessor_WINDOW set',
  // A story object's getters run only inside mount, readStory, checkStory
  // and parseStory, before a widget holds any state: a throw there reaches
  // that call's caller (listed under glue: entries, get_with_ref_key).
  // Our own snippets, which catch inside: the tools module's loader and the copy button.
  snippets: 'tool copyOnClick',
};

test('every binding without catch in the built glue is listed with why it cannot freeze a widget', async () => {
  const { readFile } = await import('node:fs/promises');
  const listed = new Set(Object.values(WHY).flatMap((names) => names.split(' ')));
  for (const product of ['newsfig', 'newsfig_bars', 'newsfig_tools', 'newsfig_editor']) {
    const glue = await readFile(new URL(`../../pkg/${product}.js`, import.meta.url), 'utf8');
    const imports = [...glue.matchAll(/__wbg_([A-Za-z0-9_]+?)_[0-9a-f]{16}:function\(([^)]*)\)\{(return [A-Za-z$_]+\(function)?/g)];
    assert.ok(imports.length > 50, `${product}: the glue's imports are found`);
    const uncaught = imports.filter((m) => !(m[3] && m[2] === '')).map((m) => m[1]);
    const caught = imports.length - uncaught.length;
    assert.deepEqual(uncaught.filter((n) => !listed.has(n)), [], `${product}: bindings without catch nobody listed`);
    if (product.startsWith('newsfig_') && product !== 'newsfig_bars') continue;
    assert.ok(caught >= 20, `${product}: ${caught} bindings with catch`);
  }
});
