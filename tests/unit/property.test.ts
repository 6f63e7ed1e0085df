/**
 * Property-based tests of the core (fast-check): over random texts and random DOM trees,
 * the analysis never throws, every span indexes the article text exactly, every claim's
 * content lies inside the article, the output is plain JSON, speakers account for every
 * claim, and the page is not mutated. Each run must finish within vitest's timeout: an
 * analysis that hangs on some input fails here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { analyzePage, analyzeText } from '../../src/core/index';
import type { PageAnalysis, Span } from '../../src/core/index';

/** Runs per property: enough to hit odd combinations, small enough for a shared 2-core machine. */
const TEXT_RUNS = 150;
const DOM_RUNS = 80;

/** Returns the reasons `analysis` breaks the core's output contract (empty when it holds). */
function contractViolations(a: PageAnalysis): string[] {
  const problems: string[] = [];
  const text = a.article.text;
  const checkSpan = (s: Span | null | undefined, where: string, outer?: Span): void => {
    if (s == null) return;
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end < s.start || s.end > text.length) {
      problems.push(`${where}: [${s.start}, ${s.end}) outside text of ${text.length}`);
      return;
    }
    if (s.text !== text.slice(s.start, s.end)) problems.push(`${where}: text differs from article.text.slice`);
    if (outer && (s.start < outer.start || s.end > outer.end)) problems.push(`${where}: fragment outside its span`);
    s.fragments?.forEach((f, i) => checkSpan(f, `${where}.fragments[${i}]`, s));
  };
  a.claims.forEach((c, i) => {
    checkSpan(c.source, `claims[${i}].source`);
    checkSpan(c.cue, `claims[${i}].cue`);
    checkSpan(c.content, `claims[${i}].content`);
    if (!c.speaker || typeof c.speaker.name !== 'string') problems.push(`claims[${i}]: no speaker name`);
  });
  let prevEnd = 0;
  a.article.paragraphs.forEach((p, i) => {
    if (p.start < prevEnd || p.end < p.start || p.end > text.length) problems.push(`paragraphs[${i}]: [${p.start}, ${p.end}) out of order or outside`);
    prevEnd = p.end;
  });
  a.article.links.forEach((l, i) => {
    if (l.start < 0 || l.end > text.length || l.start > l.end) problems.push(`links[${i}]: outside text`);
  });
  const counted = a.speakers.reduce((n, s) => n + s.claims, 0);
  if (counted !== a.claims.length) problems.push(`speakers count ${counted} claims, there are ${a.claims.length}`);
  for (const s of a.speakers) {
    for (const i of s.claimIndices) if (!a.claims[i]) problems.push(`speaker ${s.name}: claim index ${i} missing`);
  }
  if (a.sourceMix.totalClaims !== a.claims.length) problems.push('sourceMix.totalClaims differs from claims');
  // Plain data: a JSON round trip gives the same value (no Maps, class instances, undefined-vs-missing aside).
  const round = JSON.parse(JSON.stringify(a)) as unknown;
  if (JSON.stringify(round) !== JSON.stringify(a)) problems.push('not plain JSON');
  return problems;
}

// --- random text -------------------------------------------------------------------------

/** Pieces of news prose that exercise attribution: names, outlets, cues, pronouns, quotes of all kinds. */
const NEWS_TOKENS = [
  'John Kirby', 'the White House', 'NBC News', 'CBS News', 'Reuters', 'The Associated Press', 'a spokesperson',
  'two sources', 'officials', 'He', 'She', 'They', 'It', 'the minister', 'Dr. Smith', 'Mr.', 'U.S.', 'Sen. Jones (D-N.Y.)',
  'said', 'says', 'told', 'stated', 'added', 'according to', 'According to', 'reported', 'said on Monday', 'told reporters',
  '“', '”', '"', '‘', '’', "'", '«', '»', '„', ',', '.', ':', ';', '?', '!', '—', '–', '(', ')', '...', '…',
  '\n', '\n\n', '\r\n', '\t', ' ', ' ', ' ', '\u00a0', '\u200b', '😀', '🇳🇬', 'e\u0301', 'ﬁ',
  'the talks were secret', 'nothing was agreed', 'we will not sign', 'in April in New York',
];

