/**
 * Anchoring article offsets to the DOM, and badges inserted and removed without a trace,
 * on documents parsed by jsdom.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Article, Paragraph } from '../../src/core/index';
import {
  Anchorer,
  indexText,
  paragraphAt,
  resolvePath,
  sentenceEnd,
  sentenceStart,
  stripIgnorable,
  type DomPoint,
} from '../../src/content/anchor';
import { BadgeLayer, luminance, shortName, type BadgeStrings } from '../../src/content/badges';

function pathOf(el: Element): number[] {
  const path: number[] = [];
  for (let n: Element | null = el; n && n.parentElement; n = n.parentElement) {
    path.unshift(Array.prototype.indexOf.call(n.parentElement.children, n));
  }
  return path;
}

/** An article built the way extraction builds one: block texts with collapsed whitespace, joined by blank lines. */
function articleOf(doc: Document, selector: string, pathFor: (el: Element, i: number) => number[] | null = pathOf): Article {
  let text = '';
  const paragraphs: Paragraph[] = [];
  Array.from(doc.querySelectorAll(selector)).forEach((el, i) => {
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + t.length, path: pathFor(el, i), tag: el.tagName.toLowerCase() });
    text += t;
  });
  return { title: null, byline: [], publisher: null, published: null, modified: null, language: null, canonicalUrl: null, text, paragraphs, provenance: [], links: [] };
}

/** The DOM text between two points. */
function between(doc: Document, a: DomPoint, b: DomPoint): string {
  const r = doc.createRange();
  r.setStart(a.node, a.offset);
  r.setEnd(b.node, b.offset);
  return r.toString();
}

const HTML = `<!doctype html><html><head><title>t</title></head><body>
  <nav><a href="/">Home</a> <a href="/x">World</a></nav>
  <article>
    <h1>Officials   deny talks</h1>
    <p>According to <a href="https://nbc.example/x">NBC   News</a>, the former officials met
       Lavrov in April.  The meeting was   <em>secret</em>.</p>
    <p>John&nbsp;Kirby, the spokesperson, told <b>CBS News</b> that the administration was aware.</p>
    <p>“Nothing about Ukraine is complete without Ukraine,” the president said.</p>
  </article></body></html>`;

describe('anchoring', () => {
  const doc = new JSDOM(HTML).window.document;
  const article = articleOf(doc, 'article h1, article p');

  it('maps every span of the article text to DOM text equal to it, whitespace aside', () => {
    const anchorer = new Anchorer(doc, article);
    const spans: [number, number][] = [];
    const { text } = article;
    for (const needle of ['NBC News', 'the former officials met Lavrov in April.', 'secret', 'John Kirby', 'CBS News', 'complete without Ukraine,” the president said.']) {
      const start = text.indexOf(needle);
      expect(start).toBeGreaterThanOrEqual(0);
      spans.push([start, start + needle.length]);
    }
    for (const [s, e] of spans) {
      const span = anchorer.anchor(s, e);
      expect(span).not.toBeNull();
      expect(stripIgnorable(between(doc, span!.start, span!.end))).toBe(stripIgnorable(text.slice(s, e)));
    }
  });

  it('falls back to searching the text when a paragraph path is stale', () => {
    const stale = articleOf(doc, 'article h1, article p', () => [1, 0, 0]); // points at <nav>'s first link
    const anchorer = new Anchorer(doc, stale);
    const s = stale.text.indexOf('told');
    const span = anchorer.anchor(s, s + 'told CBS News'.length);
    expect(between(doc, span!.start, span!.end)).toBe('told CBS News');
  });

  it('places points by nearby text when a paragraph is not in the page as one piece (JSON-LD articleBody)', () => {
    // One paragraph made of two DOM paragraphs' text, with no path: as from articleBody.
    const a = articleOf(doc, 'article p');
    const joined = a.paragraphs.map((p) => a.text.slice(p.start, p.end)).join(' ');
    const body: Article = { ...a, text: joined, paragraphs: [{ start: 0, end: joined.length, path: null, tag: 'p' }] };
    const anchorer = new Anchorer(doc, body);
    const end = joined.indexOf('was aware.') + 'was aware.'.length;
    const point = anchorer.pointAt(end, true)!;
    expect(point).not.toBeNull();
    expect(point.node.data.slice(0, point.offset).endsWith('was aware.')).toBe(true);
    const start = joined.indexOf('John');
    const sp = anchorer.pointAt(start, false)!;
    expect(sp.node.data.slice(sp.offset).startsWith('John')).toBe(true);
  });

  it('returns null for text that is not in the page', () => {
    const fake: Article = { ...article, text: 'A sentence that appears nowhere in this page at all.', paragraphs: [{ start: 0, end: 52, path: null, tag: 'text' }] };
    expect(new Anchorer(doc, fake).anchor(2, 30)).toBeNull();
  });

  it('resolves paths without counting the extension\'s own elements', () => {
    const d = new JSDOM('<html><body><div><p>one</p><p>two</p></div></body></html>').window.document;
    const div = d.querySelector('div')!;
    const path = pathOf(d.querySelectorAll('p')[1]!);
    div.insertBefore(d.createElement('news-context-badge'), div.firstChild);
    expect(resolvePath(d, path)?.textContent).toBe('two');
    expect(resolvePath(d, [1, 5, 0])).toBeNull();
  });

  it('indexes text without scripts, styles or whitespace', () => {
    const d = new JSDOM('<html><body><p>a b<script>var x = 1;</script><style>p{}</style>\n c</p></body></html>').window.document;
    expect(indexText(d.body).text).toBe('abc');
  });

  it('finds paragraphs by offset', () => {
    const ps = [{ start: 0, end: 5 }, { start: 7, end: 10 }, { start: 12, end: 20 }] as Paragraph[];
    expect([0, 4, 5, 7, 11, 19, 20].map((p) => paragraphAt(ps, p))).toEqual([0, 0, -1, 1, -1, 2, -1]);
  });
});

