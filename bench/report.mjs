// What bench/run.mjs prints and writes from its measurements: medians per
// chart and CPU rate, issue 22's targets judged, the lines reported without a
// verdict, and the Markdown table for the README. `run` is the run's context
// (libraries, charts, rates, bytes of newsfig's products and of the peers).

export const METRICS = {
  firstPaint: 'script start → first chart (ms)',
  filterPaint: 'filter change → paint (ms)',
  hover: 'pointer move → tooltip (ms)',
  calls: 'canvas calls, first render',
  redraw: 'full redraw (ms)',
  longTasks: 'long tasks > 50 ms during load',
  longest: 'longest task during load (ms, 0 if none over 50)',
};
const CHART_NAMES = { acreage: '3 bars', twelve: '12 bars', bars1000: '1,000 bars', line1000: '1k-point line', line10000: '10k-point line', line100000: '100k-point line' };
const BAR_CHARTS = ['acreage', 'twelve'];
// A frame at 60 Hz.
const FRAME = 16.7;

const median = (xs) => { const s = xs.filter((x) => x != null && Number.isFinite(x)).sort((a, b) => a - b); return s.length ? s[s.length >> 1] : null; };
const worst = (xs) => { const v = xs.filter((x) => x != null); return v.length ? Math.max(...v) : null; };
const fmt = (v) => (v == null ? 'n/a' : v >= 100 ? v.toFixed(0) : v.toFixed(2));
export const kib = (b) => (b / 1024).toFixed(1);
const times = (r) => (r == null ? 'n/a' : `${r.toFixed(2)}×`);

/** Medians of each metric per CPU rate and chart, and the medians of the
 * per-repetition ratios newsfig / peer (a ratio of medians would pair
 * different repetitions). */
export function summarize(runs, { libs, peers, charts, rates }) {
  const table = [];
  for (const rate of rates) {
    for (const chart of charts) {
      const rows = runs.filter((r) => r.rate === rate && r.chart === chart);
      for (const [metric, label] of Object.entries(METRICS)) {
        const values = Object.fromEntries(libs.map((lib) => [lib, median(rows.map((r) => r.row[lib][metric]))]));
        if (libs.every((lib) => values[lib] == null)) continue;
        const ratio = (peer) => (r) => (r.row.newsfig[metric] != null && r.row[peer][metric] ? r.row.newsfig[metric] / r.row[peer][metric] : null);
        const ratios = Object.fromEntries(peers.map((peer) => [peer, median(rows.map(ratio(peer)))]));
        table.push({ rate, chart, metric, label, values, ratios });
      }
    }
  }
  return table;
}

const cell = (table, rate, chart, metric) => table.find((t) => t.rate === rate && t.chart === chart && t.metric === metric);

export function printTable(table, { libs, peers }) {
  console.log(['CPU', 'chart', 'metric', ...libs, ...peers.map((p) => `÷${p}`)].join('\t'));
  for (const t of table) console.log([`${t.rate}×`, t.chart, t.label, ...libs.map((l) => fmt(t.values[l])), ...peers.map((p) => fmt(t.ratios[p]))].join('\t'));
}

/** Issue 22's goals, each met or not by this run. */
export function judge(table, { charts, rates, products, peerBytes }) {
  const bars = BAR_CHARTS.filter((c) => charts.includes(c));
  const newsfigAt4 = (metric) => worst(bars.map((c) => cell(table, 4, c, metric)?.values.newsfig));
  const goals = [
    ["the full widget at or below Highcharts' core bundle (measured)", products.full.bytes / 1024, peerBytes.highcharts.bytes / 1024, 'KiB'],
    ['first chart no slower than uPlot (worst ratio, bar charts, 1× and 4×)', worst(rates.flatMap((r) => bars.map((c) => cell(table, r, c, 'firstPaint')?.ratios.uplot))), 1, '× uPlot'],
    ['filter change → paint within a frame at 4× (worst median, bar charts)', newsfigAt4('filterPaint'), FRAME, 'ms'],
    ['pointer move → tooltip within a frame at 4× (worst median, bar charts)', newsfigAt4('hover'), FRAME, 'ms'],
  ];
  return goals.map(([name, got, limit, unit]) => ({ name, got, limit, unit, verdict: got == null ? 'not measured in this run' : got <= limit ? 'met' : 'NOT met' }));
}

/** The lines printed without a verdict: each product against Chart.js, and
 * what issue 7's targets watched (canvas calls, the 100k line, long tasks). */
