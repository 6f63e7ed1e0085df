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
import { serializePage } from '../../src/content/serialize';
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
    const copy = parseHtml(serializePage(live), 'linkedom');
    const article = extractArticle(copy, url);
    expect(article.text).toBe(extractArticle(live, url).text);
    const analysis = analyzeArticle(article, DETECTION, url);
    expect(analysis.claims.length).toBeGreaterThan(0);
    const anchorer = new Anchorer(live, article);
    const missed = analysis.claims.filter((c) => !anchorer.pointAt(claimEnd(c), true));
    expect(missed.map((c) => article.text.slice(c.content.start, c.content.end))).toEqual([]);
    // The paths themselves hold: each leads to an element of the live page.
    for (const p of article.paragraphs) if (p.path) expect(resolvePath(live, p.path)).not.toBeNull();
  });
});
