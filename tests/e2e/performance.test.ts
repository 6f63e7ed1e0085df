/**
 * The page's main thread stays free: on a 10,000-word article, no task of the content
 * script (detection, serialising the page, anchoring, badges) should run longer than 50 ms;
 * extraction and attribution run in the background. On a long story that only its text can
 * decide, detection runs in several idle slices after the script's start, with the page's own
 * timers between them. Chromium only (the Long Tasks API). Prints the figures it measures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyText, launchChromium, readBadges, repoRoot, startFixtureServer, waitFor, type ChromiumSession, type FixtureServer } from './harness';
import { unmarkedStoryPage } from './pages/pathological';

/** The budget of one task: beyond 50 ms a task is a long task that a reader can feel. */
const LONG_TASK_MS = 50;
/**
 * Wall-clock task times depend on the machine's load (a shared 2-core box inflates them
 * several times), so the 50 ms budget is enforced with NC_STRICT_PERF=1 on a quiet machine;
 * otherwise the test prints the figures and only catches gross regressions (work that
 * belongs in the background, such as attribution, moved into the page).
 */
const STRICT = process.env.NC_STRICT_PERF === '1';
const LIMIT_MS = STRICT ? LONG_TASK_MS : 200;
const TARGET_WORDS = 10_000;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A long news article made of the seed's paragraphs, each made unique, with article metadata. */
export function longArticlePage(words = TARGET_WORDS): string {
  const seed = readFileSync(join(repoRoot, 'seeds/seed.txt'), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length > 12);
  const paragraphs: string[] = [];
  let count = 0;
  for (let round = 1; count < words; round++) {
    for (const p of seed) {
      const text = `${p} (Update ${round}.)`;
      paragraphs.push(`<p>${esc(text)}</p>`);
      count += text.split(/\s+/).length;
    }
  }
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'A very long report on the secret talks', author: { '@type': 'Person', name: 'Test Writer' }, publisher: { '@type': 'Organization', name: 'Test Times' }, datePublished: '2023-07-07T19:12:00Z' });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long report | Test Times</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Test Times">
<meta property="article:published_time" content="2023-07-07T19:12:00Z">
<script type="application/ld+json">${ld}</script>
<script>
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
</script></head>
<body><header><a href="/">Test Times</a></header><main><article>
<h1>A very long report on the secret talks</h1><p class="byline">By Test Writer</p>
${paragraphs.join('\n')}
</article></main><footer>© Test Times</footer></body></html>`;
}

let server: FixtureServer;
let chrome: ChromiumSession;
beforeAll(async () => {
  server = await startFixtureServer({ '/long.html': longArticlePage(), '/2024/05/01/council-approves-budget-plan.html': unmarkedStoryPage(6_000, { recordTurns: true }) });
  chrome = await launchChromium();
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

describe('main-thread budget', () => {
  it(`keeps every task short on a ${TARGET_WORDS}-word article (budget ${LONG_TASK_MS} ms)`, async () => {
    const page = await chrome.browser.newPage();
    await page.goto(server.url('/long.html'), { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 300)); // let the page's own load settle
    const t0 = await page.evaluate(() => performance.now());
    const popup = await chrome.openPopup(page);
    await waitFor(async () => /Test Times|NBC News/.test(await bodyText(popup)), 'the popup result', 30_000);
    // Badges are inserted in slices: wait until their number stops growing.
    let last = -1;
    const badges = await waitFor(async () => {
      const b = await readBadges(page);
      const done = b.count > 0 && b.count === last;
      last = b.count;
      return done ? b : null;
    }, 'badges to settle', 30_000, 400);
    const t1 = await page.evaluate(() => performance.now());
    const tasks = (await page.evaluate(() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks)).filter(
      (t) => t.start >= t0 && t.start <= t1,
    );
    const words = await page.evaluate(() => document.querySelector('article')!.textContent!.split(/\s+/).length);
    const longest = Math.max(0, ...tasks.map((t) => t.duration));
    console.log(`performance: ${words} words, ${badges.count} badges, ${Math.round(t1 - t0)} ms from click to settled badges, long tasks: ${tasks.length ? tasks.map((t) => Math.round(t.duration)).join(', ') + ' ms' : 'none'}`);
    const tabId = await chrome.tabIdOf(page);
    const state = (await popup.evaluate(
      `browser.tabs.sendMessage(${tabId}, { type: 'page/state', payload: {} })`,
    )) as { status: string; analysis?: { timings: Record<string, number> } };
    const tm = state.analysis?.timings ?? {};
    console.log(`performance: detect ${tm.detectMs?.toFixed(1)} ms in the page; extract ${tm.extractMs?.toFixed(1)} ms and attribute ${tm.attributeMs?.toFixed(1)} ms in the background; ${tm.totalMs?.toFixed(1)} ms in all`);
    const phases = await page.evaluate((from: number) => {
      const out: Record<string, number> = {};
      for (const m of performance.getEntriesByType('measure')) {
        if (!m.name.startsWith('news-context:') || m.startTime < from) continue;
        const k = m.name.slice('news-context:'.length);
        out[k] = Math.max(out[k] ?? 0, Math.round(m.duration * 10) / 10);
      }
      return out;
    }, t0);
    console.log(`performance: longest slice per phase (ms): ${JSON.stringify(phases)}`);
    // The instrument works and sees the content script's world: an 80 ms task started
    // there (a timer task, as the content script's own work is) is seen as a long task.
    const realm = page.extensionRealms()[0];
    expect(realm).toBeTruthy();
    await realm!.evaluate(() => {
      setTimeout(() => {
        const end = performance.now() + 80;
        while (performance.now() < end);
      }, 0);
    });
    await waitFor(() => page.evaluate((t: number) => (window as unknown as { __longTasks: { start: number }[] }).__longTasks.some((x) => x.start > t), t1), 'the control long task');
    expect(words).toBeGreaterThanOrEqual(TARGET_WORDS);
    expect(badges.count).toBeGreaterThan(100);
    expect(longest).toBeLessThan(LIMIT_MS);
    await popup.close().catch(() => undefined);
  });
  it('detects in slices that leave the page its turns, after the script has started', async () => {
    const page = await chrome.browser.newPage();
    await page.goto(server.url('/2024/05/01/council-approves-budget-plan.html'), { waitUntil: 'load' });
    const popup = await chrome.openPopup(page);
    // Detection is over once the page has been serialised for the background (it is an article).
    await waitFor(async () => (await page.evaluate(() => performance.getEntriesByName('news-context:serialize').length)) > 0, 'detection to end', 30_000);
    const { init, detect, turns } = await page.evaluate(() => {
      const spans = (name: string) => performance.getEntriesByName(`news-context:${name}`).map((m) => ({ start: m.startTime, end: m.startTime + m.duration }));
      return { init: spans('init'), detect: spans('detect'), turns: (window as unknown as { __turns: number[] }).__turns };
    });
    const longest = Math.max(...detect.map((d) => d.end - d.start));
    console.log(`performance: unmarked story slices: ${detect.map((d) => (d.end - d.start).toFixed(1)).join(" ")}`);
    console.log(`performance: unmarked story, detection in ${detect.length} slices, longest ${longest.toFixed(1)} ms, ${(detect.reduce((a, d) => a + d.end - d.start, 0)).toFixed(1)} ms in all`);
    expect(init.length).toBe(1);
    // The walk of tens of thousands of nodes does not fit in one slice...
    expect(detect.length).toBeGreaterThan(1);
    // ...every slice runs in a task after the script's start...
    for (const d of detect) expect(d.start).toBeGreaterThanOrEqual(init[0]!.end);
    // ...and the page's own timers run between slices.
    const between = detect.slice(1).filter((d, i) => turns.some((t) => t >= detect[i]!.end && t <= d.start)).length;
    expect(between).toBeGreaterThan(0);
    await popup.close().catch(() => undefined);
    await page.close();
  });
});
