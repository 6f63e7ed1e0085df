import type { Article, ArticleLink, Paragraph } from '../model';
import { type Block, extractBody } from './body';
import { normalizeSpace, pathOf } from './dom';
import { ldString } from './json-ld';
import { readMetadata } from './metadata';
import { findProvenance } from './provenance';

export { pathOf } from './dom';

/** JSON-LD `articleBody` is used instead of the page's text when it is this many times longer (paywall stubs, script-rendered pages). */
const LD_BODY_FACTOR = 2;
/** ...and at least this long. */
const LD_BODY_MIN = 500;

/**
 * Extracts the article from a document: clean body text with its paragraphs mapped back to
 * DOM paths, plus metadata (title, byline, publisher, dates, language, canonical URL),
 * provenance signals and in-body links.
 *
 * `text` starts with the headline as its own paragraph (tag `h1`, path of the page's headline
 * element or null) when a title is found, then the body paragraphs, joined by `\n\n`.
 * Reads `doc` only: Readability runs on `doc.cloneNode(true)`; never mutates the page.
 */
export function extractArticle(doc: Document, url: string | null): Article {
  const meta = readMetadata(doc, url);
  let blocks = extractBody(doc, url);

  const title = meta.title;
  const titleKey = title ? normalizeSpace(title).toLowerCase() : null;
  // The headline leads the text once; a copy of it in the body goes.
  if (titleKey) blocks = blocks.filter((b) => b.text.toLowerCase() !== titleKey);
  // A byline line ("By Jane Doe, Outlet") is metadata, not body.
  blocks = blocks.filter((b) => !isBylineLine(b.text, meta.byline));

  const ldBody = ldString(meta.ld?.articleBody);
  const bodyChars = blocks.reduce((n, b) => n + b.text.length, 0);
  if (ldBody && ldBody.length >= LD_BODY_MIN && ldBody.length > bodyChars * LD_BODY_FACTOR) {
    blocks = ldBody
      .split(/\n\s*\n|\r?\n/)
      .map((t) => normalizeSpace(t))
      .filter(Boolean)
      .map((t) => ({ text: t, path: null, tag: 'p', links: [] }));
  }

  const parts: Block[] = [];
  if (title) parts.push({ text: title, path: meta.headline ? pathOf(meta.headline) : null, tag: 'h1', links: [] });
  parts.push(...blocks);

  let text = '';
  const paragraphs: Paragraph[] = [];
  const links: ArticleLink[] = [];
  for (const b of parts) {
    if (text) text += '\n\n';
    const start = text.length;
    text += b.text;
    paragraphs.push({ start, end: text.length, path: b.path, tag: b.tag });
    for (const l of b.links) {
      links.push({ start: start + l.start, end: start + l.end, text: text.slice(start + l.start, start + l.end), href: l.href });
    }
  }
  const article: Article = {
    title,
    byline: meta.byline,
    publisher: meta.publisher,
    published: meta.published,
    modified: meta.modified,
    language: meta.language,
    canonicalUrl: meta.canonicalUrl,
    text,
    paragraphs,
    provenance: [],
    links,
  };
  article.provenance = findProvenance(article, meta, url);
  return article;
}

/** Whether a short body line is the byline (its names are the article's byline). */
function isBylineLine(text: string, byline: string[]): boolean {
  if (text.length > 160 || !byline.length) return false;
  if (!/^(?:by|von|par|por)\b/i.test(text) && !byline.some((n) => text.toLowerCase().startsWith(n.toLowerCase()))) return false;
  return byline.some((n) => text.toLowerCase().includes(n.toLowerCase()));
}

/**
 * Wraps plain article text (paragraphs separated by blank lines) as an {@link Article}.
 * `article.text` is `text` exactly, so offsets index the input.
 */
export function articleFromText(text: string): Article {
  const paragraphs: Paragraph[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) paragraphs.push({ start, end, path: null, tag: 'text' });
  }
  return {
    title: null, byline: [], publisher: null, published: null, modified: null, language: null,
    canonicalUrl: null, text, paragraphs, provenance: [], links: [],
  };
}
