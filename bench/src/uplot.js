// uPlot: lines, and bars through its bars path builder.
import uPlot from 'uplot';

window.benchLib = {
  name: 'uplot',
  mount(el, spec) {
    const width = el.clientWidth;
    let plot;
    if (spec.line) {
      plot = new uPlot({ width, height: 300, series: [{}, { stroke: '#0072b2' }], legend: { show: false } }, [spec.line.xs, spec.line.ys], el);
    } else {
      const xs = spec.bars.values.map((_, i) => i);
      plot = new uPlot({ width, height: 300, scales: { x: { time: false } }, legend: { show: true, live: true },
        series: [{}, { fill: '#0072b2', paths: uPlot.paths.bars({ size: [0.6] }), points: { show: false } }] }, [xs, spec.bars.values], el);
    }
    return {
      update(bars) { plot.setData([bars.values.map((_, i) => i), bars.values]); },
      // A full redraw: paths rebuilt from the data, axes recalculated.
      redraw() { plot.redraw(true, true); },
      tooltipShown() { return plot.cursor.idx != null; },
      point(i) { const r = plot.over.getBoundingClientRect(); return { x: r.left + plot.valToPos(i, 'x'), y: r.top + plot.valToPos(spec.bars.values[i] / 2, 'y') }; },
    };
  },
};
