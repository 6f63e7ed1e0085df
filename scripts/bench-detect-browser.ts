/**
 * `npx tsx scripts/bench-detect-browser.ts [--reps N]`: the first-run cost of detection in
 * headless Chromium, as the content script meets it: in an isolated world of a freshly loaded
 * page (its own DOM wrappers, its code never run before), on the five largest news pages of
 * `../shared/corpus` and a story of 6,000 paragraphs without article markup (only its text
 * can decide). The detector (`detectSteps`, bundled with esbuild) is stepped to its end; each
 * step is timed. Prints, per page, the medians of N loads: the total, the number of steps, the
 * longest step (what a slice of the content script can least divide), and the verdict with its
 * signals, which must not change between builds. Pages are served from 127.0.0.1; every other
 * request is blocked. Asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH } from '../tests/e2e/harness';
import { unmarkedStoryPage } from '../tests/e2e/pages/pathological';

const CORPUS = join(import.meta.dirname, '../../shared/corpus');
/** The largest news pages of the corpus (0.7 MB and up after their scripts). */
const PAGES = [
  'extra/newspaper4k/cnn_test_nlp.html',
  'extra/newspaper4k/cnn_002.html',
  'extra/newspaper4k/cnn_001.html',
  'readability/yahoo-2/source.html',
  'extra/trafilatura/nymag.com.polarization.html',
];
const UNMARKED = '2024/05/01/unmarked-story.html';
const args = process.argv.slice(2);
const REPS = Number(args[args.indexOf('--reps') + 1] || 7) || 7;

/** Runs in the isolated world: steps the detector, timing each step. */
const RUNNER = `
  const it = __detect.detectSteps(document, location.href);
  const steps = [];
  let r;
  const t0 = performance.now();
  do {
    const s = performance.now();
    r = it.next();
    steps.push(performance.now() - s);
  } while (!r.done);
  ({ total: performance.now() - t0, steps: steps.length, longest: Math.max(...steps), verdict: r.value.detection.verdict + ' ' + r.value.detection.signals.join(' ') });
`;

const bundle = await build({
  entryPoints: [join(import.meta.dirname, '../src/core/detect/detect-article.ts')],
  bundle: true, format: 'iife', globalName: '__detect', write: false, minify: true, platform: 'browser',
});
const code = bundle.outputFiles[0]!.text;
const unmarked = unmarkedStoryPage();

const server = createServer((req, res) => {
  const rel = decodeURIComponent((req.url ?? '/').slice(1).split('?')[0]!);
  if (rel === UNMARKED) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(unmarked);
  if (!PAGES.includes(rel)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(CORPUS, rel)));
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH, headless: true, pipe: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number): string => n.toFixed(1);
console.log(`Detection, first run in an isolated world of headless Chromium (medians of ${REPS} loads)`);
console.log(['page', 'total ms', 'steps', 'longest step ms', 'verdict and signals'].join('\t'));
try {
  for (const rel of [...PAGES, UNMARKED]) {
    const runs: { total: number; steps: number; longest: number; verdict: string }[] = [];
    for (let i = 0; i < REPS; i++) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (r) => (r.url().startsWith(`http://127.0.0.1:${port}/`) ? r.continue() : r.abort()));
      await page.goto(`http://127.0.0.1:${port}/${rel}`, { waitUntil: 'load', timeout: 60_000 });
      const cdp = await page.createCDPSession();
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'bench-detect' });
      const r = await cdp.send('Runtime.evaluate', { expression: `${code}\n${RUNNER}`, contextId: executionContextId, returnByValue: true });
      if (r.exceptionDetails) throw new Error(`${rel}: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
      runs.push(r.result.value as (typeof runs)[number]);
      await page.close();
    }
    const name = rel === UNMARKED ? 'unmarked story (6,000 paragraphs)' : rel;
    console.log([name, fmt(median(runs.map((x) => x.total))), String(median(runs.map((x) => x.steps))), fmt(median(runs.map((x) => x.longest))), runs[0]!.verdict].join('\t'));
  }
} finally {
  await browser.close();
  server.close();
}
