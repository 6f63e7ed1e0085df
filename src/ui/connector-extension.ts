/**
 * The real {@link Connector}: finds the reader's tab, tells apart pages the extension
 * cannot reach, injects the content script on demand (activeTab) and talks to it.
 */
import { validatePopupView, type ContentMessageType, type PopupView, type RequestOf, type ResponseOf } from '../messages';
import { isNoReceiverError, sendToTab } from '../platform/messaging';
import { hasAutoPermission, removeAutoPermission, requestAutoPermission } from '../platform/permissions';
import { message, openOptionsPage, pageParams } from '../platform/runtime';
import { injectContentScript } from '../platform/scripting';
import { loadSettings, saveSettings } from '../platform/settings-store';
import { getActiveTab, getTab, openTab, type TabInfo } from '../platform/tabs';
import { isBlockedHost, type Settings } from '../settings';
import type { AnalyzeOptions, Connector } from './connector';

/** Hosts of the extension stores: browsers forbid scripting there. */
const STORE_HOSTS: readonly { host: string; path: string }[] = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org', path: '/' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

/**
 * True when the extension cannot run on `url`: anything but http(s) and file pages
 * (browser pages, extension pages, view-source), the extension stores, and PDFs (the
 * browser's PDF viewer). A null url (the browser hid it) is not judged here.
 */
export function isUnreachableUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return true;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') return true;
  if (STORE_HOSTS.some((s) => u.hostname === s.host && u.pathname.startsWith(s.path))) return true;
  return /\.pdf$/i.test(u.pathname);
}

/** The tab id passed as `?tabId=N` when the popup page is opened in a tab (Firefox tests), else null. */
export function tabIdFromParams(params: URLSearchParams): number | null {
  const raw = params.get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : null;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** Creates the connector the popup and the options page use inside the extension. */
export function createExtensionConnector(): Connector {
  let tabPromise: Promise<TabInfo | null> | null = null;
  const findTab = (): Promise<TabInfo | null> => {
    if (!tabPromise) {
      const id = tabIdFromParams(pageParams());
      tabPromise = id !== null ? getTab(id) : getActiveTab();
    }
    return tabPromise;
  };

  /** Sends a content message, injecting the content script first if nobody listens. */
  async function call<T extends ContentMessageType>(
    tab: TabInfo,
    type: T,
    payload: RequestOf<T>,
    inject: boolean,
  ): Promise<ResponseOf<T>> {
    try {
      return await sendToTab(tab.id, type, payload);
    } catch (err) {
      if (!inject || !isNoReceiverError(err)) throw err;
    }
    await injectContentScript(tab.id);
    return sendToTab(tab.id, type, payload);
  }

  /**
   * The tab's view: `force` analyses a page detection rejected; `ignoreBlock` goes past the
   * reader's "never run on" list for this request (the settings are not changed).
   */
  async function analyze(force: boolean, { ignoreBlock = false }: AnalyzeOptions = {}): Promise<PopupView> {
    const tab = await findTab();
    if (!tab) return { status: 'error', message: message('errorNoTab', [], 'There is no page to analyse in this window.') };
    if (tab.url !== null && isUnreachableUrl(tab.url)) return { status: 'unreachable', url: tab.url };
    const host = hostOf(tab.url);
    // Checked before anything reaches the page: a blocked site gets no content script.
    if (host && !ignoreBlock && isBlockedHost(await loadSettings(), host)) return { status: 'blocked', host };
    let raw: unknown;
    try {
      raw = await call(tab, 'page/analyze', { force }, true);
    } catch (err) {
      // Scripting refused: a page the browser protects (or one the url did not reveal).
      const msg = err instanceof Error ? err.message : String(err);
      if (/cannot (access|be scripted)|missing host permission|permission|extensions gallery|chrome:\/\//i.test(msg) || tab.url === null) {
        return { status: 'unreachable', url: tab.url };
      }
      return { status: 'error', message: message('errorPage', [], 'The page did not answer. Reload it and try again.') };
    }
    return validatePopupView(raw) ?? { status: 'error', message: message('errorPage', [], 'The page did not answer. Reload it and try again.') };
  }

  async function withTab(fn: (tab: TabInfo) => Promise<void>): Promise<void> {
    const tab = await findTab();
    if (tab) await fn(tab);
  }

  return {
    load: (options) => analyze(false, options),
    analyzeAnyway: (options) => analyze(true, options),
    scrollToClaim: (index) =>
      withTab(async (tab) => {
        await call(tab, 'page/scroll-to-claim', { index }, false);
      }),
    setBadgesVisible: (visible) =>
      withTab(async (tab) => {
        await call(tab, 'page/set-badges', { visible }, false);
      }),
    getSettings: () => loadSettings(),
    setSettings: async (settings: Settings) => {
      await saveSettings(settings);
    },
    // No await before the request: Firefox needs it inside the click's own task.
    requestAutoPermission: () => requestAutoPermission(),
    hasAutoPermission: () => hasAutoPermission(),
    revokeAutoPermission: async () => {
      await removeAutoPermission();
      return !(await hasAutoPermission());
    },
    openOptionsPage: () => openOptionsPage(),
    openLink: (url) => openTab(url),
    copyText: (text) => navigator.clipboard.writeText(text),
  };
}
