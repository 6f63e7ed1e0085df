/**
 * Inline badges: one `<news-context-badge>` element per attributed sentence, placed right
 * after the sentence, its UI in an open shadow root with its own CSS.
 *
 * What keeps the page intact: the host has no light-DOM text (labels are CSS generated
 * content, the tooltip is hidden until hover or focus), so copy, find-in-page and reader
 * mode see nothing of it (its CSS is an adopted stylesheet, not a `<style>` text node, see
 * `platform/shadow-style`); it is `user-select: none`; the page's CSS cannot reach inside the
 * shadow root, and the host's few own properties are set `!important` through CSSOM (which
 * a page's CSP allows). Text nodes split to insert a badge are joined again on removal.
 * Page text only ever reaches the DOM through `textContent` and attributes.
 */
import type { SpeakerKind } from '../core/index';
import { applyShadowStyles } from '../platform/shadow-style';
import { isOwnElement, type DomPoint } from './anchor';
import { createShadowHost } from './shadow-host';

/** Tag of a badge host. */
export const BADGE_TAG = 'news-context-badge';

/** One claim as a badge shows it. */
export interface BadgeClaim {
  /** Index in `PageAnalysis.claims`. */
  index: number;
  name: string;
  kind: SpeakerKind;
  role: string | null;
  via: string | null;
  direct: boolean;
  cue: string;
}

/** Claims that end in the same sentence, and where that sentence ends in the DOM. */
export interface BadgeGroup {
  point: DomPoint;
  claims: BadgeClaim[];
}

/** The strings a badge shows, from the locale catalogue. */
export interface BadgeStrings {
  kind: Record<SpeakerKind, string>;
  direct: string;
  paraphrase: string;
  via: (outlet: string) => string;
  cue: (cue: string) => string;
  label: (speaker: string) => string;
}

/** The page's colour scheme, as badges follow it. */
export type Scheme = 'light' | 'dark';

/** A shape per kind, so kinds differ by more than colour. */
const KIND_MARK: Record<SpeakerKind, string> = {
  person: '●',
  organization: '■',
  outlet: '◆',
  anonymous: '○',
  document: '▤',
  unknown: '?',
};
/** Widest tooltip (px), as in the CSS below: used to open it leftwards near the window's edge. */
const TIP_WIDTH = 280;
/** Longest badge label; longer names are cut with an ellipsis (the tooltip has the full name). */
const MAX_LABEL = 22;
/** Name suffixes that are not a surname. */
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
/** Inline elements a badge is moved out of when the sentence ends at their end; links always. */
const INLINE_TAGS = new Set(['A', 'EM', 'STRONG', 'B', 'I', 'U', 'SPAN', 'SMALL', 'Q', 'CITE', 'ABBR', 'MARK', 'FONT', 'SUP', 'SUB', 'TIME']);

const CSS = `
:host { all: initial; }
.wrap { position: relative; display: inline; font: 500 11px/14px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.chip {
  all: unset; box-sizing: border-box; display: inline-block; vertical-align: 1px; margin: 0; margin-inline-start: 4px; padding: 0 6px;
  height: 16px; line-height: 16px; border-radius: 8px; cursor: default; white-space: nowrap;
  font: inherit; color: #0b2a55; background: #e3edfb; border: 1px solid #a9c3ea;
}
.chip::before { content: attr(data-mark); margin-right: 3px; font-size: 9px; }
.chip::after { content: attr(data-label); }
.chip[data-via]::after { content: attr(data-label) " → " attr(data-via); }
.chip:focus-visible { outline: 2px solid #1f5fbf; outline-offset: 1px; }
.k-organization { color: #0b4a44; background: #dff4f1; border-color: #9fd6cf; }
.k-outlet { color: #45206b; background: #efe5fb; border-color: #c9b0ea; }
.k-anonymous { color: #5a3b00; background: #fdf1d8; border-color: #e8c987; }
.k-document, .k-unknown { color: #333; background: #eee; border-color: #ccc; }
.tip {
  display: none; position: absolute; z-index: 2147483647; left: 0; top: calc(100% + 6px); width: max-content; max-width: ${TIP_WIDTH}px;
  padding: 8px 10px; border-radius: 6px; white-space: normal; text-align: left;
  font: 400 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1b1b; background: #fff; border: 1px solid #bbb; box-shadow: 0 2px 8px rgba(0,0,0,.2);
}
.tip b { font-weight: 600; }
.tip span { display: block; }
.item { position: relative; display: inline; }
.item:hover > .tip, .item:focus-within > .tip { display: block; }
.item.flip > .tip { left: auto; right: 0; }
.item.quiet > .tip { display: none; }
:host([data-scheme="dark"]) .chip { color: #dbe7ff; background: #1d3254; border-color: #3f5f93; }
:host([data-scheme="dark"]) .k-organization { color: #c9f1ea; background: #123d38; border-color: #2f7168; }
:host([data-scheme="dark"]) .k-outlet { color: #eadbff; background: #35214f; border-color: #6a4c93; }
:host([data-scheme="dark"]) .k-anonymous { color: #ffe7b5; background: #4a3505; border-color: #8c6a1f; }
:host([data-scheme="dark"]) .k-document, :host([data-scheme="dark"]) .k-unknown { color: #ddd; background: #3a3a3a; border-color: #666; }
:host([data-scheme="dark"]) .tip { color: #eee; background: #222; border-color: #555; }
@media (forced-colors: active) { .chip { border-color: CanvasText; } }
@media print { .wrap { display: none; } }
`;

