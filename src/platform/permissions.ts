/**
 * The optional host permission of automatic mode. Without it the extension works on the
 * tab the reader clicks (activeTab); with it, articles are analysed on page load.
 */
import { browser } from './browser-api';

/** The origins automatic mode asks for: every web page (declared in `optional_host_permissions`). */
export const AUTO_ORIGINS: readonly string[] = ['http://*/*', 'https://*/*'];

/** True when the reader has granted automatic mode's host permission. */
export async function hasAutoPermission(): Promise<boolean> {
  return browser.permissions.contains({ origins: [...AUTO_ORIGINS] });
}

/**
 * Asks the reader for automatic mode's host permission; true if granted. Firefox only
 * allows this inside a user input handler: call it first thing in the click handler,
 * before any other `await`.
 */
export function requestAutoPermission(): Promise<boolean> {
  return browser.permissions.request({ origins: [...AUTO_ORIGINS] });
}

/**
 * The web origins the reader has granted host access to: all of {@link AUTO_ORIGINS}, or
 * the sites they allowed one by one (Chromium's "on specific sites"). Automatic mode runs
 * on exactly these.
 */
export async function grantedWebOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  if (origins.includes('<all_urls>')) return [...AUTO_ORIGINS];
  return origins.filter((o) => /^(https?|\*):\/\//.test(o));
}

/** Gives the permission back; true if it was removed. */
export async function removeAutoPermission(): Promise<boolean> {
  return browser.permissions.remove({ origins: [...AUTO_ORIGINS] });
}

/** Calls `cb` when host permissions are granted or revoked (from any context). */
export function onPermissionsChanged(cb: () => void): void {
  browser.permissions.onAdded.addListener(() => cb());
  browser.permissions.onRemoved.addListener(() => cb());
}
