/**
 * Running the content script: on demand in the reader's tab (activeTab), and registered
 * for every page in automatic mode.
 */
import { browser } from './browser-api';

/** The bundled content script, relative to the extension root. */
export const CONTENT_SCRIPT_FILE = 'content.js';
/** The id of the automatic-mode registration. */
const AUTO_SCRIPT_ID = 'news-context-auto';

/** Injects the content script into the top frame of `tabId`. Throws when the page cannot be scripted. */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}

/** The match patterns that keep the registered script off the reader's blocked sites. */
export function excludePatternsFor(hosts: readonly string[]): string[] {
  return hosts.flatMap((h) => [`*://${h}/*`, `*://*.${h}/*`]);
}

/**
 * Makes the automatic-mode registration match `want`: registered for `matches` (minus the
 * blocked hosts) when true, absent when false. Idempotent; re-registers when the blocked
 * hosts changed.
 */
export async function syncAutoContentScript(want: boolean, matches: readonly string[], blockedHosts: readonly string[]): Promise<boolean> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] });
  const excludeMatches = excludePatternsFor(blockedHosts);
  const current = existing[0];
  if (current) {
    const same =
      want &&
      JSON.stringify(current.excludeMatches ?? []) === JSON.stringify(excludeMatches) &&
      JSON.stringify([...(current.matches ?? [])].sort()) === JSON.stringify([...matches].sort());
    if (same) return true;
    await browser.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
  }
  if (!want) return false;
  const script: Parameters<typeof browser.scripting.registerContentScripts>[0][number] = {
    id: AUTO_SCRIPT_ID,
    js: [CONTENT_SCRIPT_FILE],
    matches: [...matches],
    runAt: 'document_idle',
    allFrames: false,
  };
  if (excludeMatches.length) script.excludeMatches = excludeMatches;
  await browser.scripting.registerContentScripts([script]);
  return true;
}