/** The short name a badge shows: a person's surname, else the name, cut to fit. */
export function shortName(name: string, kind: SpeakerKind): string {
  let label = name.trim();
  if (kind === 'person') {
    const words = label.split(/\s+/).filter((w) => !SUFFIXES.has(w.toLowerCase().replace(/,$/, '')));
    label = words[words.length - 1] ?? label;
  } else if (kind === 'organization' || kind === 'outlet') {
    label = label.replace(/^the\s+/i, '');
  }
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label;
}

/** Relative luminance (0..1) of a CSS `rgb()`/`rgba()` colour, or null when unparsable. */
export function luminance(color: string): number | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color);
  if (!m) return null;
  const lin = (v: number): number => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(Number(m[1])) + 0.7152 * lin(Number(m[2])) + 0.0722 * lin(Number(m[3]));
}

/** The page's scheme at `el`, judged from its text colour: light text means a dark page. */
export function schemeAt(el: Element | null): Scheme {
  if (!el) return 'light';
  const view = el.ownerDocument.defaultView;
  const l = view ? luminance(view.getComputedStyle(el).color) : null;
  return l !== null && l > 0.5 ? 'dark' : 'light';
}

function setImportant(el: HTMLElement, props: Record<string, string>): void {
  for (const [k, v] of Object.entries(props)) el.style.setProperty(k, v, 'important');
}

interface Placed {
  host: HTMLElement;
  /** A text node split to make room, and the piece split off it. */
  split: { a: Text; b: Text } | null;
}

/**
 * The badges of one analysis in one page. Create, {@link render}, and {@link remove}
 * before the next analysis.
 */
export class BadgeLayer {
  private placed: Placed[] = [];
  private visible = true;
  private nextTipId = 0;

  constructor(
    private readonly doc: Document,
    private readonly strings: BadgeStrings,
    /** Text nodes created by splitting: the page watcher ignores them. */
    readonly ownTextNodes: WeakSet<Node> = new WeakSet(),
  ) {}

  /** Number of badge hosts in the page. */
  get size(): number {
    return this.placed.length;
  }

  /**
   * Inserts the badges of `groups`. Call with groups in reverse document order (last
   * first) so that splitting a text node never moves a point still to be used.
   */
  render(groups: readonly BadgeGroup[], scheme: Scheme): void {
    for (const g of groups) {
      if (!g.point.node.isConnected || g.claims.length === 0) continue;
      const host = this.build(g.claims, scheme);
      const split = this.insert(host, g.point);
      this.placed.push({ host, split });
    }
  }

  /** Shows or hides every badge of this layer. */
  setVisible(visible: boolean): void {
    this.visible = visible;
    for (const p of this.placed) this.applyVisibility(p.host);
  }

  /** Removes every badge and joins the text nodes split for them. */
  remove(): void {
    for (const { host, split } of this.placed.splice(0).reverse()) {
      host.remove();
      if (split && split.a.isConnected && split.a.nextSibling === split.b) {
        split.a.appendData(split.b.data);
        split.b.remove();
      }
    }
  }

  private applyVisibility(host: HTMLElement): void {
    setImportant(host, { display: this.visible ? 'inline' : 'none' });
  }

