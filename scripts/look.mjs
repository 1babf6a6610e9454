// Screenshots SVG files as PNGs with chromium, for looking at drawings:
// node scripts/look.mjs FILE.svg... (writes FILE.png beside each).
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const file of process.argv.slice(2)) {
  const svg = readFileSync(file, 'utf8');
  const [, w, h] = svg.match(/width="(\d+)" height="(\d+)"/) ?? [];
  await page.setViewportSize({ width: Number(w) || 640, height: Number(h) || 400 });
  await page.setContent(`<body style="margin:0">${svg}</body>`);
  await page.screenshot({ path: file.replace(/\.svg$/, '.png') });
}
await browser.close();
