/**
 * `npx tsx scripts/bench-browser.ts`: the extension's cost on the page's main thread, in
 * real headless Chromium with the built extension in automatic mode. For the largest news
 * pages of `../shared/corpus` and a 10,000-word article, each loaded with and without the
 * extension, it prints:
 * - the page's long tasks (over 50 ms, `PerformanceObserver` `longtask` in the page), with
 *   and without the extension, and those that overlap the extension's own phases (the
 *   content script marks each phase in the page's performance timeline: `news-context:init`,
 *   `detect`, `serialize` (the page's HTML for extraction in the background; `extract` in
 *   builds that extracted in the page), `anchor`, `group`, `badges`), named by phase;
 * - the extension's main-thread time before an article is detected: the script's start (`init`,
 *   one task) and detection (`detect`, in idle slices: their total, count and longest);
 * - the time from the page's load event to the first badge and to the last.
 * Budget (issue 6): no long task added; before an article is detected, no piece of our work
 * (the start, or one detection slice) holds the page's main thread for 5 ms or more (per page,
 * the median of its loads). The total of those pieces, and the worst single load, are printed
 * beside it.
 *
 * Pages are served inert (no scripts of their own, no external resources: see
 * `tests/e2e/pages/sessions.ts`), so the page's own long tasks are parsing, style and layout.
 * Options: `--reps N` (loads per page and mode, default 3), `--pages N` (largest news
 * pages, default 5), `--scripts` (serve the pages with their inline scripts, which run, and
 * refuse their requests: as a news page is, with megabytes of script text in its HTML).
 * Progress goes to stderr. Prints figures; asserts nothing.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_PATH, startFixtureServer, type FixtureServer } from '../tests/e2e/harness';
import { largestNewsPages, servedPath } from '../tests/e2e/pages/corpus-sample';
import { articlePage, paragraphsOf } from '../tests/e2e/pages/pathological';
import { corpusPage, inertPage, launchChromiumWith, settledState, type ChromiumSessionX } from '../tests/e2e/pages/sessions';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const REPS = opt('reps', 3);
const PAGES = opt('pages', 5);
/** Serve the pages with their inline scripts (they run; every request off the fixture server is refused). */
const SCRIPTS = args.includes('--scripts');
/** A task longer than this is a long task (the Long Tasks API's own threshold). */
const LONG_TASK_MS = 50;
/** The budget of what the extension runs before an article is detected. */
const PRE_DETECT_BUDGET_MS = 5;

interface Task {
  start: number;
  duration: number;
}
interface Measure {
  name: string;
  start: number;
  duration: number;
}
interface Run {
  tasks: Task[];
  measures: Measure[];
  load: number;
  firstBadge: number | null;
  lastBadge: number | null;
  status: string;
  badges: number;
}

/** Installed before any page script: records long tasks and when our badges appear. */
const INSTRUMENT = `
  window.__bench = { tasks: [], firstBadge: null, lastBadge: null, load: 0 };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.tasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'NEWS-CONTEXT-BADGE') {
      const t = performance.now();
      if (window.__bench.firstBadge === null) window.__bench.firstBadge = t;
      window.__bench.lastBadge = t;
    }
  }).observe(document, { childList: true, subtree: true });
  addEventListener('load', () => { window.__bench.load = performance.now(); });
`;

const log = (s: string): void => void process.stderr.write(`${s}\n`);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};
const fmt = (v: number | null, digits = 0): string => (v === null || Number.isNaN(v) ? '–' : v.toFixed(digits));

async function collect(page: Page): Promise<Omit<Run, 'status' | 'badges'>> {
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { tasks: Task[]; firstBadge: number | null; lastBadge: number | null; load: number } }).__bench;
    const measures = performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('news-context:'))
      .map((m) => ({ name: m.name.slice('news-context:'.length), start: m.startTime, duration: m.duration }));
    return { tasks: b.tasks, measures, load: b.load, firstBadge: b.firstBadge, lastBadge: b.lastBadge };
  });
}

/** With `--scripts`, the page's own requests beyond the fixture server are refused (nothing leaves the machine). */
async function offline(page: Page): Promise<void> {
  if (!SCRIPTS) return;
  await page.setRequestInterception(true);
  page.on('request', (r) => (/^http:\/\/127\.0\.0\.1[:/]/.test(r.url()) ? r.continue() : r.abort()).catch(() => undefined));
}

