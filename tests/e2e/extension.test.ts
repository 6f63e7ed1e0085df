/**
 * The built extension in real headless Chromium and Firefox: the seed article gets its
 * badges and the popup its analysis; a non-article page gets neither badges nor an
 * analysis, and the popup says it is not an article.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bodyText,
  launchChromium,
  launchFirefox,
  localeMessage,
  readBadges,
  screenshot,
  startFixtureServer,
  waitFor,
  type ChromiumSession,
  type FirefoxSession,
  type FixtureServer,
} from './harness';

/** What the popup must say on the seed page (../shared/seeds/EXPECTED.md). */
const ORIGINAL_REPORTER = 'NBC News';
const SPEAKER = 'John Kirby';
/** The popup's not-an-article state offers "analyse anyway" (issue 2). */
const ANALYSE_ANYWAY = new RegExp(localeMessage('popupAnalyseAnyway') ?? 'analy[sz]e anyway', 'i');

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
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
    expect(text).toContain(ORIGINAL_REPORTER);
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

    // Copy keeps the article's own text: badges add nothing to a selection.
    const copied = await page.evaluate(() => {
      const body = document.querySelector('.post-body') ?? document.body;
      const sel = getSelection()!;
      sel.selectAllChildren(body);
      const s = sel.toString();
      sel.removeAllRanges();
      return s;
    });
    expect(copied).not.toMatch(/Kirby → |NBC News → /);
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

    const hidden = await popup.evaluate((id: number) => browser.tabs.sendMessage(id, { type: 'page/set-badges', payload: { visible: false } }), tabId);
    expect(hidden).toEqual({ ok: true });
    expect((await readBadges(page!)).visible).toBe(false);
    await popup.evaluate((id: number) => browser.tabs.sendMessage(id, { type: 'page/set-badges', payload: { visible: true } }), tabId);
    expect((await readBadges(page!)).visible).toBe(true);
    await popup.close().catch(() => undefined);
  });

  it('leaves a non-article page alone and says so in the popup', async () => {
    const page = await chrome.browser.newPage();
    await page.goto(server.url('/nonarticle.html'), { waitUntil: 'load' });
    const popup = await chrome.openPopup(page);
    const text = await settledPopupText(popup, (t) => ANALYSE_ANYWAY.test(t));
    expect(text).not.toContain(SPEAKER);
    await screenshot(popup, 'chromium-popup-nonarticle');
    expect((await readBadges(page)).count).toBe(0);
    expect(await chrome.actionBadge(page)).toBe('');
    await popup.close().catch(() => undefined);
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
    expect(text).toContain(ORIGINAL_REPORTER);
    expect(text).toContain(SPEAKER);
    await screenshot(popup, 'firefox-popup-seed');

    const badges = await waitForBadges(page, 5);
    expect(badges.labels.some((l) => l.startsWith('Kirby'))).toBe(true);
    const count = await waitFor(async () => Number(await firefox.actionBadge(page)), 'the toolbar badge');
    expect(count).toBeGreaterThanOrEqual(badges.count);

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

declare const browser: { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };
