import type { Article, Paragraph } from '../model';

/**
 * Extracts the article from a document: clean body text with its paragraphs mapped
 * back to DOM paths, plus metadata and provenance. Reads `doc` only; does not mutate it.
 *
 * PLACEHOLDER: issue 3 replaces this with the real extractor.
 */
export function extractArticle(doc: Document, _url: string | null): Article {
  const blocks: { text: string; path: number[]; tag: string }[] = [];
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ text, path: pathOf(p), tag: 'p' });
  }
  let text = '';
  const paragraphs: Paragraph[] = [];
  for (const b of blocks) {
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + b.text.length, path: b.path, tag: b.tag });
    text += b.text;
  }
  return {
    title: doc.title || null, byline: [], publisher: null, published: null, modified: null,
    language: doc.documentElement?.getAttribute('lang') || null, canonicalUrl: null,
    text, paragraphs, provenance: [], links: [],
  };
}

/** Child-element indices from `documentElement` down to `el`. */
export function pathOf(el: Element): number[] {
  const path: number[] = [];
  let node: Element | null = el;
  while (node && node.parentElement) {
    path.unshift(Array.prototype.indexOf.call(node.parentElement.children, node));
    node = node.parentElement;
  }
  return path;
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
