/**
 * End-to-end harness: the built extension in real headless Chromium and Firefox, driven
 * by puppeteer-core, against pages served from 127.0.0.1 on a random port.
 *
 * Usage in a test file:
 *   const server = await startFixtureServer();              // /seed.html, /nonarticle.html, + your routes
 *   const chrome = await launchChromium();                  // extension loaded, id known
 *   const page = await chrome.browser.newPage(); await page.goto(server.url('/seed.html'));
 *   const popup = await chrome.openPopup(page);             // the real toolbar popup
 *   ...
 *   const firefox = await launchFirefox();                  // test build (host access to 127.0.0.1)
 *   const popup = await firefox.openPopupFor(page);         // popup.html?tabId=N in a tab
 *   await chrome.close(); await firefox.close(); await server.close();
 *
 * Pages are served with a CSP that blocks every request off 127.0.0.1, so saved corpus
 * pages never reach the live web. Screenshots go to `artifacts/` (gitignored).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** The repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared corpus of saved pages. */
export const corpusDir = resolve(repoRoot, '../shared/corpus');
/** Where tests save screenshots. */
export const artifactsDir = join(repoRoot, 'artifacts');
/** Browser binaries (Debian packages); override with CHROMIUM_PATH / FIREFOX_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** See {@link CHROMIUM_PATH}. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The Firefox add-on id (manifest `browser_specific_settings.gecko.id`). */
export const GECKO_ID = 'news-context@news-context.example';
/** The fixed moz-extension UUID the tests give the add-on. */
export const FIREFOX_UUID = '6a1f0d2c-3b4e-4c5d-9e8f-7a6b5c4d3e2f';
/** The non-article page the tests use: a news home page, the hardest kind of negative. */
export const NONARTICLE_FILE = join(corpusDir, 'nonarticle/newspaper4k__cnn_main_site.html');

const CHROME_DIST = join(repoRoot, 'dist/chrome');
const FIREFOX_TEST_DIST = join(repoRoot, 'dist/firefox-test');
const SOURCES = ['src', '_locales', 'icons', 'manifest.json', 'build.mjs', 'package.json'];

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const f of readdirSync(path)) max = Math.max(max, newestMtime(join(path, f)));
  return max;
}

/**
 * Builds `dist/chrome` and `dist/firefox-test` when missing or older than the sources
 * (so `npm run test:e2e` alone tests current code). Fast: esbuild, no zips.
 */