const newsText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NEWS_TOKENS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), {
    maxLength: 300,
  })
  .map((parts) => parts.join(' ').replace(/ {2,}/g, ' '));

/** Arbitrary strings, including lone surrogates and control characters. */
const anyText = fc.string({ unit: 'binary', maxLength: 400 });

describe('analyzeText over random text', () => {
  test.each([
    ['news-like prose', newsText],
    ['arbitrary code units', anyText],
  ])('%s: no exception, spans index the text, text kept as is', (_name, arb) => {
    fc.assert(
      fc.property(arb, (text) => {
        const a = analyzeText(text, null);
        expect(a.article.text).toBe(text);
        expect(contractViolations(a)).toEqual([]);
      }),
      { numRuns: TEXT_RUNS },
    );
  });

  test('analysis is deterministic: the same text gives the same claims', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const a = analyzeText(text, null);
        const b = analyzeText(text, null);
        expect(b.claims).toEqual(a.claims);
        expect(b.speakers).toEqual(a.speakers);
      }),
      { numRuns: 40 },
    );
  });
});

// --- random DOM trees --------------------------------------------------------------------

type Tree = string | { tag: string; attrs: [string, string][]; children: Tree[] };

/** Tags that matter to detection and extraction, page furniture, void elements, raw-text elements, and our own names. */
const TAGS = [
  'p', 'div', 'span', 'article', 'main', 'section', 'header', 'footer', 'nav', 'aside', 'h1', 'h2', 'h3', 'blockquote',
  'q', 'a', 'em', 'strong', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'figure', 'figcaption', 'time', 'br', 'img', 'hr',
  'script', 'style', 'template', 'noscript', 'iframe', 'form', 'textarea', 'button', 'svg', 'news-context-badge', 'x-widget',
];
const VOID = new Set(['br', 'img', 'hr']);
const ATTRS: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(fc.constant('class'), fc.constantFrom('byline', 'author', 'post-title', 'entry-content', 'comments', 'sidebar', 'ad', 'hidden', 'story-body')),
  fc.tuple(fc.constant('id'), fc.constantFrom('main', 'content', 'article', 'comments', 'footer')),
  fc.tuple(fc.constant('href'), fc.constantFrom('https://www.nbcnews.com/politics/x', 'javascript:alert(1)', '/rel', '#top', 'mailto:a@b.c')),
  fc.tuple(fc.constant('itemprop'), fc.constantFrom('articleBody', 'author', 'headline', 'datePublished')),
  fc.tuple(fc.constant('hidden'), fc.constant('')),
  fc.tuple(fc.constant('lang'), fc.constantFrom('en', 'fr', 'x-bogus', '')),
);

/** Real attributed paragraphs (the seed's), so that random pages also reach the article paths of extraction. */
const SEED_PARAGRAPHS = readFileSync(resolve(__dirname, '..', '..', 'seeds', 'seed.txt'), 'utf8').split('\n\n').slice(3, -2);
const leafText = fc.oneof(newsText, fc.constantFrom(...SEED_PARAGRAPHS));

const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true, maxDepth: 5 }, leafText, tie('node')),
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.array(ATTRS, { maxLength: 3 }),
    children: fc.array(tie('tree'), { maxLength: 5 }),
  }),
}));

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

function serialize(t: Tree): string {
  if (typeof t === 'string') return escapeText(t);
  const attrs = t.attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  if (VOID.has(t.tag)) return `<${t.tag}${attrs}>`;
  return `<${t.tag}${attrs}>${t.children.map(serialize).join('')}</${t.tag}>`;
}

