// newsfig against uPlot, Chart.js and ECharts in headless Chromium, at 1× and
// 4× CPU slowdown, libraries shuffled in every repetition. Prints medians of
// per-repetition ratios (newsfig / peer) and writes bench/results.json.
// Run with `make bench` (BENCH_N=15 by default; never part of make test).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const N = Number(process.env.BENCH_N ?? 15);
const LIBS = ['newsfig', 'uplot', 'chartjs', 'echarts'];
const PEERS = LIBS.slice(1);
// BENCH_CHARTS=line1000,line100000 measures only those (for a quicker run).
const CHARTS = process.env.BENCH_CHARTS?.split(',') ?? ['acreage', 'twelve', 'bars1000', 'line1000', 'line10000', 'line100000'];
const RATES = [1, 4];

// 1. Bundles, tree-shaken and minified, and the bytes each page needs.
mkdirSync(join(here, 'dist'), { recursive: true });
const esbuild = join(here, 'node_modules/.bin/esbuild');
// chartjs-bar: Chart.js with one bar chart, for the bytes target only.
for (const lib of [...PEERS, 'chartjs-bar']) {
  execFileSync(esbuild, [join(here, `src/${lib}.js`), '--bundle', '--minify', '--format=iife', `--outfile=${join(here, `dist/${lib}.js`)}`, '--log-level=warning']);
}
execFileSync(esbuild, [join(here, 'src/data.js'), '--bundle', '--format=esm', `--outfile=${join(here, 'dist/data.js')}`, '--log-level=warning']);
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
// Code only, for every library: each draws the same numbers, handed over by
// the page (newsfig as a story object); the article's own story, which the
// release build ships beside the Wasm, is not fetched here. newsfig's count
// is what its script embed transfers: the embed loader (www/newsfig.js: the
// <news-fig> element, its shadow root, the shared story), the glue, the Wasm
// and the stylesheet. (Before 2026-12-06 it left the loader out, 1.7 KiB,
// which a Chart.js page replaces with a few lines of its own.)
const embed = (glue, wasm) => gz(join(root, 'www/newsfig.js')) + gz(glue) + gz(wasm) + gz(join(root, 'www/newsfig.css'));
const bytes = {
  newsfig: embed(join(root, 'pkg/newsfig.js'), join(root, 'pkg/newsfig_bg.wasm')),
  ...Object.fromEntries(PEERS.map((lib) => [lib, gz(join(here, `dist/${lib}.js`))])),
};
// Chart.js with one bar chart only, the bundle the bytes target names: the
// timed Chart.js bundle also carries its line chart and decimation for the
// line rows, which newsfig's widget leaves to the line build below.
const chartjsBar = gz(join(here, 'dist/chartjs-bar.js'));
// The tools module, which a widget fetches only when a reader first opens its
// table, sources or embed snippets or downloads a CSV or SVG (none of the
// measurements below does): reported beside the total, not in it.
const toolsBytes = gz(join(root, 'pkg/newsfig_tools_bg.wasm')) + gz(join(root, 'pkg/newsfig_tools.js'));
// The widget built for bar charts alone (the other chart kinds' features
// off), as Chart.js is tree-shaken to one bar chart: the build a bar chart's
// embed snippets load (pkg/newsfig_bars.js), the same widget otherwise
// (filters, tooltip, keyboard, description, tools). Bytes only.
const barsBytes = embed(join(root, 'pkg/newsfig_bars.js'), join(root, 'pkg/newsfig_bars_bg.wasm'));
// The build the line rows use: the widget plus the `line` feature.
const lineBytes = embed(join(here, 'pkg-line/newsfig.js'), join(here, 'pkg-line/newsfig_bg.wasm'));

// 2. Measurements.
const { server, url } = await startServer({ port: 0, mounts: [['/pkg/', join(root, 'pkg')], ['/pkg-line/', join(here, 'pkg-line')], ['/', here]] });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const shuffle = (a) => { const b = [...a]; for (let i = b.length - 1; i > 0; i--) { const j = Math.floor(Math.random() * (i + 1)); [b[i], b[j]] = [b[j], b[i]]; } return b; };

