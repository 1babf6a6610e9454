// Loads one library (?lib=) and draws one chart (?chart=); the runner reads window.bench.
const params = new URLSearchParams(location.search);
const lib = params.get('lib');
const chart = params.get('chart');
const frame = () => new Promise((r) => requestAnimationFrame((ts) => r({ ts, now: performance.now() })));
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
// The page makes its numbers (2 × 100k for the longest line: 15-25 ms at 4×)
// in a task of its own, so that a long task counted during load is the
// library's, not the page's; the clock still runs from script start.
const data = spec();
await new Promise((ok) => setTimeout(ok));
// newsfig, as its script embed does, reads the story in a task before the
// one that mounts the chart (a peer reads its data in its mount call).
if (window.benchLib.prepare) {
  window.benchLib.prepare(data);
  await new Promise((ok) => setTimeout(ok));
}
window.bench.counting = true;
const handle = window.benchLib.mount(el, data);
// When the chart shows: in the first frame's callback for a peer, which
// paints in its mount call (the time that callback runs, as peers were
// always timed). newsfig may paint a cold chart in a later frame's callback
// (then: when that callback ended) or between frames (then: the next frame's
// callback); its handle says which, asked at every frame until painted.
let f = await frame();
for (let i = 0; i < 8 && handle?.shownAt && handle.shownAt(f.ts, f.now) == null; i++) f = await frame();
window.bench.counting = false;
window.bench.loadEnd = handle?.shownAt?.(f.ts, f.now) ?? f.now;
// Long tasks are counted up to now: the shown frame's own task included.
window.bench.lookedAt = performance.now();
window.bench.firstPaint = window.bench.loadEnd - window.bench.t0;
window.bench.handle = handle;
window.bench.supported = handle !== null;
window.bench.ready = true;
// The runner waits for this line rather than polling with waitForFunction,
// whose injected script (parsed and compiled in the page) was itself a long
// task at 4× and was counted against every library.
console.log('bench-ready');
