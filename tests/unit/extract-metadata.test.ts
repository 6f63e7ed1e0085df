/**
 * Byline and publisher metadata on markup modelled on real pages: role tails after a name
 * ("Chris Cillizza, CNN Editor-at-large", "HILLEL ITALIE, AP National Writer") and staff
 * placeholders ("Our Foreign Staff") are no author and never leave a fragment ("AP National",
 * "Our Foreign"); a site name that is only the host's subdomain ("Hosted" on hosted.ap.org)
 * gives way to the outlet the domain belongs to. Then the same on the frozen fixture pages.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { cleanByline } from '../../src/core/extract/byline';
import { extractArticle } from '../../src/core/extract/extract-article';
import { readMetadata } from '../../src/core/extract/metadata';
import { analyzePage } from '../../src/core/index';

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

describe('publisher', () => {
  const apByline = `<div class="ap-story-byline"><div class="field field-name-field-byline-original">By DANICA KIRKA and JILL LAWLESS</div><div class="field field-name-field-byline-title">Associated Press</div></div>`;

  test('a site name that is only the host subdomain ("Hosted" on hosted.ap.org) gives way to the domain\'s outlet', () => {
    const d = doc(page('<meta property="og:site_name" content="Hosted">', apByline));
    const meta = readMetadata(d, 'https://hosted.ap.org/citizensvoice/article/2896af5086674d4bbbbd454dec217c63/x');
    expect(meta.publisher).toBe('The Associated Press');
    // The wire is the publisher here, so it is the employer, not a third author.
    expect(meta.byline).toEqual(['Danica Kirka', 'Jill Lawless']);
  });

  test('the same byline on another site keeps the wire as a credit', () => {
    const d = doc(page('<meta property="og:site_name" content="Harbour Times">', apByline));
    const a = extractArticle(d, 'https://harbourtimes.example/2024/05/01/x');
    expect(a.byline).toEqual(['Danica Kirka', 'Jill Lawless', 'Associated Press']);
    expect(a.provenance.some((p) => p.kind === 'wire-byline' && p.outlet === 'The Associated Press')).toBe(true);
  });

  test('a site name that is the registrable domain itself stays ("Slate" on slate.com)', () => {
    const d = doc(page('<meta property="og:site_name" content="Slate">', ''));
    expect(readMetadata(d, 'https://slate.com/news-and-politics/2024/05/x.html').publisher).toBe('Slate');
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
    ['ap-tories-twitter-rename', ['Danica Kirka', 'Jill Lawless'], 'The Associated Press'],
  ])('%s', (slug, byline, publisher) => {
    const { d, url } = fixture(slug);
    const a = extractArticle(d, url);
    expect(a.byline).toEqual(byline);
    expect(a.publisher).toBe(publisher);
  });

  test('the AP story on SFGate keeps its wire credit; AP\'s own page has none', () => {
    const sf = fixture('sfgate-ap-poems-anthology');
    const onSfgate = analyzePage(sf.d, sf.url, { force: true });
    const ap = fixture('ap-tories-twitter-rename');
    const onAp = analyzePage(ap.d, ap.url, { force: true });
    expect(onSfgate.ok && onSfgate.analysis.wire).toBe('The Associated Press');
    expect(onAp.ok && onAp.analysis.wire).toBe(null);
  });
});

describe('junk in bylines: duplicated names, desk labels, dates, organisations run in', () => {
  test.each<[string, string | null, string[]]>([
    // The Washington Post: the author link, then the author box with its role ("Opinion writer").
    ['Jennifer Rubin, Jennifer Rubin Opinion writer', 'The Washington Post', ['Jennifer Rubin']],
    // AP in JSON-LD: "By TOM KRISHER, AP Auto Writer" (was "AP Auto" as a second author).
    ['By TOM KRISHER, AP Auto Writer', null, ['Tom Krisher']],
    // BGR, SpaceNews, Time: a date with an ordinal or a weekday after the name.
    ['Maren Estrada November 18th, 2019', null, ['Maren Estrada']],
    ['by Jeff Foust Monday, November 18, 2019', null, ['Jeff Foust']],
    // A place after a name, and its state after the comma.
    ['Julia Carrie Wong and Sam Levin in Cannon Ball, North Dakota', null, ['Julia Carrie Wong', 'Sam Levin']],
    // Organisations printed without a separator: the publisher goes, a wire stays as its own entry.
    ['Kevin McCoy USA TODAY', 'USA TODAY', ['Kevin McCoy']],
    ['Tom Davies Associated Press', 'The Detroit News', ['Tom Davies', 'Associated Press']],
    ['Amitai Winehouse For Mailonline', 'Daily Mail', ['Amitai Winehouse']],
    // Names that must stay whole.
    ['The New York Times', 'The New York Times', ['The New York Times']],
    ['Perry Bacon Jr', null, ['Perry Bacon Jr']],
  ])('%j', (raw, publisher, expected) => {
    expect(cleanByline(raw, publisher)).toEqual(expected);
  });
});

describe('site names that are no name', () => {
  test.each<[string, string, string | null]>([
    // Hawaii News Now: og:site_name is the site's URL.
    ['<meta property="og:site_name" content="https://www.hawaiinewsnow.com">', 'https://www.hawaiinewsnow.com/2019/11/19/x/', 'hawaiinewsnow.com'],
    // Practical Horseman: a tagline in og:site_name, the publisher in microdata.
    [
      '<meta property="og:site_name" content="Expert how-to for English Riders">',
      'https://practicalhorsemanmag.com/news/x',
      'Active Interest Media',
    ],
    // A name with a description after a separator keeps the name.
    ['<meta property="og:site_name" content="The Jerusalem Post | JPost.com">', 'https://example.org/a', 'The Jerusalem Post'],
    ['<meta property="og:site_name" content="Slate">', 'https://slate.com/a', 'Slate'],
  ])('%s', (head, url, expected) => {
    const micro = '<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Active Interest Media"></div>';
    const html = page(head, url.includes('practicalhorseman') ? micro : '');
    expect(readMetadata(doc(html), url).publisher).toBe(expected);
  });
});
