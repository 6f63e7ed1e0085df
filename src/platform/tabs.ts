/** Tabs: finding the reader's tab, opening links, and tab lifecycle events. */
import { browser } from './browser-api';

/** The parts of a tab the extension uses. `url` is null when the browser does not tell us. */
export interface TabInfo {
  id: number;
  url: string | null;
  incognito: boolean;
}

function toInfo(tab: { id?: number; url?: string; incognito: boolean }): TabInfo | null {
  return typeof tab.id === 'number' ? { id: tab.id, url: tab.url ?? null, incognito: tab.incognito } : null;
}

/** The active tab of the current window, or null. */
export async function getActiveTab(): Promise<TabInfo | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ? toInfo(tab) : null;
}

/** The tab with this id, or null when it does not exist. */
export async function getTab(tabId: number): Promise<TabInfo | null> {
  try {
    return toInfo(await browser.tabs.get(tabId));
  } catch {
    return null;
  }
}

/** Opens `url` (http or https only) in a new tab next to the current one. */
export async function openTab(url: string): Promise<void> {
  if (!/^https?:\/\//i.test(url)) throw new Error('Only web links can be opened');
  await browser.tabs.create({ url });
}

/** Calls `cb(tabId)` when a tab starts loading a new document (navigation or reload). */
export function onTabLoading(cb: (tabId: number) => void): void {
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') cb(tabId);
  });
}

/** Calls `cb(tabId)` when a tab is closed. */
export function onTabRemoved(cb: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => cb(tabId));
}

/** Calls `cb(removedTabId)` when the browser swaps a tab for another (Chromium's prerendering). */
export function onTabReplaced(cb: (removedTabId: number) => void): void {
  const ev = (browser.tabs as { onReplaced?: typeof browser.tabs.onReplaced }).onReplaced;
  ev?.addListener((_added, removed) => cb(removed));
}
