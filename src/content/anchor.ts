/**
 * Anchoring: mapping character offsets in `Article.text` back to places in the live DOM.
 *
 * A paragraph records the path of its block element (child-element indices from
 * `documentElement`). The element found there is verified by its text; when the path is
 * stale or wrong, the paragraph's text is searched for in the whole body instead.
 * Text is compared with whitespace (and invisible characters) removed, so the different
 * whitespace rules of extraction and of the DOM do not matter.
 *
 * Reads the DOM only. Works on any DOM implementation with `childNodes` and text nodes.
 */
import type { Article, Paragraph } from '../core/index';

/** A position inside a text node. */
export interface DomPoint {
  node: Text;
  offset: number;
}

/** A range of the DOM as two points (a plain value: make a `Range` from it where needed). */
export interface DomSpan {
  start: DomPoint;
  end: DomPoint;
}

/** Characters that extraction may drop or add without changing the text: whitespace, soft hyphens, zero-width marks. */
const IGNORABLE = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/;
/** Elements whose text is never article text. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'svg', 'SVG']);
/** Prefix of every element the extension puts in a page. */
export const OWN_TAG_PREFIX = 'NEWS-CONTEXT-';
/** A span whose own text is shorter than this is not searched for alone: too many false matches. */
const MIN_SEARCH_CHARS = 12;
/** Characters of context searched for to place a point whose paragraph is not in the page as one piece. */
const WINDOW_CHARS = 60;

/** True for the extension's own elements (badges, highlights). */
export function isOwnElement(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName.toUpperCase().startsWith(OWN_TAG_PREFIX);
}

/** The visible-text characters of a subtree, with the DOM position of each. */
export interface TextIndex {
  /** The subtree's text with ignorable characters removed. */
  text: string;
  /** For each character of `text`: its text node (index into `nodes`) and offset in it. */
  nodeOf: number[];
  offsetOf: number[];
  nodes: Text[];
}

