// The demo page: loads the Wasm module, binds one widget per figure, and keeps
// it drawn at the figure's width. Page text is set with textContent only.
import init, { Widget } from './pkg/newsfig.js';

const COPY = {
  zh: {
    kicker: '山西日报 · 2022年4月27日',
    headline: '长治让科技成果从“书架”走向“货架”',
    p1: '长治古称“上党”，是潞党参的发源地。近年来，全市潞党参栽培面积3.59万亩，占全省的90%，但却不到甘肃定西市的1/10。',
    caption: '图表由 newsfig 绘制。全省面积为推算值。',
    credit: '数据与原文：山西日报，2022年4月27日。',
    chart: '长治的潞党参占全省九成',
  },
  en: {
    kicker: 'Shanxi Daily · 27 April 2022',
    headline: 'Changzhi takes research from the bookshelf to the store shelf',
    p1: 'Changzhi, known in antiquity as Shangdang, is the birthplace of Luodangshen. In recent years the city has grown it on 35,900 mu, 90% of the province’s acreage, yet less than a tenth of Dingxi’s in Gansu.',
    caption: 'Chart drawn by newsfig. The provincial total is derived.',
    credit: 'Figures and original text: Shanxi Daily, 27 April 2022.',
    chart: 'Changzhi grows 90% of Shanxi’s Luodangshen',
  },
};

const widgets = [];

function showError(figure, err) {
  const box = figure.querySelector('.newsfig-error');
  box.textContent = `newsfig: ${err instanceof Error ? err.message : String(err)}`;
  box.hidden = false;
  figure.dataset.state = 'error';
  console.error(err);
}

function draw(entry) {
  try {
    entry.widget.render();
    entry.figure.dataset.state = 'ready';
  } catch (err) {
    showError(entry.figure, err);
  }
}

function setLang(lang) {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const el of document.querySelectorAll('[data-i18n]')) {
    el.textContent = COPY[lang][el.dataset.i18n];
  }
  for (const b of document.querySelectorAll('.lang-switch button')) {
    b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  }
  for (const entry of widgets) {
    entry.canvas.setAttribute('aria-label', COPY[lang].chart);
    try {
      entry.widget.setLang(lang);
    } catch (err) {
      showError(entry.figure, err);
    }
    draw(entry);
  }
}

async function main() {
  await init();
  for (const figure of document.querySelectorAll('figure.newsfig')) {
    const canvas = figure.querySelector('canvas');
    try {
      const entry = { figure, canvas, widget: new Widget(canvas, figure.dataset.group, 'zh') };
      widgets.push(entry);
      let lastWidth = -1;
      new ResizeObserver(() => {
        // Only a width change needs a new layout; the height follows from it.
        if (canvas.clientWidth !== lastWidth) {
          lastWidth = canvas.clientWidth;
          draw(entry);
        }
      }).observe(canvas);
    } catch (err) {
      showError(figure, err);
    }
  }
  for (const b of document.querySelectorAll('.lang-switch button')) {
    b.addEventListener('click', () => setLang(b.dataset.lang));
  }
}

main().catch((err) => {
  for (const figure of document.querySelectorAll('figure.newsfig')) showError(figure, err);
});
