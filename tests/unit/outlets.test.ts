/** The outlet knowledge base and the mention finder, on sentences written for these tests. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findOutletMentions, lookupOutlet, OUTLETS, outletForHost } from '../../src/core/outlets/outlets';

describe('knowledge base', () => {
  test('holds at least 300 outlets across the world, each named once', () => {
    expect(OUTLETS.length).toBeGreaterThanOrEqual(300);
    const names = OUTLETS.map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
    const countries = new Set(OUTLETS.map((o) => o.country));
    // US, UK, Europe, Africa, Asia, Latin America
    for (const c of ['US', 'GB', 'FR', 'DE', 'NG', 'ZA', 'KE', 'IN', 'JP', 'CN', 'BR', 'MX', 'AR', 'QA', 'AU']) expect(countries).toContain(c);
    expect(OUTLETS.filter((o) => o.kind === 'wire' || o.kind === 'agency').length).toBeGreaterThanOrEqual(40);
  });

  test('a domain belongs to one outlet', () => {
    const seen = new Map<string, string>();
    for (const o of OUTLETS) for (const d of o.domains) {
      expect(seen.get(d), `${d} in ${o.name} and ${seen.get(d)}`).toBeUndefined();
      seen.set(d, o.name);
    }
  });

  test.each([
    ['AP', 'The Associated Press'],
    ['the Associated Press', 'The Associated Press'],
    ['Associated Press', 'The Associated Press'],
    ['NBC', 'NBC News'],
    ['nbc news', 'NBC News'],
    ['the BBC', 'BBC'],
    ['NYT', 'The New York Times'],
    ['Times of London', 'The Times'],
    ['AFP', 'Agence France-Presse'],
    ['Al Jazeera', 'Al Jazeera'],
    ['Reuters', 'Reuters'],
    ['the Associated Press news agency', 'The Associated Press'],
    ["CNN's", 'CNN'],
    ['the nation', null],
    ['insider', null],
    ['Insider', 'Business Insider'],
  ])('lookupOutlet(%s) is %s', (name, expected) => {
    expect(lookupOutlet(name)?.name ?? null).toBe(expected);
  });

  test.each([
    ['www.nbcnews.com', 'NBC News'],
    ['edition.cnn.com', 'CNN'],
    ['www.bbc.co.uk', 'BBC'],
    ['apnews.com', 'The Associated Press'],
    ['www.premiumtimesng.com', 'Premium Times'],
    ['example.com', null],
    ['notnbcnews.com', null],
  ])('outletForHost(%s) is %s', (host, expected) => {
    expect(outletForHost(host)?.name ?? null).toBe(expected);
  });
});

describe('findOutletMentions', () => {
  test.each([
    { text: 'According to NBC News, the talks stalled.', expected: ['NBC News'] },
    { text: 'The AP and Reuters both reported it.', expected: ['The Associated Press', 'Reuters'] },
    { text: 'She told The Associated Press on Monday.', expected: ['The Associated Press'] },
    { text: 'He spoke to NBC, then to CBS Tuesday.', expected: ['NBC News', 'CBS News'] },
    { text: 'Le Monde and Der Spiegel both ran the story; the Times of India did not.', expected: ['Le Monde', 'Der Spiegel', 'The Times of India'] },
    { text: 'The Daily Maverick and News24 published it, as did Premium Times in Lagos.', expected: ['Daily Maverick', 'News24', 'Premium Times'] },
    { text: 'Clarín and Folha de S.Paulo covered the summit.', expected: ['Clarín', 'Folha de S.Paulo'] },
  ])('known names and aliases: $text', ({ text, expected }) => {
    expect(findOutletMentions(text).map((m) => m.name)).toEqual(expected);
  });

  test.each([
    'White House Press Secretary Karine Jean-Pierre spoke first.',
    'Crowds gathered in Times Square on New Year’s Eve.',
    'The Post Office will close at noon.',
    'The press was not allowed in.',
    'Michael Bloomberg said he would run.',
    'A man waves a flag. (AP Photo/Jane Doe)',
    'Time is running out for the talks.',
    'The Vice President arrived late.',
    'The ship crossed the Atlantic in nine days.',
    'Senators met on the Hill on Tuesday.',
    'The Riverside Gazette building burned down.',
    'NBC Universal owns the studio.',
    'People said they were scared.',
    'A factor cited in the Metro system’s decision to reopen.',
    'Michael Bloomberg spoke in Denver. Bloomberg said crime was falling.',
    'A Colorado Democrat said the debate would be dull.',
    'The study was published in the New England Journal of Medicine, the authors said.',
    'The Charleston-based Post office closed.',
  ])('not outlets: %s', (text) => {
    expect(findOutletMentions(text)).toEqual([]);
  });

  test.each([
    { text: 'The Atlantic reported that the plan had stalled.', expected: 'The Atlantic' },
    { text: 'In a piece for The Atlantic, she argued otherwise.', expected: 'The Atlantic' },
    { text: 'She told Time that she would run.', expected: 'Time' },
    { text: 'He told the Hill that he was undecided.', expected: 'The Hill' },
    { text: 'The mayor told the Riverside Gazette that the bridge would reopen.', expected: 'Riverside Gazette' },
    { text: 'According to the Harbour Daily, the port will close.', expected: 'Harbour Daily' },
    { text: 'He told Fox News Radio that he would run.', expected: 'Fox News' },
  ])('names that need a cue or a capital "The": $text', ({ text, expected }) => {
    expect(findOutletMentions(text).map((m) => m.name)).toEqual([expected]);
  });

  test('"the Times" resolves to the earlier full mention', () => {
    const text = 'The Times of London first reported the deal. The Times said later that it stood by the story.';
    expect(findOutletMentions(text).map((m) => m.name)).toEqual(['The Times', 'The Times']);
    const ny = 'The New York Times reported the deal. The Times said later that it stood by the story.';
    expect(findOutletMentions(ny).map((m) => m.name)).toEqual(['The New York Times', 'The New York Times']);
    const both = 'The Washington Post and the Chicago Tribune ran it. The Post said the Tribune had it first.';
    expect(findOutletMentions(both).map((m) => m.name)).toEqual(['The Washington Post', 'Chicago Tribune', 'The Washington Post', 'Chicago Tribune']);
  });

  test('"the Times" resolves to the publisher when nothing earlier decides', () => {
    const text = 'The mayor told the Times that he would not resign.';
    expect(findOutletMentions(text, { publisher: 'Los Angeles Times' }).map((m) => m.name)).toEqual(['Los Angeles Times']);
    expect(findOutletMentions('The senator told the Post that she was leaving.', { publisher: 'The Washington Post' }).map((m) => m.name)).toEqual(['The Washington Post']);
    // No publisher and no earlier mention: "the Post" is left unresolved.
    expect(findOutletMentions('The senator told the Post that she was leaving.')).toEqual([]);
  });

  test('a surname use elsewhere does not hide an outlet that is part of a longer known name', () => {
    const text = 'The Thomson Reuters Foundation funds the course. Reuters reported the grant on Monday.';
    expect(findOutletMentions(text).map((m) => m.text)).toEqual(['Reuters']); // the foundation is not an outlet; Reuters still is
  });

  test('offsets point at the text as written', () => {
    const text = 'Earlier, “according to The Wall Street Journal,” talks were over; Reuters’ report agreed.';
    const mentions = findOutletMentions(text);
    expect(mentions.map((m) => m.text)).toEqual(['The Wall Street Journal', 'Reuters']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('findOutletMentions on generated text', () => {
  const pieces = ['According to', 'told', 'the Times', 'The New York Times', 'CNN', 'Reuters reported', 'AP', 'Fox News', 'People', 'Michael Bloomberg', 'Bloomberg', 'the Post', 'said', 'that', '.', ',', '\n\n', 'the Riverside Gazette', '“', '”', 'Times Square', 'Press Secretary', 'Time', 'NBC', 'News'];
  test('mentions are ordered, disjoint and point at their text, for any mix of names and prose', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.option(fc.constantFrom('The Washington Post', 'Los Angeles Times', 'Mamos Nigeria')), (parts, publisher) => {
        const text = parts.join(' ');
        const mentions = findOutletMentions(text, { publisher });
        let last = -1;
        for (const m of mentions) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.name.length).toBeGreaterThan(0);
          last = m.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