/** Loads `url` in a fresh tab of `browser` and waits `settleMs` after load. */
async function loadPlain(browser: Browser, url: string, settleMs: number): Promise<Run> {
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(INSTRUMENT);
    await offline(page);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await new Promise((r) => setTimeout(r, settleMs));
    return { ...(await collect(page)), status: 'no extension', badges: 0 };
  } finally {
    await page.close();
  }
}

/** Loads `url` with the extension in automatic mode and waits for its analysis and badges. */
async function loadWithExtension(chrome: ChromiumSessionX, url: string): Promise<Run> {
  const page = await chrome.browser.newPage();
  try {
    await page.evaluateOnNewDocument(INSTRUMENT);
    await offline(page);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const state = await settledState(chrome, page, 120_000);
    // Badges go in after the analysis, in slices: wait until their number stops changing.
    let last = -1;
    for (let i = 0; i < 60; i++) {
      await new Promise((r) => setTimeout(r, 250));
      const n = await page.evaluate(() => document.querySelectorAll('news-context-badge').length);
      if (n === last && (n > 0 || state.status !== 'ready' || i > 12)) break;
      last = n;
    }
    await new Promise((r) => setTimeout(r, 300)); // let the last long-task entries arrive
    const badges = await page.evaluate(() => document.querySelectorAll('news-context-badge').length);
    return { ...(await collect(page)), status: state.status, badges };
  } finally {
    await page.close();
  }
}

/** The extension's phases a task overlaps (by the content script's own performance marks). */
function phasesOf(task: Task, measures: Measure[]): string[] {
  const end = task.start + task.duration;
  return [...new Set(measures.filter((m) => m.start < end && m.start + m.duration > task.start).map((m) => m.name))];
}

