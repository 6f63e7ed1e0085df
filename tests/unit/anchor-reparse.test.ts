/**
 * Extraction runs in the background on the page as serialised by the content script
 * (`serializePage`), reparsed there (linkedom in Chromium's service worker, the native
 * parser in Firefox). The paragraph paths found on that copy must anchor in the live page:
 * on the seed and on frozen real pages, the live page is a jsdom document (an HTML5 parser,
 * as a browser's), the copy is reparsed with linkedom, and every claim found on it is
 * anchored in the live page; the article text is the one extraction finds on the live page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, extractArticle, type Claim } from '../../src/core/index';
import { Anchorer, resolvePath } from '../../src/content/anchor';
import { serializePage, withoutCode } from '../../src/content/serialize';
import { parseHtml } from '../../src/platform/parse-html';

const root = resolve(__dirname, '../..');
const DETECTION = { verdict: 'article' as const, score: 5, signals: [] };
const claimEnd = (c: Claim): number => Math.max(c.content.end, c.cue.end, c.source?.end ?? 0);

/** The seed and a few frozen news pages of different shapes (agency, broadcaster, magazine). */
const PAGES: [string, string, string][] = [
  ['seed', 'seeds/seed.html', 'https://www.nbcnews.com/politics/national-security/us-biden-didnt-approve-secret-us-russia-talks-rcna93175'],
  ...['bbc-52241221', 'cnn-trump-walter-reed', 'nymag-fox-news-ailes', 'ap-tories-twitter-rename'].map((slug): [string, string, string] => {
    const page = JSON.parse(readFileSync(resolve(root, 'tests/fixtures', slug, 'page.json'), 'utf8')) as { url: string };
    return [slug, `tests/fixtures/${slug}/source.html`, page.url];
  }),
];

describe('paths from the reparsed page anchor in the live page', () => {
  it.each(PAGES)('%s', (_name, file, url) => {
    const live = new JSDOM(readFileSync(resolve(root, file), 'utf8'), { url }).window.document;
    const html = serializePage(live);
    // The code left out (scripts, styles) makes the copy no larger than the page's own serialisation.
    expect(withoutCode(live, live.documentElement.outerHTML).length).toBeLessThanOrEqual(live.documentElement.outerHTML.length);
    const copy = parseHtml(html, 'linkedom');
    const article = extractArticle(copy, url);
    expect(article.text).toBe(extractArticle(live, url).text);
    // Leaving the code out changes nothing extraction reads (same parser, with and without it).
    const whole = extractArticle(parseHtml(`<!DOCTYPE html>${live.documentElement.outerHTML}`, 'linkedom'), url);
    expect([article.title, article.byline, article.publisher, article.published]).toEqual([whole.title, whole.byline, whole.publisher, whole.published]);
    const analysis = analyzeArticle(article, DETECTION, url);
    expect(analysis.claims.length).toBeGreaterThan(0);
    const anchorer = new Anchorer(live, article);
    const missed = analysis.claims.filter((c) => !anchorer.pointAt(claimEnd(c), true));
    expect(missed.map((c) => article.text.slice(c.content.start, c.content.end))).toEqual([]);
    // The paths themselves hold: each leads to an element of the live page.
    for (const p of article.paragraphs) if (p.path) expect(resolvePath(live, p.path)).not.toBeNull();
  });
});

describe('the copy leaves code out, and nothing else', () => {
  it('sends a seventh of CNN\'s page (its inline scripts are most of it)', () => {
    const live = new JSDOM(readFileSync(resolve(root, 'tests/fixtures/cnn-trump-walter-reed/source.html'), 'utf8')).window.document;
    expect(serializePage(live).length).toBeLessThan(live.documentElement.outerHTML.length / 5);
  });

  const PAGE = `<!doctype html><html><head><title>T</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Kept"}</script>
<script data-x="a>b" data-y='c"d'>var s = "</div><p>not markup</p>"; if (a < b && c > d) {}</script>
<style>p > a { color: red }</style>
<script src="/app.js"></script>
</head><body><div title="<script>x</script>"><p>One <b>two</b></p></div>
<svg><script>/* svg */</script></svg>
<script>window.__STATE__ = ${JSON.stringify({ big: 'x'.repeat(5000) })};</script>
<p>Three</p></body></html>`;

  it('empties code scripts and styles, keeps JSON-LD and every element in its place', () => {
    const live = new JSDOM(PAGE).window.document;
    const html = serializePage(live);
    expect(html.length).toBeLessThan(live.documentElement.outerHTML.length - 5000);
    expect(html).toContain('{"@type":"NewsArticle","headline":"Kept"}');
    expect(html).not.toContain('not markup');
    expect(html).not.toContain('color: red');
    expect(html).not.toContain('__STATE__');
    const copy = parseHtml(html, 'linkedom');
    // The attributes of an emptied script, quotes and '>' included, are as they were.
    const script = copy.querySelector('script[data-x]');
    expect([script?.getAttribute('data-x'), script?.getAttribute('data-y'), script?.textContent]).toEqual(['a>b', 'c"d', '']);
    const shape = (d: Document): string[] => Array.from(d.querySelectorAll('*')).map((e) => `${e.localName}${e.getAttribute('title') ?? ''}`);
    expect(shape(copy)).toEqual(shape(live));
    // The text is the page's, less the code (the SVG script is not HTML's: left as it is).
    const words = (t: string | null | undefined): string => (t ?? '').replace(/window\.__STATE__ = .*?;/, '').replace(/\s+/g, ' ').trim();
    expect(words(copy.body.textContent)).toBe(words(live.body.textContent));
    expect(words(copy.body.textContent)).toBe('One two /* svg */ Three');
  });

  it('leaves a page without code as it is', () => {
    const live = new JSDOM('<!doctype html><html><head></head><body><p>Only text</p><script src="/a.js"></script></body></html>').window.document;
    expect(serializePage(live)).toBe(`<!DOCTYPE html>${live.documentElement.outerHTML}`);
  });
});
