// Chart.js 4, tree-shaken to a bar and a line chart, animations off (its documented fast settings).
import { Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Decimation } from 'chart.js';
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Decimation);

window.benchLib = {
  name: 'chartjs',
  mount(el, spec) {
    const canvas = document.createElement('canvas');
    el.append(canvas);
    const options = { animation: false, responsive: true, maintainAspectRatio: false, plugins: { legend: { display: false }, tooltip: { enabled: true } } };
    let chart;
    if (spec.line) {
      chart = new Chart(canvas, {
        type: 'line',
        data: { datasets: [{ data: Array.from(spec.line.xs, (x, i) => ({ x, y: spec.line.ys[i] })), pointRadius: 0, borderWidth: 1 }] },
        options: { ...options, parsing: false, normalized: true, spanGaps: true, scales: { x: { type: 'linear' } },
          plugins: { ...options.plugins, decimation: { enabled: true, algorithm: 'min-max' } } },
      });
    } else {
      chart = new Chart(canvas, { type: 'bar', data: { labels: spec.bars.labels, datasets: [{ data: spec.bars.values }] }, options: { ...options, indexAxis: 'y' } });
    }
    return {
      update(bars) { chart.data.datasets[0].data = bars.values; chart.update('none'); },
      redraw() { chart.update('none'); },
      tooltipShown() { return chart.tooltip?.opacity > 0 && chart.tooltip.dataPoints?.length > 0; },
      point(i) { const m = chart.getDatasetMeta(0).data[i]; const r = canvas.getBoundingClientRect(); return { x: r.left + (m.x + m.base) / 2, y: r.top + m.y }; },
    };
  },
};
