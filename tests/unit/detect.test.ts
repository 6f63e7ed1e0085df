/**
 * The article gate on real pages (home pages with teasers, section fronts, forums, wikis,
 * legal pages, and articles of many shapes) and on small synthetic pages for each signal.
 * Real pages come from `../shared/corpus`; those cases are skipped where it is absent.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { detectArticle } from '../../src/core/detect/detect-article';
import { hasCorpus, listCorpus, readPage } from '../../scripts/corpus';

const CORPUS = hasCorpus() ? listCorpus() : [];
const byId = new Map(CORPUS.map((p) => [p.id, p]));

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function detectCorpus(id: string): ReturnType<typeof detectArticle> {
  const page = byId.get(id);
  if (!page) throw new Error(`no corpus page ${id}`);
  return detectArticle(doc(readPage(page)), page.url);
}

describe.skipIf(!CORPUS.length)('real pages', () => {
  test.each([
    // Home pages and section fronts: teaser lists, a root URL, collection types.
    ['nonarticle/newspaper4k__cnn_main_site', 'url:root'],
    ['nonarticle/newspaper4k__wired_main_site', 'jsonld:itemlist'],
    ['nonarticle/newspaper4k__yahoo_main_site', 'url:root'],
    ['readability/nytimes-5', 'teasers:'],
    ['nonarticle/htmldate-cache__stuttgart.de', 'url:root'],
    ['nonarticle/htmldate-cache__blog.wordpress.com', 'url:root'],
    ['nonarticle/htmldate-cache__bayern.de', 'url:root'],
    // Forums, wikis, legal pages, video and social pages.
    ['nonarticle/trafilatura-eval__katzen-forum.net-Pepe', 'jsonld:discussionforumposting'],
    ['nonarticle/trafilatura-eval__stardewvalleywiki.com.penny', 'title:wiki'],
    ['nonarticle/htmldate-cache__gnu.org.gpl', 'title:license'],
    ['nonarticle/htmldate-cache__intel.com.tos', 'url:non-story'],
    ['nonarticle/postlight-parser__www.youtube.com', 'og:type=video.other'],
    ['nonarticle/postlight-parser__twitter.com', 'text:'],
  ])('%s is not an article (%s)', (id, signal) => {
    const d = detectCorpus(id);
    expect(d.verdict).toBe('not-article');
    expect(d.signals.some((s) => s.startsWith(signal))).toBe(true);
  });

  test.each([
    // Article-like non-articles: the gate may hesitate, never say "article".
    'nonarticle/trafilatura-eval__anglerboard.de-rute',
    'nonarticle/trafilatura-eval__pinup-fashion.de.korsetts',
    'nonarticle/postlight-parser__pastebin.com',
    'nonarticle/trafilatura-eval__german.stackexchange.com.ausgeraubt',
    'nonarticle/trafilatura-eval__travanto.de.ferienhaus-feinen',
  ])('%s is not called an article', (id) => {
    expect(detectCorpus(id).verdict).not.toBe('article');
  });

  test.each([
    ['zyte/042bb7b5feda', 'jsonld:'],
    ['extra/postlight-parser/www.theguardian.com', 'text:'],
    ['extra/postlight-parser/www.cnn.com', 'url:dated'],
    ['extra/trafilatura/bbc.com.52241221', 'jsonld:'],
    ['readability/wapo-1', 'og:type=article'],
    ['readability/lwn-1', 'text:'],
    // A br-laid-out Korean news page: paragraphs counted from line breaks.
    ['zyte/0ec95c7261d1', 'text:'],
  ])('%s is an article (%s)', (id, signal) => {
    const d = detectCorpus(id);
    expect(d.verdict).toBe('article');
    expect(d.signals.some((s) => s.startsWith(signal))).toBe(true);
  });
});

describe('the seed page', () => {
  test('is an article, with the signals that decided it', () => {
    const html = readFileSync(resolve(__dirname, '../../seeds/seed.html'), 'utf8');
    const d = detectArticle(doc(html), 'https://www.mamosnigeria.com/2023/07/us-biden-didnt-approve-secret-us-russia.html');
    expect(d.verdict).toBe('article');
    expect(d.signals).toEqual(expect.arrayContaining(['jsonld:blogposting+4', 'og:type=article+1', 'byline+1', 'url:dated+2']));
  });
});

const STORY = `<p>${'The minister said on Tuesday that the plan would go ahead despite objections from the opposition. '.repeat(3)}</p>`;

describe('signals on small pages', () => {
  test.each([
    ['JSON-LD inside @graph', `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","headline":"x"}]}</script>`, 'jsonld:newsarticle'],
    ['JSON-LD in an array', `<script type="application/ld+json">[{"@type":"Organization"},{"@type":["ReportageNewsArticle"]}]</script>`, 'jsonld:reportagenewsarticle'],
    ['JSON-LD nested under mainEntity', `<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"BlogPosting"}}</script>`, 'jsonld:blogposting'],
    ['JSON-LD with a CDATA wrapper and raw newlines', `<script type="application/ld+json">//<![CDATA[\n{"@type":"NewsArticle","headline":"a\nb"}\n//]]></script>`, 'jsonld:newsarticle'],
    ['microdata', `<div itemscope itemtype="https://schema.org/NewsArticle"></div>`, 'microdata:newsarticle'],
    ['og:type', `<meta property="og:type" content="article">`, 'og:type=article'],
    ['published time', `<meta property="article:published_time" content="2024-01-02T10:00:00Z">`, 'meta:published'],
  ])('%s', (_name, markup, signal) => {
    const d = detectArticle(doc(`<html><head>${markup}</head><body>${STORY}</body></html>`), 'https://example.com/x');
    expect(d.signals.some((s) => s.startsWith(signal))).toBe(true);
  });

  test('many teaser cards and a root URL make a home page', () => {
    const card = '<article><h2><a href="/a">A headline of some story here</a></h2><p>Short blurb.</p></article>';
    const d = detectArticle(doc(`<html><body><h1>Daily News</h1>${card.repeat(20)}</body></html>`), 'https://news.example.com/');
    expect(d.verdict).toBe('not-article');
    expect(d.signals).toEqual(expect.arrayContaining(['url:root-3']));
    expect(d.signals.some((s) => s.startsWith('teasers:20'))).toBe(true);
  });

  test('a story with its headline, byline, date and paragraphs is an article', () => {
    const html = `<html><head><title>Council approves new budget plan - City Herald</title></head><body>
      <article><h1>Council approves new budget plan</h1><p class="byline">By Jane Doe</p><time datetime="2024-05-01">May 1, 2024</time>
      ${STORY.repeat(8)}</article></body></html>`;
    const d = detectArticle(doc(html), 'https://cityherald.example/2024/05/01/council-approves-new-budget-plan');
    expect(d.verdict).toBe('article');
    expect(d.signals).toEqual(expect.arrayContaining(['headline+1', 'byline+1', 'url:dated+2']));
  });

  test.each([
    ['an empty document', ''],
    ['a document without a body', '<html><head><title>t</title></head></html>'],
    ['a body of whitespace', '<html><body>   </body></html>'],
  ])('%s is not an article', (_name, html) => {
    expect(detectArticle(doc(html), null).verdict).toBe('not-article');
  });

  test('reads the document only', () => {
    const d = doc(`<html><head><meta property="og:type" content="article"></head><body><h1>Title of the story</h1>${STORY.repeat(5)}</body></html>`);
    const before = d.documentElement.outerHTML;
    detectArticle(d, 'https://example.com/2024/01/01/story');
    expect(d.documentElement.outerHTML).toBe(before);
  });
});
