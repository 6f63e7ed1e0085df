/**
 * Article metadata from a page's markup: title, byline, publisher, dates, language,
 * canonical URL, from JSON-LD, meta tags and the visible page. Reads the DOM only.
 */
import { outletForHost } from '../outlets/outlets';
import { cleanByline, dedupeNames } from './byline';
import { absoluteHttpUrl, hostOf, nextElement, normalizeSpace, readMetas, rootOf } from './dom';
import { ARTICLE_TYPES, type JsonLdNode, hasType, ldList, ldString, readJsonLd, typesOf } from './json-ld';

/** Everything extraction reads from markup before it looks at the body. */
export interface PageMetadata {
  metas: Map<string, string>;
  /** The JSON-LD object that describes the article, if any. */
  ld: JsonLdNode | null;
  /** All JSON-LD objects with a type. */
  ldNodes: JsonLdNode[];
  title: string | null;
  /** The element that shows the headline on the page (an `<h1>` matching the title), if any. */
  headline: Element | null;
  byline: string[];
  publisher: string | null;
  published: string | null;
  modified: string | null;
  language: string | null;
  canonicalUrl: string | null;
}

/** Separators between a headline and a site name in `<title>`. */
const TITLE_SEPARATOR = /\s+[|\-–—:·•»/\\]\s+|\s+::\s+/;

/** Reads the page's metadata. `bodyByline` is a byline found in the page body (Readability's), used last. */
export function readMetadata(doc: Document, url: string | null): PageMetadata {
  const metas = readMetas(doc);
  const ldNodes = readJsonLd(doc);
  const ld = pickArticleNode(ldNodes, url);
  const publisher = readPublisher(doc, ld, ldNodes, metas, url);
  const { title, headline } = readTitle(doc, ld, metas, publisher);
  return {
    metas,
    ld,
    ldNodes,
    title,
    headline,
    byline: readByline(doc, ld, metas, publisher, headline),
    publisher,
    published: isoDate(ldString(ld?.datePublished) ?? firstMeta(metas, PUBLISHED_KEYS) ?? timeIn(doc, 'published')),
    modified: isoDate(ldString(ld?.dateModified) ?? firstMeta(metas, MODIFIED_KEYS)),
    language: readLanguage(doc, ld, metas),
    canonicalUrl: readCanonical(doc, ld, metas, url),
  };
}

const PUBLISHED_KEYS = [
  'article:published_time', 'og:published_time', 'datepublished', 'publishdate', 'publish-date', 'pubdate',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'date', 'article.published',
  'published_time', 'cxenseparse:recs:publishtime',
];
const MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified', 'lastmod'];

function firstMeta(metas: Map<string, string>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = metas.get(k);
    if (v) return v;
  }
  return null;
}

