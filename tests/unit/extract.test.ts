/**
 * Extraction: the seed page, boilerplate removal, paths and links, JSON-LD fallbacks,
 * provenance signals (wire credits, "originally appeared", markup) and what is not
 * provenance (photo credits), byline cleaning, plain-text input, and read-only use of the page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { cleanByline } from '../../src/core/extract/byline';
import { elementAtPath } from '../../src/core/extract/dom';
import { articleFromText, extractArticle } from '../../src/core/extract/extract-article';
import { isoDate } from '../../src/core/extract/metadata';
import type { Article, ProvenanceKind } from '../../src/core/model';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const para = (s: string): string => `<p>${s} ${'The council met on Tuesday and discussed the plan at length, members said. '.repeat(2)}</p>`;

/** A news page around `body` (paragraph HTML), with optional head markup. */
function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><title>Council backs harbour plan after long debate - Harbour Times</title>${head}</head>
  <body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
  <main><article><h1>Council backs harbour plan after long debate</h1>
  ${body}
  </article></main><footer><p>© 2024 Harbour Times. All rights reserved.</p></footer></body></html>`;
}

const URL_ = 'https://harbourtimes.example/2024/05/01/council-backs-harbour-plan';

function bodyText(a: Article): string {
  return a.paragraphs.filter((p) => p.tag !== 'h1').map((p) => a.text.slice(p.start, p.end)).join('\n\n');
}

describe('the seed page', () => {
  const html = readFileSync(resolve(__dirname, '../../seeds/seed.html'), 'utf8');
  const url = 'https://www.mamosnigeria.com/2023/07/us-biden-didnt-approve-secret-us-russia.html';
  const d = doc(html);
  const a = extractArticle(d, url);
  const seedText = readFileSync(resolve(__dirname, '../../seeds/seed.txt'), 'utf8');

  test('metadata: headline, byline, publisher, dates, language', () => {
    expect(a.title).toBe('US: Biden didn’t approve secret US-Russia talks over Ukraine war, White House says');
    expect(a.byline).toEqual(['Ahmad Hadizat Omayoza']);
    expect(a.publisher).toBe('Mamos Nigeria');
    expect(a.published).toBe('2023-07-07T19:12:00+01:00');
    expect(a.language).toBe('en');
    expect(a.canonicalUrl).toBe(url);
  });

  test('the text is the headline, then the article body only', () => {
    expect(a.paragraphs[0]!.tag).toBe('h1');
    expect(a.text.startsWith(`${a.title}\n\n`)).toBe(true);
    expect(a.text).not.toMatch(/Post a Comment|Translate|Labels:|Popular Posts/);
    // Every body paragraph of the seed text is there, in order.
    const body = seedText.split('\n\n').map((s) => s.trim()).filter((s) => s && !/^(?:By |Post a Comment|Translate)/.test(s)).slice(2);
    let at = 0;
    for (const p of body) {
      const i = a.text.indexOf(p, at);
      expect(i, p.slice(0, 40)).toBeGreaterThanOrEqual(0);
      at = i + p.length;
    }
  });

  test('each paragraph maps back to its element', () => {
    for (const p of a.paragraphs) {
      expect(p.path).not.toBeNull();
      const el = elementAtPath(d, p.path!);
      expect(el?.localName.toLowerCase()).toBe(p.tag);
      expect((el?.textContent ?? '').replace(/\s+/g, ' ')).toContain(a.text.slice(p.start, p.end).slice(0, 60));
    }
  });
});

describe('boilerplate inside the article container', () => {
  const html = page(`
    <div class="share-bar"><a href="https://twitter.com/share">Share on Twitter</a> <a href="mailto:x@y">Email</a></div>
    <p class="byline">By Jane Doe and John Roe</p>
    ${para('First paragraph of the story.')}
    <figure><img src="a.jpg"><figcaption>The harbour at dawn. Photo: Getty Images</figcaption></figure>
    <div class="ad-slot">Advertisement</div>
    ${para('Second paragraph of the story.')}
    <aside class="related-stories"><h3>Related</h3><ul><li><a href="/other">Another story about something else</a></li></ul></aside>
    <div class="newsletter-signup"><p>Sign up for our daily newsletter to get the news first.</p></div>
    ${para('Third paragraph of the story.')}`);
  const a = extractArticle(doc(html), URL_);
  const body = bodyText(a);

  test('keeps the story', () => {
    for (const s of ['First paragraph', 'Second paragraph', 'Third paragraph']) expect(body).toContain(s);
  });
  test.each(['Share on Twitter', 'Photo: Getty Images', 'Advertisement', 'Another story', 'Sign up for', 'All rights reserved', 'By Jane Doe'])(
    'drops %s',
    (s) => expect(body).not.toContain(s),
  );
  test('reads the byline as two people', () => expect(a.byline).toEqual(['Jane Doe', 'John Roe']));
});

describe('links', () => {
  const html = page(`<base href="https://harbourtimes.example/news/">
    <p>The plan was first reported by <a href="https://www.nbcnews.com/politics/story">NBC News</a> and
    <a href="/2024/04/30/earlier">our earlier story</a>, with <a href="javascript:void(0)">a script link</a> and
    <a href="mailto:desk@example.com">an e-mail</a>. ${'More words follow here to make a real paragraph of text. '.repeat(3)}</p>
    ${para('Another paragraph.')}`);
  const a = extractArticle(doc(html), URL_);

  test('keeps absolute http(s) links with their offsets in the text', () => {
    expect(a.links.map((l) => [l.text, l.href])).toEqual([
      ['NBC News', 'https://www.nbcnews.com/politics/story'],
      ['our earlier story', 'https://harbourtimes.example/2024/04/30/earlier'],
    ]);
    for (const l of a.links) expect(a.text.slice(l.start, l.end)).toBe(l.text);
  });
});

describe('JSON-LD', () => {
  test('articleBody stands in for a paywall stub', () => {
    const body = 'The full story lives in structured data only. '.repeat(30);
    const html = page(`<p class="paywall">Subscribe to read this story.</p>`,
      `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council backs harbour plan after long debate","articleBody":"${body}\\n\\nSecond paragraph of it.","author":[{"@type":"Person","name":"Jane Doe"}],"publisher":{"@type":"Organization","name":"Harbour Times"},"datePublished":"2024-05-01T09:30:00+02:00"}</script>`);
    const a = extractArticle(doc(html), URL_);
    expect(bodyText(a)).toContain('structured data only');
    expect(a.paragraphs.filter((p) => p.tag !== 'h1').every((p) => p.path === null)).toBe(true);
    expect(a.byline).toEqual(['Jane Doe']);
    expect(a.publisher).toBe('Harbour Times');
    expect(a.published).toBe('2024-05-01T09:30:00+02:00');
  });
});

