// Runs first: the clock's start, long tasks, and a count of canvas calls.
window.bench = { t0: performance.now(), longTasks: [], calls: 0, counting: false };
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.bench.longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
(() => {
  const proto = CanvasRenderingContext2D.prototype;
  for (const k of Object.getOwnPropertyNames(proto)) {
    const d = Object.getOwnPropertyDescriptor(proto, k);
    if (typeof d.value === 'function' && k !== 'constructor') {
      const f = d.value;
      proto[k] = function (...a) { if (window.bench.counting) window.bench.calls++; return f.apply(this, a); };
    } else if (d.set) {
      const s = d.set;
      Object.defineProperty(proto, k, { ...d, set(v) { if (window.bench.counting) window.bench.calls++; s.call(this, v); } });
    }
  }
})();
