// The iframe embed: embed.html?group=shares&lang=en&theme=auto&sector=…
// takes the same options as <news-fig>, and tells its parent page its height.
// embed-bars.html (made from embed.html by scripts/build.sh) is the same page
// with the bars-only build, which a bar chart's iframe snippet names.
import { decodeStory } from './src/decode.js';

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

// The build this page preloads in its <head> (fetched alongside this script,
// not after it), or another: the glue and its Wasm, fetched together.
const preloaded = new URL(document.querySelector('link[rel="modulepreload"]').href).pathname;
const build = preloaded.slice(preloaded.lastIndexOf('/') + 1, -3);
// Compiled as it streams in, as the script embed does.
function load(name) {
  const wasm = fetch(new URL(`pkg/${name}_bg.wasm`, location.href))
    .then((res) => (res.ok && res.headers.get('Content-Type') === 'application/wasm' ? WebAssembly.compileStreaming(res) : res));
  wasm.catch(() => {}); // reported by init
  return import(`./pkg/${name}.js`).then(async (m) => (await m.default({ module_or_path: wasm }), m));
}

async function main() {
  // An editor's story (src=), or the article's, which ships beside the Wasm;
  // either is fetched alongside the Wasm, not after it.
  const src = options.src ?? 'pkg/changzhi-2022.json';
  const fetched = fetch(new URL(src, location.href), { credentials: 'omit' }).then((res) => {
    if (!res.ok) throw new Error(`src: ${res.status} for ${src}`);
    return res.arrayBuffer();
  }).then((bytes) => {
    const text = decodeStory(bytes, 'src', src);
    try {
      return JSON.parse(text);
    } catch (err) {
      throw new Error(`src: ${src} is not JSON (${err.message})`);
    }
  });
  const [m, json] = await Promise.all([load(build), fetched]);
  const opts = { ...options, theme: theme(), base: new URL('.', location.href).href };
  // As the script embed does: the story read and checked in one task, the
  // chart mounted in the next, so that neither is one long task on a phone.
  const next = () => new Promise((ok) => setTimeout(ok));
  const read = async (mod) => {
    let story;
    try {
      story = mod.readStory(json);
    } catch (err) {
      // As the script embed does: the path from the widget, what is wrong
      // from the tools module, fetched only for a bad story.
      const tools = await load('newsfig_tools').catch(() => null);
      throw new Error(tools?.checkStory(json)[0] ?? err.message);
    }
    await next();
    host.replaceChildren();
    return story;
  };
  await next();
  // A bad story fails here, in the build the page loaded.
  const story = await read(m);
  let widget;
  try {
    widget = story.mount(host, opts);
  } catch (err) {
    // The bars-only build refuses another kind of chart: the full build draws it.
    if (build === 'newsfig') throw err;
    widget = (await read(await load('newsfig'))).mount(host, opts);
  }
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