async function measure(lib, chart, rate) {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const ready = page.waitForEvent('console', { predicate: (m) => m.text() === 'bench-ready', timeout: 60000 });
  await page.goto(`${url}page.html?lib=${lib}&chart=${chart}`);
  await ready;
  const r = await page.evaluate(async (chart) => {
    const b = window.bench;
    // A chart the library does not draw has no figures at all.
    if (!b.supported) return { supported: false };
    const frame = () => new Promise((ok) => requestAnimationFrame(() => ok()));
    // Long-task entries arrive after their task ends: let the first frame's land.
    await frame();
    await frame();
    // Load: tasks that began before the first chart was seen painted (the paint's own task included).
    const load = b.longTasks.filter(([start]) => start < b.lookedAt).map(([, d]) => d);
    const out = { supported: true, firstPaint: b.firstPaint, calls: b.calls, longTasks: load.filter((d) => d > 50).length, longest: Math.max(0, ...load) };
    const { ACREAGE_FILTERED, TWELVE } = await import('/dist/data.js');
    if (chart.startsWith('line') || chart === 'bars1000') {
      // A full redraw, timed to the end of the work it queues (uPlot commits
      // in a microtask), as the median of 15 after 3 unmeasured; waiting for
      // the next frame would mostly time the wait.
      const times = [];
      for (let i = 0; i < 18; i++) {
        await frame();
        const t = performance.now();
        b.handle.redraw();
        await null;
        if (i >= 3) times.push(performance.now() - t);
      }
      times.sort((x, y) => x - y);
      out.redraw = times[times.length >> 1];
      return out;
    }
    let t = performance.now();
    b.handle.update(chart === 'acreage' ? ACREAGE_FILTERED : { ...TWELVE, values: TWELVE.values.map((v) => v + 1) });
    await frame();
    out.filterPaint = performance.now() - t;
    await frame();
    const p = b.handle.point(1);
    t = performance.now();
    const target = document.elementFromPoint(p.x, p.y) ?? document.querySelector('#chart canvas') ?? document.getElementById('chart');
    for (const type of ['pointermove', 'mousemove']) {
      target.dispatchEvent(new (type === 'pointermove' ? PointerEvent : MouseEvent)(type, { clientX: p.x, clientY: p.y, bubbles: true, pointerType: 'mouse' }));
    }
    for (let i = 0; i < 4 && !b.handle.tooltipShown(); i++) await frame();
    out.hover = b.handle.tooltipShown() ? performance.now() - t : null;
    return out;
  }, chart);
  await context.close();
  return r;
}

const runs = [];
for (const rate of RATES) {
  for (let rep = 0; rep < N; rep++) {
    for (const chart of CHARTS) {
      const row = {};
      for (const lib of shuffle(LIBS)) {
        try {
          row[lib] = await measure(lib, chart, rate);
        } catch (err) {
          row[lib] = { error: String(err).split('\n')[0] };
          process.stderr.write(`${lib} ${chart} ${rate}×: ${row[lib].error}\n`);
        }
      }
      runs.push({ rate, rep, chart, row });
    }
    process.stderr.write(`rate ${rate}×: repetition ${rep + 1}/${N}\r`);
  }
}
await browser.close();
server.close();

// 3. Medians of per-repetition ratios.
const median = (xs) => { const s = xs.filter((x) => x != null && Number.isFinite(x)).sort((a, b) => a - b); return s.length ? s[s.length >> 1] : null; };
const METRICS = [['firstPaint', 'script start → first chart (ms)'], ['filterPaint', 'filter change → paint (ms)'], ['hover', 'pointer move → tooltip (ms)'], ['calls', 'canvas calls, first render'], ['redraw', 'full redraw (ms)'], ['longTasks', 'long tasks > 50 ms during load'], ['longest', 'longest task during load (ms, 0 if none over 50)']];
const table = [];
for (const rate of RATES) {
  for (const chart of CHARTS) {
    for (const [metric, label] of METRICS) {
      const rows = runs.filter((r) => r.rate === rate && r.chart === chart);
      const values = Object.fromEntries(LIBS.map((lib) => [lib, median(rows.map((r) => r.row[lib][metric]))]));
      if (LIBS.every((lib) => values[lib] == null)) continue;
      const ratios = Object.fromEntries(PEERS.map((peer) => [peer, median(rows.map((r) => (r.row.newsfig[metric] != null && r.row[peer][metric] ? r.row.newsfig[metric] / r.row[peer][metric] : null)))]));
      table.push({ rate, chart, metric: label, values, ratios });
    }
  }
}
const fmt = (v) => (v == null ? 'n/a' : v >= 100 ? v.toFixed(0) : v.toFixed(2));
console.log(`\nbytes gzipped: ${LIBS.map((l) => `${l} ${(bytes[l] / 1024).toFixed(1)} KiB`).join(', ')}`);
console.log(`ratio newsfig/peer: ${PEERS.map((p) => `${p} ${(bytes.newsfig / bytes[p]).toFixed(2)}`).join(', ')}`);
console.log(`Chart.js tree-shaken to one bar chart: ${(chartjsBar / 1024).toFixed(1)} KiB (newsfig ${(bytes.newsfig / chartjsBar).toFixed(2)}×; newsfig's bars-only build, which a bar chart's snippet loads, ${(barsBytes / 1024).toFixed(1)} KiB, ${(barsBytes / chartjsBar).toFixed(2)}×)`);
console.log(`the tools module, on a reader's first use of one: ${(toolsBytes / 1024).toFixed(1)} KiB more (${((bytes.newsfig + toolsBytes) / 1024).toFixed(1)} KiB in all, ${((bytes.newsfig + toolsBytes) / bytes.chartjs).toFixed(2)}× Chart.js)`);
console.log(`with the line chart (the line rows' build): ${(lineBytes / 1024).toFixed(1)} KiB\n`);
console.log(['CPU', 'chart', 'metric', ...LIBS, ...PEERS.map((p) => `÷${p}`)].join('\t'));
for (const t of table) console.log([`${t.rate}×`, t.chart, t.metric, ...LIBS.map((l) => fmt(t.values[l])), ...PEERS.map((p) => fmt(t.ratios[p]))].join('\t'));

