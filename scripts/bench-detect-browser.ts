/**
 * `npx tsx scripts/bench-detect-browser.ts [--reps N] [--out FILE]`: the first-run cost of
 * `detectArticle` in headless Chromium on the five largest news pages of `../shared/corpus`.
 * The detector is bundled with esbuild as an IIFE and injected into each freshly loaded page
 * (served from 127.0.0.1; every other request is blocked); the first call is timed with
 * `performance.now()` in the page. Prints the median and range of N loads per page, and the
 * verdict (which must not change between builds). Asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const CORPUS = join(import.meta.dirname, '../../shared/corpus');
/** The largest news pages of the corpus (0.7 MB and up after their scripts). */
const PAGES = [
  'extra/newspaper4k/cnn_test_nlp.html',
  'extra/newspaper4k/cnn_002.html',
  'extra/newspaper4k/cnn_001.html',
  'readability/yahoo-2/source.html',
  'extra/trafilatura/nymag.com.polarization.html',
];
const args = process.argv.slice(2);
const REPS = Number(args[args.indexOf('--reps') + 1] || 7) || 7;

const bundle = await build({
  entryPoints: [join(import.meta.dirname, '../src/core/detect/detect-article.ts')],
  bundle: true, format: 'iife', globalName: '__detect', write: false, minify: true, platform: 'browser',
});
const code = bundle.outputFiles[0]!.text;

const server = createServer((req, res) => {
  const rel = decodeURIComponent((req.url ?? '/').slice(1).split('?')[0]!);
  if (!PAGES.includes(rel)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(CORPUS, rel)));
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium', headless: true, pipe: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
try {
  for (const rel of PAGES) {
    const times: number[] = [];
    let verdict = '';
    for (let i = 0; i < REPS; i++) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (r) => (r.url().startsWith(`http://127.0.0.1:${port}/`) ? r.continue() : r.abort()));
      await page.goto(`http://127.0.0.1:${port}/${rel}`, { waitUntil: 'load', timeout: 60_000 });
      await page.addScriptTag({ content: code });
      const r = await page.evaluate(() => {
        const d = (globalThis as unknown as { __detect: { detectArticle: (doc: Document, url: string) => { verdict: string; signals: string[] } } }).__detect;
        const t0 = performance.now();
        const det = d.detectArticle(document, 'https://example.com/2024/01/02/some-story-slug-here');
        return { ms: performance.now() - t0, verdict: `${det.verdict} ${det.signals.join(' ')}` };
      });
      times.push(r.ms);
      verdict = r.verdict;
      await page.close();
    }
    const fmt = (n: number): string => n.toFixed(2);
    console.log(`${rel}\tmedian ${fmt(median(times))} ms\tmin ${fmt(Math.min(...times))}\tmax ${fmt(Math.max(...times))}\t${verdict}`);
  }
} finally {
  await browser.close();
  server.close();
}
