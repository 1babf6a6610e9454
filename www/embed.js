// The iframe embed: embed.html?group=shares&lang=en&theme=auto&sector=…
// takes the same options as <news-fig>, and tells its parent page its height.
import init, { mount } from './pkg/newsfig.js';

const KEYS = ['group', 'lang', 'log', 'sector', 'place', 'partner', 'controls', 'theme', 'src'];
const params = new URLSearchParams(location.search);
const options = Object.fromEntries(KEYS.filter((k) => params.has(k)).map((k) => [k, params.get(k)]));
const dark = window.matchMedia('(prefers-color-scheme: dark)');
const theme = () => (!options.theme || options.theme === 'auto' ? (dark.matches ? 'dark' : 'light') : options.theme);
const host = document.getElementById('chart');
document.documentElement.lang = options.lang === 'en' ? 'en' : 'zh-CN';

function report() {
  parent.postMessage({ type: 'newsfig:height', height: Math.ceil(document.documentElement.getBoundingClientRect().height) }, '*');
}

async function main() {
  // An editor's story (src=), or the article's, which ships beside the Wasm;
  // either is fetched alongside the Wasm, not after it.
  const src = options.src ?? 'pkg/changzhi-2022.json';
  const fetched = fetch(new URL(src, location.href), { credentials: 'omit' }).then((res) => {
    if (!res.ok) throw new Error(`src: ${res.status} for ${src}`);
    return res.json();
  });
  const [, story] = await Promise.all([init(), fetched]);
  host.replaceChildren();
  const widget = mount(host, { ...options, story, theme: theme(), base: new URL('.', location.href).href });
  dark.addEventListener('change', () => widget.setTheme(theme()));
  new ResizeObserver(report).observe(document.documentElement);
  report();
}

main().catch((err) => {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = `newsfig: ${err instanceof Error ? err.message : String(err)}`;
  host.replaceChildren(p);
  console.error(err);
  report();
});