// 4. Issue 7's targets, each met or not by this run.
const cell = (rate, chart, metric) => table.find((t) => t.rate === rate && t.chart === chart && t.metric.startsWith(metric));
const worst = (rows, pick) => { const v = rows.filter(Boolean).map(pick).filter((x) => x != null); return v.length ? Math.max(...v) : null; };
const bars = ['acreage', 'twelve'].filter((c) => CHARTS.includes(c));
const targets = [
  // One bar chart's embed loads the bars-only build; a page with other kinds
  // of chart the full widget, set against the Chart.js bundle that draws
  // more than bars (its bar and line charts). The full widget against one
  // bar chart's Chart.js is printed above, not judged.
  ["a bar chart's embed (bars-only build) at or below Chart.js tree-shaken to one bar chart", barsBytes / 1024, chartjsBar / 1024, 'KiB', (a, b) => a <= b],
  ['the full widget at or below the timed Chart.js bundle (bar and line)', bytes.newsfig / 1024, bytes.chartjs / 1024, 'KiB', (a, b) => a <= b],
  ['first chart no slower than uPlot (worst ratio, bar charts, 1× and 4×)', worst(RATES.flatMap((r) => bars.map((c) => cell(r, c, 'script start'))), (t) => t.ratios.uplot), 1, '× uPlot', (a, b) => a <= b],
  ['filter change → paint within a frame at 4× (worst median)', worst(bars.map((c) => cell(4, c, 'filter change')), (t) => t.values.newsfig), 16.7, 'ms', (a, b) => a <= b],
  ['pointer move → tooltip within a frame at 4× (worst median)', worst(bars.map((c) => cell(4, c, 'pointer move')), (t) => t.values.newsfig), 16.7, 'ms', (a, b) => a <= b],
  ['no long task over 50 ms at 4× (worst median count)', worst(CHARTS.map((c) => cell(4, c, 'long tasks')), (t) => t.values.newsfig), 0, 'tasks', (a, b) => a <= b],
  ['at most 150 canvas calls for 12 bars', cell(1, 'twelve', 'canvas calls')?.values.newsfig, 150, 'calls', (a, b) => a <= b],
  ['a 100k-point line no slower than uPlot (full redraw, worst of 1× and 4×)', worst(RATES.map((r) => cell(r, 'line100000', 'full redraw')), (t) => t.ratios.uplot), 1, '× uPlot', (a, b) => a <= b],
];
console.log('\ntargets:');
for (const [name, got, limit, unit, ok] of targets) {
  const verdict = got == null ? 'not measured in this run' : ok(got, limit) ? 'met' : 'NOT met';
  console.log(`  ${verdict.padEnd(9)} ${name}: ${got == null ? 'n/a' : got.toFixed(2)} ${unit} (limit ${Number(limit.toFixed(1))})`);
}
writeFileSync(join(here, 'results.json'), JSON.stringify({ date: new Date().toISOString(), n: N, bytes, chartjsBar, barsBytes, toolsBytes, lineBytes, table, targets: targets.map(([name, got, limit, unit]) => ({ name, got, limit, unit })), runs }, null, 1));
console.log(`\nwrote bench/results.json (${runs.length} measurement rows, N=${N})`);
