/**
 * The reader's settings in extension storage (`storage.local`: it survives restarts and
 * updates, and content scripts can read it). Every read goes through `parseSettings`,
 * so stale or tampered values come back valid.
 */
import { parseSettings, type Settings } from '../settings';
import { browser } from './browser-api';

/** The storage key of the settings object. */
export const SETTINGS_KEY = 'settings';

/** The current settings (defaults when nothing is stored). */
export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(got[SETTINGS_KEY]);
}

/** Validates and stores `settings`; returns what was stored. */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const clean = parseSettings(settings);
  await browser.storage.local.set({ [SETTINGS_KEY]: clean });
  return clean;
}

/** Calls `cb` with the new settings whenever they change (from any context). */
export function onSettingsChanged(cb: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && SETTINGS_KEY in changes) cb(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
