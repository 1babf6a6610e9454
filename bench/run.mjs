// newsfig against uPlot, Chart.js and ECharts in headless Chromium, at 1× and
// 4× CPU slowdown, libraries shuffled in every repetition; and the bytes of
// newsfig's products against those peers' and Highcharts'. Prints medians of
// per-repetition ratios (newsfig / peer), issue 22's targets as met or not,
// and a Markdown table for the README; writes bench/results.md and
// bench/results.json. Run with `make bench` (BENCH_N=15 by default; never
// part of make test).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { summarize, printTable, judge, informative, markdown, kib } from './report.mjs';

// newsfig's products, as the release build names their files (paths from the
// repository's root). A product with `embed` is counted as its script embed
// transfers it: the embed loader (the <news-fig> element, its shadow root,
// the shared story), the glue, the Wasm and the stylesheet. The tools module
// is glue and Wasm only: a widget fetches it on a reader's first use of a
// tool (table, sources, embed snippets, CSV or SVG), which no timing does.
const LOADER = 'www/newsfig.js';
const CSS = 'www/newsfig.css';
const PRODUCTS = {
  full: { name: 'full widget', glue: 'pkg/newsfig.js', wasm: 'pkg/newsfig_bg.wasm', embed: true },
  bars: { name: 'bars-only widget', glue: 'pkg/newsfig_bars.js', wasm: 'pkg/newsfig_bars_bg.wasm', embed: true },
  tools: { name: 'tools module (on first use)', glue: 'pkg/newsfig_tools.js', wasm: 'pkg/newsfig_tools_bg.wasm', embed: false },
  line: { name: 'line build (widget + line)', glue: 'bench/pkg-line/newsfig.js', wasm: 'bench/pkg-line/newsfig_bg.wasm', embed: true },
};
// The build each kind of timed chart loads: bars as a bar chart's embed
// snippet loads them, lines from the only build that draws them.
const TIMED = { bars: 'bars', line: 'line' };

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const N = Number(process.env.BENCH_N ?? 15);
const LIBS = ['newsfig', 'uplot', 'chartjs', 'echarts'];
const PEERS = LIBS.slice(1);
// BENCH_CHARTS=line1000,line100000 measures only those (for a quicker run).
const CHARTS = process.env.BENCH_CHARTS?.split(',') ?? ['acreage', 'twelve', 'bars1000', 'line1000', 'line10000', 'line100000'];
const RATES = [1, 4];
// The peers' bytes. `bundle`: built here by esbuild from bench/src/
// (tree-shaken, minified; the timed ones draw the same bars and lines as
// newsfig; chartjs-bar is Chart.js with one bar chart only). `file`: a whole
// file as the npm package ships it, the one a newsroom loads from a CDN;
// bytes only, not timed.
const PEER_BYTES = {
  uplot: { name: 'uPlot', pkg: 'uplot', bundle: 'uplot', what: 'bars and lines, as timed' },
  chartjs: { name: 'Chart.js', pkg: 'chart.js', bundle: 'chartjs', what: 'tree-shaken bar + line, as timed' },
  'chartjs-bar': { name: 'Chart.js', pkg: 'chart.js', bundle: 'chartjs-bar', what: 'tree-shaken to one bar chart' },
  'chartjs-umd': { name: 'Chart.js', pkg: 'chart.js', file: 'dist/chart.umd.min.js', what: 'whole UMD file (CDN)' },
  echarts: { name: 'ECharts', pkg: 'echarts', bundle: 'echarts', what: 'tree-shaken bar + line, as timed' },
  highcharts: { name: 'Highcharts', pkg: 'highcharts', file: 'highcharts.js', what: 'core bundle (CDN)' },
};

