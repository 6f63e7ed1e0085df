/**
 * The built extension in real headless Chromium and Firefox: the seed article gets its
 * badges and the popup its analysis; a non-article page gets neither badges nor an
 * analysis, and the popup says it is not an article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bodyText,
  corpusDir,
  launchChromium,
  launchFirefox,
  localeMessage,
  readBadges,
  repoRoot,
  screenshot,
  startFixtureServer,
  waitFor,
  type ChromiumSession,
  type FirefoxSession,
  type FixtureServer,
} from './harness';

/** What the popup must say on the seed page (../shared/seeds/EXPECTED.md). */
const ORIGINAL_REPORTER = 'NBC News';
/** "Originally reported by NBC News", as the popup words it (innerText applies its upper-casing). */
const ORIGIN_LINE = new RegExp(`${localeMessage('popupOriginLabel') ?? 'Originally reported by'}\\s*${ORIGINAL_REPORTER}`, 'i');
const SPEAKER = 'John Kirby';
/** A real news page with many attributions (a New York Times article saved by postlight/parser). */
const REAL_PAGE = join(corpusDir, 'extra/postlight-parser/www.nytimes.com--recent.html');
/** Served under its original path: the URL is one of detection's signals. */
const REAL_PATH = '/2018/10/09/us/politics/nikki-haley-united-nations.html';
/** The popup's not-an-article state offers "analyse anyway" (issue 2). */
const ANALYSE_ANYWAY = new RegExp(localeMessage('popupAnalyseAnyway') ?? 'analy[sz]e anyway', 'i');

let server: FixtureServer;
beforeAll(async () => {
  const dark = readFileSync(join(repoRoot, 'seeds/seed.html'), 'utf8').replace(
    '</head>',
    '<style>body,.main-inner,.sidebar .widget{background:#16181c!important;color:#e6e6e6!important}</style></head>',
  );
  server = await startFixtureServer({ '/seed-dark.html': dark, [REAL_PATH]: readFileSync(REAL_PAGE, 'utf8') });
});
afterAll(async () => {
  await server?.close();
});

/** Waits for the popup to leave its analysing state and returns its text. */
async function settledPopupText(popup: Page, expect: (text: string) => boolean): Promise<string> {
  return waitFor(async () => {
    const text = await bodyText(popup);
    return expect(text) ? text : null;
  }, 'the popup to show its result', 20_000);
}

/**
 * Copy keeps the article's own text (badges add nothing to a selection), and find-in-page
 * still matches text that runs across a badge ("…New York." [badge] "Richard Haass…").
 */
async function expectCopyAndFindIntact(page: Page): Promise<void> {
  const copied = await page.evaluate(() => {
    const body = document.querySelector('.post-body') ?? document.body;
    const sel = getSelection()!;
    sel.selectAllChildren(body);
    const s = sel.toString();
    sel.removeAllRanges();
    return s;
  });
  expect(copied).toContain('John Kirby, the national security spokesperson');
  expect(copied).not.toMatch(/Kirby → |NBC News → |Attributed to/);
  const acrossBadge = await page.evaluate(() => {
    const p = Array.from(document.querySelectorAll('p')).find((x) => x.textContent?.includes('in April in New York.'));
    const hasBadge = !!p?.querySelector('news-context-badge');
    getSelection()?.removeAllRanges();
    const found = (window as unknown as { find(s: string): boolean }).find('in New York. Richard Haass');
    getSelection()?.removeAllRanges();
    return { hasBadge, found };
  });
  expect(acrossBadge).toEqual({ hasBadge: true, found: true });
}

async function waitForBadges(page: Page, min: number) {
  return waitFor(async () => {
    const b = await readBadges(page);
    return b.count >= min ? b : null;
  }, `at least ${min} badges`, 20_000);
}

