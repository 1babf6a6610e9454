// Writes docs/demo.png, the README's screenshot of the demo page.
// Usage: make screenshot   (after make build)
import { launch, openPage } from '../tests/browser/harness.mjs';

const env = await launch();
try {
  const page = await openPage(env.browser, { viewport: { width: 760, height: 1500 }, deviceScaleFactor: 1 });
  await page.goto(env.url);
  await page.waitForFunction(() => [...document.querySelectorAll('figure.newsfig')].every((f) => f.dataset.state === 'ready'));
  await page.screenshot({ path: 'docs/demo.png' });
  if (page.problems.length) throw new Error(page.problems.join('\n'));
  console.log('wrote docs/demo.png');
} finally {
  await env.close();
}
