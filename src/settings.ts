/**
 * The reader's settings: schema, defaults, validation and migration. Pure (no extension
 * API): `platform/` reads and writes the raw value in extension storage and passes it
 * through {@link parseSettings}, so anything stored by an older version or tampered with
 * comes back as valid settings.
 */

/** The current schema version; bump it and extend {@link parseSettings} to migrate. */
export const SETTINGS_VERSION = 1;

/** What the reader can choose. */
export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Analyse articles on page load (needs the optional host permission). */
  autoAnalyze: boolean;
  /** Show inline badges next to attributed sentences. */
  badges: boolean;
  /** Hostnames where the extension never runs (exact host or any subdomain of it). */
  neverRunOn: string[];
  /** Format of "Copy summary" in the popup. */
  exportFormat: 'markdown' | 'json';
}

/** The settings of a fresh install. */
export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  autoAnalyze: false,
  badges: true,
  neverRunOn: [],
  exportFormat: 'markdown',
};

/** Longest list of blocked sites we keep: storage.sync items are small. */
const MAX_SITES = 500;

/** Normalises a hostname typed by the reader ("https://www.Example.com/x" gives "www.example.com"); null if it is not one. */
export function normalizeHost(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(s) && s.length <= 253 ? s : null;
}

/**
 * Validates and migrates a stored value. Never throws: unknown or malformed fields fall
 * back to their defaults, unknown keys are dropped.
 */
export function parseSettings(raw: unknown): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS, neverRunOn: [] };
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  // Version 0 (never shipped) had no version field; its keys match version 1.
  if (typeof r.autoAnalyze === 'boolean') out.autoAnalyze = r.autoAnalyze;
  if (typeof r.badges === 'boolean') out.badges = r.badges;
  if (r.exportFormat === 'markdown' || r.exportFormat === 'json') out.exportFormat = r.exportFormat;
  if (Array.isArray(r.neverRunOn)) {
    const hosts = new Set<string>();
    for (const h of r.neverRunOn.slice(0, MAX_SITES)) {
      const n = typeof h === 'string' ? normalizeHost(h) : null;
      if (n) hosts.add(n);
    }
    out.neverRunOn = [...hosts];
  }
  return out;
}

/** True when `host` is one of the blocked sites or under one. */
export function isBlockedHost(settings: Settings, host: string): boolean {
  const h = host.toLowerCase();
  return settings.neverRunOn.some((b) => h === b || h.endsWith('.' + b));
}
