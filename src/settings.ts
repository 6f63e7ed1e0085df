/**
 * The reader's settings: schema, defaults, validation and migration. Pure (no extension
 * API): `platform/` reads and writes the raw value in extension storage and passes it
 * through {@link parseSettings}, so anything stored by an older version or tampered with
 * comes back as valid settings.
 *
 * To change the schema: bump {@link SETTINGS_VERSION}, add the step from the previous
 * version to {@link MIGRATIONS}, extend {@link Settings} and the validation, and add the
 * old shape to the migration tests (tests/unit/settings.test.ts).
 */

/** The current schema version. */
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

/** The export formats a reader can choose. */
export const EXPORT_FORMATS: readonly Settings['exportFormat'][] = ['markdown', 'json'];

/** The settings of a fresh install. */
export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  autoAnalyze: false,
  badges: true,
  neverRunOn: [],
  exportFormat: 'markdown',
};

/** Longest list of blocked sites we keep: storage items should stay small. */
export const MAX_SITES = 500;

/** Longest hostname DNS allows. */
const MAX_HOST_LENGTH = 253;

/** One schema step: turns a stored object of version n into one of version n + 1. */
type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * `MIGRATIONS[n]` migrates version n to n + 1. Steps only rename and reshape; values are
 * validated once, after the last step, by {@link parseSettings}.
 */
const MIGRATIONS: Record<number, Migration> = {
  // Version 0 (the first draft, never shipped) stored the same keys without `version`.
  0: (raw) => ({ ...raw, version: 1 }),
};

/** The schema version of a stored object: its `version` field, 0 when absent or invalid. */
export function storedVersion(raw: Record<string, unknown>): number {
  const v = raw.version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/**
 * Runs the migration steps from the object's version up to {@link SETTINGS_VERSION}. An
 * object from a newer version (after a downgrade) is left as it is: the fields this
 * version knows are still read, the others are dropped by {@link parseSettings}.
 * Returns a new object; does not modify `raw`.
 */
export function migrateSettings(raw: Record<string, unknown>): Record<string, unknown> {
  let value = { ...raw };
  for (let v = storedVersion(value); v < SETTINGS_VERSION; v = storedVersion(value)) {
    const step = MIGRATIONS[v];
    if (!step) break;
    const next = step(value);
    if (storedVersion(next) <= v) break; // a step must advance, or we would loop
    value = next;
  }
  return value;
}

/**
 * Normalises a hostname typed by the reader ("https://www.Example.com/x" gives
 * "www.example.com", "*.example.com" gives "example.com", "bücher.de" its punycode);
 * null if it is not one.
 */
export function normalizeHost(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  s = s.replace(/^\*\./, '');
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = `http://${s}`;
  let host: string;
  try {
    const u = new URL(s);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    host = u.hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) && host.length <= MAX_HOST_LENGTH ? host : null;
}

/**
 * Validates and migrates a stored value. Never throws: unknown or malformed fields fall
 * back to their defaults, unknown keys are dropped, hosts are normalised and deduplicated.
 */
export function parseSettings(raw: unknown): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS, neverRunOn: [] };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  const r = migrateSettings(raw as Record<string, unknown>);
  if (typeof r.autoAnalyze === 'boolean') out.autoAnalyze = r.autoAnalyze;
  if (typeof r.badges === 'boolean') out.badges = r.badges;
  const format = EXPORT_FORMATS.find((f) => f === r.exportFormat);
  if (format) out.exportFormat = format;
  if (Array.isArray(r.neverRunOn)) {
    const hosts = new Set<string>();
    for (const h of r.neverRunOn) {
      if (hosts.size >= MAX_SITES) break;
      const n = typeof h === 'string' ? normalizeHost(h) : null;
      if (n) hosts.add(n);
    }
    out.neverRunOn = [...hosts];
  }
  return out;
}

/** True when `host` is one of the blocked sites or under one. */
export function isBlockedHost(settings: Settings, host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return settings.neverRunOn.some((b) => h === b || h.endsWith('.' + b));
}

/** Why a site could not be added to the blocked list. */
export type AddSiteError = 'invalid' | 'duplicate' | 'full';

/**
 * The settings with `input` added to the sites where the extension never runs, or the
 * reason it cannot be. Returns a new object; does not modify `settings`.
 */
export function addBlockedSite(settings: Settings, input: string): { ok: true; settings: Settings; host: string } | { ok: false; error: AddSiteError } {
  const host = normalizeHost(input);
  if (!host) return { ok: false, error: 'invalid' };
  if (settings.neverRunOn.includes(host)) return { ok: false, error: 'duplicate' };
  if (settings.neverRunOn.length >= MAX_SITES) return { ok: false, error: 'full' };
  return { ok: true, host, settings: { ...settings, neverRunOn: [...settings.neverRunOn, host] } };
}

/** The settings without `host` among the blocked sites. Returns a new object. */
export function removeBlockedSite(settings: Settings, host: string): Settings {
  return { ...settings, neverRunOn: settings.neverRunOn.filter((h) => h !== host) };
}
