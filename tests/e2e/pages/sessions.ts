/**
 * Browser sessions for the safety, message and corpus-sweep tests, on top of the shared
 * harness (`../harness.ts`): the same launch settings, plus what these tests need and the
 * harness does not offer:
 *
 * - **automatic mode**: Chromium loads a copy of `dist/chrome` whose manifest also grants
 *   `http://127.0.0.1/*` (as the reader granting automatic mode would; a driver cannot
 *   click the permission prompt), Firefox the harness' `dist/firefox-test`; both then get
 *   `autoAnalyze: true` in their settings and wait until the content script is registered;
 * - **a black-hole proxy**: every request that would leave the device (anything not to
 *   127.0.0.1, which both browsers never proxy) goes to a local proxy that records it
 *   and answers nothing;
 * - **Chromium's NetLog**: every URL request of the whole browser (pages, service worker,
 *   popup), read back after the browser closes;
 * - **offline pages**: saved pages with their scripts (but not JSON-LD), external
 *   resources and refreshes stripped, so a page makes no request of its own.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { CHROMIUM_PATH, ensureBuilt, launchFirefox, repoRoot, waitFor, type FirefoxSession } from '../harness';

/** The settings of automatic mode (the shape of `src/settings.ts`, version 1). */
export const AUTO_SETTINGS = { version: 1, autoAnalyze: true, badges: true, neverRunOn: [] as string[], exportFormat: 'markdown' };

/** A proxy that records and refuses every request sent to it. */
export interface BlackHole {
  port: number;
  /** `METHOD url` of every request (CONNECT for https and websockets). */
  hits: string[];
  close(): Promise<void>;
}