/** The JSON-LD article node: the first article-typed node, preferring one whose URL is the page's. */
function pickArticleNode(nodes: JsonLdNode[], url: string | null): JsonLdNode | null {
  const articles = nodes.filter((n) => hasType(n, ARTICLE_TYPES));
  if (articles.length <= 1) return articles[0] ?? null;
  const path = url ? url.replace(/[?#].*$/, '').replace(/\/$/, '') : null;
  if (path) {
    for (const a of articles) {
      const u = ldString(a.url) ?? ldString((a.mainEntityOfPage as JsonLdNode | undefined)?.['@id']) ?? ldString(a.mainEntityOfPage);
      if (u && u.replace(/[?#].*$/, '').replace(/\/$/, '') === path) return a;
    }
  }
  // Prefer the node with a body or a headline over teaser stubs.
  return articles.find((a) => typeof a.articleBody === 'string') ?? articles.find((a) => a.headline) ?? articles[0]!;
}

function readPublisher(
  doc: Document,
  ld: JsonLdNode | null,
  nodes: JsonLdNode[],
  metas: Map<string, string>,
  url: string | null,
): string | null {
  const fromLd = ld ? ldString(ld.publisher) : null;
  if (fromLd && isNameLike(fromLd)) return normalizeSpace(fromLd);
  const raw = metas.get('og:site_name') ?? metas.get('application-name') ?? null;
  const host = hostOf(url);
  const known = host ? outletForHost(host) : null;
  const site = raw ? siteName(raw) : null;
  if (site && !(host && known && isSubdomainLabel(site, host, known.domains))) return site;
  if (known) return known.name;
  for (const n of nodes) {
    const t = typesOf(n);
    if (t.includes('newsmediaorganization') || (t.includes('organization') && n.url && host && hostOf(ldString(n.url)) === host)) {
      const name = ldString(n.name);
      if (name && isNameLike(name)) return normalizeSpace(name);
    }
  }
  if (!raw) return null;
  // The page declared a site but not a usable name (a URL, a tagline): its microdata publisher, else its host.
  const micro = rootOf(doc) ? doc.querySelector('[itemprop~="publisher"] [itemprop~="name"]') : null;
  const microName = micro ? normalizeSpace(micro.getAttribute('content') ?? micro.textContent ?? '') : '';
  if (microName && isNameLike(microName) && !isTagline(microName)) return microName;
  const addressHost = /^(?:https?:\/\/|www\.)/i.test(raw.trim()) ? hostOf(absoluteHttpUrl(raw.trim().replace(/^www\./i, 'https://www.'), url)) : null;
  const siteHost = addressHost ?? host;
  if (!siteHost) return null;
  const outlet = outletForHost(siteHost);
  return outlet ? outlet.name : siteHost.replace(/^www\d*\./, '');
}

/** Not an address: no URL, lower-case bare host, e-mail or @handle ("https://www.hawaiinewsnow.com", "@politifact"). */
function isNameLike(s: string): boolean {
  const t = s.trim();
  if (!t || /^(?:https?:|www\.)|^@|\S@\S/i.test(t)) return false;
  // "hawaiinewsnow.com" is an address; "Snopes.com" and "DW.COM" are how those sites write their names.
  return !/^[a-z0-9-]+(?:\.[a-z0-9-]+)+\/?$/.test(t);
}

/** Words a tagline has in lower case that a masthead does not ("Expert how-to for English Riders"). */
function isTagline(s: string): boolean {
  const words = s.split(/\s+/).filter(Boolean);
  if (words.length < 5) return false;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower >= 2 || /[!?]|,\s+\p{Ll}/u.test(s);
}

/**
 * The name in a declared site name, or null when it holds none: "The Jerusalem Post | JPost.com"
 * and "Yahoo News - Latest News & Headlines" keep the part before the separator; a URL or
 * handle, or a tagline ("Expert how-to for English Riders", or the headline MSN puts in
 * application-name) is no name.
 */
function siteName(raw: string): string | null {
  const s = normalizeSpace(raw);
  if (!s || s.length > 80 || !isNameLike(s)) return null;
  const first = s.split(/\s+[|–—-]\s+/)[0]!.trim();
  if (!first || !isNameLike(first) || isTagline(first)) return null;
  return first;
}

/**
 * Whether a site name is only a subdomain label of the page's host on a known outlet's domain:
 * a platform's default name, not a masthead ("Hosted" on hosted.ap.org, AP's pages for member
 * newspapers). The registrable label itself ("Slate" on slate.com) is a name.
 */
function isSubdomainLabel(site: string, host: string, domains: readonly string[]): boolean {
  const key = site.toLowerCase().replace(/[\s.]+/g, '');
  const domain = domains.find((d) => host === d || host.endsWith('.' + d));
  if (!domain || host === domain) return false;
  return host.slice(0, -domain.length - 1).split('.').includes(key);
}

/** Words of a string, lower-cased (letters and digits). */
function wordsOf(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Share of `a`'s words found in `b`. */
function overlap(a: string, b: string): number {
  const wa = wordsOf(a);
  if (!wa.length) return 0;
  const wb = new Set(wordsOf(b));
  return wa.filter((w) => wb.has(w)).length / wa.length;
}

function readTitle(
  doc: Document,
  ld: JsonLdNode | null,
  metas: Map<string, string>,
  publisher: string | null,
): { title: string | null; headline: Element | null } {
  let docTitle = '';
  try {
    docTitle = normalizeSpace(doc.title ?? '');
  } catch {
    docTitle = '';
  }
  const declared = ldString(ld?.headline) ?? metas.get('og:title') ?? metas.get('twitter:title') ?? null;
  const reference = declared ?? docTitle;
  // The on-page headline: an h1 (else an h2) that the declared or document title repeats.
  let headline: Element | null = null;
  if (rootOf(doc)) {
    for (const sel of ['h1', 'h2']) {
      for (const h of Array.from(doc.querySelectorAll(sel)).slice(0, 10)) {
        const text = normalizeSpace(h.textContent ?? '');
        if (wordsOf(text).length < 2 || text.length > 300) continue;
        if (reference && overlap(text, reference) >= 0.8 && overlap(reference, text) >= 0.5) {
          headline = h;
          break;
        }
      }
      if (headline) break;
    }
  }
  // No h1 repeats the declared title: a lone h1 of several words is the page's own headline
  // (sites rewrite og:title for social media; the page shows the h1).
  if (!headline && rootOf(doc)) {
    const h1s = Array.from(doc.querySelectorAll('h1')).filter((h) => !h.closest('header nav, nav, footer, aside'));
    const only = h1s.length === 1 ? h1s[0]! : null;
    const text = only ? normalizeSpace(only.textContent ?? '') : '';
    if (only && wordsOf(text).length >= 4 && text.length <= 300 && (!publisher || overlap(text, publisher) < 0.5)) headline = only;
  }
  if (headline) return { title: normalizeSpace(headline.textContent ?? ''), headline };
  const title = declared ? stripSiteName(normalizeSpace(declared), publisher) : docTitle ? stripSiteName(docTitle, publisher) : null;
  return { title: title || null, headline: null };
}

/** "Headline | Site" and "Site - Headline" lose the site part (the longest part wins). */
function stripSiteName(title: string, publisher: string | null): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const pub = publisher?.toLowerCase();
  const kept = parts.filter((p) => p.toLowerCase() !== pub);
  let best = kept[0] ?? title;
  for (const p of kept) if (wordsOf(p).length > wordsOf(best).length) best = p;
  // A short remainder means the separator was part of the headline ("Q&A: ...").
  return wordsOf(best).length >= 3 ? best.trim() : title;
}

/** Class or id words of visible bylines (Readability's list, plus a few). */
const BYLINE_CLASS = /byline|author|dateline|writtenby|p-author|contributor|reporter/i;
/** Containers whose authors are not this article's (related stories, comments, footers). */
const OTHER_AUTHORS = 'aside, footer, nav, [class*="related" i], [class*="recommend" i], [class*="promo" i], [class*="more-from" i]';

function readByline(doc: Document, ld: JsonLdNode | null, metas: Map<string, string>, publisher: string | null, headline: Element | null): string[] {
  if (ld) {
    const names: string[] = [];
    for (const a of ldList(ld.author ?? ld.creator)) {
      const name = ldString(a);
      if (name && !/^https?:/i.test(name)) names.push(...cleanByline(name, publisher, true));
    }
    if (names.length) return dedupe(names);
  }
  const fromDom = rootOf(doc) ? visibleByline(doc, publisher, headline) : [];
  if (fromDom.length) return fromDom;
  for (const k of ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl']) {
    const v = metas.get(k);
    if (v && !/^https?:|^www\./i.test(v) && !v.startsWith('@')) {
      const names = cleanByline(v, publisher);
      if (names.length) return names;
    }
  }
  return [];
}

/**
 * The byline printed on the page: the first author-marked element (rel=author,
 * itemprop=author, a byline/author class) after the headline and outside related-story
 * boxes and comments, with the other author elements of the same byline.
 */
function visibleByline(doc: Document, publisher: string | null, headline: Element | null): string[] {
  const candidates = Array.from(
    doc.querySelectorAll(
      '[rel~="author"], [itemprop~="author"], [class*="byline" i], [class*="author" i], [id*="byline" i], [id*="author" i], [class*="dateline" i]',
    ),
  ).slice(0, 60);
  const usable = candidates.filter((el) => {
    const text = normalizeSpace(el.textContent ?? '');
    if (!text || text.length > 200) return false;
    if (el.closest(OTHER_AUTHORS)) return false;
    const marker = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    return el.getAttribute('rel') !== null || el.getAttribute('itemprop') !== null || BYLINE_CLASS.test(marker);
  });
  if (!usable.length) return headline ? printedByline(headline, publisher) : [];
  // The byline follows the headline; before it are site-wide author links.
  const FOLLOWING = 4;
  const after = headline ? usable.filter((el) => (headline.compareDocumentPosition(el) & FOLLOWING) !== 0) : usable;
  const ordered = [...after, ...usable.filter((el) => !after.includes(el))];
  for (let i = 0; i < ordered.length; i++) {
    const first = ordered[i]!;
    const names = cleanByline(first.getAttribute('content') ?? first.textContent ?? '', publisher);
    if (!names.length) continue;
    // Co-authors: other candidates under the same byline container, not inside this one.
    const box = first.parentElement?.parentElement ?? null;
    for (const other of ordered.slice(i + 1, i + 8)) {
      if (!box || !box.contains(other) || first.contains(other) || other.contains(first)) continue;
      names.push(...cleanByline(other.getAttribute('content') ?? other.textContent ?? '', publisher));
    }
    return dedupe(names);
  }
  return [];
}

/** Elements after the headline searched for a printed "By ..." line. */
const BYLINE_SEARCH_ELEMENTS = 40;

/** A "By Jane Doe" line printed shortly after the headline, in markup that names no author. */
function printedByline(headline: Element, publisher: string | null): string[] {
  let el: Element | null = headline;
  const root = headline.ownerDocument?.documentElement ?? headline;
  for (let i = 0; i < BYLINE_SEARCH_ELEMENTS && el; i++) {
    el = nextElement(el, root, el === headline);
    if (!el) break;
    const text = normalizeSpace(el.textContent ?? '');
    if (text.length > 160) continue;
    if (/^(?:by|von|par|por)\s+[\p{Lu}]/u.test(text)) {
      const names = cleanByline(text, publisher);
      if (names.length) return names;
    }
  }
  return [];
}

function dedupe(names: string[]): string[] {
  return dedupeNames(names);
}

/** A date from a `<time>` or date-marked element near the article's start. */
function timeIn(doc: Document, _kind: 'published'): string | null {
  if (!rootOf(doc)) return null;
  const el = doc.querySelector('[itemprop~="datePublished"], time[datetime], time[pubdate], abbr.published');
  if (!el) return null;
  return el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title') ?? normalizeSpace(el.textContent ?? '');
}

/**
 * An ISO 8601 form of a date string: kept as written when it already is ISO 8601 (date, or date
 * and time with its offset), otherwise parsed (RFC 2822, "May 3, 2019") and given as UTC.
 */
export function isoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(s)) return s.replace(' ', 'T');
  if (/^\d{8}$/.test(s)) return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  if (/^\d{10}(?:\d{3})?$/.test(s)) {
    const ms = s.length === 10 ? Number(s) * 1000 : Number(s);
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  const year = d.getUTCFullYear();
  return year < 1990 || year > 2100 ? null : d.toISOString();
}

function readLanguage(doc: Document, ld: JsonLdNode | null, metas: Map<string, string>): string | null {
  const root = rootOf(doc);
  const raw =
    root?.getAttribute('lang') ??
    root?.getAttribute('xml:lang') ??
    metas.get('content-language') ??
    metas.get('og:locale') ??
    ldString(ld?.inLanguage) ??
    httpEquivLanguage(doc);
  if (!raw) return null;
  const tag = raw.trim().split(/[,;\s]/)[0]!.replace(/_/g, '-');
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag) ? tag : null;
}

function httpEquivLanguage(doc: Document): string | null {
  if (!rootOf(doc)) return null;
  for (const m of Array.from(doc.querySelectorAll('meta[http-equiv]'))) {
    if ((m.getAttribute('http-equiv') ?? '').toLowerCase() === 'content-language') return m.getAttribute('content');
  }
  return null;
}

function readCanonical(doc: Document, ld: JsonLdNode | null, metas: Map<string, string>, url: string | null): string | null {
  if (rootOf(doc)) {
    for (const l of Array.from(doc.querySelectorAll('link[rel]'))) {
      if (!/(?:^|\s)canonical(?:\s|$)/i.test(l.getAttribute('rel') ?? '')) continue;
      const href = absoluteHttpUrl(l.getAttribute('href'), url);
      if (href) return href;
    }
  }
  const og = absoluteHttpUrl(metas.get('og:url'), url);
  if (og) return og;
  const main = ld?.mainEntityOfPage;
  return absoluteHttpUrl(ldString(ld?.url) ?? ldString((main as JsonLdNode | undefined)?.['@id']) ?? ldString(main), url);
}
