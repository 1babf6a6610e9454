// Shared set-up for browser tests of the served pages: Debian's chromium driven
// by playwright-core, our own static server on a free port, and a log of every
// console error, page error and failed request.
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Starts the server and the browser; returns { url, browser, close }. */
export async function launch() {
  const { server, url } = await startServer({ port: 0 });
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
