/** The Markdown and JSON exports, evidence sentences, and the who-said-what filter. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageAnalysis } from '../../src/core/index';
import { escapeMarkdown, evidenceSentence, exportSummary, originalLink, toJson, toMarkdown, toSummary } from '../../src/popup/export';
import { exportFileName } from '../../src/popup/download';
import { filterSpeakers, foldForSearch } from '../../src/popup/filter';
import { attributedSeedView, buildAnalysis, HOSTILE, hostileView, noClaimsView, seedTextView } from '../fixtures-popup/views';

function analysisOf(view: ReturnType<typeof attributedSeedView>): PageAnalysis {
  if (view.status !== 'ready') throw new Error('not a ready view');
  return view.analysis;
}

const seed = analysisOf(attributedSeedView());

describe('evidenceSentence', () => {
  const text = 'First sentence here. According to U.S. officials, Mr. Smith left at 5 p.m. on Friday. Then more.\n\nNext paragraph, he said.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });

  it('gives the whole sentence around the claim, past abbreviations', () => {
    const claim = { source: at('U.S. officials'), cue: at('According to'), content: at('Mr. Smith left at 5 p.m') };
    expect(evidenceSentence(text, claim)).toBe('According to U.S. officials, Mr. Smith left at 5 p.m. on Friday.');
  });

  it('stays inside the paragraph', () => {
    const last = (x: string) => ({ start: text.lastIndexOf(x), end: text.lastIndexOf(x) + x.length, text: x });
    const claim = { source: last('he'), cue: last('said'), content: last('Next paragraph') };
    expect(evidenceSentence(text, claim)).toBe('Next paragraph, he said.');
  });

  it('keeps a quote that spans sentences whole', () => {
    const t2 = 'Intro. “We did not. We never would,” she said. After.';
    const s = (x: string) => ({ start: t2.indexOf(x), end: t2.indexOf(x) + x.length, text: x });
    expect(evidenceSentence(t2, { source: s('she'), cue: s('said'), content: s('“We did not. We never would,”') }))
      .toBe('“We did not. We never would,” she said.');
  });

  it('finds the seed\'s sentences for every claim, each containing its content', () => {
    for (const c of seed.claims) {
      const e = evidenceSentence(seed.article.text, c);
      expect(e).toContain(c.content.text.replace(/\s+/g, ' ').trim().slice(0, 40));
      expect(e.length).toBeLessThan(600);
    }
  });
});

describe('Markdown', () => {
  const md = toMarkdown(seed, { exportedAt: '2026-11-28T01:00:00Z' });

  it('has the title, the URL, the publisher, the original reporter with its link and evidence', () => {
    expect(md.split('\n')[0]).toBe('# US: Biden didn’t approve secret US-Russia talks over Ukraine war, White House says');
    expect(md).toContain(`- Page: <${seed.url}>`);
    expect(md).toContain('- Published by: Mamos Nigeria');
    expect(md).toContain('- Byline: Ahmad Hadizat Omayoza');
    expect(md).toMatch(/## Originally reported by\n\n\*\*NBC News\*\* \(<https:\/\/www\.nbcnews\.com\/[^>]+>\)\n\n> According to NBC News, the former US officials/);
    expect(md).toContain('- CBS News: 1 mention · 1 statement given to it');
  });

  it('lists speakers most-cited first, each claim labelled, with its evidence sentence quoted', () => {
    const headings = [...md.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(headings[0]).toBe('NBC News');
    expect(headings).toHaveLength(seed.speakers.length);
    expect(md).toContain('*Person · national security spokesperson for the White House · via CBS News · 2 statements*');
    expect(md).toContain('- Quote: “Yet, I need to clarify');
    expect(md).toContain('- Paraphrase: the administration was aware of the informal discussions\n  > John Kirby, the national security spokesperson for the White House, also disclosed to CBS News that the administration was aware of the informal discussions.');
    expect(md).toContain('7 of 15 statements come from unnamed sources; 5 are relayed from other outlets; none was obtained by the publisher itself.');
    expect(md.trimEnd().split('\n').at(-1)).toContain('2026-11-28T01:00:00Z');
  });

  it('escapes page text so that it cannot become markup or a link', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> *bold* [a](javascript:x) `c` |t|'))
      .toBe('\\<img src=x onerror=alert(1)\\> \\*bold\\* \\[a\\](javascript:x) \\`c\\` \\|t\\|');
    const hostile = toMarkdown(analysisOf(hostileView()));
    expect(hostile).not.toMatch(/(?<!\\)<img|(?<!\\)<script/);
    expect(hostile).not.toMatch(/\(<?(javascript|data):/);
  });

  it('says when nothing is attributed', () => {
    const md2 = toMarkdown(analysisOf(noClaimsView()));
    expect(md2).toContain('No statement here is credited');
    expect(md2).toContain('No statement on this page is attributed to anyone.');
  });
});

describe('JSON', () => {
  it('has the documented shape, every claim with its evidence sentence', () => {
    const json = JSON.parse(toJson(seed, { exportedAt: '2026-11-28T01:00:00Z' }));
    expect(Object.keys(json)).toEqual(['format', 'version', 'url', 'exportedAt', 'article', 'originalReporter', 'wire', 'outlets', 'sourceMix', 'speakers']);
    expect(json).toMatchObject({ format: 'news-context-summary', version: 1, url: seed.url, exportedAt: '2026-11-28T01:00:00Z' });
    expect(json.article).toEqual({ title: seed.article.title, publisher: 'Mamos Nigeria', byline: ['Ahmad Hadizat Omayoza'], published: seed.article.published, language: 'en' });
    expect(json.originalReporter.name).toBe('NBC News');
    const claims = json.speakers.flatMap((s: { claims: unknown[] }) => s.claims);
    expect(claims).toHaveLength(seed.claims.length);
    const kirby = json.speakers.find((s: { name: string }) => s.name === 'John Kirby');
    expect(kirby).toMatchObject({ kind: 'person', role: 'national security spokesperson for the White House', via: ['CBS News'] });
    expect(kirby.claims[0]).toMatchObject({ direct: false, via: 'CBS News', cue: 'disclosed to CBS News', source: 'John Kirby, the national security spokesperson for the White House' });
    expect(kirby.claims[1].direct).toBe(true);
    for (const c of claims) expect(typeof c.evidence).toBe('string');
  });

  it('keeps only http(s) links', () => {
    const s = toSummary(analysisOf(hostileView()));
    expect(s.originalReporter?.link).toBeNull();
    expect(s.outlets.every((o) => o.link === null)).toBe(true);
    expect(s.originalReporter?.name).toBe(HOSTILE.markup); // text stays as it was: JSON is data
  });

  it('exports the real pipeline\'s seed view without throwing', () => {
    const a = analysisOf(seedTextView());
    expect(() => JSON.parse(exportSummary(a, 'json'))).not.toThrow();
    expect(exportSummary(a, 'markdown')).toContain(`<${a.url}>`);
  });

  it('takes the original\'s link from the outlets cited when the reporter has none', () => {
    expect(originalLink({ originalReporter: { name: 'NBC News', evidence: '' }, outlets: [{ name: 'nbc news', mentions: 1, asRecipient: 0, link: 'https://nbcnews.com/x' }] }))
      .toBe('https://nbcnews.com/x');
    expect(originalLink({ originalReporter: null, outlets: [] })).toBeNull();
  });
});

describe('file names', () => {
  it('names the file after the host and the day, never with path characters', () => {
    const d = new Date('2026-11-28T23:30:00Z');
    expect(exportFileName('https://www.mamosnigeria.com/2023/07/x.html', 'markdown', d)).toBe('news-context-mamosnigeria.com-2026-11-28.md');
    expect(exportFileName(null, 'json', d)).toBe('news-context-page-2026-11-28.json');
    expect(exportFileName('javascript:alert(1)', 'json', d)).toBe('news-context-page-2026-11-28.json');
    expect(exportFileName('http://[::1]:8080/a', 'markdown', d)).toMatch(/^news-context-[a-z0-9.-]+-2026-11-28\.md$/);
  });
});

describe('filterSpeakers', () => {
  it('sorts most-cited first, ties by first appearance', () => {
    const groups = filterSpeakers(seed, 'all', '');
    const counts = groups.map((g) => g.speaker.claims);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const twos = groups.filter((g) => g.speaker.claims === 2).map((g) => g.claims[0]!.claim.content.start);
    expect(twos).toEqual([...twos].sort((a, b) => a - b));
  });

  it('filters by kind', () => {
    expect(filterSpeakers(seed, 'person', '').map((g) => g.speaker.name)).toEqual(['John Kirby', 'Joe Biden']);
    expect(filterSpeakers(seed, 'document', '')).toEqual([]);
  });

  it('matches names, roles and outlets with all claims, words with the matching claims only', () => {
    expect(filterSpeakers(seed, 'all', 'CBS').map((g) => [g.speaker.name, g.claims.length])).toEqual([['John Kirby', 2]]);
    expect(filterSpeakers(seed, 'all', 'spokesperson for the white').map((g) => g.speaker.name)).toEqual(['John Kirby']);
    const kyiv = filterSpeakers(seed, 'all', 'KYIV');
    expect(kyiv.map((g) => [g.speaker.name, g.claims.length])).toEqual([['State Department spokesperson', 1]]);
  });

  it('folds case, accents and curly quotes', () => {
    expect(foldForSearch('Zelenskyy’s  ÉLAN')).toBe("zelenskyy's elan");
    const a = buildAnalysis('Café owners said “prices rose.”', 'https://x.example/', [
      { source: 'Café owners', cue: 'said', content: '“prices rose.”', speaker: { name: 'Café owners', kind: 'anonymous', role: null }, direct: true },
    ]);
    expect(filterSpeakers(a, 'all', 'cafe')).toHaveLength(1);
  });
});

describe('fixtures', () => {
  it('the no-claims page really has no attribution cue a reader would see', () => {
    const html = readFileSync(path.resolve(__dirname, '../fixtures-popup/no-claims.html'), 'utf8');
    expect(html).not.toMatch(/\b(said|says|told|according to|stated)\b/i);
  });
});
