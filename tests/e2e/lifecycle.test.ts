/**
 * The extension across a page's life: automatic mode (registered content script) in
 * Firefox, a single-page app that swaps its article, and the toolbar badge per tab,
 * cleared on navigation, in both browsers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bodyText,
  launchChromium,
  launchFirefox,
  readBadges,
  repoRoot,
  startFixtureServer,
  waitFor,
  type ChromiumSession,
  type FirefoxSession,
  type FixtureServer,
} from './harness';

/** The second article of the SPA: a different story with its own speakers. */
const SECOND_ARTICLE = [
  'The minister of finance resigned on Tuesday, according to Reuters.',
  'Jane Doe, a spokesperson for the ministry, told the Associated Press that the decision was final.',
  '“We will not comment further,” she said.',
  'Opposition leaders said the resignation came too late.',
];

/** The seed page plus a script that, like a single-page app, pushes a new URL and swaps in another article. */
function spaPage(): string {
  const seed = readFileSync(join(repoRoot, 'seeds/seed.html'), 'utf8');
  const script = `<script>
window.swapArticle = () => {
  history.pushState({}, '', '/spa/second');
  document.title = 'Finance minister resigns | Mamos Nigeria';
  const h = document.querySelector('h1, .post-title'); if (h) h.textContent = 'Finance minister resigns';
  const body = document.querySelector('.post-body') || document.querySelector('article');
  body.replaceChildren(...${JSON.stringify(SECOND_ARTICLE)}.map((t) => { const p = document.createElement('p'); p.textContent = t; return p; }));
};
</script>`;
  return seed.replace('</body>', `${script}</body>`);
}

/** The seed page whose article paragraphs arrive a second after load, as on pages that fetch their text. */
function latePage(): string {
  const seed = readFileSync(join(repoRoot, 'seeds/seed.html'), 'utf8');
  const start = seed.indexOf('<p>According to statements');
  const end = seed.indexOf('<div style="clear: both;"></div>');
  const script = `<script>setTimeout(() => {
  const t = document.getElementById('late');
  t.parentElement.insertBefore(t.content.cloneNode(true), t);
}, 1000);</script>`;
  return `${seed.slice(0, start)}<template id="late">${seed.slice(start, end)}</template>${seed.slice(end)}`.replace('</body>', `${script}</body>`);
}

const labelsOf = async (page: Page): Promise<string[]> => (await readBadges(page)).labels;

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({ '/spa/first': spaPage(), '/late.html': latePage() });
});
afterAll(async () => {
  await server?.close();
});