export function informative(table, runs, { libs, rates, products, peerBytes }) {
  const umd = peerBytes['chartjs-umd'];
  const shaken = peerBytes.chartjs;
  const lines = Object.values(products).map((p) => `${p.name} ${kib(p.bytes)} KiB: ${times(p.bytes / umd.bytes)} Chart.js's whole UMD file (${kib(umd.bytes)} KiB), ${times(p.bytes / shaken.bytes)} Chart.js tree-shaken to bar + line (${kib(shaken.bytes)} KiB)`);
  const bar = peerBytes['chartjs-bar'];
  lines.push(`bars-only widget ÷ Chart.js tree-shaken to one bar chart (${kib(bar.bytes)} KiB): ${times(products.bars.bytes / bar.bytes)}`);
  const all = products.full.bytes + products.tools.bytes;
  lines.push(`full widget + tools module, once a reader opens a tool: ${kib(all)} KiB (${times(all / umd.bytes)} Chart.js UMD, ${times(all / peerBytes.highcharts.bytes)} Highcharts core)`);
  const calls = cell(table, 1, 'twelve', 'calls');
  if (calls) lines.push(`canvas calls, first render of 12 bars (1×): ${libs.map((l) => `${l} ${fmt(calls.values[l])}`).join(', ')}`);
  const redraws = rates.map((r) => [r, cell(table, r, 'line100000', 'redraw')]).filter(([, t]) => t);
  if (redraws.length) lines.push(`100k-point line, full redraw ÷ uPlot: ${redraws.map(([r, t]) => `${times(t.ratios.uplot)} at ${r}× (${fmt(t.values.newsfig)} vs ${fmt(t.values.uplot)} ms)`).join(', ')}`);
  const at4 = table.filter((t) => t.rate === 4 && t.metric === 'longTasks');
  if (at4.length) {
    const counts = libs.map((l) => `${l} ${worst(at4.map((t) => t.values[l])) ?? 'n/a'}`).join(', ');
    const loads = runs.filter((r) => r.rate === 4 && r.row.newsfig.supported);
    const clean = loads.filter((r) => r.row.newsfig.longTasks === 0).length;
    lines.push(`long tasks > 50 ms during load at 4× (worst median count over charts): ${counts}; newsfig had none in ${clean} of ${loads.length} loads`);
  }
  return lines;
}

/** One Markdown table for the README: bytes of each product against the
 * comparable peer files, then the main timings, newsfig ÷ peer in brackets. */
export function markdown(table, { date, commit, chromium, n, charts, rates, products, peerBytes }) {
  const cols = ['uplot', 'chartjs', 'echarts', 'highcharts'];
  const head = ['', 'newsfig', ...cols.map((c) => `${peerBytes[c].name} ${peerBytes[c].version}`)];
  const rows = [head, head.map((_, i) => (i ? '--:' : '---'))];
  const bytesRow = (label, product, peerIds) => rows.push([label, kib(products[product].bytes), ...cols.map((c) => {
    const peer = peerIds[c] && peerBytes[peerIds[c]];
    return peer ? `${kib(peer.bytes)} (${times(products[product].bytes / peer.bytes)})` : '';
  })]);
  const timed = { uplot: 'uplot', chartjs: 'chartjs', echarts: 'echarts' };
  bytesRow('KiB gzipped: full widget ÷ the bundles timed here (bar + line)', 'full', timed);
  bytesRow('KiB gzipped: full widget ÷ the whole file a CDN serves', 'full', { chartjs: 'chartjs-umd', highcharts: 'highcharts' });
  bytesRow('KiB gzipped: bars-only widget ÷ one bar chart', 'bars', { chartjs: 'chartjs-bar' });
  bytesRow('KiB gzipped: line build ÷ the bundles timed here', 'line', timed);
  bytesRow("KiB gzipped: tools module, on a reader's first use", 'tools', {});
  const short = { firstPaint: 'first chart', filterPaint: 'filter → paint', hover: 'hover → tooltip', redraw: 'full redraw' };
  const main = [...BAR_CHARTS.flatMap((c) => ['firstPaint', 'filterPaint', 'hover'].map((m) => [c, m])), ['line100000', 'firstPaint'], ['line100000', 'redraw']];
  for (const rate of rates) {
    for (const [chart, metric] of main.filter(([c]) => charts.includes(c))) {
      const t = cell(table, rate, chart, metric);
      if (!t) continue;
      rows.push([`${short[metric]}, ${CHART_NAMES[chart]}, ${rate}× CPU (ms)`, fmt(t.values.newsfig), ...cols.map((c) => (!(c in t.values) ? '' : t.values[c] == null ? 'n/a' : `${fmt(t.values[c])} (${times(t.ratios[c])})`))]);
    }
  }
  const lines = rows.map((r) => `| ${r.join(' | ')} |`);
  const note = `Measured ${date.slice(0, 10)} at ${commit} in headless Chromium ${chromium}, medians of ${n} repetition(s), libraries shuffled; `
    + 'in brackets newsfig ÷ peer (timings: the median of per-repetition ratios). Bytes: gzip -9, code only; a widget counts its loader, glue, Wasm and CSS, '
    + `the tools module its glue and Wasm. Bars are timed with the bars-only widget, lines with the line build; ${peerBytes.highcharts.name} is measured for bytes only.`;
  return [...lines, '', note].join('\n');
}