export function ensureBuilt(): void {
  const src = Math.max(...SOURCES.filter((s) => existsSync(join(repoRoot, s))).map((s) => newestMtime(join(repoRoot, s))));
  const stale = (dir: string): boolean => !existsSync(join(dir, 'manifest.json')) || statSync(join(dir, 'manifest.json')).mtimeMs < src;
  const targets: string[][] = [];
  if (stale(CHROME_DIST)) targets.push(['--target=chrome']);
  if (stale(FIREFOX_TEST_DIST)) targets.push(['--target=firefox', '--test']);
  for (const t of targets) {
    const r = spawnSync(process.execPath, [join(repoRoot, 'build.mjs'), ...t, '--no-zip'], { cwd: repoRoot, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build failed: ${r.stderr || r.stdout}`);
  }
}

/**
 * A private copy of a built extension for one browser session: Firefox reads a temporary
 * add-on's files lazily, so a rebuild of `dist/` during a run (another test process, a
 * watcher) must not pull files from under it.
 */
function snapshotDist(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'nc-ext-'));
  cpSync(dir, copy, { recursive: true });
  return copy;
}

/** A route's response body (HTML unless `type` says otherwise). */
export type Route = string | { body: string | Buffer; type?: string; headers?: Record<string, string> };

/** A page server on 127.0.0.1. */
export interface FixtureServer {
  origin: string;
  /** Absolute URL of `path` on this server. */
  url(path: string): string;
  /** Adds or replaces a route (for tests that serve their own pages). */
  route(path: string, route: Route): void;
  /** Paths requested so far, in order (to check the extension made no requests of its own). */
  requests: string[];
  close(): Promise<void>;
}

/** Blocks everything but 127.0.0.1 (and inline/data content that saved pages carry). */
const FIXTURE_CSP = "default-src 'self' 'unsafe-inline' data: blob:; img-src 'self' data:; connect-src 'self'";

/** Starts the fixture server with `/seed.html`, `/nonarticle.html` and any extra routes. */
export async function startFixtureServer(extra: Record<string, Route> = {}): Promise<FixtureServer> {
  const routes = new Map<string, Route>([
    ['/seed.html', readFileSync(join(repoRoot, 'seeds/seed.html'), 'utf8')],
    ['/nonarticle.html', readFileSync(NONARTICLE_FILE, 'utf8')],
    ...Object.entries(extra),
  ]);
  const requests: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const route = routes.get(path);
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const r = typeof route === 'string' ? { body: route } : route;
    res
      .writeHead(200, {
        'content-type': r.type ?? 'text/html; charset=utf-8',
        'content-security-policy': FIXTURE_CSP,
        'cache-control': 'no-store',
        ...r.headers,
      })
      .end(r.body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => origin + path,
    route: (path, route) => void routes.set(path, route),
    requests,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** Waits until `fn` returns a truthy value (polling), or throws with `what` after `timeoutMs`. */
export async function waitFor<T>(fn: () => Promise<T> | T, what: string, timeoutMs = 15_000, everyMs = 100): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** What the page shows of the extension: badge hosts and the text of their chips. */
export interface BadgeInfo {
  count: number;
  /** The label of every chip (`data-label`, with ` → via` where present). */
  labels: string[];
  /** Whether any badge host is displayed. */
  visible: boolean;
}

/** Reads the badges in `page` (open shadow roots are readable from the page). */
export async function readBadges(page: Page): Promise<BadgeInfo> {
  return page.evaluate(() => {
    const hosts = Array.from(document.querySelectorAll('news-context-badge'));
    const labels: string[] = [];
    for (const h of hosts) {
      for (const chip of Array.from(h.shadowRoot?.querySelectorAll('.chip') ?? [])) {
        const el = chip as HTMLElement;
        labels.push(el.dataset.via ? `${el.dataset.label} → ${el.dataset.via}` : (el.dataset.label ?? ''));
      }
    }
    const visible = hosts.some((h) => getComputedStyle(h).display !== 'none');
    return { count: hosts.length, labels, visible };
  });
}

/** The visible text of a page's body (popups). */
export async function bodyText(page: Page): Promise<string> {
  return page.evaluate(() => document.body?.innerText ?? '');
}

/** Saves a screenshot of `page` to `artifacts/<name>.png` and returns its path. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: path as `${string}.png`, fullPage });
  return path;
}

/** A user string of the extension's English catalogue, or null when the key is absent. */
export function localeMessage(key: string): string | null {
  const cat = JSON.parse(readFileSync(join(repoRoot, '_locales/en/messages.json'), 'utf8')) as Record<string, { message?: string }>;
  return cat[key]?.message ?? null;
}

/** A launched Chromium with the extension. */
export interface ChromiumSession {
  browser: Browser;
  extensionId: string;
  /** Clicks the toolbar button for `page` (made the active tab first) and returns the real popup. */
  openPopup(page: Page): Promise<Page>;
  /** The toolbar badge text of the tab showing `page`, read in the service worker. */
  actionBadge(page: Page): Promise<string>;
  /** The browser's id for the tab showing `page` (asking first makes it the active tab). */
  tabIdOf(page: Page): Promise<number>;
  /** Evaluates a JavaScript expression (may be a promise) in the extension's service worker. */
  workerEval<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/** Launches headless Chromium with `dist/chrome` loaded (see TOOLCHAIN.md). */
export async function launchChromium(): Promise<ChromiumSession> {
  ensureBuilt();
  const extDir = snapshotDist(CHROME_DIST);
  const userDataDir = mkdtempSync(join(tmpdir(), 'nc-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    browser: 'chrome',
    headless: true,
    pipe: true,
    enableExtensions: [extDir],
    userDataDir,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--window-size=1280,900'],
    defaultViewport: { width: 1280, height: 900 },
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;

  // Cached per page: asking makes the page the active tab, which closes an open popup.
  const tabIds = new WeakMap<Page, number>();
  const tabIdOf = async (page: Page): Promise<number> => {
    const known = tabIds.get(page);
    if (known !== undefined) return known;
    const sw = await worker.worker();
    if (!sw) throw new Error('no service worker');
    // Without host access the extension cannot read tab URLs: make the page the active tab and ask for that.
    await page.bringToFront();
    const id = (await sw.evaluate(
      `chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) => (tabs[0] || { id: -1 }).id)`,
    )) as number;
    if (id < 0) throw new Error(`no active tab for ${page.url()}`);
    tabIds.set(page, id);
    return id;
  };

  return {
    browser,
    extensionId,
    tabIdOf,
    async workerEval<T>(expression: string): Promise<T> {
      const sw = await worker.worker();
      if (!sw) throw new Error('no service worker');
      return (await sw.evaluate(expression)) as T;
    },
    async openPopup(page) {
      await tabIdOf(page);
      await page.bringToFront();
      const extensions = await browser.extensions();
      const ext = extensions.get(extensionId);
      if (!ext) throw new Error('extension not loaded');
      await page.triggerExtensionAction(ext);
      const target = await browser.waitForTarget((t) => t.url().startsWith(`chrome-extension://${extensionId}/popup.html`), { timeout: 15_000 });
      const popup = await target.asPage();
      if (!popup) throw new Error('popup target has no page');
      return popup;
    },
    async actionBadge(page) {
      const sw = await worker.worker();
      if (!sw) throw new Error('no service worker');
      const tabId = await tabIdOf(page);
      return (await sw.evaluate(`chrome.action.getBadgeText({ tabId: ${tabId} })`)) as string;
    },
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(extDir, { recursive: true, force: true });
    },
  };
}