function provenanceOf(body: string, head = '', url = URL_): Article['provenance'] {
  return extractArticle(doc(page(body, head)), url).provenance;
}

describe('provenance signals', () => {
  test.each<[string, string, string, ProvenanceKind, string | null, string]>([
    ['an AP dateline', '', para('NEW YORK (AP) — The council voted on Tuesday.'), 'wire-credit', 'The Associated Press', 'NEW YORK (AP) —'],
    ['a bare AP credit', '', para('(AP) — The council voted on Tuesday.'), 'wire-credit', 'The Associated Press', '(AP) —'],
    ['a Reuters dateline', '', para('WASHINGTON (Reuters) - The council voted on Tuesday.'), 'wire-credit', 'Reuters', 'WASHINGTON (Reuters) -'],
    ['a Reuters credit line', '', `${para('The council voted.')}<p>Reporting by Jane Doe; Editing by John Roe</p>`, 'wire-credit', 'Reuters', 'Reporting by Jane Doe; Editing by John Roe'],
    ['a wire contribution line', '', `${para('The council voted.')}<p>The Associated Press contributed to this report.</p>`, 'wire-credit', 'The Associated Press', 'The Associated Press contributed to this report'],
    ['"originally appeared on"', '', `${para('The council voted.')}<p>This story originally appeared on <a href="https://www.propublica.org/article/x">ProPublica</a>.</p>`, 'originally-appeared', 'ProPublica', 'This story originally appeared on ProPublica'],
    ['a wire byline', '<meta name="author" content="The Associated Press">', para('The council voted.'), 'wire-byline', 'The Associated Press', 'byline: The Associated Press'],
    ['JSON-LD isBasedOn', '<script type="application/ld+json">{"@type":"NewsArticle","isBasedOn":"https://www.reuters.com/world/story-1"}</script>', para('The council voted.'), 'jsonld-isBasedOn', 'Reuters', 'isBasedOn: https://www.reuters.com/world/story-1'],
    ['JSON-LD sourceOrganization', '<script type="application/ld+json">{"@type":"NewsArticle","sourceOrganization":{"@type":"Organization","name":"Reuters"}}</script>', para('The council voted.'), 'jsonld-sourceOrganization', 'Reuters', 'sourceOrganization: Reuters'],
    ['JSON-LD author organisation', '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Agence France-Presse"},"publisher":{"@type":"Organization","name":"Harbour Times"}}</script>', para('The council voted.'), 'jsonld-author-organization', 'Agence France-Presse', 'author: Agence France-Presse'],
    ['meta original-source', '<meta name="original-source" content="https://www.cbsnews.com/news/x/">', para('The council voted.'), 'meta-original-source', 'CBS News', 'original-source: https://www.cbsnews.com/news/x/'],
    ['meta syndication-source', '<meta name="syndication-source" content="https://www.nbcnews.com/x">', para('The council voted.'), 'meta-syndication-source', 'NBC News', 'syndication-source: https://www.nbcnews.com/x'],
    ['a canonical URL elsewhere', '<link rel="canonical" href="https://www.theguardian.com/world/2024/may/01/x">', para('The council voted.'), 'canonical-other-domain', 'The Guardian', 'canonical: https://www.theguardian.com/world/2024/may/01/x'],
  ])('%s', (_name, head, body, kind, outlet, evidence) => {
    const found = provenanceOf(body, head).find((s) => s.kind === kind);
    expect(found, JSON.stringify(provenanceOf(body, head))).toBeDefined();
    if (outlet) expect(found!.outlet).toMatch(new RegExp(outlet.replace(/^The /, '')));
    expect(found!.evidence).toBe(evidence);
  });

  test('no provenance from a non-news organisation as JSON-LD author', () => {
    const head = '<script type="application/ld+json">{"@type":"Article","author":{"@type":"Organization","name":"Contributors to Wikimedia projects"}}</script>';
    expect(provenanceOf(para('The council voted.'), head)).toEqual([]);
  });

  test.each([
    ['a photo credit with ©', `${para('The council voted.')}<p>© Reuters</p>`],
    ['a caption credit', `<figure><img src="x.jpg"><figcaption>The harbour. (Reuters/John Smith)</figcaption></figure>${para('The council voted.')}`],
    ['a Getty credit', `${para('The council voted.')}<p>Photo: Getty Images</p>`],
    ['an AP photo credit', `<p class="credit">AP Photo/Jane Doe</p>${para('The council voted.')}`],
    ['a wire named in the story', para('The council cited a Reuters report and an AP poll from last week.')],
    ['a canonical URL on the same site', `${para('The council voted.')}`],
    ['a time after "originally published"', `${para('The council voted.')}<p>This article was originally published at 2 p.m. on Tuesday.</p>`],
    ['an original-source meta pointing to the page itself', para('The council voted.')],
  ])('no provenance from %s', (_name, body) => {
    const head = `<link rel="canonical" href="${URL_}"><meta name="original-source" content="${URL_}">`;
    expect(provenanceOf(body, head)).toEqual([]);
  });
});