// 1. Bytes, gzip -9, of every product and peer, before anything is timed.
const modules = join(here, 'node_modules');
const productFiles = (p) => (p.embed ? [LOADER, p.glue, p.wasm, CSS] : [p.glue, p.wasm]);
const missing = Object.values(PRODUCTS).flatMap(productFiles).filter((f) => !existsSync(join(root, f)));
if (missing.length) {
  console.error(`missing ${missing.join(', ')}: run scripts/build.sh and OUT=bench/pkg-line scripts/build.sh --features line first (make bench does)`);
  process.exit(1);
}
mkdirSync(join(here, 'dist'), { recursive: true });
const esbuild = join(modules, '.bin/esbuild');
for (const { bundle } of Object.values(PEER_BYTES).filter((p) => p.bundle)) {
  execFileSync(esbuild, [join(here, `src/${bundle}.js`), '--bundle', '--minify', '--format=iife', `--outfile=${join(here, `dist/${bundle}.js`)}`, '--log-level=warning']);
}
execFileSync(esbuild, [join(here, 'src/data.js'), '--bundle', '--format=esm', `--outfile=${join(here, 'dist/data.js')}`, '--log-level=warning']);
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
// Code only, for every library: each draws the same numbers, handed over by
// the page (newsfig as a story object); the article's own story, which the
// release build ships beside the Wasm, is not counted.
const products = Object.fromEntries(Object.entries(PRODUCTS).map(([id, p]) => {
  const files = Object.fromEntries(productFiles(p).map((f) => [f, gz(join(root, f))]));
  return [id, { ...p, files, bytes: Object.values(files).reduce((a, b) => a + b, 0) }];
}));
const version = (pkg) => JSON.parse(readFileSync(join(modules, pkg, 'package.json'), 'utf8')).version;
const peerBytes = Object.fromEntries(Object.entries(PEER_BYTES).map(([id, p]) => {
  const file = p.bundle ? join(here, `dist/${p.bundle}.js`) : join(modules, p.pkg, p.file);
  return [id, { ...p, version: version(p.pkg), bytes: gz(file) }];
}));

// 2. Timings.
const { server, url } = await startServer({ port: 0, mounts: [['/repo/', root], ['/', here]] });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const shuffle = (a) => { const b = [...a]; for (let i = b.length - 1; i > 0; i--) { const j = Math.floor(Math.random() * (i + 1)); [b[i], b[j]] = [b[j], b[i]]; } return b; };
// newsfig's page is told which build to load, from the product table.
const build = (chart) => { const p = PRODUCTS[TIMED[chart.startsWith('line') ? 'line' : 'bars']]; return `&glue=/repo/${p.glue}&wasm=/repo/${p.wasm}`; };

async function measure(lib, chart, rate) {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const ready = page.waitForEvent('console', { predicate: (m) => m.text() === 'bench-ready', timeout: 60000 });
  await page.goto(`${url}page.html?lib=${lib}&chart=${chart}${lib === 'newsfig' ? build(chart) : ''}`);
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
const chromiumVersion = browser.version();
await browser.close();
server.close();

// 3. The report: bytes, the timing table, the targets, the Markdown table.
const git = (...args) => { try { return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim(); } catch { return ''; } };
const commit = `${git('rev-parse', '--short', 'HEAD') || 'unknown'}${git('status', '--porcelain', '--untracked-files=no') ? ' + uncommitted changes' : ''}`;
const run = { date: new Date().toISOString(), commit, chromium: chromiumVersion, n: N, libs: LIBS, peers: PEERS, charts: CHARTS, rates: RATES, products, peerBytes };
const table = summarize(runs, run);
console.log('\nbytes, gzip -9 (code only; KiB, then each file in bytes):');
for (const p of Object.values(products)) console.log(`  newsfig ${p.name.padEnd(28)} ${kib(p.bytes).padStart(6)} KiB  (${Object.entries(p.files).map(([f, b]) => `${f} ${b}`).join(', ')})`);
for (const p of Object.values(peerBytes)) console.log(`  ${`${p.name} ${p.version}`.padEnd(36)} ${kib(p.bytes).padStart(6)} KiB  (${p.what})`);
console.log(`\nnewsfig builds timed: bars ${PRODUCTS[TIMED.bars].glue}, lines ${PRODUCTS[TIMED.line].glue}\n`);
printTable(table, run);
const targets = judge(table, run);
console.log('\ntargets (issue 22):');
for (const t of targets) console.log(`  ${t.verdict.padEnd(9)} ${t.name}: ${t.got == null ? 'n/a' : t.got.toFixed(2)} ${t.unit} (limit ${t.limit.toFixed(2)})`);
const info = informative(table, runs, run);
console.log('\nnot judged:');
for (const line of info) console.log(`  ${line}`);
const md = markdown(table, run);
console.log(`\n${md}`);
writeFileSync(join(here, 'results.md'), `${md}\n`);
writeFileSync(join(here, 'results.json'), JSON.stringify({ ...run, table, targets, informative: info, runs }, null, 1));
console.log(`\nwrote bench/results.md and bench/results.json (${runs.length} measurement rows, N=${N})`);
