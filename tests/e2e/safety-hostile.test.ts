/**
 * Page text is data: `pages/hostile.html` puts markup and script into every string a
 * reader sees (title, headline, byline, quotes, speaker roles, outlet names, JSON-LD,
 * meta tags, `javascript:` links). In both browsers the extension analyses it, and
 * nothing of it executes or becomes markup in the badges and their tooltips (shadow
 * roots), the popup, the Markdown and JSON exports, or the options page (fed tampered
 * settings and a hostile site name).
 *
 * Three detectors, so that a failure cannot hide: every payload sets `window.__pwned` if a
 * handler of it ever runs; loads `<origin>/pwned/<where>` from the fixture server if it is
 * ever parsed as markup (even where a CSP stops its handlers, as in extension pages); and
 * its elements (img, script, iframe, svg onload, marquee...) are looked for in every DOM
 * the extension builds. The page is served with inline handlers allowed, so markup that got
 * through would run. The tests also check that the hostile strings reached each surface as
 * text: the attack was delivered, and rendered inert.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, startFixtureServer, waitFor, type FixtureServer } from './harness';
import { launchChromiumWith, launchFirefoxWith, settledBadgeCount, type ChromiumSessionX, type FirefoxSessionX } from './pages/sessions';

const HOSTILE = readFileSync(join(repoRoot, 'tests/e2e/pages/hostile.html'), 'utf8');
/** Elements that only page markup could have put there. */
const FORBIDDEN_TAGS = ['IMG', 'SCRIPT', 'IFRAME', 'MARQUEE', 'STATE', 'OBJECT', 'EMBED', 'FRAME', 'META', 'LINK', 'BASE'];

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
  server.route('/hostile.html', HOSTILE.replaceAll('__ORIGIN__', server.origin));
});
afterAll(async () => {
  await server?.close();
});

/** What a DOM tree holds that page markup could have put there. */
interface MarkupReport {
  forbidden: string[];
  handlers: string[];
  badLinks: string[];
  text: string;
}

/**
 * Inspects the extension-built DOM of `page`: what the extension page's app rendered
 * (`where: 'app'`, the `#app` element) or every badge host's shadow root (`where: 'badges'`).
 */
