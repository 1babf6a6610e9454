// Serves the demo: www/ at /, the wasm-pack output pkg/ at /pkg/.
// No dependencies, so `make run` needs nothing beyond Node.
// Usage: node scripts/serve.mjs [port]   (default 8080, on 127.0.0.1 only)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const MOUNTS = [
  ['/pkg/', join(root, 'pkg')],
  ['/', join(root, 'www')],
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8',
};

/** The file a URL path names under `mounts`, or null when it escapes its mount. */
function fileFor(urlPath, mounts) {
  const [prefix, dir] = mounts.find(([p]) => urlPath.startsWith(p));
  let rel = decodeURIComponent(urlPath.slice(prefix.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = normalize(join(dir, rel));
  return file.startsWith(dir + sep) ? file : null;
}

/** Starts the server; resolves to { server, url } once it listens. `mounts`
 *  ([url prefix, folder], most specific first, ending with '/') replaces the demo's. */
export function startServer({ port = 8080, host = '127.0.0.1', headers = {}, mounts = MOUNTS } = {}) {
  const server = createServer(async (req, res) => {
    let file = null;
    try {
      file = fileFor(new URL(req.url, 'http://x').pathname, mounts);
    } catch {
      // A malformed escape in the URL: treat as not found.
    }
    try {
      if (!file) throw new Error('outside the served folders');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found\n');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: bound } = server.address();
      ok({ server, url: `http://${host}:${bound}/` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  const { url } = await startServer({ port });
  console.log(`newsfig demo at ${url}  (Ctrl-C stops it)`);
}
