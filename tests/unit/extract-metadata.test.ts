/**
 * Byline and publisher metadata on markup modelled on real pages: role tails after a name
 * ("Chris Cillizza, CNN Editor-at-large", "HILLEL ITALIE, AP National Writer") and staff
 * placeholders ("Our Foreign Staff") are no author and never leave a fragment ("AP National",
 * "Our Foreign"). Then the same on the frozen fixture pages.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { cleanByline } from '../../src/core/extract/byline';
import { extractArticle } from '../../src/core/extract/extract-article';
import { readMetadata } from '../../src/core/extract/metadata';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const BODY = `<p>${'The council met on Tuesday and discussed the plan at length, members said. '.repeat(4)}</p>`.repeat(4);

function page(head: string, afterHeadline: string, title = 'Council backs harbour plan after long debate'): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title>${head}</head>
  <body><main><article><h1>${title}</h1>${afterHeadline}${BODY}</article></main></body></html>`;
}

describe('role tails and staff placeholders in bylines', () => {
  test.each<[string, string[]]>([
    // CNN: the role and the update line run together in the byline block.
    ['Analysis by Chris Cillizza, CNN Editor-at-largeUpdated 1909 GMT (0309 HKT) November 18, 2019', ['Chris Cillizza']],
    ['Analysis by Chris Cillizza, CNN Editor-at-large', ['Chris Cillizza']],
    ['CNN Editor-at-large', []],
    ['Opinion by Jane Doe', ['Jane Doe']],
    // AP: "By NAME, AP <desk> Writer" in JSON-LD authors on member sites.
    ['By HILLEL ITALIE, AP National Writer', ['Hillel Italie']],
    ['By ROBERT BURNS, AP National Security Writer', ['Robert Burns']],
    ['By STEVE PEOPLES, AP National Political Writer', ['Steve Peoples']],
    ['JORDAN ROBERTSON and RACHEL METZ - AP Technology Writers', ['Jordan Robertson', 'Rachel Metz']],
    // The Telegraph: the publisher's own desk, no person and no organisation named.
    ['By Our Foreign Staff', []],
    ['Our Correspondent', []],
    // An organisation's staff is a credit, kept whole.
    ['Reuters Staff', ['Reuters Staff']],
    ['Telegraph Foreign Staff', ['Telegraph Foreign Staff']],
    // Names whose second word only looks like a role.
    ['Olive Senior', ['Olive Senior']],
    ['Christopher Guest', ['Christopher Guest']],
    ['Sam Stein Senior Politics Editor', ['Sam Stein']],
  ])('%j', (raw, expected) => {
    expect(cleanByline(raw, null)).toEqual(expected);
    expect(cleanByline(raw, null, true)).toEqual(expected);
  });

  test('a CNN-style byline block with the update time inside gives the author', () => {
    const d = doc(
      page(
        '<meta property="og:site_name" content="CNN">',
        `<div class="metadata"><div class="metadata__info js-byline-images"><p class="metadata__byline"><span class="metadata__byline__author">Analysis by <a href="/profiles/chris-cillizza">Chris Cillizza</a>, CNN Editor-at-large</span></p><p class="update-time">Updated 1909 GMT (0309 HKT) November 18, 2019</p></div></div>`,
      ),
    );
    expect(readMetadata(d, 'https://www.cnn.com/2019/11/18/politics/x/index.html').byline).toEqual(['Chris Cillizza']);
  });

  test('a Telegraph-style staff byline gives no byline', () => {
    const d = doc(
      page(
        '<meta property="og:site_name" content="The Telegraph">',
        `<div class="byline component"><li class="byline__author" itemscope itemtype="http://schema.org/Person" itemprop="author"><span class="byline__author-name" itemprop="name" content="Our Foreign Staff"><a href="/authors/our-foreign-staff/">Our Foreign Staff</a></span></li></div>`,
      ),
    );
    expect(readMetadata(d, 'http://www.telegraph.co.uk/news/2017/11/16/x/').byline).toEqual([]);
  });

  test('JSON-LD authors with an AP role tail give the person only', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Council backs harbour plan after long debate', author: [{ '@type': 'person', name: 'By HILLEL ITALIE, AP National Writer' }] };
    const d = doc(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, ''));
    expect(readMetadata(d, 'https://www.sfgate.com/news/article/x-15250468.php').byline).toEqual(['Hillel Italie']);
  });
});

describe('the fixture pages', () => {
  const fixture = (slug: string): { d: Document; url: string } => {
    const dir = resolve(__dirname, '../fixtures', slug);
    const { url } = JSON.parse(readFileSync(resolve(dir, 'page.json'), 'utf8')) as { url: string };
    return { d: doc(readFileSync(resolve(dir, 'source.html'), 'utf8')), url };
  };

  test.each<[string, string[], string]>([
    ['cnn-trump-walter-reed', ['Chris Cillizza'], 'CNN'],
    ['telegraph-mugabe', [], 'The Telegraph'],
    ['sfgate-ap-poems-anthology', ['Hillel Italie'], 'Associated Press'],
  ])('%s', (slug, byline, publisher) => {
    const { d, url } = fixture(slug);
    const a = extractArticle(d, url);
    expect(a.byline).toEqual(byline);
    expect(a.publisher).toBe(publisher);
  });
});
