// Shared set-up for browser tests of the served pages: Debian's chromium driven
// by playwright-core, our own static server on a free port, and a log of every
// console error, page error and failed request.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Starts the server (sending `headers` with every answer, such as a
 * Content-Security-Policy) and the browser; returns { url, browser, close }. */
export async function launch({ headers } = {}) {
  const { server, url } = await startServer({ port: 0, headers });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  return {
    url,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/** A new page that records problems in `page.problems`. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  // A request cancelled by a navigation (a reload) is aborted, not failed.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') page.problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => { if (r.status() >= 400) page.problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return page;
}

/** Facts about a figure's canvas, read inside the page. */
export function canvasFacts(page, selector) {
  return page.$eval(selector, (canvas) => {
    const ctx = canvas.getContext('2d');
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const colours = new Set();
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] !== 255 || data[i + 1] !== 255 || data[i + 2] !== 255) painted++;
      if (colours.size < 64) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    }
    let hash = 0;
    for (let i = 0; i < data.length; i += 97) hash = (hash * 31 + data[i]) | 0;
    const box = canvas.getBoundingClientRect();
    return {
      width: canvas.width, height: canvas.height,
      cssWidth: box.width, cssHeight: box.height,
      ratio: window.devicePixelRatio,
      paintedShare: painted / (data.length / 4), colours: colours.size, hash,
    };
  });
}

/** A blank page of the server's origin with the widget's stylesheet, the
 * widget's module loaded and initialised as `window.newsfig` and the
 * article's story as `window.article`. `rate` throttles the CPU first, so
 * that a mount after it is cold on a slow machine. */
export async function widgetPage(browser, url, { rate = 1 } = {}) {
  const page = await openPage(browser, { viewport: { width: 800, height: 900 } });
  await page.route(`${url}blank.html`, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title><link rel="stylesheet" href="newsfig.css"><body></body>' }));
  await page.goto(`${url}blank.html`);
  if (rate !== 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
  await page.evaluate(async () => {
    window.newsfig = await import('./pkg/newsfig.js');
    window.article = await (await fetch('./pkg/changzhi-2022.json')).json();
    await window.newsfig.default();
  });
  return page;
}

/** The Content-Security-Policy the embeds promise to work under. */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const require = createRequire(import.meta.url);

/** axe-core's violations on the page, as "rule: targets" lines. axe is
 * served from the page's own origin, which a strict CSP allows. */
export async function axe(page) {
  const src = `${new URL(page.url()).origin}/axe.min.js`;
  const body = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.route(src, (r) => r.fulfill({ contentType: 'text/javascript', body }));
  await page.addScriptTag({ url: src });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}
