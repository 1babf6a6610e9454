// ECharts, tree-shaken to bars and lines on the canvas renderer, animation off.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, CanvasRenderer]);

window.benchLib = {
  name: 'echarts',
  mount(el, spec) {
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    const base = { animation: false, tooltip: { trigger: 'item' }, grid: { left: 90, right: 20, top: 20, bottom: 30 } };
    let option;
    if (spec.line) {
      const data = Array.from(spec.line.xs, (x, i) => [x, spec.line.ys[i]]);
      option = { ...base, xAxis: { type: 'value' }, yAxis: { type: 'value' }, series: [{ type: 'line', data, showSymbol: false, sampling: 'lttb', large: true }] };
    } else {
      option = { ...base, xAxis: { type: 'value' }, yAxis: { type: 'category', data: spec.bars.labels }, series: [{ type: 'bar', data: spec.bars.values }] };
    }
    chart.setOption(option);
    return {
      update(bars) { chart.setOption({ series: [{ data: bars.values }] }); },
      // A full redraw: the option set afresh (not merged), painted now rather than next frame.
      redraw() { chart.setOption(option, { notMerge: true }); chart.getZr().flush(); },
      tooltipShown() { return [...el.querySelectorAll('div')].some((d) => d.style.zIndex === '9999999' && d.style.display !== 'none' && d.textContent.trim()); },
      point(i) { const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [spec.bars.values[i] / 2, i]); const r = el.getBoundingClientRect(); return { x: r.left + x, y: r.top + y }; },
    };
  },
};