/** Head metadata that can come with a page, valid or not. */
const HEAD = fc.array(
  fc.constantFrom(
    '<title>Biden didn’t approve talks, White House says</title>',
    '<meta property="og:type" content="article">',
    '<meta property="og:site_name" content="Mamos Nigeria">',
    '<meta property="article:published_time" content="2023-07-07T19:12:00+01:00">',
    '<meta property="article:published_time" content="not a date">',
    '<link rel="canonical" href="https://www.example.com/a.html">',
    '<link rel="canonical" href="javascript:alert(1)">',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"A B"},"publisher":{"name":"P"}}</script>',
    '<script type="application/ld+json">{"@type": [</script>',
    '<script type="application/ld+json">[{"@graph":[{"@type":"NewsArticle","isBasedOn":"https://www.nbcnews.com/x","articleBody":"According to NBC News, it happened."}]}]</script>',
  ),
  { maxLength: 5 },
);

const page = fc
  .tuple(HEAD, fc.array(tree, { maxLength: 6 }), fc.constantFrom('en', 'fr', ''))
  .map(([head, body, lang]) => `<!doctype html><html lang="${lang}"><head>${head.join('')}</head><body>${body.map(serialize).join('')}</body></html>`);

const URLS = fc.constantFrom(null, 'https://www.mamosnigeria.com/2023/07/story.html', 'https://www.nbcnews.com/politics/x', 'file:///tmp/x.html');

/** Resolves a paragraph path (child-element indices from documentElement). */
function resolvePath(doc: Document, path: number[]): Element | null {
  let el: Element | null = doc.documentElement;
  for (const i of path) el = el?.children[i] ?? null;
  return el;
}

describe('analyzePage over random DOM trees', () => {
  test('no exception, spans index the text, paragraph paths resolve, the page is not mutated', () => {
    // How many runs reached attribution: the generator must exercise the whole pipeline, not only the gate.
    let withClaims = 0;
    fc.assert(
      fc.property(page, URLS, fc.boolean(), (html, url, force) => {
        const { document } = parseHTML(html);
        const doc = document as unknown as Document;
        const before = doc.documentElement.outerHTML;
        const r = analyzePage(doc, url, { force });
        expect(doc.documentElement.outerHTML).toBe(before);
        if (!r.ok) {
          expect(force).toBe(false);
          // Without maxArticleChars no page is too large: the one reason left is the verdict.
          expect(r.reason).toBe('not-an-article');
          expect(r.reason === 'not-an-article' && ['not-article', 'unsure'].includes(r.detection.verdict)).toBe(true);
          return;
        }
        expect(contractViolations(r.analysis)).toEqual([]);
        for (const p of r.analysis.article.paragraphs) {
          if (p.path) expect(resolvePath(doc, p.path), `path ${p.path.join('.')}`).not.toBeNull();
        }
        if (r.analysis.claims.length) withClaims++;
      }),
      { numRuns: DOM_RUNS },
    );
    expect(withClaims, 'random pages that reached attribution').toBeGreaterThan(DOM_RUNS / 10);
  });
});

describe('the contract checker itself', () => {
  test('catches a span whose text does not match its offsets, and a speaker count that does not add up', () => {
    const a = analyzeText('“We will not sign,” the minister said. According to NBC News, talks stalled.', null);
    expect(contractViolations(a)).toEqual([]);
    const broken: PageAnalysis = JSON.parse(JSON.stringify(a)) as PageAnalysis;
    broken.claims.push({
      source: null,
      cue: { start: 0, end: 3, text: 'xyz' },
      content: { start: 5, end: 9999, text: 'out of range' },
      speaker: { name: 'Nobody', kind: 'unknown', role: null },
      via: null,
      direct: false,
    });
    const problems = contractViolations(broken);
    expect(problems.some((p) => p.includes('claims') && p.includes('cue'))).toBe(true);
    expect(problems.some((p) => p.includes('content') && p.includes('outside'))).toBe(true);
    expect(problems.some((p) => p.includes('speakers count'))).toBe(true);
  });
});
