// The release build's products, as Cargo.toml's [package.metadata.newsfig.products]
// defines them: each one's name and the features it is built with (without the
// default ones). scripts/build.sh builds them, scripts/test.sh lints each, and
// the size test measures each.
//
//   node scripts/products.mjs     prints one line per product: NAME FEATURES
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The products in Cargo.toml's order: [{ name, features }]. */
export function products() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const meta = JSON.parse(execFileSync('cargo', ['metadata', '--no-deps', '--format-version', '1', '--offline'], { cwd: root, encoding: 'utf8' }));
  const table = meta.packages.find((p) => p.name === 'newsfig').metadata.newsfig.products;
  return Object.entries(table).map(([name, features]) => ({ name, features }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { name, features } of products()) console.log(`${name} ${features.join(',')}`);
}