  private build(claims: readonly BadgeClaim[], scheme: Scheme): HTMLElement {
    const doc = this.doc;
    const { host, root } = createShadowHost(doc, BADGE_TAG);
    setImportant(host, {
      position: 'static',
      margin: '0',
      padding: '0',
      border: '0',
      background: 'none',
      float: 'none',
      'user-select': 'none',
      '-webkit-user-select': 'none',
    });
    this.applyVisibility(host);
    host.dataset.scheme = scheme;
    host.dataset.claims = claims.map((c) => c.index).join(',');
    applyShadowStyles(root, CSS);
    const wrap = doc.createElement('span');
    wrap.className = 'wrap';
    // One chip per speaker in the sentence (a quote inside a quote gives two).
    const seen = new Set<string>();
    for (const c of claims) {
      const key = `${c.kind}:${c.name}:${c.via ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      wrap.append(this.buildChip(c));
    }
    root.append(wrap);
    return host;
  }

  private buildChip(c: BadgeClaim): HTMLElement {
    const doc = this.doc;
    const s = this.strings;
    const item = doc.createElement('span');
    item.className = 'item';
    const chip = doc.createElement('button');
    chip.type = 'button';
    chip.className = `chip k-${c.kind}`;
    chip.dataset.mark = KIND_MARK[c.kind];
    chip.dataset.label = shortName(c.name, c.kind);
    chip.dataset.claim = String(c.index);
    if (c.via) chip.dataset.via = c.via;
    chip.setAttribute('aria-label', s.label(c.via ? `${c.name}, ${s.via(c.via)}` : c.name));
    const tipId = `news-context-tip-${this.nextTipId++}`;
    chip.setAttribute('aria-describedby', tipId);
    const tip = doc.createElement('span');
    tip.className = 'tip';
    tip.id = tipId;
    tip.setAttribute('role', 'tooltip');
    const line = (text: string, bold = false): void => {
      const span = doc.createElement('span');
      if (bold) {
        const b = doc.createElement('b');
        b.textContent = text;
        span.append(b);
      } else {
        span.textContent = text;
      }
      tip.append(span);
    };
    line(c.name, true);
    line(c.role ? `${s.kind[c.kind]} · ${c.role}` : s.kind[c.kind]);
    if (c.cue) line(s.cue(c.cue));
    if (c.via) line(s.via(c.via));
    line(c.direct ? s.direct : s.paraphrase);
    item.append(chip, tip);
    // Near the right edge of the window, the tooltip opens leftwards; Escape hides it.
    const place = (): void => {
      const view = doc.defaultView;
      const r = item.getBoundingClientRect();
      item.classList.toggle('flip', !!view && r.left + TIP_WIDTH > view.innerWidth);
    };
    item.addEventListener('mouseenter', place);
    item.addEventListener('focusin', place);
    chip.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') item.classList.add('quiet');
    });
    item.addEventListener('mouseleave', () => item.classList.remove('quiet'));
    chip.addEventListener('blur', () => item.classList.remove('quiet'));
    return item;
  }

  /** Puts `host` at `point`, out of links and out of inline elements the point ends. */
  private insert(host: HTMLElement, point: DomPoint): Placed['split'] {
    const { node, offset } = point;
    const parent = node.parentNode;
    if (!parent) return null;
    // Never inside a link: a click on the badge would follow it.
    const link = closestBefore(node, 'A');
    if (link) {
      link.after(host);
      return null;
    }
    if (offset >= node.length) {
      let after: Node = node;
      while (
        !after.nextSibling &&
        after.parentNode &&
        after.parentNode.nodeType === 1 &&
        INLINE_TAGS.has((after.parentNode as Element).tagName) &&
        !isOwnElement(after.parentNode)
      ) {
        after = after.parentNode;
      }
      after.parentNode?.insertBefore(host, after.nextSibling);
      return null;
    }
    if (offset <= 0) {
      parent.insertBefore(host, node);
      return null;
    }
    const b = node.splitText(offset);
    this.ownTextNodes.add(b);
    parent.insertBefore(host, b);
    return { a: node, b };
  }
}

/** The nearest ancestor element of `node` with tag `tag`, stopping at block-level containers. */
function closestBefore(node: Node, tag: string): Element | null {
  for (let n = node.parentNode; n && n.nodeType === 1; n = n.parentNode) {
    const el = n as Element;
    if (el.tagName === tag) return el;
    if (!INLINE_TAGS.has(el.tagName)) return null;
  }
  return null;
}
