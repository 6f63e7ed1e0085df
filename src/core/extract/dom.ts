/**
 * Small DOM helpers shared by detection and extraction: iterative walks (no recursion, so a
 * page nested 5,000 deep cannot overflow the stack), paths, text normalisation.
 * Everything here reads the DOM only and uses APIs that browsers and linkedom both have.
 */

/** Collapses runs of whitespace (including non-breaking and zero-width spaces) and trims. */
export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b\u200c\u200d\u2060\ufeff]+/g, ' ').trim();
}

/** Lower-case tag name of an element (`localName`, which HTML and XML documents both have). */
export function tagOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

/**
 * The document's root element, or null. Guarded because some DOMs (linkedom) throw from
 * `doc.body` when there is no root at all.
 */
export function rootOf(doc: Document): Element | null {
  try {
    return doc.documentElement ?? null;
  } catch {
    return null;
  }
}

/** The document's `<body>`, or null (never throws). */
export function bodyOf(doc: Document): Element | null {
  if (!rootOf(doc)) return null;
  try {
    return doc.body ?? null;
  } catch {
    return null;
  }
}

/**
 * Where the page's content is: `<body>`, or the root element when the body is empty. Browsers
 * always put content in the body; DOMs built from broken markup in Node (linkedom, given a second
 * `<html>` or `<body>` tag) can leave the first body empty with the content beside it.
 */
export function contentRootOf(doc: Document): Element | null {
  const body = bodyOf(doc);
  if (body && (body.firstElementChild || (body.textContent ?? '').trim())) return body;
  return rootOf(doc);
}

/** The element after `el` in document order within `root`, skipping `el`'s subtree when `skip`. */
export function nextElement(el: Element, root: Element, skip = false): Element | null {
  if (!skip) {
    const child = el.firstElementChild;
    if (child) return child;
  }
  let node: Element | null = el;
  while (node && node !== root) {
    const sib: Element | null = node.nextElementSibling;
    if (sib) return sib;
    node = node.parentElement;
  }
  return null;
}

/**
 * Child-element indices from `document.documentElement` down to `el` (empty for the root).
 * Stable under `cloneNode(true)`, so a path found on a clone resolves in the live page.
 */
export function pathOf(el: Element): number[] {
  const path: number[] = [];
  let node: Element | null = el;
  while (node && node.parentElement) {
    let i = 0;
    for (let s = node.previousElementSibling; s; s = s.previousElementSibling) i++;
    path.push(i);
    node = node.parentElement;
  }
  return path.reverse();
}

/**
 * Computes {@link pathOf} for many elements of one document in time linear in the document:
 * each parent's children are indexed once, on first need.
 */
export class PathFinder {
  private readonly index = new Map<Element, number>();

  /** Child-element indices from `documentElement` down to `el`. */
  pathOf(el: Element): number[] {
    const path: number[] = [];
    let node: Element | null = el;
    while (node && node.parentElement) {
      let i = this.index.get(node);
      if (i === undefined) {
        let k = 0;
        for (let c = node.parentElement.firstElementChild; c; c = c.nextElementSibling) this.index.set(c, k++);
        i = this.index.get(node) ?? 0;
      }
      path.push(i);
      node = node.parentElement;
    }
    return path.reverse();
  }
}

/** The element at `path` (see {@link pathOf}) in `doc`, or null when the path does not resolve. */
export function elementAtPath(doc: Document, path: readonly number[]): Element | null {
  let node: Element | null = rootOf(doc);
  for (const i of path) {
    if (!node) return null;
    node = node.children[i] ?? null;
  }
  return node;
}

/**
 * All `<meta>` values of the document keyed by lower-cased `name`, `property` and `itemprop`
 * (the first value of each key wins; empty values are skipped).
 */
export function readMetas(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  if (!rootOf(doc)) return map;
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const content = m.getAttribute('content');
    if (!content || !content.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const raw = m.getAttribute(attr);
      if (!raw) continue;
      // `property="og:title twitter:title"` names several keys at once (readability/004).
      for (const key of raw.toLowerCase().split(/\s+/)) {
        if (key && !map.has(key)) map.set(key, normalizeSpace(content));
      }
    }
  }
  return map;
}

/** The host of `url` without `www.`, lower-cased, or null. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.hostname.toLowerCase().replace(/^www\d?\./, '') || null;
  } catch {
    return null;
  }
}

/** `href` resolved against `base`, when the result is an http(s) URL; else null. */
export function absoluteHttpUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  const h = href.trim();
  if (!h || h.startsWith('#')) return null;
  try {
    const u = base ? new URL(h, base) : new URL(h);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * A rough registrable domain: the last two labels, or three under a two-letter country code
 * with a short second level (`bbc.co.uk`). Good enough to tell "same site" from "another site".
 */
export function siteOf(host: string | null): string | null {
  if (!host) return null;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const tld = labels[labels.length - 1]!;
  const sld = labels[labels.length - 2]!;
  const n = tld.length === 2 && (sld.length <= 3 || sld === 'gouv') ? 3 : 2;
  return labels.slice(-n).join('.');
}
