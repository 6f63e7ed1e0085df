/**
 * User-facing strings. The browser's `i18n.getMessage` answers inside the extension;
 * anywhere else (unit tests, the static preview) the bundled English catalogue
 * `_locales/en/messages.json` answers, with the same placeholder rules.
 */
import catalogue from '../../_locales/en/messages.json';

/** One entry of a `messages.json` catalogue. */
interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** A key of the English catalogue: misspelt keys fail to compile. */
export type MessageKey = keyof typeof catalogue;

interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
}

function browserI18n(): I18nApi | null {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  const api = g.browser?.i18n ?? g.chrome?.i18n;
  return api && typeof api.getMessage === 'function' ? api : null;
}

/**
 * Fills a catalogue entry the way browsers do: `$NAME$` refers to a declared placeholder,
 * whose content refers to the substitutions as `$1`..`$9`; `$$` is a literal dollar sign.
 */
export function formatEntry(entry: CatalogueEntry, subs: readonly string[]): string {
  const fillNumbers = (s: string): string =>
    s.replace(/\$(\$|[1-9])/g, (_m, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (m, name: string) => {
    const ph = entry.placeholders?.[name.toLowerCase()] ?? entry.placeholders?.[name];
    return ph ? fillNumbers(ph.content) : m;
  });
  return named.replace(/\$\$/g, '$');
}

/**
 * The user-facing string for `key`, with its substitutions (numbers are formatted as text).
 * Never returns an empty string for a key of the catalogue.
 */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const s = subs.map(String);
  const api = browserI18n();
  if (api) {
    try {
      const got = api.getMessage(key, s);
      if (got) return got;
    } catch {
      // Outside an extension page getMessage can throw; the catalogue answers instead.
    }
  }
  const entry = (catalogue as Record<string, CatalogueEntry>)[key];
  return entry ? formatEntry(entry, s) : key;
}
