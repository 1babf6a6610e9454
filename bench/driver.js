// Loads one library (?lib=) and draws one chart (?chart=); the runner reads window.bench.
const params = new URLSearchParams(location.search);
const lib = params.get('lib');
const chart = params.get('chart');
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
const { ACREAGE, TWELVE, bars, line } = await import('/dist/data.js');

function spec() {
  if (chart === 'acreage') return { bars: ACREAGE };
  if (chart === 'twelve') return { bars: TWELVE };
  if (chart === 'bars1000') return { bars: bars(1000) };
  return { line: line(Number(chart.replace('line', ''))) };
}

if (lib === 'newsfig') await import('/src/newsfig-entry.js');
else await new Promise((ok, fail) => { const s = document.createElement('script'); s.src = `/dist/${lib}.js`; s.onload = ok; s.onerror = fail; document.head.append(s); });
await window.benchLib.load?.();
const el = document.getElementById('chart');
window.bench.counting = true;
const handle = window.benchLib.mount(el, spec());
await frame();
// newsfig may leave a cold first paint to the next frame: wait for the chart itself.
if (handle?.painted && !handle.painted()) await frame();
window.bench.counting = false;
window.bench.loadEnd = performance.now();
window.bench.firstPaint = window.bench.loadEnd - window.bench.t0;
window.bench.handle = handle;
window.bench.supported = handle !== null;
window.bench.ready = true;
// The runner waits for this line rather than polling with waitForFunction,
// whose injected script (parsed and compiled in the page) was itself a long
// task at 4× and was counted against every library.
console.log('bench-ready');