/** Builds the {@link TextIndex} of `root`, skipping scripts, styles and the extension's own elements. */
export function indexText(root: Node): TextIndex {
  const chars: string[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  const nodes: Text[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      let ni = -1;
      for (let i = 0; i < data.length; i++) {
        const ch = data[i]!;
        if (IGNORABLE.test(ch)) continue;
        if (ni < 0) {
          ni = nodes.length;
          nodes.push(n as Text);
        }
        chars.push(ch);
        nodeOf.push(ni);
        offsetOf.push(i);
      }
      continue;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) continue;
    if (n.nodeType === 1 && (SKIPPED_TAGS.has((n as Element).tagName) || isOwnElement(n))) continue;
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return { text: chars.join(''), nodeOf, offsetOf, nodes };
}

/** Number of non-ignorable characters of `s` in `[from, to)`. */
export function countVisible(s: string, from: number, to: number): number {
  let k = 0;
  for (let i = from; i < to; i++) if (!IGNORABLE.test(s[i]!)) k++;
  return k;
}

/** `s` without ignorable characters. */
export function stripIgnorable(s: string): string {
  let out = '';
  for (const ch of s) if (!IGNORABLE.test(ch)) out += ch;
  return out;
}

/**
 * Follows a child-element path from `documentElement`. The extension's own elements are
 * not counted, so paths found before badges were inserted still resolve. Null if the path
 * leads nowhere.
 */
export function resolvePath(doc: Document, path: readonly number[]): Element | null {
  let el: Element | null = doc.documentElement;
  for (const index of path) {
    if (!el) return null;
    let seen = -1;
    let next: Element | null = null;
    for (let c: Element | null = el.firstElementChild; c; c = c.nextElementSibling) {
      if (isOwnElement(c)) continue;
      if (++seen === index) {
        next = c;
        break;
      }
    }
    el = next;
  }
  return el;
}

/** The index of the paragraph holding offset `pos` (binary search; paragraphs are in order), or -1. */
export function paragraphAt(paragraphs: readonly Paragraph[], pos: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paragraphs[mid]!;
    if (pos < p.start) hi = mid - 1;
    else if (pos >= p.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Maps offsets of one article's text to DOM points. Caches the text index of each block
 * element (and of the body, for the fallback search) for the anchorer's life: make a new
 * one after the page changes.
 */
export class Anchorer {
  private readonly cache = new Map<Node, TextIndex>();
  private readonly located = new Map<number, { index: TextIndex; base: number } | null>();

  constructor(
    private readonly doc: Document,
    private readonly article: Pick<Article, 'text' | 'paragraphs'>,
  ) {}

  private indexOf(node: Node): TextIndex {
    let idx = this.cache.get(node);
    if (!idx) {
      idx = indexText(node);
      this.cache.set(node, idx);
    }
    return idx;
  }

  /** Where paragraph `pi`'s text starts in some text index: its own element if the path checks out, else the body. */
  private locateParagraph(pi: number): { index: TextIndex; base: number } | null {
    if (this.located.has(pi)) return this.located.get(pi)!;
    const p = this.article.paragraphs[pi]!;
    const needle = stripIgnorable(this.article.text.slice(p.start, p.end));
    let found: { index: TextIndex; base: number } | null = null;
    if (needle) {
      const el = p.path ? resolvePath(this.doc, p.path) : null;
      if (el) {
        const index = this.indexOf(el);
        const base = index.text.indexOf(needle);
        if (base >= 0) found = { index, base };
      }
      if (!found && this.doc.body) {
        const index = this.indexOf(this.doc.body);
        const base = index.text.indexOf(needle);
        if (base >= 0) found = { index, base };
      }
    }
    this.located.set(pi, found);
    return found;
  }

  /**
   * The DOM point at article offset `pos`. With `after`, the point just after the last
   * visible character before `pos` (an end point); otherwise the point at the first
   * visible character at or after `pos` (a start point). Null when it cannot be placed.
   */
  pointAt(pos: number, after: boolean): DomPoint | null {
    const { text, paragraphs } = this.article;
    let pi = paragraphAt(paragraphs, after ? Math.max(0, pos - 1) : pos);
    if (pi < 0) {
      // Between paragraphs: a start moves to the next paragraph, an end to the previous one.
      pi = paragraphs.findIndex((p) => p.start >= pos);
      if (after) pi = pi < 0 ? paragraphs.length - 1 : pi - 1;
      if (pi < 0) return null;
      pos = after ? paragraphs[pi]!.end : paragraphs[pi]!.start;
    }
    const p = paragraphs[pi]!;
    const loc = this.locateParagraph(pi);
    if (!loc) return this.pointByWindow(p, pos, after);
    const clamped = Math.min(Math.max(pos, p.start), p.end);
    const k = countVisible(text, p.start, clamped);
    const total = countVisible(text, p.start, p.end);
    if (total === 0) return null;
    if (after) {
      const ci = loc.base + Math.max(0, k - 1);
      const node = loc.index.nodes[loc.index.nodeOf[ci]!]!;
      return { node, offset: loc.index.offsetOf[ci]! + 1 };
    }
    const ci = loc.base + Math.min(k, total - 1);
    const node = loc.index.nodes[loc.index.nodeOf[ci]!]!;
    return { node, offset: loc.index.offsetOf[ci]! };
  }

  /**
   * Places `pos` by searching the body for the text just before it (an end point) or just
   * after it (a start point), within its paragraph. For paragraphs whose text is not in the
   * page as one piece: text from JSON-LD `articleBody`, or a block split differently.
   */
  private pointByWindow(p: Paragraph, pos: number, after: boolean): DomPoint | null {
    if (!this.doc.body) return null;
    const { text } = this.article;
    const from = after ? Math.max(p.start, pos - WINDOW_CHARS) : pos;
    const to = after ? pos : Math.min(p.end, pos + WINDOW_CHARS);
    const needle = stripIgnorable(text.slice(from, to));
    if (needle.length < MIN_SEARCH_CHARS) return null;
    const index = this.indexOf(this.doc.body);
    const at = index.text.indexOf(needle);
    if (at < 0) return null;
    const ci = after ? at + needle.length - 1 : at;
    const node = index.nodes[index.nodeOf[ci]!]!;
    return { node, offset: index.offsetOf[ci]! + (after ? 1 : 0) };
  }

  /**
   * The DOM span of article text `[start, end)`. Falls back to searching for the span's
   * own text in the body when its paragraph cannot be found. Null when neither works.
   */
  anchor(start: number, end: number): DomSpan | null {
    if (end <= start) return null;
    const s = this.pointAt(start, false);
    const e = this.pointAt(end, true);
    if (s && e) return { start: s, end: e };
    const needle = stripIgnorable(this.article.text.slice(start, end));
    if (needle.length < MIN_SEARCH_CHARS || !this.doc.body) return null;
    const index = this.indexOf(this.doc.body);
    const at = index.text.indexOf(needle);
    if (at < 0) return null;
    const last = at + needle.length - 1;
    return {
      start: { node: index.nodes[index.nodeOf[at]!]!, offset: index.offsetOf[at]! },
      end: { node: index.nodes[index.nodeOf[last]!]!, offset: index.offsetOf[last]! + 1 },
    };
  }
}

/** Closing punctuation that may follow a sentence's final stop: quotes and brackets. */
const CLOSERS = /["'”’»)\]]/;

/**
 * The end of the sentence containing offset `pos` in `text`: just after its final stop
 * (and any closing quotes), or the end of the paragraph. Looks at most `limit` characters ahead.
 */
export function sentenceEnd(text: string, pos: number, limit = 400): number {
  const max = Math.min(text.length, pos + limit);
  let i = Math.max(0, pos);
  // Content spans often stop just before the final stop or quote: include what closes it.
  while (i < max) {
    const ch = text[i]!;
    if (ch === '\n') return i;
    if (ch === '.' || ch === '!' || ch === '?') {
      let j = i + 1;
      while (j < text.length && (CLOSERS.test(text[j]!) || text[j] === '.')) j++;
      // "U.S. officials": a stop followed by a lower-case word does not end the sentence.
      if (j >= text.length || (/\s/.test(text[j]!) && !/^\s+[a-z]/.test(text.slice(j, j + 3)))) return j;
    }
    i++;
  }
  return Math.min(max, text.length);
}

/**
 * The start of the sentence containing offset `pos` in `text`: just after the previous
 * sentence's stop (and the space after it), or the start of the paragraph.
 */
export function sentenceStart(text: string, pos: number, limit = 400): number {
  const min = Math.max(0, pos - limit);
  for (let i = Math.min(pos, text.length) - 1; i >= min; i--) {
    const ch = text[i]!;
    if (ch === '\n') return i + 1;
    if (/\s/.test(ch) && i > 0 && /[.!?]["'”’»)\]]*$/.test(text.slice(Math.max(0, i - 4), i)) && /[A-Z"“‘'(\d]/.test(text[i + 1] ?? '')) {
      return i + 1;
    }
  }
  return min;
}
