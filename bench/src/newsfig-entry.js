// newsfig as an editor ships it: the Wasm package loaded as a module, a story
// object built from the same numbers the peers draw; lines through LineChart.
// The runner names the build in the page's URL (?glue=&wasm=, from the product
// table at the top of bench/run.mjs): for bars the build a bar chart's embed
// snippet loads (the bars-only widget), for lines a build with the `line`
// feature (make bench writes it to bench/pkg-line/).
const params = new URLSearchParams(location.search);
// As the script embed loads it: the Wasm fetched alongside the glue, and
// compiled as it streams in.
const wasm = fetch(params.get('wasm')).then((res) => (res.ok && res.headers.get('Content-Type') === 'application/wasm' ? WebAssembly.compileStreaming(res) : res));
const { default: init, readStory, LineChart } = await import(params.get('glue'));

const text = (s) => ({ zh: s, en: s });
function story(bars, tagged) {
  const figures = bars.labels.map((label, i) => ({
    id: `f${i}`, label: text(label), unit: text('mu'), value: { qualifier: 'exact', value: bars.values[i] },
    wording: String(bars.values[i]), source: { paragraph: 1, sentence: 'Benchmark figure.' },
    tags: tagged ? { place: [i < 2 ? 'near' : 'far'] } : {},
  }));
  return {
    format: 'newsfig-story/1', title: text('Bench'), source: { name: text('Bench'), date: '2024-01-01' },
    tags: { place: [{ id: 'near', label: text('Near') }, { id: 'far', label: text('Far') }] },
    figures, groups: [{ id: 'bars', kind: 'bars', title: text('Bars'), items: figures.map((f) => ({ id: f.id })) }],
  };
}

// When the chart is first shown: newsfig paints a cold chart in an animation
// frame after mount, sometimes the second. A paint inside a frame's callback
// shows in that frame, one outside a callback in the next; the frame
// callbacks newsfig asks for (through window.requestAnimationFrame, which its
// glue calls) are wrapped to tell the two apart.
let inFrame = null;
const raf = window.requestAnimationFrame.bind(window);
window.requestAnimationFrame = (cb) => raf((ts) => {
  inFrame = ts;
  try { cb(ts); } finally { inFrame = null; }
});
/** Watches for the first paint of a canvas inside `el`, from before the
 * chart is made (a quick mount paints in its own call). Returns, asked in the
 * frame whose callbacks got `ts` (the runner's own callback ran at `now`),
 * when the chart was shown, or null if it is not yet: a paint in an earlier
 * or this frame's callback, once that callback ended; a paint outside a
 * frame's callback (in mount, or a task between frames), at `now`. */
function watch(el) {
  let paint = null;
  const proto = CanvasRenderingContext2D.prototype;
  for (const name of ['fillRect', 'stroke']) {
    const f = proto[name];
    proto[name] = function (...args) {
      if (!paint && el.contains(this.canvas)) {
        const p = { frame: inFrame, end: null };
        paint = p;
        // The paint is one synchronous call from Wasm: it has ended by the next microtask.
        queueMicrotask(() => { p.end = performance.now(); });
      }
      return f.apply(this, args);
    };
  }
  return (ts, now) => {
    if (paint?.end == null) return null;
    if (paint.frame != null) return paint.frame <= ts ? paint.end : null;
    return paint.end < now ? now : null;
  };
}

window.benchLib = {
  name: 'newsfig',
  // As the script embed loads it: mount waits for a task after the one that
  // finishes compiling the Wasm, as a peer's mount waits for its script's
  // load event after the task that evaluates it.
  load: () => init({ module_or_path: wasm }).then(() => new Promise((ok) => setTimeout(ok))),
  // As the script embed does: the story is read and checked in a task of its
  // own (the driver's, before the one that mounts), then mounted from.
  prepare(spec) {
    if (spec.bars && spec.bars.labels.length <= 100) spec.story = readStory(story(spec.bars, true));
  },
  mount(el, spec) {
    if (spec.line) {
      // As uPlot's: the container's width, 300 CSS px high; the Float64Arrays
      // are copied in once. The chart draws itself in the next animation frame.
      const canvas = document.createElement('canvas');
      canvas.style.display = 'block';
      canvas.style.width = '100%';
      el.append(canvas);
      const shownAt = watch(el);
      const chart = new LineChart(canvas, spec.line.xs, spec.line.ys, { height: 300, lang: 'en' });
      return { shownAt, redraw() { chart.draw(); } };
    }
    if (spec.bars.labels.length > 100) return null; // at most 100 bars by design
    const shownAt = watch(el);
    const w = spec.story.mount(el, { group: 'bars', lang: 'en', tools: false });
    const canvas = el.querySelector('canvas');
    return {
      shownAt,
      update() { w.update({ place: 'near' }); },
      redraw() { w.update({ lang: 'en' }); },
      point(i) { const [, l, t, r, b] = w.marks()[i]; const box = canvas.getBoundingClientRect(); return { x: box.left + (l + r) / 2, y: box.top + (t + b) / 2 }; },
      tooltipShown() { return !el.querySelector('.nf-tooltip').hidden; },
    };
  },
};