describe('sentences', () => {
  const text = 'He said U.S. officials met. “We did not,” she added. Then more\n\nNext one.';
  it.each([
    ['U.S.', 'He said U.S. officials met.'],
    ['We did', '“We did not,” she added.'],
    ['more', 'Then more'],
  ])('the sentence around %s', (probe, sentence) => {
    const at = text.indexOf(probe);
    expect(text.slice(sentenceStart(text, at), sentenceEnd(text, at))).toBe(sentence);
  });
});

const STRINGS: BadgeStrings = {
  kind: { person: 'Person', organization: 'Organisation', outlet: 'Outlet', anonymous: 'Unnamed', document: 'Document', unknown: 'Unknown' },
  direct: 'Direct quote',
  paraphrase: 'Paraphrase',
  via: (o) => `via ${o}`,
  cue: (c) => `Cue: ${c}`,
  label: (s) => `Attributed to ${s}`,
};

describe('badges', () => {
  it('insert after the sentence, keep page text out of selections, and leave no trace when removed', () => {
    const dom = new JSDOM(HTML);
    const doc = dom.window.document;
    const before = doc.body.innerHTML;
    const article = articleOf(doc, 'article h1, article p');
    const anchorer = new Anchorer(doc, article);
    const first = sentenceEnd(article.text, article.text.indexOf('Lavrov'));
    const kirby = sentenceEnd(article.text, article.text.indexOf('aware'));
    const layer = new BadgeLayer(doc, STRINGS);
    const points = [kirby, first].map((end) => anchorer.pointAt(end, true)!);
    layer.render(
      [
        { point: points[0]!, claims: [{ index: 1, name: 'John Kirby', kind: 'person', role: 'spokesperson', via: 'CBS News', direct: false, cue: 'told' }] },
        { point: points[1]!, claims: [{ index: 0, name: 'NBC News', kind: 'outlet', role: null, via: null, direct: false, cue: 'According to' }] },
      ],
      'light',
    );
    const hosts = Array.from(doc.querySelectorAll('news-context-badge'));
    expect(hosts).toHaveLength(2);
    // The first badge sits right after "April." (mid text node: the node was split), the second after "aware.".
    expect(hosts[0]!.previousSibling?.textContent?.trimEnd().endsWith('in April.')).toBe(true);
    expect(hosts[1]!.previousSibling?.textContent?.endsWith('was aware.')).toBe(true);
    // No light-DOM text: the page's text content is unchanged.
    expect(doc.body.textContent).toBe(new JSDOM(HTML).window.document.body.textContent);
    const chip = hosts[1]!.shadowRoot!.querySelector<HTMLElement>('.chip')!;
    expect(chip.dataset.label).toBe('Kirby');
    expect(chip.dataset.via).toBe('CBS News');
    expect(chip.getAttribute('aria-label')).toBe('Attributed to John Kirby, via CBS News');
    const tip = hosts[1]!.shadowRoot!.getElementById(chip.getAttribute('aria-describedby')!)!;
    expect(tip.textContent).toContain('spokesperson');
    expect(tip.textContent).toContain('Paraphrase');
    layer.setVisible(false);
    expect(hosts.every((h) => (h as HTMLElement).style.getPropertyValue('display') === 'none')).toBe(true);
    layer.remove();
    expect(doc.querySelectorAll('news-context-badge')).toHaveLength(0);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('never puts a badge inside a link', () => {
    const doc = new JSDOM('<html><body><p>Read <a href="/x">the report by Reuters.</a> Then go.</p></body></html>').window.document;
    const article = articleOf(doc, 'p');
    const point = new Anchorer(doc, article).pointAt(sentenceEnd(article.text, 0), true)!;
    const layer = new BadgeLayer(doc, STRINGS);
    layer.render([{ point, claims: [{ index: 0, name: 'Reuters', kind: 'outlet', role: null, via: null, direct: false, cue: 'by' }] }], 'dark');
    const host = doc.querySelector('news-context-badge')!;
    expect(host.closest('a')).toBeNull();
    expect(host.previousElementSibling?.tagName).toBe('A');
    expect(host.getAttribute('data-scheme')).toBe('dark');
  });

  it.each([
    ['John Kirby', 'person', 'Kirby'],
    ['Martin Luther King Jr.', 'person', 'King'],
    ['The White House', 'organization', 'White House'],
    ['a spokesperson for the state department', 'anonymous', 'a spokesperson for th…'],
  ] as const)('short name of %s', (name, kind, short) => {
    expect(shortName(name, kind)).toBe(short);
  });

  it('reads luminance of computed colours', () => {
    expect(luminance('rgb(255, 255, 255)')).toBeCloseTo(1);
    expect(luminance('rgba(0, 0, 0, 0.5)')).toBeCloseTo(0);
    expect(luminance('transparent')).toBeNull();
  });
});
