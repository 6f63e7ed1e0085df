/**
 * Corpus sweep in a real browser: a fixed sample of the shared corpus (articles and
 * non-articles from every folder, and the largest pages; see `pages/corpus-sample.ts`)
 * loads in headless Chromium with the extension in automatic mode. On every page:
 * - the extension finishes (ready, not-article or too-large; never an error);
 * - no uncaught error and no console error comes from the extension (content script or
 *   service worker); a control error raised in the content script's world proves both are seen;
 * - the page's own text is unchanged apart from the badges: `document.body.textContent`
 *   and the element count at DOMContentLoaded (before the content script runs, at
 *   document_idle), and `innerText` at load, equal those after the analysis with the badge
 *   hosts removed: no text changed, no element of the page's own was added or removed,
 *   nothing visible was hidden or shown.
 *
 * Pages are served inert (`inertPage`: no scripts but JSON-LD, no external resources),
 * which keeps the run offline, fast and deterministic; request interception aborts
 * anything that still asks for another origin. Each page keeps its original URL path.
 */
import type { ConsoleMessage, HTTPRequest, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, waitFor, type FixtureServer } from './harness';
import { corpusSample, servedPath, type CorpusEntry } from './pages/corpus-sample';
import { corpusPage, inertPage, launchChromiumWith, settledState, type ChromiumSessionX } from './pages/sessions';

/** Pages in the sweep: 24 from each article folder, 18 non-articles, the 3 largest pages. */
const SAMPLE = corpusSample(24, 18, 3);
/** Elements the extension adds to a page. */
const OWN = 'news-context-badge, news-context-highlight';

interface Outcome {
  entry: CorpusEntry;
  status: string;
  claims: number;
  badges: number;
  ms: number;
  textSame: boolean;
  detail: string;
}