describe('byline cleaning', () => {
  test.each<[string, string | null, string[]]>([
    ['By JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL', null, ['Josh Haskell', 'David Caplan', 'Patrick Reevell']],
    ['Posted by Jane Doe on May 3, 2019', null, ['Jane Doe']],
    ['Mike Cason | mcason@al.com', null, ['Mike Cason']],
    ['Paul Wiseman, The Associated Press', null, ['Paul Wiseman', 'The Associated Press']],
    ['Ahmad Hadizat Omayoza, Mamos Nigeria', 'Mamos Nigeria', ['Ahmad Hadizat Omayoza']],
    ['Howard BlumeStaff Writer', null, ['Howard Blume']],
    ['by Lucas Nolan22 Dec 2016651', null, ['Lucas Nolan']],
    ['Tom DiChristopher@tdichristopher', null, ['Tom DiChristopher']],
    ['Sam Stein Senior Politics Editor', null, ['Sam Stein']],
    ['Julia Carrie Wong and Sam Levin in Cannon Ball, North Dakota', null, ['Julia Carrie Wong', 'Sam Levin']],
    ['JILL LAWLESS Associated Press', null, ['Jill Lawless', 'Associated Press']],
    ['Staff', null, []],
    ['By Staff Reporter', null, []],
    ['Updated 4:19 PM ET', null, []],
    ['', null, []],
  ])('%j', (raw, publisher, expected) => {
    const got = cleanByline(raw, publisher);
    expect(got).toEqual(expected);
  });
});

describe('dates', () => {
  test.each([
    ['2024-05-01T09:30:00+02:00', '2024-05-01T09:30:00+02:00'],
    ['2024-05-01', '2024-05-01'],
    ['2024-05-01 09:30', '2024-05-01T09:30'],
    ['Wed, 01 May 2024 07:30:00 GMT', '2024-05-01T07:30:00.000Z'],
    ['20240501', '2024-05-01'],
    ['not a date', null],
  ])('%s', (raw, iso) => expect(isoDate(raw)).toBe(iso));
});

describe('plain text and odd documents', () => {
  test('articleFromText keeps the text exactly', () => {
    const text = 'Headline here\n\nFirst paragraph.\nSame paragraph.\n\n\nSecond paragraph.\n';
    const a = articleFromText(text);
    expect(a.text).toBe(text);
    expect(a.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['Headline here', 'First paragraph.\nSame paragraph.', 'Second paragraph.']);
  });

  test.each([
    ['an empty document', ''],
    ['a document without a body', '<html><head><title>Only a title here</title></head></html>'],
    ['a fragment', '<p>Just a paragraph.</p>'],
  ])('%s gives an answer', (_name, html) => {
    const a = extractArticle(doc(html), null);
    expect(typeof a.text).toBe('string');
    for (const p of a.paragraphs) expect(p.end).toBeLessThanOrEqual(a.text.length);
  });

  test('reads the document only', () => {
    const d = doc(page(`${para('One.')}${para('Two.')}<p><a href="/x">link</a></p>`));
    const before = d.documentElement.outerHTML;
    extractArticle(d, URL_);
    expect(d.documentElement.outerHTML).toBe(before);
  });
});