describe('Firefox: automatic mode and single-page navigation', () => {
  let firefox: FirefoxSession;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('registers the content script when switched on, and badges pages as they load', async () => {
    // The test build holds host access to 127.0.0.1, as if the reader had granted it.
    await firefox.extensionEval(`browser.storage.local.set({ settings: { version: 1, autoAnalyze: true, badges: true, neverRunOn: [], exportFormat: 'markdown' } })`);
    await waitFor(
      () => firefox.extensionEval<number>(`browser.scripting.getRegisteredContentScripts().then((s) => s.length)`),
      'the automatic-mode registration',
    );
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/seed.html'), { waitUntil: 'load' });
    const badges = await waitFor(async () => ((await readBadges(page)).count > 3 ? readBadges(page) : null), 'badges without a click');
    expect(badges.labels.some((l) => l.startsWith('Kirby'))).toBe(true);
    expect(Number(await waitFor(() => firefox.actionBadge(page), 'the toolbar badge'))).toBeGreaterThan(3);

    // Navigating the tab to a non-article clears the toolbar badge and shows no badges.
    await page.goto(server.url('/nonarticle.html'), { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 800));
    expect((await readBadges(page)).count).toBe(0);
    expect(await firefox.actionBadge(page)).toBe('');
    await page.close();
  });

  it('analyses article text that arrives after load', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/late.html'), { waitUntil: 'load' });
    expect(await page.evaluate(() => document.querySelectorAll('.post-body p').length)).toBe(0);
    const labels = await waitFor(async () => {
      const l = await labelsOf(page);
      return l.some((x) => x.startsWith('Kirby')) ? l : null;
    }, 'badges on the late text');
    expect(labels.length).toBeGreaterThan(5);
    await page.close();
  });

  it('gives a single-page app that swaps its article fresh badges', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/spa/first'), { waitUntil: 'load' });
    await waitFor(async () => (await labelsOf(page)).some((l) => l.startsWith('Kirby')), 'the first article\'s badges');
    await page.evaluate('window.swapArticle()');
    const labels = await waitFor(async () => {
      const l = await labelsOf(page);
      return l.length > 0 && !l.some((x) => x.startsWith('Kirby')) ? l : null;
    }, 'the second article\'s badges');
    expect(labels.some((l) => l.startsWith('Doe'))).toBe(true);
    expect(page.url()).toMatch(/\/spa\/second$/);
    const count = Number(await waitFor(() => firefox.actionBadge(page), 'the toolbar badge'));
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThan(8);
    await page.close();
  });

  it('unregisters the content script when switched off', async () => {
    await firefox.extensionEval(`browser.storage.local.set({ settings: { version: 1, autoAnalyze: false, badges: true, neverRunOn: [], exportFormat: 'markdown' } })`);
    await waitFor(
      async () => (await firefox.extensionEval<number>(`browser.scripting.getRegisteredContentScripts().then((s) => s.length)`)) === 0,
      'the registration to go',
    );
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/seed.html'), { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 800));
    expect((await readBadges(page)).count).toBe(0);
    await page.close();
  });
});

describe('Chromium: the toolbar badge per tab', () => {
  let chrome: ChromiumSession;
  beforeAll(async () => {
    chrome = await launchChromium();
  });
  afterAll(async () => {
    await chrome?.close();
  });

  it('counts claims per tab and clears on navigation', async () => {
    const article = await chrome.browser.newPage();
    await article.goto(server.url('/seed.html'), { waitUntil: 'load' });
    const popup = await chrome.openPopup(article);
    await waitFor(async () => (await bodyText(popup)).includes('John Kirby'), 'the analysis');
    await popup.close().catch(() => undefined);
    const count = await waitFor(async () => Number(await chrome.actionBadge(article)), 'the toolbar badge');

    const other = await chrome.browser.newPage();
    await other.goto(server.url('/nonarticle.html'), { waitUntil: 'load' });
    const popup2 = await chrome.openPopup(other);
    await waitFor(async () => /analy[sz]e anyway/i.test(await bodyText(popup2)), 'the not-an-article state');
    await popup2.close().catch(() => undefined);
    expect(await chrome.actionBadge(other)).toBe('');
    expect(Number(await chrome.actionBadge(article))).toBe(count);

    await article.reload({ waitUntil: 'load' });
    await waitFor(async () => (await chrome.actionBadge(article)) === '', 'the badge to clear on reload');
    expect((await readBadges(article)).count).toBe(0);
  });

  it('follows a single-page app to its next article after one click', async () => {
    const page = await chrome.browser.newPage();
    await page.goto(server.url('/spa/first'), { waitUntil: 'load' });
    const popup = await chrome.openPopup(page);
    await waitFor(async () => (await bodyText(popup)).includes('John Kirby'), 'the analysis');
    await popup.close().catch(() => undefined);
    await waitFor(async () => (await labelsOf(page)).some((l) => l.startsWith('Kirby')), 'the first article\'s badges');
    const first = Number(await chrome.actionBadge(page));
    await page.evaluate('window.swapArticle()');
    const labels = await waitFor(async () => {
      const l = await labelsOf(page);
      return l.length > 0 && !l.some((x) => x.startsWith('Kirby')) ? l : null;
    }, 'the second article\'s badges');
    expect(labels.some((l) => l.startsWith('Doe'))).toBe(true);
    const second = Number(await waitFor(() => chrome.actionBadge(page), 'the toolbar badge'));
    expect(second).toBeGreaterThanOrEqual(2);
    expect(second).toBeLessThan(first);
  });
});
