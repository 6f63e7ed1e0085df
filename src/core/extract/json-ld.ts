/**
 * Reading schema.org data from a page: JSON-LD blocks (with `@graph`, arrays and nested
 * objects) and the article types that detection and extraction care about.
 * Reads the DOM only.
 */
import { rootOf } from './dom';

/** A JSON-LD object as parsed (loosely typed: pages put anything anywhere). */
export type JsonLdNode = Record<string, unknown>;

/**
 * schema.org types that are articles: `Article` and its subtypes that a news or blog page uses.
 * From schema.org's type hierarchy (Article > NewsArticle > AnalysisNewsArticle, ...).
 */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'reviewnewsarticle', 'backgroundnewsarticle', 'askpublicnewsarticle', 'satiricalarticle',
  'blogposting', 'liveblogposting', 'socialmediaposting', 'techarticle', 'scholarlyarticle', 'report',
  'advertisercontentarticle', 'medicalscholarlyarticle', 'apireference',
]);

/** Page types that say the page is a list, a site or a thing rather than one article. */
export const NON_ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'collectionpage', 'itemlist', 'searchresultspage', 'product', 'productgroup', 'offer',
  'profilepage', 'discussionforumposting', 'qapage', 'faqpage', 'videoobject', 'musicrecording',
  'softwareapplication', 'event', 'recipe', 'jobposting', 'realestatelisting', 'lodgingbusiness',
  'localbusiness', 'store', 'aboutpage', 'contactpage', 'checkoutpage', 'question', 'answer',
  'aggregateoffer', 'aggregaterating', 'comment', 'usercomments', 'place', 'residence', 'accommodation',
]);

/** Lower-cased `@type` values of a node (a string or an array; `schema:` / URL prefixes dropped). */
export function typesOf(node: unknown): string[] {
  if (!node || typeof node !== 'object') return [];
  const t = (node as JsonLdNode)['@type'];
  const list = Array.isArray(t) ? t : [t];
  const out: string[] = [];
  for (const v of list) {
    if (typeof v === 'string' && v) out.push(v.replace(/^.*[/:#]/, '').toLowerCase());
  }
  return out;
}

/** Whether any of the node's types is in `set`. */
export function hasType(node: unknown, set: ReadonlySet<string>): boolean {
  return typesOf(node).some((t) => set.has(t));
}

/** Parses a JSON-LD script's text, tolerating the usual breakage (CDATA, comments, stray control characters). */
function parseLoose(text: string): unknown {
  let t = text.trim();
  if (!t) return null;
  t = t.replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '').replace(/(?:\/\/\s*)?\]\]>\s*$/, '');
  t = t.replace(/^\s*<!--/, '').replace(/-->\s*$/, '');
  try {
    return JSON.parse(t);
  } catch {
    try {
      // Raw newlines and tabs inside strings are the most common breakage.
      return JSON.parse(t.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return null;
    }
  }
}

/** Keys under which a page nests the objects that describe it. */
const NESTING_KEYS = ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'hasPart', 'about'];

/**
 * Every JSON-LD object in the page that carries an `@type`, flattened: `@graph` members,
 * array items and the objects nested under {@link NESTING_KEYS}, in document order.
 * Bounded (a page cannot make this walk run away) and iterative.
 */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  if (!rootOf(doc)) return out;
  const seen = new Set<unknown>();
  for (const s of Array.from(doc.querySelectorAll('script[type]'))) {
    if ((s.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const data = parseLoose(s.textContent ?? '');
    const stack: unknown[] = [data];
    let budget = 2000;
    while (stack.length && budget-- > 0) {
      const v = stack.pop();
      if (!v || typeof v !== 'object' || seen.has(v)) continue;
      seen.add(v);
      if (Array.isArray(v)) {
        for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
        continue;
      }
      const node = v as JsonLdNode;
      if (node['@type']) out.push(node);
      for (let i = NESTING_KEYS.length - 1; i >= 0; i--) {
        const child = node[NESTING_KEYS[i]!];
        if (child && typeof child === 'object') stack.push(child);
      }
    }
  }
  return out;
}

/** The string value of a JSON-LD property (first of an array; `name` or `@value` of an object). */
export function ldString(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = ldString(x);
      if (s) return s;
    }
    return null;
  }
  if (v && typeof v === 'object') {
    const o = v as JsonLdNode;
    return ldString(o.name) ?? ldString(o['@value']) ?? null;
  }
  return null;
}

/** The values of a JSON-LD property as a list (a single value becomes a one-item list). */
export function ldList(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/**
 * Microdata article types (`itemtype="https://schema.org/NewsArticle"`), lower-cased, in
 * document order.
 */
export function microdataTypes(doc: Document): string[] {
  const out: string[] = [];
  if (!rootOf(doc)) return out;
  for (const el of Array.from(doc.querySelectorAll('[itemtype]'))) {
    for (const t of (el.getAttribute('itemtype') ?? '').split(/\s+/)) {
      if (/schema\.org|data-vocabulary/i.test(t)) out.push(t.replace(/^.*[/:#]/, '').toLowerCase());
    }
  }
  return out;
}
