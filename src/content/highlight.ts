/**
 * Highlighting a claim's sentence after the popup asks to jump to it: the page scrolls to
 * the sentence and translucent boxes are drawn over its lines in one overlay element with
 * a shadow root. The article's own DOM and styles are left alone.
 */
import { applyShadowStyles } from '../platform/shadow-style';
import type { DomSpan } from './anchor';
import { createShadowHost } from './shadow-host';

/** Tag of the overlay host. */
export const HIGHLIGHT_TAG = 'news-context-highlight';
/** How long the highlight stays, in ms: long enough to find the sentence after the scroll. */
const HIGHLIGHT_MS = 6000;

const CSS = `
:host { all: initial; }
.box { position: absolute; pointer-events: none; border-radius: 3px;
  background: rgba(255, 205, 40, .35); box-shadow: 0 0 0 2px rgba(230, 160, 0, .85); }
@media (prefers-reduced-motion: no-preference) { .box { animation: nc-in .25s ease-out; } }
@keyframes nc-in { from { opacity: 0; } to { opacity: 1; } }
@media (forced-colors: active) { .box { background: transparent; box-shadow: 0 0 0 2px Highlight; } }
`;

/** Makes a live `Range` from a {@link DomSpan}; null if its nodes left the page. */
export function toRange(doc: Document, span: DomSpan): Range | null {
  if (!span.start.node.isConnected || !span.end.node.isConnected) return null;
  const range = doc.createRange();
  try {
    range.setStart(span.start.node, Math.min(span.start.offset, span.start.node.length));
    range.setEnd(span.end.node, Math.min(span.end.offset, span.end.node.length));
  } catch {
    return null;
  }
  return range;
}

/** Draws and clears the one highlight of a page. */
export class Highlighter {
  private host: HTMLElement | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {}

  /** Scrolls `range` into view and highlights its lines; replaces any earlier highlight. */
  show(range: Range): void {
    this.clear();
    const doc = this.doc;
    const win = doc.defaultView;
    if (!win) return;
    const first = range.getBoundingClientRect();
    const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const top = first.top + win.scrollY - win.innerHeight / 3;
    win.scrollTo({ top: Math.max(0, top), behavior: reduce ? 'auto' : 'smooth' });

    const { host, root } = createShadowHost(doc, HIGHLIGHT_TAG);
    for (const [k, v] of Object.entries({ position: 'absolute', top: '0', left: '0', width: '0', height: '0', 'pointer-events': 'none', 'z-index': '2147483646', display: 'block', margin: '0', padding: '0', border: '0' })) {
      host.style.setProperty(k, v, 'important');
    }
    applyShadowStyles(root, CSS);
    // Rects are in viewport coordinates; the overlay lives in document coordinates.
    const dx = win.scrollX;
    const dy = win.scrollY;
    for (const r of Array.from(range.getClientRects())) {
      if (r.width < 1 || r.height < 1) continue;
      const box = doc.createElement('div');
      box.className = 'box';
      box.style.left = `${r.left + dx - 2}px`;
      box.style.top = `${r.top + dy - 1}px`;
      box.style.width = `${r.width + 4}px`;
      box.style.height = `${r.height + 2}px`;
      root.append(box);
    }
    doc.documentElement.append(host);
    this.host = host;
    this.timer = setTimeout(() => this.clear(), HIGHLIGHT_MS);
  }

  /** Removes the highlight, if any. */
  clear(): void {
    clearTimeout(this.timer);
    this.host?.remove();
    this.host = null;
  }
}