describe('Chromium', () => {
  let chrome: ChromiumSession;
  beforeAll(async () => {
    chrome = await launchChromium();
  });
  afterAll(async () => {
    await chrome?.close();
  });

  it('badges the seed article and shows its analysis in the real toolbar popup', async () => {
    const page = await chrome.browser.newPage();
    await page.goto(server.url('/seed.html'), { waitUntil: 'load' });
    // Nothing runs before the reader clicks: no host permission, no static content script.
    expect((await readBadges(page)).count).toBe(0);
    expect(await chrome.actionBadge(page)).toBe('');

    const popup = await chrome.openPopup(page);
    const text = await settledPopupText(popup, (t) => t.includes(ORIGINAL_REPORTER) && t.includes(SPEAKER));
    expect(text).toMatch(ORIGIN_LINE);
    expect(text).toContain(SPEAKER);

    const badges = await waitForBadges(page, 5);
    expect(badges.visible).toBe(true);
    expect(badges.labels.some((l) => l.startsWith('Kirby'))).toBe(true);
    expect(badges.labels.some((l) => l.startsWith('NBC News'))).toBe(true);
    // The toolbar badge counts the claims on this tab.
    const count = await waitFor(async () => Number(await chrome.actionBadge(page)), 'the toolbar badge');
    expect(count).toBeGreaterThanOrEqual(badges.count);

    await screenshot(popup, 'chromium-popup-seed');
    // The badged article, scrolled to the Kirby paragraph.
    await page.evaluate(() => {
      const hosts = Array.from(document.querySelectorAll('news-context-badge'));
      const kirby = hosts.find((h) => h.shadowRoot?.querySelector('.chip[data-label="Kirby"]'));
      kirby?.scrollIntoView({ block: 'center' });
    });
    await screenshot(page, 'chromium-seed-badges');

    // Hover shows the tooltip: speaker, role, cue, outlet, quote or paraphrase.
    const chip = await page.evaluateHandle(() =>
      Array.from(document.querySelectorAll('news-context-badge'))
        .map((h) => h.shadowRoot?.querySelector('.chip[data-label="Kirby"]'))
        .find(Boolean),
    );
    await (chip as unknown as { hover(): Promise<void> }).hover();
    const tip = await page.evaluate((el) => {
      const t = (el as Element).parentElement!.querySelector('.tip')!;
      return { shown: getComputedStyle(t).display !== 'none', text: t.textContent ?? '' };
    }, chip);
    expect(tip.shown).toBe(true);
    expect(tip.text).toContain('John Kirby');
    expect(tip.text).toContain('CBS News');
    await screenshot(page, 'chromium-seed-tooltip');
    await page.mouse.move(0, 0);

    await expectCopyAndFindIntact(page);
    await popup.close().catch(() => undefined);
  });

  it('jumps to a claim and hides the badges on request from the popup', async () => {
    const [page] = (await chrome.browser.pages()).filter((p) => p.url().endsWith('/seed.html'));
    expect(page).toBeTruthy();
    const popup = await chrome.openPopup(page!);
    await settledPopupText(popup, (t) => t.includes(SPEAKER));
    const tabId = await chrome.tabIdOf(page!);
    const last = await page!.evaluate(() => {
      const chips = Array.from(document.querySelectorAll('news-context-badge')).flatMap((h) =>
        Array.from(h.shadowRoot?.querySelectorAll<HTMLElement>('.chip') ?? []),
      );
      return Number(chips[0]?.dataset.claim ?? -1); // badges are in the page in document order
    });
    expect(last).toBeGreaterThanOrEqual(0);
    await page!.evaluate(() => window.scrollTo(0, 0));
    const res = await popup.evaluate(
      (id: number, index: number) => browser.tabs.sendMessage(id, { type: 'page/scroll-to-claim', payload: { index } }),
      tabId,
      last,
    );
    expect(res).toEqual({ ok: true });
    await waitFor(() => page!.evaluate(() => document.querySelector('news-context-highlight') !== null), 'the highlight');
    const boxes = await page!.evaluate(() => document.querySelector('news-context-highlight')?.shadowRoot?.querySelectorAll('.box').length ?? 0);
    expect(boxes).toBeGreaterThan(0);

    // A malformed message is ignored: no response, no effect.
    const bad = await popup
      .evaluate((id: number) => browser.tabs.sendMessage(id, { type: 'page/set-badges', payload: { visible: 'no' } }), tabId)
      .then(
        (r) => r ?? null,
        () => null,
      );
    expect(bad).toBeNull();
    expect((await readBadges(page!)).visible).toBe(true);

    // Injecting the content script again (a second click, automatic mode plus a click) starts nothing new.
    const before = await readBadges(page!);
    await popup.evaluate((id: number) => browser.scripting.executeScript({ target: { tabId: id }, files: ['content.js'] }), tabId);
    await new Promise((r) => setTimeout(r, 300));
    expect((await readBadges(page!)).count).toBe(before.count);
    const again = (await popup.evaluate((id: number) => browser.tabs.sendMessage(id, { type: 'page/state', payload: {} }), tabId)) as { status: string };
    expect(again.status).toBe('ready');

    const hidden = await popup.evaluate((id: number) => browser.tabs.sendMessage(id, { type: 'page/set-badges', payload: { visible: false } }), tabId);
    expect(hidden).toEqual({ ok: true });
    expect((await readBadges(page!)).visible).toBe(false);
    await popup.evaluate((id: number) => browser.tabs.sendMessage(id, { type: 'page/set-badges', payload: { visible: true } }), tabId);
    expect((await readBadges(page!)).visible).toBe(true);
    await popup.close().catch(() => undefined);
  });

  it('leaves a non-article page alone and says so in the popup, until the reader asks anyway', async () => {
    const page = await chrome.browser.newPage();
    await page.goto(server.url('/nonarticle.html'), { waitUntil: 'load' });
    const popup = await chrome.openPopup(page);
    const text = await settledPopupText(popup, (t) => ANALYSE_ANYWAY.test(t));
    expect(text).not.toContain(SPEAKER);
    await screenshot(popup, 'chromium-popup-nonarticle');
    expect((await readBadges(page)).count).toBe(0);
    expect(await chrome.actionBadge(page)).toBe('');

    // "Analyse anyway" runs the whole pipeline on the page.
    const button = await waitFor(
      () => popup.evaluateHandle((re: string) => Array.from(document.querySelectorAll('button')).find((b) => new RegExp(re, 'i').test(b.textContent ?? '')) ?? null, ANALYSE_ANYWAY.source),
      'the analyse-anyway button',
    );
    await (button as unknown as { click(): Promise<void> }).click();
    await settledPopupText(popup, (t) => !ANALYSE_ANYWAY.test(t) && !/analysing/i.test(t));
    expect(await chrome.actionBadge(page)).toMatch(/^\d+$/);
    await popup.close().catch(() => undefined);
  });

  it('anchors the claims of a real news page from the corpus', async () => {
    const page = await chrome.browser.newPage();
    await page.goto(server.url(REAL_PATH), { waitUntil: 'load' });
    const popup = await chrome.openPopup(page);
    await settledPopupText(popup, (t) => !/analysing/i.test(t) && t.length > 200);
    const tabId = await chrome.tabIdOf(page);
    const state = (await popup.evaluate(`browser.tabs.sendMessage(${tabId}, { type: 'page/state', payload: {} })`)) as {
      status: string;
      analysis: { claims: unknown[] };
    };
    expect(state.status).toBe('ready');
    const total = state.analysis.claims.length;
    expect(total).toBeGreaterThan(10);
    await waitForBadges(page, 5);
    await new Promise((r) => setTimeout(r, 500)); // badges are inserted in slices
    const anchored = await page.evaluate(() => {
      const ids = new Set<string>();
      for (const h of Array.from(document.querySelectorAll('news-context-badge'))) for (const i of (h.getAttribute('data-claims') ?? '').split(',')) ids.add(i);
      return ids.size;
    });
    console.log(`real page: ${anchored} of ${total} claims anchored to badges`);
    expect(anchored / total).toBeGreaterThanOrEqual(0.9);
    await popup.close().catch(() => undefined);
    await page.evaluate(() => document.querySelector('news-context-badge')?.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'chromium-real-page-badges');
  });

  it('says a browser page is out of reach', async () => {
    const page = await chrome.browser.newPage();
    await page.goto('chrome://version', { waitUntil: 'load' });
    const popup = await chrome.openPopup(page);
    const title = localeMessage('popupUnreachableTitle') ?? 'off-limits';
    const text = await settledPopupText(popup, (t) => t.includes(title));
    expect(text).toContain(title);
    await popup.close().catch(() => undefined);
  });

  it('follows a dark page with dark badges', async () => {
    const page = await chrome.browser.newPage();
    await page.goto(server.url('/seed-dark.html'), { waitUntil: 'load' });
    const popup = await chrome.openPopup(page);
    await settledPopupText(popup, (t) => t.includes(SPEAKER));
    await waitForBadges(page, 5);
    const schemes = await page.evaluate(() => Array.from(document.querySelectorAll('news-context-badge')).map((h) => h.getAttribute('data-scheme')));
    expect(new Set(schemes)).toEqual(new Set(['dark']));
    await popup.close().catch(() => undefined);
    await page.evaluate(() => {
      const hosts = Array.from(document.querySelectorAll('news-context-badge'));
      hosts.find((h) => h.shadowRoot?.querySelector('.chip[data-label="Kirby"]'))?.scrollIntoView({ block: 'center' });
    });
    await screenshot(page, 'chromium-seed-dark-badges');
  });
});

