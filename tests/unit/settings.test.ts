/** Settings: validation, migration from stored shapes, host normalisation, blocked sites. */
import { describe, expect, it } from 'vitest';
import {
  addBlockedSite, DEFAULT_SETTINGS, isBlockedHost, MAX_SITES, migrateSettings, normalizeHost, parseSettings,
  removeBlockedSite, SETTINGS_VERSION, storedVersion, type Settings,
} from '../../src/settings';

describe('parseSettings', () => {
  it.each([
    ['nothing stored', undefined],
    ['null', null],
    ['a string', 'markdown'],
    ['an array', [1, 2]],
    ['a number', 42],
    ['an empty object', {}],
  ])('%s gives the defaults', (_name, raw) => {
    expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values of the current version', () => {
    const s: Settings = { version: SETTINGS_VERSION, autoAnalyze: true, badges: false, neverRunOn: ['example.com'], exportFormat: 'json' };
    expect(parseSettings(s)).toEqual(s);
  });

  it.each([
    ['autoAnalyze', 'yes'],
    ['badges', 1],
    ['exportFormat', 'pdf'],
    ['neverRunOn', 'example.com'],
  ])('a malformed %s falls back to its default', (key, value) => {
    const parsed = parseSettings({ version: 1, [key]: value });
    expect(parsed[key as keyof Settings]).toEqual(DEFAULT_SETTINGS[key as keyof Settings]);
  });

  it('drops unknown keys and prototype tricks', () => {
    const parsed = parseSettings(JSON.parse('{"version":1,"badges":false,"evil":"x","__proto__":{"autoAnalyze":true}}'));
    expect(parsed).toEqual({ ...DEFAULT_SETTINGS, badges: false });
    expect(Object.keys(parsed).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('normalises, deduplicates and caps the blocked sites, skipping what is not a host', () => {
    const many = Array.from({ length: MAX_SITES + 50 }, (_, i) => `site${i}.example`);
    const parsed = parseSettings({ version: 1, neverRunOn: ['https://WWW.Example.com/page', 'www.example.com', 42, 'not a host!', '', ...many] });
    expect(parsed.neverRunOn[0]).toBe('www.example.com');
    expect(parsed.neverRunOn).not.toContain('not a host!');
    expect(parsed.neverRunOn).toHaveLength(MAX_SITES);
    expect(new Set(parsed.neverRunOn).size).toBe(parsed.neverRunOn.length);
  });

  it('is idempotent: reading what it returns changes nothing', () => {
    const once = parseSettings({ autoAnalyze: true, neverRunOn: ['Example.COM', 'a.b.c'], exportFormat: 'json' });
    expect(parseSettings(once)).toEqual(once);
    expect(parseSettings(JSON.parse(JSON.stringify(once)))).toEqual(once);
  });

  it('does not modify its input', () => {
    const raw = { autoAnalyze: true, neverRunOn: ['EXAMPLE.com'] };
    const copy = structuredClone(raw);
    parseSettings(raw);
    expect(raw).toEqual(copy);
  });
});

describe('migration', () => {
  it('reads the version of a stored object, 0 when absent or invalid', () => {
    expect(storedVersion({})).toBe(0);
    expect(storedVersion({ version: '1' })).toBe(0);
    expect(storedVersion({ version: -3 })).toBe(0);
    expect(storedVersion({ version: 1 })).toBe(1);
  });

  it('migrates version 0 (no version field) to the current version, keeping its values', () => {
    const v0 = { autoAnalyze: true, badges: false, neverRunOn: ['news.example'], exportFormat: 'json' };
    expect(migrateSettings(v0).version).toBe(SETTINGS_VERSION);
    expect(parseSettings(v0)).toEqual({ version: SETTINGS_VERSION, ...v0 });
  });

  it('reads the known fields of a newer version (after a downgrade) and drops the rest', () => {
    const v9 = { version: 9, autoAnalyze: true, badges: false, neverRunOn: [], exportFormat: 'markdown', newThing: { x: 1 } };
    expect(migrateSettings(v9)).toEqual(v9);
    expect(parseSettings(v9)).toEqual({ ...DEFAULT_SETTINGS, autoAnalyze: true, badges: false });
  });
});

describe('hosts', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['https://www.example.com/a/b?c#d', 'www.example.com'],
    ['http://example.com:8080', 'example.com'],
    ['*.example.com', 'example.com'],
    ['example.com.', 'example.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['localhost', 'localhost'],
    ['user:pw@example.com', 'example.com'],
  ])('normalizes %j to %j', (input, host) => {
    expect(normalizeHost(input)).toBe(host);
  });

  it.each(['', '   ', 'not a host', 'ftp://example.com', 'javascript:alert(1)', 'exa_mple.com', 'a'.repeat(254) + '.com', '..'])(
    'rejects %j', (input) => {
      expect(normalizeHost(input)).toBeNull();
    },
  );

  it('blocks a listed host and its subdomains, nothing else', () => {
    const s = { ...DEFAULT_SETTINGS, neverRunOn: ['example.com'] };
    expect(isBlockedHost(s, 'example.com')).toBe(true);
    expect(isBlockedHost(s, 'news.Example.com')).toBe(true);
    expect(isBlockedHost(s, 'notexample.com')).toBe(false);
    expect(isBlockedHost(s, 'example.com.evil.net')).toBe(false);
  });

  it('adds a site once, refuses invalid, duplicate and overflow, and removes it', () => {
    const added = addBlockedSite(DEFAULT_SETTINGS, 'https://News.Example.org/x');
    expect(added).toMatchObject({ ok: true, host: 'news.example.org' });
    if (!added.ok) return;
    expect(DEFAULT_SETTINGS.neverRunOn).toEqual([]); // not modified
    expect(addBlockedSite(added.settings, 'news.example.org')).toEqual({ ok: false, error: 'duplicate' });
    expect(addBlockedSite(added.settings, 'nope nope')).toEqual({ ok: false, error: 'invalid' });
    const full = { ...DEFAULT_SETTINGS, neverRunOn: Array.from({ length: MAX_SITES }, (_, i) => `s${i}.example`) };
    expect(addBlockedSite(full, 'one-more.example')).toEqual({ ok: false, error: 'full' });
    expect(removeBlockedSite(added.settings, 'news.example.org').neverRunOn).toEqual([]);
  });
});