async function inspect(page: Page, where: 'app' | 'badges'): Promise<MarkupReport> {
  return page.evaluate(
    (w: string, forbiddenTags: string[]) => {
      const roots: ParentNode[] =
        w === 'app'
          ? [document.querySelector('#app') ?? document.body]
          : Array.from(document.querySelectorAll('news-context-badge')).map((h) => h.shadowRoot as ParentNode).filter(Boolean);
      const forbidden: string[] = [];
      const handlers: string[] = [];
      const badLinks: string[] = [];
      let text = '';
      for (const root of roots) {
        for (const el of Array.from(root.querySelectorAll('*'))) {
          if (forbiddenTags.includes(el.tagName.toUpperCase())) forbidden.push(el.tagName);
          for (const a of Array.from(el.attributes)) if (/^on/i.test(a.name)) handlers.push(`${el.tagName}[${a.name}]`);
          const href = el.getAttribute('href') ?? el.getAttribute('xlink:href');
          if (href !== null && !/^(https?:|#|chrome-extension:|moz-extension:)/i.test(href)) badLinks.push(href);
        }
        // Text nodes only (a shadow root's style sheet is no text the reader sees).
        for (const el of Array.from(root.querySelectorAll('*'))) {
          if (el.tagName === 'STYLE') continue;
          for (const n of Array.from(el.childNodes)) if (n.nodeType === 3) text += n.nodeValue;
          text += ' ';
        }
        text += '\n';
      }
      return { forbidden, handlers, badLinks, text };
    },
    where,
    FORBIDDEN_TAGS,
  );
}

/** Opens every disclosure of the popup, so that everything it can show is in its DOM. */
async function expandAll(popup: Page): Promise<void> {
  for (let i = 0; i < 5; i++) {
    const n = await popup.evaluate(() => {
      const closed = Array.from(document.querySelectorAll<HTMLElement>('[aria-expanded="false"]'));
      for (const b of closed) b.click();
      return closed.length;
    });
    if (n === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Copies the summary in both formats through the popup's own buttons; returns what reached the clipboard. */
async function exportBoth(popup: Page): Promise<string[]> {
  await popup.evaluate(() => {
    const w = window as unknown as { __copied: string[] };
    w.__copied = [];
    Object.defineProperty(navigator.clipboard, 'writeText', { value: async (t: string) => void w.__copied.push(t), configurable: true });
    for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('.nc-export button'))) b.click();
  });
  return waitFor(async () => {
    const copied = await popup.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    return copied.length >= 2 ? copied : null;
  }, 'both exports');
}

/** Settings as a tampered or corrupted storage could hold them. */
function tamperedSettings(origin: string): Record<string, unknown> {
  return {
    version: 1,
    autoAnalyze: false,
    badges: true,
    neverRunOn: [`<img src=${origin}/pwned/options-stored onerror="window.__pwned='options'">`, `evil.example"><svg onload="window.__pwned=1">`, 'javascript:alert(1)', 'good.example'],
    exportFormat: `<img src=${origin}/pwned/options-format>`,
  };
}

/** Types a hostile "site" into the options page's own form and submits it; waits for its refusal. */
async function addHostileSite(options: Page, origin: string): Promise<void> {
  const input = await options.waitForSelector('#nc-site-input');
  await input!.type(`<img src=${origin}/pwned/options-input onerror="alert(1)">`);
  await options.evaluate(() => document.querySelector<HTMLFormElement>('.nc-site-form')?.requestSubmit());
  await waitFor(() => options.evaluate(() => document.querySelector('#nc-site-error') !== null), 'the site error');
}

function pwnedRequests(): string[] {
  return server.requests.filter((p) => p.startsWith('/pwned/'));
}

/** The checks shared by both browsers on the analysed page, the popup and the exports. */
async function checkPageAndPopup(page: Page, popup: Page): Promise<void> {
  // The page: analysed, badged, and nothing ran.
  const badges = await inspect(page, 'badges');
  expect(await page.evaluate(() => document.querySelectorAll('news-context-badge').length)).toBeGreaterThan(0);
  expect(badges.forbidden).toEqual([]);
  expect(badges.handlers).toEqual([]);
  expect(badges.badLinks).toEqual([]);
  // The tooltips carry a role written as markup, as text.
  expect(badges.text, `badge text: ${badges.text}`).toContain('<Marquee>');

  // The popup shows the hostile title, byline and quotes as text.
  await expandAll(popup);
  const p = await inspect(popup, 'app');
  expect(p.forbidden).toEqual([]);
  expect(p.handlers).toEqual([]);
  expect(p.badLinks).toEqual([]);
  expect(p.text).toMatch(/<img src=http:\/\/127\.0\.0\.1:\d+\/pwned\//);
  expect(p.text).toContain('<Marquee>');

  // The exports: Markdown escapes every "<" of page text, JSON keeps it as data; links are http(s).
  const copied = await exportBoth(popup);
  const markdown = copied.find((c) => !c.trimStart().startsWith('{'));
  const json = copied.find((c) => c.trimStart().startsWith('{'));
  expect(markdown).toBeTruthy();
  expect(json).toBeTruthy();
  const unescaped = markdown!.replace(/<https?:\/\/[^<>\s]+>/g, '').match(/(^|[^\\])<[^\s]/g) ?? [];
  expect(unescaped).toEqual([]);
  expect(markdown).toContain('\\<img src=');
  expect(markdown).not.toMatch(/\]\(\s*javascript:/i);
  const summary = JSON.parse(json!) as { originalReporter: { link: string | null } | null; outlets: { link: string | null }[]; article: { title: string } };
  const links = [summary.originalReporter?.link ?? null, ...summary.outlets.map((o) => o.link)].filter((l): l is string => l !== null);
  expect(links.every((l) => /^https?:\/\//.test(l))).toBe(true);
  expect(summary.article.title).toContain('<img src=');
}

/** The checks on the options page, then that nothing ran anywhere. */
async function checkOptionsAndTraces(page: Page, popup: Page | null, options: Page, dialogs: string[]): Promise<void> {
  // The options page, fed tampered settings and a hostile site name: text only.
  await addHostileSite(options, server.origin);
  const o = await inspect(options, 'app');
  expect(o.forbidden).toEqual([]);
  expect(o.handlers).toEqual([]);
  expect(o.text).toContain('good.example');
  // The refused input stays in its field as typed, and the error is shown.
  expect(await options.$eval('#nc-site-input', (el) => (el as HTMLInputElement).value)).toContain('<img src=');
  expect(o.text).not.toContain('options-stored');

  // Nothing executed anywhere, nothing was parsed as markup, no dialog opened.
  await new Promise((r) => setTimeout(r, 300)); // let any stray image request arrive
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
  if (popup && !popup.isClosed()) expect(await popup.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
  expect(await options.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
  expect(pwnedRequests()).toEqual([]);
  expect(dialogs).toEqual([]);

  // Control: the detectors work. The headline's own payload, parsed as markup in this page, runs and loads.
  await page.evaluate(() => {
    const d = document.createElement('div');
    d.innerHTML = document.querySelector('h1')!.textContent!;
    document.body.append(d);
  });
  await waitFor(() => page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned === 'h1'), 'the control payload to run');
  await waitFor(() => pwnedRequests().includes('/pwned/h1'), 'the control payload to load');
}

describe('Chromium', () => {
  let chrome: ChromiumSessionX;
  beforeAll(async () => {
    chrome = await launchChromiumWith();
  });
  afterAll(async () => {
    await chrome?.close();
  });

  it('treats hostile page text as data in badges, tooltips, popup, exports and options', async () => {
    server.requests.length = 0;
    const dialogs: string[] = [];
    chrome.browser.on('targetcreated', async (t) => {
      const p = await t.page().catch(() => null);
      p?.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    });
    const page = await chrome.browser.newPage();
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(server.url('/hostile.html'), { waitUntil: 'load' });
    // The page itself shows its payloads as text and runs none of them.
    expect(await page.evaluate(() => document.querySelector('h1')!.textContent)).toContain('<script>');

    const popup = await chrome.openPopup(page);
    popup.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await waitFor(async () => /Lopez/.test(await popup.evaluate(() => document.body.innerText)), 'the popup analysis', 30_000);
    expect(await settledBadgeCount(page, 1)).toBeGreaterThan(0);
    // Focus every chip, so that every tooltip is shown once.
    await page.evaluate(() => {
      for (const h of Array.from(document.querySelectorAll('news-context-badge'))) for (const c of Array.from(h.shadowRoot?.querySelectorAll<HTMLElement>('.chip') ?? [])) c.focus();
    });

    await checkPageAndPopup(page, popup);
    // Opening another tab closes the real popup: the options page comes last.
    await chrome.extensionEval(`chrome.storage.local.set({ settings: ${JSON.stringify(tamperedSettings(server.origin))} })`);
    const options = await chrome.browser.newPage();
    await options.goto(`chrome-extension://${chrome.extensionId}/options.html`, { waitUntil: 'load' });
    await waitFor(() => options.evaluate(() => document.body.innerText.includes('good.example')), 'the options page with the stored sites');
    await checkOptionsAndTraces(page, popup, options, dialogs);
  });
});

describe('Firefox', () => {
  let firefox: FirefoxSessionX;
  beforeAll(async () => {
    firefox = await launchFirefoxWith();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('treats hostile page text as data in badges, tooltips, popup, exports and options', async () => {
    server.requests.length = 0;
    const dialogs: string[] = [];
    const page = await firefox.browser.newPage();
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(server.url('/hostile.html'), { waitUntil: 'load' });
    const popup = await firefox.openPopupFor(page);
    popup.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await waitFor(async () => /Lopez/.test(await popup.evaluate(() => document.body.innerText)), 'the popup analysis', 30_000);
    expect(await settledBadgeCount(page, 1)).toBeGreaterThan(0);
    await firefox.extensionEval(`browser.storage.local.set({ settings: ${JSON.stringify(tamperedSettings(server.origin))} })`);
    const options = await firefox.openExtensionPage('options.html');
    options.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await waitFor(() => options.evaluate(() => document.body.innerText.includes('good.example')), 'the options page with the stored sites');
    await checkPageAndPopup(page, popup);
    await checkOptionsAndTraces(page, popup, options, dialogs);
  });
});