/** Starts a {@link BlackHole} on 127.0.0.1. */
export async function startBlackHole(): Promise<BlackHole> {
  const hits: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(502, { connection: 'close' }).end();
  });
  server.on('connect', (req, socket: Socket) => {
    hits.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    hits,
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}

/**
 * A saved page made inert for offline tests: executable scripts, `<link>`s that fetch
 * (stylesheets, icons, preloads), refreshes and every `src`/`srcset`/`poster` are removed or
 * renamed; JSON-LD, inline styles and the text stay. The page then requests nothing.
 */
export function inertPage(html: string): string {
  return html
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi, (all, attrs: string) => (/ld\+json/i.test(attrs) ? all : ''))
    .replace(/<link\b[^>]*>/gi, (tag) => (/\brel\s*=\s*["']?(canonical|author|amphtml|alternate)\b/i.test(tag) ? tag : ''))
    .replace(/<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*>/gi, '')
    .replace(/<base\b[^>]*>/gi, '')
    .replace(/\s(src|srcset|poster|data|background)\s*=/gi, ' data-inert-$1=')
    .replace(/\s(xlink:href)\s*=/gi, ' data-inert-href=')
    .replace(/@import\b/gi, '@inert-import')
    .replace(/url\(\s*(['"]?)(?!data:)/gi, 'inert-url($1');
}

/** Reads a page of the shared corpus. */
export function corpusPage(path: string): string {
  return readFileSync(path, 'utf8');
}

/** What both sessions offer beyond the browser. */
interface SessionBase {
  browser: Browser;
  /** The browser's id for the tab showing `page`. */
  tabIdOf(page: Page): Promise<number>;
  /** Runs `expr` (a string of JavaScript) in an extension context with the `browser` API. */
  extensionEval<T>(expr: string): Promise<T>;
  /** Sends `message` to the content script of `page`'s tab from an extension context; null when refused. */
  sendToTab(page: Page, message: unknown): Promise<unknown>;
  close(): Promise<void>;
}

/** A Chromium session (see {@link launchChromiumWith}). */
export interface ChromiumSessionX extends SessionBase {
  extensionId: string;
  userDataDir: string;
  /** The extension's service worker. */
  worker(): Promise<WebWorker>;
  /** Clicks the toolbar button for `page` and returns the real popup. */
  openPopup(page: Page): Promise<Page>;
  /** The NetLog file, complete once {@link close} resolved (when asked for). */
  netLogPath: string | null;
}

/** Options of {@link launchChromiumWith}. */
export interface ChromiumOptions {
  /** Automatic mode on, with host access to 127.0.0.1 granted. */
  auto?: boolean;
  /** Send every off-device request to this proxy port. */
  proxyPort?: number;
  /** Record Chromium's NetLog. */
  netLog?: boolean;
}

/**
 * A private copy of a built extension (`dist/<name>`) for one session, so that a rebuild of
 * `dist/` by another process during a run cannot pull files from under the browser.
 * Remove it with `rmSync` when the session closes.
 */
export function privateDist(name: 'chrome' | 'firefox-test'): string {
  const dir = mkdtempSync(join(tmpdir(), `nc-ext-${name}-`));
  cpSync(join(repoRoot, 'dist', name), dir, { recursive: true });
  return dir;
}

/** A private copy of `dist/chrome` whose manifest grants host access to the fixture server. */
function autoChromeDist(): string {
  const dir = privateDist('chrome');
  const manifestPath = join(dir, 'manifest.json');
  const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  m.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(m, null, 2));
  return dir;
}

/** Launches headless Chromium with the extension, as the harness does, plus {@link ChromiumOptions}. */
export async function launchChromiumWith(options: ChromiumOptions = {}): Promise<ChromiumSessionX> {
  ensureBuilt();
  const dist = options.auto ? autoChromeDist() : privateDist('chrome');
  const userDataDir = mkdtempSync(join(tmpdir(), 'nc-chromium-'));
  const netLogPath = options.netLog ? join(userDataDir, 'netlog.json') : null;
  const args = [
    ...['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--window-size=1280,900'],
    // Fewer of Chromium's own requests on a closed network (autofill predictions, network time, pings).
    '--disable-features=AutofillServerCommunication,NetworkTimeServiceQuerying,OptimizationHints,MediaRouter',
    '--disable-domain-reliability',
    '--no-pings',
  ];
  if (options.proxyPort) args.push(`--proxy-server=http://127.0.0.1:${options.proxyPort}`);
  if (netLogPath) args.push(`--log-net-log=${netLogPath}`, '--net-log-capture-mode=Default');
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    browser: 'chrome',
    headless: true,
    pipe: true,
    enableExtensions: [dist],
    userDataDir,
    args,
    defaultViewport: { width: 1280, height: 900 },
  });
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 20_000 });
  const extensionId = new URL(target.url()).host;
  const worker = async (): Promise<WebWorker> => {
    const t = await browser.waitForTarget((x) => x.type() === 'service_worker' && x.url().startsWith(`chrome-extension://${extensionId}/`), { timeout: 20_000 });
    const w = await t.worker();
    if (!w) throw new Error('no service worker');
    // Right after start-up the worker can be evaluated before its extension APIs are bound.
    await waitFor(() => w.evaluate(`typeof chrome !== 'undefined' && !!chrome.storage && !!chrome.tabs`).catch(() => false), 'the service worker APIs', 10_000, 50);
    return w;
  };
  const extensionEval = async <T>(expr: string): Promise<T> => (await worker()).evaluate(expr) as Promise<T>;

  const tabIds = new WeakMap<Page, number>();
  const tabIdOf = async (page: Page): Promise<number> => {
    const known = tabIds.get(page);
    if (known !== undefined) return known;
    await page.bringToFront();
    const id = await extensionEval<number>(`chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((t) => (t[0] || { id: -1 }).id)`);
    if (id < 0) throw new Error(`no active tab for ${page.url()}`);
    tabIds.set(page, id);
    return id;
  };

  if (options.auto) {
    await extensionEval(`chrome.storage.local.set({ settings: ${JSON.stringify(AUTO_SETTINGS)} })`);
    await waitFor(() => extensionEval<number>(`chrome.scripting.getRegisteredContentScripts().then((s) => s.length)`), 'the automatic-mode content script');
  }

  return {
    browser,
    extensionId,
    userDataDir,
    netLogPath,
    worker,
    tabIdOf,
    extensionEval,
    async sendToTab(page, message) {
      const id = await tabIdOf(page);
      return extensionEval(`chrome.tabs.sendMessage(${id}, ${JSON.stringify(message)}, { frameId: 0 }).then((r) => r === undefined ? null : r, () => null)`);
    },
    async openPopup(page) {
      await tabIdOf(page);
      await page.bringToFront();
      const ext = (await browser.extensions()).get(extensionId);
      if (!ext) throw new Error('extension not loaded');
      await page.triggerExtensionAction(ext);
      const t = await browser.waitForTarget((x) => x.url().startsWith(`chrome-extension://${extensionId}/popup.html`), { timeout: 15_000 });
      const popup = await t.asPage();
      if (!popup) throw new Error('popup target has no page');
      return popup;
    },
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(dist, { recursive: true, force: true });
      // A NetLog is read after close: its profile goes with removeProfile().
      if (!netLogPath) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Removes a Chromium session's profile (after its NetLog has been read). */
export function removeProfile(session: ChromiumSessionX): void {
  rmSync(session.userDataDir, { recursive: true, force: true });
}

/** One URL request in Chromium's NetLog and the origin that made it ("not an origin" for the browser itself). */
export interface NetLogRequest {
  url: string;
  initiator: string;
}

/** Every http(s)/ws(s) URL request Chromium's NetLog saw (`URL_REQUEST_START_JOB`), with its initiator. */
export function netLogRequests(path: string): NetLogRequest[] {
  if (!existsSync(path)) throw new Error(`no NetLog at ${path}`);
  let raw = readFileSync(path, 'utf8').trim();
  // A NetLog cut short (browser killed) lacks its closing brackets.
  if (!raw.endsWith('}')) raw = raw.replace(/,?\s*$/, '') + ']}';
  const log = JSON.parse(raw) as { constants: { logEventTypes: Record<string, number> }; events?: { type: number; params?: { url?: string; initiator?: string } }[] };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  const out: NetLogRequest[] = [];
  for (const e of log.events ?? []) {
    const u = e.params?.url;
    if (e.type === start && typeof u === 'string' && /^(https?|wss?):/i.test(u)) out.push({ url: u, initiator: e.params?.initiator ?? '' });
  }
  return out;
}

/** A Firefox session (see {@link launchFirefoxWith}). */
/** A Firefox session: the harness' (see {@link launchFirefox}), plus {@link SessionBase.sendToTab}. */
export type FirefoxSessionX = FirefoxSession & SessionBase;

/** Options of {@link launchFirefoxWith}. */
export interface FirefoxOptions {
  auto?: boolean;
  proxyPort?: number;
}

/** Launches headless Firefox ESR with `dist/firefox-test` through the harness, plus {@link FirefoxOptions}. */
export async function launchFirefoxWith(options: FirefoxOptions = {}): Promise<FirefoxSessionX> {
  const prefs: Record<string, unknown> = {};
  if (options.proxyPort) {
    Object.assign(prefs, {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': options.proxyPort,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.allow_hijacking_localhost': false,
    });
  }
  const session = await launchFirefox(prefs);
  if (options.auto) {
    await session.extensionEval(`browser.storage.local.set({ settings: ${JSON.stringify(AUTO_SETTINGS)} })`);
    await waitFor(() => session.extensionEval<number>(`browser.scripting.getRegisteredContentScripts().then((s) => s.length)`), 'the automatic-mode content script');
  }
  return {
    ...session,
    async sendToTab(page, message) {
      const id = await session.tabIdOf(page);
      return session.extensionEval(`browser.tabs.sendMessage(${id}, ${JSON.stringify(message)}, { frameId: 0 }).then((r) => r === undefined ? null : r, () => null)`);
    },
  };
}

/** The content script's view of `page` (`page/state`), polled until it is no longer analysing. */
export async function settledState(session: SessionBase, page: Page, timeoutMs = 30_000): Promise<{ status: string; [k: string]: unknown }> {
  return waitFor(async () => {
    const s = (await session.sendToTab(page, { type: 'page/state', payload: {} })) as { status?: string } | null;
    return s && s.status && s.status !== 'analysing' ? (s as { status: string }) : null;
  }, `the analysis of ${page.url()}`, timeoutMs, 150);
}

/** Waits until there are at least `min` badge hosts in `page` and their number stops changing; returns it. */
export async function settledBadgeCount(page: Page, min = 0, quietMs = 400, timeoutMs = 30_000): Promise<number> {
  let last = -1;
  return (
    (await waitFor(async () => {
      const n = await page.evaluate(() => document.querySelectorAll('news-context-badge').length);
      const done = n === last && n >= min;
      last = n;
      return done ? n + 1 : null; // +1: waitFor wants a truthy value
    }, 'badges to settle', timeoutMs, quietMs)) - 1
  );
}