async function main(): Promise<void> {
  const pages = largestNewsPages(PAGES);
  const words = 10_000;
  const longArticle = articlePage('A very long report on the secret talks', paragraphsOf(words * 6.2).join('\n'));
  const server: FixtureServer = await startFixtureServer({ '/long-article.html': longArticle });
  const targets: { name: string; path: string; bytes: number }[] = pages.map((e, i) => {
    const html = SCRIPTS ? corpusPage(e.file) : inertPage(corpusPage(e.file));
    const path = servedPath(e, i);
    server.route(path, html);
    return { name: e.name, path, bytes: Buffer.byteLength(html) };
  });
  targets.push({ name: `${words.toLocaleString('en')}-word article`, path: '/long-article.html', bytes: Buffer.byteLength(longArticle) });

  log(`bench-browser: ${targets.length} pages × ${REPS} loads, with and without the extension`);
  const plain = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--window-size=1280,900'],
    defaultViewport: { width: 1280, height: 900 },
  });
  const chrome = await launchChromiumWith({ auto: true });
  const rows: string[][] = [];
  const findings: string[] = [];
  let worstPreDetect = 0;
  let worstPreDetectTotal = 0;
  let worstPreDetectOnce = 0;
  let addedTasks = 0;
  try {
    for (const t of targets) {
      const withExt: Run[] = [];
      const without: Run[] = [];
      for (let r = 0; r < REPS; r++) {
        log(`  ${t.name} (${r + 1}/${REPS})`);
        // Alternate the order so that warm caches favour neither mode.
        if (r % 2) {
          withExt.push(await loadWithExtension(chrome, server.url(t.path)));
          without.push(await loadPlain(plain, server.url(t.path), 2_000));
        } else {
          without.push(await loadPlain(plain, server.url(t.path), 2_000));
          withExt.push(await loadWithExtension(chrome, server.url(t.path)));
        }
      }
      const longOf = (run: Run) => run.tasks.filter((x) => x.duration > LONG_TASK_MS);
      const ours = withExt.map((run) => longOf(run).filter((x) => phasesOf(x, run.measures).length > 0));
      const phaseTotal = (run: Run, names: string[]) => run.measures.filter((m) => names.includes(m.name)).reduce((a, m) => a + m.duration, 0);
      const phaseMax = (run: Run, name: string) => Math.max(0, ...run.measures.filter((m) => m.name === name).map((m) => m.duration));
      // Per page, the median over its loads (a single load can catch a garbage collection or the
      // machine's other work); the single worst load is printed too.
      worstPreDetect = Math.max(worstPreDetect, median(withExt.map((run) => Math.max(phaseMax(run, 'init'), phaseMax(run, 'detect')))));
      worstPreDetectTotal = Math.max(worstPreDetectTotal, median(withExt.map((run) => phaseTotal(run, ['init', 'detect']))));
      worstPreDetectOnce = Math.max(worstPreDetectOnce, ...withExt.map((run) => Math.max(phaseMax(run, 'init'), phaseMax(run, 'detect'))));
      const count = (run: Run, name: string) => run.measures.filter((m) => m.name === name).length;
      const oursMedian = median(ours.map((o) => o.length));
      addedTasks += Math.max(...ours.map((o) => o.length));
      for (const [i, run] of withExt.entries()) {
        for (const m of run.measures) {
          if ((m.name === 'init' || m.name === 'detect') && m.duration >= PRE_DETECT_BUDGET_MS) {
            findings.push(`${t.name} (load ${i + 1}): a ${m.duration.toFixed(1)} ms ${m.name} piece before detection (one load)`);
          }
        }
      }
      for (const [i, o] of ours.entries()) {
        for (const x of o) findings.push(`${t.name} (load ${i + 1}): a ${x.duration.toFixed(0)} ms long task during ${phasesOf(x, withExt[i]!.measures).join(' + ')}`);
      }
      const last = withExt[withExt.length - 1]!;
      rows.push([
        t.name,
        `${(t.bytes / 1024).toFixed(0)} KiB`,
        last.status,
        String(last.badges),
        `${median(without.map((x) => longOf(x).length))} / ${fmt(median(without.map((x) => Math.max(0, ...longOf(x).map((k) => k.duration)))))}`,
        `${median(withExt.map((x) => longOf(x).length))} / ${fmt(median(withExt.map((x) => Math.max(0, ...longOf(x).map((k) => k.duration)))))}`,
        fmt(oursMedian),
        fmt(median(withExt.map((x) => phaseTotal(x, ['init']))), 1),
        `${fmt(median(withExt.map((x) => phaseTotal(x, ['detect']))), 1)} (${fmt(median(withExt.map((x) => count(x, 'detect'))))} / ${fmt(median(withExt.map((x) => phaseMax(x, 'detect'))), 1)})`,
        `${fmt(median(withExt.map((x) => phaseTotal(x, ['extract', 'serialize', 'size', 'send']))), 1)} (${fmt(median(withExt.map((x) => Math.max(phaseMax(x, 'serialize'), phaseMax(x, 'size'), phaseMax(x, 'send')))), 1)})`,
        `${fmt(median(withExt.map((x) => Math.max(phaseMax(x, 'anchor'), phaseMax(x, 'group'), phaseMax(x, 'badges')))), 1)}`,
        fmt(median(withExt.filter((x) => x.firstBadge !== null).map((x) => x.firstBadge! - x.load))),
        fmt(median(withExt.filter((x) => x.lastBadge !== null).map((x) => x.lastBadge! - x.load))),
      ]);
    }
  } finally {
    await chrome.close();
    await plain.close().catch(() => undefined);
    await server.close();
  }

  const header = ['page', 'size', 'status', 'badges', 'long tasks w/o ext (n / max ms)', 'with ext (n / max ms)', 'ours', 'init ms', 'detect ms (slices / longest)', 'serialize+send ms (longest)', 'longest badge slice ms', 'load→1st badge ms', 'load→last badge ms'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`Main thread in headless Chromium (medians of ${REPS} loads; long task = over ${LONG_TASK_MS} ms; "ours" = long tasks overlapping the extension's phases)`);
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log('');
  console.log(`Budget: extension-attributed long tasks: ${addedTasks === 0 ? 'none (ok)' : `${addedTasks} (over budget)`}`);
  console.log(
    `Before an article is detected (medians of the loads of each page, worst page): longest piece of our work on the main thread ` +
      `${worstPreDetect.toFixed(1)} ms (${worstPreDetect < PRE_DETECT_BUDGET_MS ? 'ok' : `over the ${PRE_DETECT_BUDGET_MS} ms budget`}); ` +
      `in all (start + every detection slice) ${worstPreDetectTotal.toFixed(1)} ms. Longest piece in any single load: ${worstPreDetectOnce.toFixed(1)} ms`,
  );
  for (const f of findings) console.log(`  ${f}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
