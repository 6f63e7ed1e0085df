/**
 * Messages are untrusted input: malformed and foreign messages sent to the content script
 * and to the background, in real browsers, are each refused (no answer, no effect) without
 * breaking anything; the extension still works afterwards.
 *
 * Senders tried: an extension context with bad envelopes and payloads (wrong types, missing
 * fields, out-of-range numbers, unknown types including the removed `article/analyze`,
 * 8 MB of junk, a serialised page over its cap); the content script's own
 * world sending junk to the background (Chromium: `page.extensionRealms()`); the web page
 * itself (`window.postMessage` imitating our envelopes, `chrome.runtime.sendMessage` where a
 * page can reach it); and, in Chromium, another installed extension that messages our
 * extension and our tab.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page, type Realm } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAGE_HTML_CHARS } from '../../src/messages';
import { CHROMIUM_PATH, ensureBuilt, readBadges, startFixtureServer, waitFor, type FixtureServer } from './harness';
import { launchFirefoxWith, privateDist, settledBadgeCount, settledState, type FirefoxSessionX } from './pages/sessions';

/** 8 MB of junk: far over every size limit of the validators, under the browsers' message limits. */
const HUGE = 'x'.repeat(8_000_000);

/** Malformed messages for the content script (its handlers: page/analyze, page/state, page/scroll-to-claim, page/set-badges). */
const BAD_TO_CONTENT: [string, unknown][] = [
  ['a string', 'page/set-badges'],
  ['null', null],
  ['an array', [{ type: 'page/set-badges', payload: { visible: false } }]],
  ['no type', { payload: { visible: false } }],
  ['a numeric type', { type: 42, payload: {} }],
  ['an unknown type', { type: 'page/delete-everything', payload: {} }],
  ['a background message', { type: 'tab/claims', payload: { count: 3 } }],
  ['no payload', { type: 'page/set-badges' }],
  ['a string payload', { type: 'page/set-badges', payload: 'false' }],
  ['visible as a string', { type: 'page/set-badges', payload: { visible: 'false' } }],
  ['visible as a number', { type: 'page/set-badges', payload: { visible: 0 } }],
  ['force as a string', { type: 'page/analyze', payload: { force: 'yes' } }],
  ['a negative index', { type: 'page/scroll-to-claim', payload: { index: -1 } }],
  ['a fractional index', { type: 'page/scroll-to-claim', payload: { index: 0.5 } }],
  ['a huge index', { type: 'page/scroll-to-claim', payload: { index: 1e15 } }],
  ['an index as a string', { type: 'page/scroll-to-claim', payload: { index: '0' } }],
  ['extra keys in page/state', { type: 'page/state', payload: { sneaky: true } }],
  ['a prototype-pollution payload', JSON.parse('{"type":"page/set-badges","payload":{"__proto__":{"visible":false}}}')],
];

/** A valid `article/analyze-page` payload, to break one field at a time. */
function pagePayload(over: Record<string, unknown> = {}): Record<string, unknown> {
  return { html: '<html><body><article><p>Officials said the talks were informal.</p></article></body></html>', detection: DETECTION, url: null, ...over };
}
const DETECTION = { verdict: 'article', score: 5, signals: [] };
/**
 * The removed `article/analyze` with the payload it used to accept (an article extracted in
 * the page): now an unknown type, dropped like any other.
 */
const REMOVED_ANALYZE = {
  type: 'article/analyze',
  payload: {
    article: {
      title: 'T', byline: [], publisher: null, published: null, modified: null, language: 'en', canonicalUrl: null,
      text: 'Officials said the talks were informal.', paragraphs: [{ start: 0, end: 39, path: [0], tag: 'p' }], provenance: [], links: [],
    },
    detection: DETECTION,
    url: null,
  },
};

