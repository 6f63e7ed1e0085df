/**
 * The popup and the options page as a reader uses them, in the built extension:
 * Chromium's real toolbar popup on the seed (mouse and keyboard jump to a claim, the
 * badges switch, Escape, axe-core with real layout and colours in light and dark,
 * screenshots), and the options page in both browsers (settings persist; automatic mode
 * stays off while the permission is not granted). A driver cannot answer the browser's
 * permission prompt (it stays open in both), so granting and revoking are covered by
 * tests/unit/options-app.test.tsx against the connector mock.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bodyText, launchChromium, launchFirefox, readBadges, screenshot, startFixtureServer, waitFor,
  type ChromiumSession, type FirefoxSession, type FixtureServer,
} from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

/** Waits until the popup leaves its analysing state (an analysed article, or a state message). */
async function popupReady(popup: Page): Promise<void> {
  await popup.waitForSelector('.nc-main > .nc-article, .nc-main > .nc-state', { timeout: 20_000 });
}

/** axe-core violations in `page` (with colour contrast, which needs real layout). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function highlightShown(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector('news-context-highlight') !== null);
}

async function clearHighlight(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector('news-context-highlight')?.remove());
}

describe('Chromium: the real toolbar popup', () => {
  let chrome: ChromiumSession;
  let page: Page;
  beforeAll(async () => {
    chrome = await launchChromium();
    page = await chrome.browser.newPage();
    await page.goto(server.url('/seed.html'), { waitUntil: 'load' });
  });
  afterAll(async () => {
    await chrome?.close();
  });

  it('credits NBC News as the original reporter and lists the seed\'s speakers, NBC News first (EXPECTED.md)', async () => {
    const popup = await chrome.openPopup(page);
    await popupReady(popup);
    const names = await popup.$$eval('.nc-speaker-name', (els) => els.map((e) => e.textContent));
    expect(names).toContain('John Kirby');
    expect(names[0]).toBe('NBC News');
    expect(await popup.$eval('.nc-origin', (e) => e.textContent)).toMatch(/^Originally reported byNBC News/);
    await popup.close().catch(() => undefined);
  });

  it('has no axe-core violations in light and dark, and keeps its width', async () => {
    const popup = await chrome.openPopup(page);
    await popupReady(popup);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      expect(await axeViolations(popup), scheme).toEqual([]);
      await screenshot(popup, `chromium-popup-${scheme}`);
    }
    await popup.emulateMediaFeatures([]);
    // The popup keeps its width whatever arrives: no horizontal scrolling.
    const { width, scrollWidth, innerWidth } = await popup.evaluate(() => ({
      width: document.body.clientWidth, scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
    }));
    expect(width).toBe(380);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await popup.close().catch(() => undefined);
  });

  it('jumps to a claim by mouse and by keyboard', async () => {
    const popup = await chrome.openPopup(page);
    await popupReady(popup);
    await clearHighlight(page);
    const kirby = await popup.waitForSelector('.nc-speaker[data-kind=person] .nc-claim');
    await kirby!.click();
    await waitFor(() => highlightShown(page), 'the highlight after a click');

    await clearHighlight(page);
    await popup.focus('input[type=search]');
    await popup.keyboard.press('ArrowDown');
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('nc-claim'))).toBe(true);
    await popup.keyboard.press('ArrowDown');
    const focused = await popup.evaluate(() => (document.activeElement as HTMLElement).dataset.claim);
    await popup.keyboard.press('Enter');
    await waitFor(() => highlightShown(page), 'the highlight after Enter');
    expect(await popup.evaluate(() => document.querySelector('[aria-current=true]')?.getAttribute('data-claim'))).toBe(focused);
    await popup.close().catch(() => undefined);
  });

  it('hides and shows the badges with its switch', async () => {
    const popup = await chrome.openPopup(page);
    await popupReady(popup);
    expect((await readBadges(page)).visible).toBe(true);
    await popup.click('[role=switch]');
    await waitFor(async () => !(await readBadges(page)).visible, 'the badges to hide');
    await popup.click('[role=switch]');
    await waitFor(async () => (await readBadges(page)).visible, 'the badges to show');
    await popup.close().catch(() => undefined);
  });

  it('closes on Escape', async () => {
    const popup = await chrome.openPopup(page);
    await popupReady(popup);
    // The popup can close before the driver hears back from the key press.
    await popup.keyboard.press('Escape').catch(() => undefined);
    await waitFor(() => popup.isClosed(), 'the popup to close', 5_000);
  });

  it('options page: keeps the reader\'s sites and format across a reload, and shows the permission as not granted', async () => {
    const options = await chrome.browser.newPage();
    await options.goto(`chrome-extension://${chrome.extensionId}/options.html`, { waitUntil: 'load' });
    await options.waitForSelector('#nc-site-input');
    expect(await bodyText(options)).toMatch(/Permission to read pages:\s*not granted/);
    await options.type('#nc-site-input', 'https://www.Example.org/news');
    await options.keyboard.press('Enter');
    await options.waitForSelector('.nc-site-host');
    await options.click('input[value=json]');
    await waitFor(() => options.$eval('[role=status]', (e) => e.textContent === 'Saved.'), 'the format to save');
    expect(await axeViolations(options)).toEqual([]);
    await screenshot(options, 'chromium-options');
    await options.reload({ waitUntil: 'load' });
    await options.waitForSelector('.nc-site-host');
    expect(await options.$$eval('.nc-site-host', (els) => els.map((e) => e.textContent))).toEqual(['www.example.org']);
    expect(await options.$eval('input[value=json]', (e) => (e as HTMLInputElement).checked)).toBe(true);
    await options.close();
  });

  it('on a site the reader turned off: a calm state with the host, "analyse this page once" analyses it, the settings unchanged', async () => {
    const host = new URL(page.url()).hostname;
    const settings = { version: 1, autoAnalyze: false, badges: true, neverRunOn: [host], exportFormat: 'markdown' };
    const stored = () => chrome.workerEval<{ settings?: unknown }>(`chrome.storage.local.get('settings')`);
    await chrome.workerEval(`chrome.storage.local.set({ settings: ${JSON.stringify(settings)} })`);
    try {
      const popup = await chrome.openPopup(page);
      await popupReady(popup);
      expect(await popup.$eval('.nc-state', (e) => e.className)).toContain('nc-state--info');
      expect(await popup.$eval('.nc-state-title', (e) => e.textContent)).toBe(`Off for ${host}`);
      for (const scheme of ['light', 'dark'] as const) {
        await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        expect(await axeViolations(popup), scheme).toEqual([]);
        await screenshot(popup, `chromium-popup-blocked-${scheme}`);
      }
      await popup.emulateMediaFeatures([]);
      // Keyboard: the first action is the first tab stop of the state.
      await popup.focus('.nc-state .nc-button--primary');
      expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Analyse this page once');
      await popup.keyboard.press('Enter');
      await popup.waitForSelector('.nc-origin-name', { timeout: 20_000 });
      expect(await popup.$eval('.nc-origin-name', (e) => e.textContent)).toBe('NBC News');
      expect((await stored()).settings).toEqual(settings);
      await popup.close().catch(() => undefined);
    } finally {
      await chrome.workerEval(`chrome.storage.local.remove('settings')`);
    }
  });
});

describe('Firefox: the popup page and the options page', () => {
  let firefox: FirefoxSession;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('popup page on the seed: keyboard into the claim list, no axe-core violations in light and dark', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/seed.html'), { waitUntil: 'load' });
    const popup = await firefox.openPopupFor(page);
    await popupReady(popup);
    await popup.focus('input[type=search]');
    await popup.keyboard.press('ArrowDown');
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('nc-claim'))).toBe(true);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]).catch(() => undefined);
      const applied = await popup.evaluate((s: string) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme);
      // Firefox over WebDriver BiDi may not emulate the colour scheme: check what it shows.
      if (!applied) continue;
      expect(await axeViolations(popup), scheme).toEqual([]);
      await screenshot(popup, `firefox-popup-${scheme}`);
    }
    await popup.close().catch(() => undefined);
    await page.close().catch(() => undefined);
  });

  it('asks for the host permission from the options page and keeps automatic analysis off until it is granted', async () => {
    // A driver cannot answer the browser's permission prompt: it stays open, and until the
    // reader says yes the page must keep automatic analysis off and say what it waits for.
    const options = await firefox.openExtensionPage('options.html');
    await waitFor(async () => /Permission to read pages:\s*not granted/.test(await bodyText(options)), 'the permission to show as not granted');
    await options.click('.nc-check input[type=checkbox]');
    await waitFor(() => options.$eval('[role=status]', (e) => /Answer the browser/.test(e.textContent ?? '')), 'the question to be said');
    expect(await options.$eval('.nc-check input[type=checkbox]', (e) => (e as HTMLInputElement).checked)).toBe(false);
    const stored = (await options.evaluate(() => {
      const ext = (globalThis as unknown as { browser: { storage: { local: { get(key: string): Promise<unknown> } } } }).browser;
      return ext.storage.local.get('settings');
    })) as { settings?: { autoAnalyze?: boolean } };
    expect(stored.settings?.autoAnalyze ?? false).toBe(false);
    await screenshot(options, 'firefox-options');
  });
});
