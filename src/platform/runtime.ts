/** Extension lifecycle and identity. */
import { browser } from './browser-api';

/** Calls `cb` when the browser starts or the extension is installed or updated. */
export function onLifecycle(cb: () => void): void {
  browser.runtime.onStartup.addListener(() => cb());
  browser.runtime.onInstalled.addListener(() => cb());
}

/** The extension's own id. */
export function extensionId(): string {
  return browser.runtime.id;
}

/** The query parameters of the current extension page (`?tabId=N` when the popup is opened as a tab). */
export function pageParams(): URLSearchParams {
  return new URLSearchParams(globalThis.location?.search ?? '');
}

/** Opens the extension's options page. */
export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/** A string of the extension's locale catalogue (`_locales`), or `fallback` when missing. */
export function message(key: string, subs: string[] = [], fallback = key): string {
  try {
    return browser.i18n.getMessage(key, subs) || fallback;
  } catch {
    return fallback;
  }
}

/**
 * False once this script's extension context is gone (the extension was updated, reloaded
 * or removed while the page stayed open): an orphaned content script must stop working.
 */
export function isContextValid(): boolean {
  try {
    return typeof browser.runtime?.id === 'string' && browser.runtime.id.length > 0;
  } catch {
    return false;
  }
}