/** Malformed messages for the background (its handlers: tab/claims, article/analyze-page). */
const BAD_TO_BACKGROUND: [string, unknown][] = [
  ['an unknown type', { type: 'article/exfiltrate', payload: {} }],
  ['the removed article/analyze', REMOVED_ANALYZE],
  ['a content message', { type: 'page/set-badges', payload: { visible: false } }],
  ['a negative count', { type: 'tab/claims', payload: { count: -1 } }],
  ['a count as a string', { type: 'tab/claims', payload: { count: '7' } }],
  ['a count beyond the limit', { type: 'tab/claims', payload: { count: 1e9 } }],
  ['no html', { type: 'article/analyze-page', payload: pagePayload({ html: undefined }) }],
  ['a bad verdict', { type: 'article/analyze-page', payload: pagePayload({ detection: { ...DETECTION, verdict: 'pwned' } }) }],
  ['more detection signals than the limit', { type: 'article/analyze-page', payload: pagePayload({ detection: { ...DETECTION, signals: Array.from({ length: 201 }, (_, i) => `s${i}`) } }) }],
  ['a javascript: page URL', { type: 'article/analyze-page', payload: pagePayload({ url: 'javascript:alert(1)' }) }],
  ['html as a number', { type: 'article/analyze-page', payload: pagePayload({ html: 12 }) }],
  ['a page URL of 8 MB', { type: 'article/analyze-page', payload: pagePayload({ url: '__HUGE__' }) }],
  ['a detection signal of 8 MB', { type: 'article/analyze-page', payload: pagePayload({ detection: { ...DETECTION, signals: ['__HUGE__'] } }) }],
  ['html over its cap', { type: 'article/analyze-page', payload: pagePayload({ html: '__OVER_HTML_CAP__' }) }],
];

/**
 * Serialises a message for `evaluate`, with `__HUGE__` standing for {@link HUGE} and
 * `__OVER_HTML_CAP__` for one character more than `MAX_PAGE_HTML_CHARS` (both built in the
 * browser, not sent over the wire).
 */
function messageExpr(msg: unknown): string {
  return JSON.stringify(msg)
    .replace(/"__HUGE__"/g, `'x'.repeat(${HUGE.length})`)
    .replace(/"__OVER_HTML_CAP__"/g, `'x'.repeat(${MAX_PAGE_HTML_CHARS + 1})`);
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

/** The page's own attempts, from its main world: postMessage imitations and runtime messaging. */
async function attackFromPage(page: Page, extensionId: string | null): Promise<string> {
  return page.evaluate(async (id: string | null) => {
    const envelopes = [
      { type: 'page/set-badges', payload: { visible: false } },
      { type: 'page/analyze', payload: { force: true } },
      { type: 'tab/claims', payload: { count: 99 } },
    ];
    for (const e of envelopes) {
      window.postMessage(e, '*');
      window.postMessage(JSON.stringify(e), '*');
      window.postMessage({ source: 'news-context', ...e }, '*');
      document.dispatchEvent(new CustomEvent('news-context', { detail: e }));
    }
    const c = (globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } }).chrome;
    if (!c?.runtime?.sendMessage) return 'no runtime.sendMessage in the page';
    try {
      const r = await c.runtime.sendMessage(id, envelopes[0]);
      return `answered: ${JSON.stringify(r)}`;
    } catch (err) {
      return `refused: ${String(err)}`;
    }
  }, extensionId);
}

