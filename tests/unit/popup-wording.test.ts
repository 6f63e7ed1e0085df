/** The popup's words: the source-mix sentence, counts, labels, dates, safe links, strings. */
import { describe, expect, it } from 'vitest';
import catalogue from '../../_locales/en/messages.json';
import type { SourceMix } from '../../src/core/index';
import { formatEntry, t } from '../../src/ui/i18n';
import {
  describeSourceMix, formatDate, hostOf, kindLabel, mixBars, outletCountLabel, safeHttpUrl, statementCount,
  stripQuoteMarks, viaLine,
} from '../../src/popup/wording';
import { attributedSeedView } from '../fixtures-popup/views';

const mix = (over: Partial<SourceMix>): SourceMix => ({
  namedPeople: 0, organizations: 0, outlets: 0, documents: 0, anonymousGroups: 0, anonymousClaims: 0,
  relayedClaims: 0, firstHandClaims: 0, totalClaims: 0, ...over,
});

describe('describeSourceMix', () => {
  it.each([
    [mix({ totalClaims: 15, anonymousClaims: 5, relayedClaims: 0 }), '5 of 15 statements come from unnamed sources; none was obtained by the publisher itself.'],
    [mix({ totalClaims: 15, anonymousClaims: 7, relayedClaims: 5 }), '7 of 15 statements come from unnamed sources; 5 are relayed from other outlets; none was obtained by the publisher itself.'],
    [mix({ totalClaims: 4, anonymousClaims: 1, relayedClaims: 1, firstHandClaims: 2 }), '1 of 4 statements comes from an unnamed source; 1 is relayed from another outlet; 2 were obtained by the publisher itself.'],
    [mix({ totalClaims: 3, anonymousClaims: 0, firstHandClaims: 1 }), 'None of the 3 statements comes from an unnamed source; 1 was obtained by the publisher itself.'],
    [mix({ totalClaims: 3, anonymousClaims: 3, relayedClaims: 3 }), 'All 3 statements come from unnamed sources; all are relayed from other outlets; none was obtained by the publisher itself.'],
    [mix({ totalClaims: 1, anonymousClaims: 1 }), 'The one statement comes from an unnamed source; none was obtained by the publisher itself.'],
    [mix({ totalClaims: 1, anonymousClaims: 0, firstHandClaims: 1 }), 'The one statement comes from an identified source; 1 was obtained by the publisher itself.'],
    [mix({ totalClaims: 0 }), 'No statement on this page is attributed to anyone.'],
  ])('%o', (m, sentence) => {
    expect(describeSourceMix(m)).toBe(sentence);
  });
});

describe('labels and counts', () => {
  it('counts with the right number', () => {
    expect(statementCount(1)).toBe('1 statement');
    expect(statementCount(0)).toBe('0 statements');
    expect(statementCount(15)).toBe('15 statements');
  });

  it('names kinds', () => {
    expect(kindLabel('anonymous')).toBe('Unnamed source');
    expect(kindLabel('outlet')).toBe('News outlet');
  });

  it('joins outlets of "via"', () => {
    expect(viaLine([])).toBe('');
    expect(viaLine(['CBS News'])).toBe('via CBS News');
    expect(viaLine(['CBS News', 'NBC News', 'Reuters'])).toBe('via CBS News, NBC News and Reuters');
  });

  it('counts an outlet\'s mentions and the statements given to it', () => {
    expect(outletCountLabel({ name: 'NBC News', mentions: 4, asRecipient: 0, link: null })).toBe('4 mentions');
    expect(outletCountLabel({ name: 'CBS News', mentions: 1, asRecipient: 1, link: null })).toBe('1 mention · 1 statement given to it');
  });

  it('strips quotation marks and a closing comma from a quote', () => {
    expect(stripQuoteMarks('“We were not supporting them,”')).toBe('We were not supporting them');
    expect(stripQuoteMarks('"plain"')).toBe('plain');
  });

  it('draws one bar per kind that speaks, in a fixed order, from the speaker groups', () => {
    const view = attributedSeedView();
    if (view.status !== 'ready') throw new Error('fixture');
    const bars = mixBars(view.analysis);
    expect(bars.map((b) => [b.kind, b.sources, b.statements])).toEqual([
      ['person', 2, 3], ['organization', 2, 2], ['outlet', 1, 3], ['anonymous', 5, 7],
    ]);
    expect(bars.reduce((n, b) => n + b.statements, 0)).toBe(view.analysis.claims.length);
  });
});

describe('dates and links', () => {
  it('formats a date-only value without a time-zone shift', () => {
    expect(formatDate('2023-07-07', 'en-GB')).toBe('7 Jul 2023');
    expect(formatDate('2023-07-07T12:00:00Z', 'en-US')).toMatch(/Jul 7, 2023/);
    expect(formatDate('yesterday')).toBeNull();
    expect(formatDate(null)).toBeNull();
  });

  it.each([
    ['https://www.nbcnews.com/a?b=1', 'https://www.nbcnews.com/a?b=1'],
    ['http://example.com', 'http://example.com/'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    [' javascript:alert(1)', null],
    ['data:text/html,<b>x</b>', null],
    ['vbscript:msgbox', null],
    ['/relative/path', null],
    ['', null],
    [null, null],
  ])('safeHttpUrl(%j) is %j', (url, safe) => {
    expect(safeHttpUrl(url)).toBe(safe);
  });

  it('shows a host without www', () => {
    expect(hostOf('https://www.mamosnigeria.com/2023/07/x.html')).toBe('mamosnigeria.com');
    expect(hostOf('chrome://extensions')).toBeNull();
  });
});

describe('strings', () => {
  it('fills placeholders the way browsers do', () => {
    expect(formatEntry({ message: 'via $OUTLETS$', placeholders: { outlets: { content: '$1' } } }, ['CBS News'])).toBe('via CBS News');
    expect(formatEntry({ message: '$A$ of $B$ cost $$5', placeholders: { a: { content: '$1' }, b: { content: '$2' } } }, ['1', '2'])).toBe('1 of 2 cost $5');
    expect(t('popupMixAnonMany', 5, 15)).toBe('5 of 15 statements come from unnamed sources');
    expect(t('popupBlockedTitle', 'news.example.org')).toBe('Off for news.example.org');
  });

  it('prefers the browser\'s i18n when it answers, the catalogue when it does not', () => {
    const g = globalThis as { chrome?: unknown };
    const saved = g.chrome;
    try {
      g.chrome = { i18n: { getMessage: (k: string) => (k === 'popupQuote' ? 'Zitat' : '') } };
      expect(t('popupQuote')).toBe('Zitat');
      expect(t('popupParaphrase')).toBe('Paraphrase');
    } finally {
      g.chrome = saved;
    }
  });

  it('every $NAME$ in the catalogue has a placeholder, and every placeholder is used', () => {
    for (const [key, entry] of Object.entries(catalogue as Record<string, { message: string; placeholders?: Record<string, unknown> }>)) {
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
      const declared = Object.keys(entry.placeholders ?? {}).map((k) => k.toLowerCase());
      expect(used.sort(), key).toEqual([...new Set(declared)].sort());
    }
  });
});