/** A launched Firefox with the extension's test build installed. */
export interface FirefoxSession {
  browser: Browser;
  /** `moz-extension://<uuid>` */
  origin: string;
  /** The browser's id for the tab showing `page`. */
  tabIdOf(page: Page): Promise<number>;
  /** Opens `popup.html?tabId=N` for `page` in a new tab (a driver cannot open the real popup in Firefox). */
  openPopupFor(page: Page): Promise<Page>;
  /** Opens an extension page (e.g. `options.html`) in a new tab and waits for it to load. */
  openExtensionPage(path: string): Promise<Page>;
  /** The toolbar badge text of the tab showing `page`. */
  actionBadge(page: Page): Promise<string>;
  /** Evaluates a JavaScript expression (may be a promise) in an extension page, where `browser.*` is available. */
  extensionEval<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * Launches headless Firefox ESR and installs `dist/firefox-test` as a temporary add-on (see
 * TOOLCHAIN.md). `extraPrefs` are added to the profile (the network tests route Firefox
 * through a recording proxy with them).
 */
export async function launchFirefox(extraPrefs: Record<string, unknown> = {}): Promise<FirefoxSession> {
  ensureBuilt();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: { ...extraPrefs, 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) },
  });
  const extDir = snapshotDist(FIREFOX_TEST_DIST);
  await browser.installExtension(extDir);
  const origin = `moz-extension://${FIREFOX_UUID}`;

  // page.goto to a moz-extension URL never reports completion: start it, then poll.
  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    const url = `${origin}/${path}`;
    void page.goto(url).catch(() => undefined);
    await waitFor(
      () => page.evaluate((u: string) => location.href === u && document.readyState === 'complete', url).catch(() => false),
      `${path} to load`,
    );
    return page;
  };

  let helper: Page | null = null;
  const extensionEval = async <T>(fn: string): Promise<T> => {
    if (!helper || helper.isClosed()) helper = await openExtensionPage('popup.html?tabId=0');
    return helper.evaluate(fn) as Promise<T>;
  };

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    const id = await extensionEval<number>(
      `browser.tabs.query({}).then((tabs) => (tabs.find((t) => t.url === ${JSON.stringify(url)}) || { id: -1 }).id)`,
    );
    if (id < 0) throw new Error(`no tab shows ${url}`);
    return id;
  };

  return {
    browser,
    origin,
    tabIdOf,
    async openPopupFor(page) {
      const tabId = await tabIdOf(page);
      const popup = await openExtensionPage(`popup.html?tabId=${tabId}`);
      // About the size of the real popup, so screenshots look like it.
      await popup.setViewport({ width: 400, height: 600 });
      return popup;
    },
    openExtensionPage,
    extensionEval,
    async actionBadge(page) {
      const tabId = await tabIdOf(page);
      return extensionEval<string>(`browser.action.getBadgeText({ tabId: ${tabId} })`);
    },
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(extDir, { recursive: true, force: true });
    },
  };
}