describe('Chromium', () => {
  let browser: Browser;
  let userDataDir: string;
  let foreignDir: string;
  let dist: string;
  let extensionId: string;
  let foreignId: string;

  beforeAll(async () => {
    ensureBuilt();
    dist = privateDist('chrome');
    // Another extension with access to the same pages: it tries to talk to ours.
    foreignDir = mkdtempSync(join(tmpdir(), 'nc-foreign-ext-'));
    writeFileSync(
      join(foreignDir, 'manifest.json'),
      JSON.stringify({ manifest_version: 3, name: 'Foreign', version: '1.0', background: { service_worker: 'sw.js' }, permissions: ['tabs', 'scripting'], host_permissions: ['http://127.0.0.1/*'] }),
    );
    writeFileSync(join(foreignDir, 'sw.js'), '/* driven by the test */\n');
    userDataDir = mkdtempSync(join(tmpdir(), 'nc-chromium-msg-'));
    browser = await puppeteer.launch({
      executablePath: CHROMIUM_PATH,
      browser: 'chrome',
      headless: true,
      pipe: true,
      enableExtensions: [dist, foreignDir],
      userDataDir,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const ids = new Map<string, string>();
    await waitFor(async () => {
      for (const t of browser.targets()) {
        if (t.type() !== 'service_worker' || !t.url().startsWith('chrome-extension://')) continue;
        const u = new URL(t.url());
        ids.set(u.pathname, u.host);
      }
      return ids.has('/background.js') && ids.has('/sw.js');
    }, 'both service workers');
    extensionId = ids.get('/background.js')!;
    foreignId = ids.get('/sw.js')!;
  });
  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    if (foreignDir) rmSync(foreignDir, { recursive: true, force: true });
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  const sw = async (id: string) => {
    const t = await browser.waitForTarget((x) => x.type() === 'service_worker' && x.url().startsWith(`chrome-extension://${id}/`));
    return (await t.worker())!;
  };

  it('refuses malformed and foreign messages to the content script and the background, and keeps working', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/seed.html'), { waitUntil: 'load' });
    // Analyse through the real toolbar button (the content script is injected on demand).
    const ext = (await browser.extensions()).get(extensionId)!;
    await page.triggerExtensionAction(ext);
    const popupTarget = await browser.waitForTarget((t) => t.url().startsWith(`chrome-extension://${extensionId}/popup.html`));
    const popup = (await popupTarget.asPage())!;
    await waitFor(async () => /Kirby/.test(await popup.evaluate(() => document.body.innerText)), 'the popup analysis', 30_000);
    const badgeCount = await settledBadgeCount(page, 1);
    const ours = await sw(extensionId);
    const tabId = (await ours.evaluate(`chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((t) => t[0].id)`)) as number;

    // 1. Junk to the content script, from our own extension (the only sender it accepts).
    const toContent: Record<string, unknown> = {};
    for (const [name, msg] of [...BAD_TO_CONTENT, ['8 MB of junk in page/state', { type: 'page/state', payload: { junk: '__HUGE__' } }] as [string, unknown]]) {
      toContent[name] = await ours.evaluate(
        `chrome.tabs.sendMessage(${tabId}, ${messageExpr(msg)}, { frameId: 0 }).then((r) => r === undefined ? null : r, (e) => 'rejected')`,
      );
    }
    for (const [name, r] of Object.entries(toContent)) expect([name, r]).toEqual([name, expect.toBeOneOf([null, 'rejected'])]);
    expect((await readBadges(page)).visible).toBe(true);

    // 2. Junk to the background, from the content script's own world (a sender with a tab).
    const toolbarBefore = (await ours.evaluate(`chrome.action.getBadgeText({ tabId: ${tabId} })`)) as string;
    expect(Number(toolbarBefore)).toBeGreaterThan(0);
    const realm: Realm | undefined = page.extensionRealms()[0];
    expect(realm).toBeTruthy();
    const toBackground: Record<string, unknown> = {};
    for (const [name, msg] of BAD_TO_BACKGROUND) {
      toBackground[name] = await realm!.evaluate(`chrome.runtime.sendMessage(${messageExpr(msg)}).then((r) => r === undefined ? null : r, () => 'rejected')`);
    }
    for (const [name, r] of Object.entries(toBackground)) expect([name, r]).toEqual([name, expect.toBeOneOf([null, 'rejected'])]);
    // A tab-less sender (an extension page) may not have pages analysed (a valid payload,
    // refused for the sender alone), nor use the removed article/analyze.
    const fromPopup: Record<string, unknown> = {};
    for (const [name, msg] of [
      ['a valid article/analyze-page', { type: 'article/analyze-page', payload: pagePayload() }],
      ['the removed article/analyze', REMOVED_ANALYZE],
    ] as [string, unknown][]) {
      fromPopup[name] = await popup.evaluate(`chrome.runtime.sendMessage(${messageExpr(msg)}).then((r) => r === undefined ? null : r, () => 'rejected')`);
    }
    for (const [name, r] of Object.entries(fromPopup)) expect([name, r]).toEqual([name, expect.toBeOneOf([null, 'rejected'])]);
    // The toolbar count is what the real analysis reported (no junk count got through).
    expect(await ours.evaluate(`chrome.action.getBadgeText({ tabId: ${tabId} })`)).toBe(toolbarBefore);

    // 3. The page itself: imitations of our envelopes, and runtime messaging if it can reach it.
    const pageAttempt = await attackFromPage(page, extensionId);
    await new Promise((r) => setTimeout(r, 500));
    expect(pageAttempt).not.toMatch(/^answered/);
    expect((await readBadges(page)).visible).toBe(true);

    // 4. Another extension: messages to our background and to our content script never arrive.
    const foreign = await sw(foreignId);
    const foreignToOurs = await foreign.evaluate(
      `chrome.runtime.sendMessage(${JSON.stringify(extensionId)}, { type: 'tab/claims', payload: { count: 7 } }).then((r) => 'answered ' + JSON.stringify(r), (e) => 'refused: ' + e.message)`,
    );
    const foreignToTab = await foreign.evaluate(
      `chrome.tabs.sendMessage(${tabId}, { type: 'page/set-badges', payload: { visible: false } }).then((r) => 'answered ' + JSON.stringify(r), (e) => 'refused: ' + e.message)`,
    );
    // Its own script in the page, messaging our extension by id.
    const foreignInPage = await foreign.evaluate(
      `chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: (id) => chrome.runtime.sendMessage(id, { type: 'page/set-badges', payload: { visible: false } }).then((r) => 'answered ' + JSON.stringify(r), (e) => 'refused: ' + e.message), args: [${JSON.stringify(extensionId)}] }).then((res) => res[0].result)`,
    );
    console.log(`messages (Chromium): ${Object.keys(toContent).length} to the content script and ${Object.keys(toBackground).length + Object.keys(fromPopup).length} to the background refused; the page: ${pageAttempt}; another extension: to our background ${foreignToOurs}; to our tab ${foreignToTab}; from its script in the page ${foreignInPage}`);
    expect(foreignToOurs).toMatch(/^refused/);
    expect(foreignToTab).toMatch(/^refused/);
    expect(foreignInPage).toMatch(/^refused/);
    expect((await readBadges(page)).visible).toBe(true);
    expect((await readBadges(page)).count).toBe(badgeCount);

    // 5. Everything still works: the page answers, the background counts claims, the popup analyses.
    const state = (await ours.evaluate(`chrome.tabs.sendMessage(${tabId}, { type: 'page/state', payload: {} }, { frameId: 0 })`)) as { status: string };
    expect(state.status).toBe('ready');
    expect(await realm!.evaluate(`chrome.runtime.sendMessage({ type: 'tab/claims', payload: { count: 3 } })`)).toEqual({ ok: true });
    expect(await ours.evaluate(`chrome.action.getBadgeText({ tabId: ${tabId} })`)).toBe('3');
    const hidden = await ours.evaluate(`chrome.tabs.sendMessage(${tabId}, { type: 'page/set-badges', payload: { visible: false } }, { frameId: 0 })`);
    expect(hidden).toEqual({ ok: true });
    expect((await readBadges(page)).visible).toBe(false);
    await popup.close().catch(() => undefined);
  });
});

describe('Firefox', () => {
  let firefox: FirefoxSessionX;
  beforeAll(async () => {
    firefox = await launchFirefoxWith({ auto: true });
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('refuses malformed messages and the page\'s imitations, and keeps working', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/seed.html'), { waitUntil: 'load' });
    expect((await settledState(firefox, page)).status).toBe('ready');
    const badgeCount = await settledBadgeCount(page, 1);
    const tabId = await firefox.tabIdOf(page);

    const toContent: Record<string, unknown> = {};
    for (const [name, msg] of [...BAD_TO_CONTENT, ['8 MB of junk in page/state', { type: 'page/state', payload: { junk: '__HUGE__' } }] as [string, unknown]]) {
      toContent[name] = await firefox.extensionEval(
        `browser.tabs.sendMessage(${tabId}, ${messageExpr(msg)}, { frameId: 0 }).then((r) => r === undefined ? null : r, () => 'rejected')`,
      );
    }
    for (const [name, r] of Object.entries(toContent)) expect([name, r]).toEqual([name, expect.toBeOneOf([null, 'rejected'])]);
    // To the background, from an extension page. (It is open in a tab here, so it counts as a
    // sender with a tab: only the payload checks are tried, not the tab-less refusal.)
    const toBackground: Record<string, unknown> = {};
    for (const [name, msg] of BAD_TO_BACKGROUND) {
      toBackground[name] = await firefox.extensionEval(`browser.runtime.sendMessage(${messageExpr(msg)}).then((r) => r === undefined ? null : r, () => 'rejected')`);
    }
    for (const [name, r] of Object.entries(toBackground)) expect([name, r]).toEqual([name, expect.toBeOneOf([null, 'rejected'])]);

    const pageAttempt = await attackFromPage(page, 'news-context@news-context.example');
    await new Promise((r) => setTimeout(r, 500));
    console.log(`messages (Firefox): ${Object.keys(toContent).length} to the content script and ${Object.keys(toBackground).length} to the background refused; the page: ${pageAttempt}`);
    expect(pageAttempt).not.toMatch(/^answered/);
    expect((await readBadges(page)).visible).toBe(true);
    expect((await readBadges(page)).count).toBe(badgeCount);

    const state = (await firefox.sendToTab(page, { type: 'page/state', payload: {} })) as { status: string };
    expect(state.status).toBe('ready');
    expect(await firefox.sendToTab(page, { type: 'page/set-badges', payload: { visible: false } })).toEqual({ ok: true });
    expect((await readBadges(page)).visible).toBe(false);
  });
});