describe('Firefox', () => {
  let firefox: FirefoxSession;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('badges the seed article and shows its analysis in the popup page', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/seed.html'), { waitUntil: 'load' });
    expect((await readBadges(page)).count).toBe(0);

    const popup = await firefox.openPopupFor(page);
    const text = await settledPopupText(popup, (t) => t.includes(ORIGINAL_REPORTER) && t.includes(SPEAKER));
    expect(text).toMatch(ORIGIN_LINE);
    expect(text).toContain(SPEAKER);
    await screenshot(popup, 'firefox-popup-seed');

    const badges = await waitForBadges(page, 5);
    expect(badges.labels.some((l) => l.startsWith('Kirby'))).toBe(true);
    const count = await waitFor(async () => Number(await firefox.actionBadge(page)), 'the toolbar badge');
    expect(count).toBeGreaterThanOrEqual(badges.count);
    await expectCopyAndFindIntact(page);

    await page.bringToFront();
    await page.evaluate(() => {
      const hosts = Array.from(document.querySelectorAll('news-context-badge'));
      hosts.find((h) => h.shadowRoot?.querySelector('.chip[data-label="Kirby"]'))?.scrollIntoView({ block: 'center' });
    });
    await screenshot(page, 'firefox-seed-badges');
    await popup.close().catch(() => undefined);
  });

  it('leaves a non-article page alone and says so in the popup page', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/nonarticle.html'), { waitUntil: 'load' });
    const popup = await firefox.openPopupFor(page);
    const text = await settledPopupText(popup, (t) => ANALYSE_ANYWAY.test(t));
    expect(text).not.toContain(SPEAKER);
    await screenshot(popup, 'firefox-popup-nonarticle');
    expect((await readBadges(page)).count).toBe(0);
    expect(await firefox.actionBadge(page)).toBe('');
    await popup.close().catch(() => undefined);
  });
});

declare const browser: {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  scripting: { executeScript(o: { target: { tabId: number }; files: string[] }): Promise<unknown> };
};