let server: FixtureServer;
let chrome: ChromiumSessionX;
const paths = new Map<CorpusEntry, string>();
beforeAll(async () => {
  server = await startFixtureServer();
  SAMPLE.forEach((e, i) => {
    const p = servedPath(e, i);
    paths.set(e, p);
    server.route(p, inertPage(corpusPage(e.file)));
  });
  chrome = await launchChromiumWith({ auto: true });
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

/** The page's text and element count, optionally with the extension's elements taken out first. */
async function snapshot(page: Page): Promise<{ inner: string; content: string; elements: number; own: number }> {
  return page.evaluate((own: string) => {
    const mine = Array.from(document.querySelectorAll(own));
    for (const el of mine) el.remove();
    return { inner: document.body.innerText, content: document.body.textContent ?? '', elements: document.body.getElementsByTagName('*').length, own: mine.length };
  }, OWN);
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 30), i + 30))} vs ${JSON.stringify(b.slice(Math.max(0, i - 30), i + 30))}`;
}

describe('corpus sweep (Chromium, automatic mode)', () => {
  it(`analyses ${SAMPLE.length} corpus pages without an error of ours and leaves their text alone`, async () => {
    expect(SAMPLE.length).toBeGreaterThanOrEqual(60);
    expect(SAMPLE.filter((e) => e.kind === 'non-article').length).toBeGreaterThanOrEqual(10);
    const ours: string[] = [];
    const page = await chrome.browser.newPage();
    const ext = `chrome-extension://${chrome.extensionId}/`;
    let current = '';
    page.on('pageerror', (err: unknown) => {
      const e = err as Error;
      const text = `${e?.message ?? String(err)}\n${e?.stack ?? ''}`;
      if (text.includes(ext) || text.includes('news-context')) ours.push(`${current}: uncaught ${text.split('\n')[0]}`);
    });
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() !== 'error') return;
      if ((m.location().url ?? '').startsWith(ext) || m.text().includes('news-context')) ours.push(`${current}: console.error ${m.text()}`);
    });
    const sw = await chrome.worker();
    sw.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error') ours.push(`${current}: service worker console.error ${m.text()}`);
    });
    let aborted = 0;
    await page.setRequestInterception(true);
    page.on('request', (r: HTTPRequest) => {
      if (r.url().startsWith(server.origin + '/') && r.resourceType() === 'document') void r.continue();
      else {
        aborted++;
        void r.abort();
      }
    });
    // The page before the content script runs (document_idle comes after DOMContentLoaded):
    // its DOM text and elements then, and its rendered text at load (innerText needs the
    // layout, which a page with aborted requests may not have finished at DOMContentLoaded).
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { __ncBefore: { inner: string; content: string; elements: number } };
      document.addEventListener('DOMContentLoaded', () => {
        w.__ncBefore = { inner: '', content: document.body?.textContent ?? '', elements: document.body?.getElementsByTagName('*').length ?? 0 };
      });
      addEventListener('load', () => {
        // Badges already placed by now add nothing to innerText (their text is in shadow roots).
        if (w.__ncBefore) w.__ncBefore.inner = document.body?.innerText ?? '';
      });
    });

    const outcomes: Outcome[] = [];
    const t0 = Date.now();
    for (const entry of SAMPLE) {
      current = entry.name;
      const start = Date.now();
      await page.goto(server.url(paths.get(entry)!), { waitUntil: 'load', timeout: 30_000 });
      const state = await settledState(chrome, page, 45_000);
      const claims = (state.analysis as { claims?: unknown[] } | undefined)?.claims?.length ?? 0;
      if (state.status === 'ready' && claims > 0) {
        // Badges go in after the analysis, in slices: wait for them to appear and settle (a
        // page whose claims cannot be anchored gets none; give it a few seconds).
        let last = -1;
        await waitFor(async () => {
          const n = await page.evaluate((own: string) => document.querySelectorAll(own).length, OWN);
          const done = n > 0 && n === last;
          last = n;
          return done;
        }, 'badges', 5_000, 300).catch(() => undefined);
      }
      const before = (await page.evaluate(() => (window as unknown as { __ncBefore?: { inner: string; content: string; elements: number } }).__ncBefore)) ?? null;
      const after = await snapshot(page);
      const textSame = !!before && before.inner === after.inner && before.content === after.content && before.elements === after.elements;
      const detail = !before
        ? 'no DOMContentLoaded snapshot'
        : before.inner !== after.inner
          ? `innerText ${firstDifference(before.inner, after.inner)}`
          : before.content !== after.content
            ? `textContent ${firstDifference(before.content, after.content)}`
            : before.elements !== after.elements
              ? `elements ${before.elements} -> ${after.elements}`
              : '';
      outcomes.push({ entry, status: state.status, claims, badges: after.own, ms: Date.now() - start, textSame, detail });
    }
    const totalMs = Date.now() - t0;

    // Control: an error and a console error raised in the content script's world are seen.
    const realm = page.extensionRealms()[0];
    expect(realm).toBeTruthy();
    current = 'control';
    await realm!.evaluate(() => {
      console.error('[news-context] control');
      setTimeout(() => {
        throw new Error('news-context control');
      }, 0);
    });
    await waitFor(() => ours.filter((o) => o.startsWith('control:')).length >= 2, 'the control errors', 5_000);
    const errors = ours.filter((o) => !o.startsWith('control:'));
    // Control: a one-character change made from the content script's world is seen by the text check.
    await page.evaluate(() => {
      (window as unknown as { __ncBefore: unknown }).__ncBefore = { inner: document.body.innerText, content: document.body.textContent, elements: document.body.getElementsByTagName('*').length };
    });
    await realm!.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (/\S/.test(n.nodeValue ?? '') ? 1 : 3) });
      (walker.nextNode() as Text | null)?.appendData('!');
    });
    const controlBefore = (await page.evaluate(() => (window as unknown as { __ncBefore: { content: string } }).__ncBefore)).content;
    expect((await snapshot(page)).content).not.toBe(controlBefore);

    const count = (f: (o: Outcome) => boolean) => outcomes.filter(f).length;
    const slowest = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 3);
    console.log(
      [
        `corpus sweep: ${outcomes.length} pages in ${(totalMs / 1000).toFixed(1)} s (${aborted} requests aborted); ` +
          `ready ${count((o) => o.status === 'ready')} (${count((o) => o.claims > 0)} with claims, ${count((o) => o.badges > 0)} with badges), ` +
          `not-article ${count((o) => o.status === 'not-article')}, too-large ${count((o) => o.status === 'too-large')}, error ${count((o) => o.status === 'error')}`,
        `  articles judged not-article: ${count((o) => o.entry.kind === 'article' && o.status === 'not-article')} of ${count((o) => o.entry.kind === 'article')}; non-articles analysed: ${count((o) => o.entry.kind === 'non-article' && o.status === 'ready')} of ${count((o) => o.entry.kind === 'non-article')}`,
        `  claims found but no badge placed: ${outcomes.filter((o) => o.claims > 0 && o.badges === 0).map((o) => o.entry.name).join(', ') || 'none'}`,
        `  slowest: ${slowest.map((o) => `${o.entry.name} ${o.ms} ms`).join(', ')}`,
        `  errors of ours: ${errors.length}`,
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(outcomes.filter((o) => o.status === 'error' || o.status === 'analysing').map((o) => `${o.entry.name}: ${o.status}`)).toEqual([]);
    expect(outcomes.filter((o) => !o.textSame).map((o) => `${o.entry.name}: ${o.detail}`)).toEqual([]);
    // The sweep saw real work: articles badged and non-articles left alone.
    expect(count((o) => o.badges > 0)).toBeGreaterThanOrEqual(20);
    expect(count((o) => o.status === 'not-article')).toBeGreaterThanOrEqual(5);
  }, 240_000);
});
