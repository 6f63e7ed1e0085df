/**
 * Per-tab state that must outlive a sleeping background (Chromium's service worker,
 * Firefox's event page) but not the browser session: `storage.session`. Where a browser
 * lacks it, an in-memory map stands in (state then lives as long as the background).
 */
import { browser } from './browser-api';

/** What the background remembers about a tab. */
export interface TabState {
  /** Attributed claims on the tab's current page; null when not analysed. */
  claims: number | null;
  /** When the state was written (ms since epoch). */
  updated: number;
}

const memory = new Map<string, unknown>();
const hasSession = (): boolean => typeof browser.storage?.session?.get === 'function';
const keyOf = (tabId: number): string => `tab:${tabId}`;

/** The stored state of `tabId`, or null. */
export async function getTabState(tabId: number): Promise<TabState | null> {
  const key = keyOf(tabId);
  const raw = hasSession() ? (await browser.storage.session.get(key))[key] : memory.get(key);
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const claims = typeof r.claims === 'number' ? r.claims : null;
  return { claims, updated: typeof r.updated === 'number' ? r.updated : 0 };
}

/** Stores the state of `tabId`. */
export async function setTabState(tabId: number, state: TabState): Promise<void> {
  const key = keyOf(tabId);
  if (hasSession()) await browser.storage.session.set({ [key]: state });
  else memory.set(key, state);
}

/** Forgets `tabId`. */
export async function removeTabState(tabId: number): Promise<void> {
  const key = keyOf(tabId);
  if (hasSession()) await browser.storage.session.remove(key);
  else memory.delete(key);
}
