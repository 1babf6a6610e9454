// Chart.js 4 tree-shaken to one horizontal bar chart with its tooltip: the
// bundle issue 7's bytes target names (REFERENCE.md §2: 52.5 KiB). Bytes
// only; the timed runs use chartjs.js, which also draws the line rows.
import { Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip } from 'chart.js';
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

window.benchBar = (canvas, bars) => new Chart(canvas, {
  type: 'bar',
  data: { labels: bars.labels, datasets: [{ data: bars.values }] },
  options: { animation: false, indexAxis: 'y', plugins: { legend: { display: false } } },
});
