// The charts every library draws: the article's acreage bars, a 12-bar chart,
// lines of 1k to 100k points and 1,000 bars.
export const ACREAGE = { labels: ['Changzhi', 'Shanxi', 'Dingxi, Gansu'], values: [35900, 39889, 359000] };
export const ACREAGE_FILTERED = { labels: ['Changzhi', 'Shanxi', 'Dingxi, Gansu'], values: [35900, 39889, 0] };
export const TWELVE = { labels: Array.from({ length: 12 }, (_, i) => `Item ${i + 1}`), values: Array.from({ length: 12 }, (_, i) => (i * 37) % 50 + 10) };
export function bars(n) {
  return { labels: Array.from({ length: n }, (_, i) => `${i}`), values: Array.from({ length: n }, (_, i) => (i * 7919) % 1000) };
}
export function line(n) {
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  let y = 0;
  for (let i = 0; i < n; i++) {
    xs[i] = i;
    y += Math.sin(i * 0.001) + ((i * 2654435761) % 1000) / 1000 - 0.5;
    ys[i] = y;
  }
  return { xs, ys };
}
