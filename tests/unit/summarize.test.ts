/**
 * The summary stage on sentences written for these tests and on hand-made claims, so its
 * logic is tested apart from the attribution engine.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { articleFromText } from '../../src/core/extract/extract-article';
import type { Article, ArticleLink, Claim, ProvenanceSignal, SpeakerKind } from '../../src/core/model';
import { isSameOutlet } from '../../src/core/outlets/outlets';
import { summarizeClaims } from '../../src/core/summarize/summarize';

/** An article from text, with the metadata a test needs. */
function article(text: string, extra: { publisher?: string; links?: ArticleLink[]; provenance?: ProvenanceSignal[]; byline?: string[]; canonicalUrl?: string } = {}): Article {
  const a = articleFromText(text);
  return { ...a, publisher: extra.publisher ?? null, links: extra.links ?? [], provenance: extra.provenance ?? [], byline: extra.byline ?? [], canonicalUrl: extra.canonicalUrl ?? null };
}

/** The span of the `nth` occurrence of `needle` in `text` at or after `from`. */
function span(text: string, needle: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`not in text: ${needle}`);
  return { start, end: start + needle.length, text: needle };
}

interface ClaimSpec {
  /** A phrase that starts the claim's sentence, to find it. */
  at: string;
  source: string | null;
  cue: string;
  content: string;
  speaker: string;
  kind: SpeakerKind;
  via?: string | null;
  direct?: boolean;
  role?: string | null;
  nested?: boolean;
}

/** Claims placed by their phrases in `text`, as the attribution engine would give them. */
function claims(text: string, specs: ClaimSpec[]): Claim[] {
  return specs.map((s) => {
    const at = text.indexOf(s.at);
    if (at < 0) throw new Error(`not in text: ${s.at}`);
    const cue = span(text, s.cue, at);
    return {
      source: s.source ? span(text, s.source, at) : null,
      cue,
      content: span(text, s.content, at),
      speaker: { name: s.speaker, kind: s.kind, role: s.role ?? null },
      via: s.via ?? null,
      direct: s.direct ?? false,
      ...(s.nested ? { nested: true } : {}),
    };
  });
}

describe('original reporter', () => {
  test.each([
    {
      name: '"first reported" names the origin even late in the article',
      text: 'The agency will close three offices next year.\n\nOfficials gave no reason for the closures, which affect about 400 staff in the region and beyond.\n\nThe plan was first reported by The Wall Street Journal on Monday.',
      publisher: 'Valley Courier',
      expected: 'The Wall Street Journal',
      evidence: 'first reported by The Wall Street Journal',
    },
    {
      name: '"according to a report in" in the lede',
      text: 'According to a report in The Washington Post, the company plans to cut a tenth of its workforce before the end of the year, in its largest layoffs yet.\n\nThe company did not respond to a request for comment on Tuesday evening.',
      publisher: 'Example Daily',
      expected: 'The Washington Post',
      evidence: 'According to a report in The Washington Post',
    },
    {
      name: '"X reported on Tuesday" and a repeated "according to X"',
      text: 'Reuters reported on Tuesday that the two companies were in advanced talks about a merger worth billions of dollars.\n\nAccording to Reuters, the talks could still collapse over the price that shareholders would receive.\n\nNeither company commented.',
      publisher: 'Market Watcher',
      expected: 'Reuters',
      evidence: 'Reuters reported on Tuesday',
    },
    {
      name: 'the first credit in a "reportedly" lede wins over background reporting',
      text: 'The retailer is reportedly under investigation by state prosecutors. According to Reuters, the questions concern loans to its founder.\n\nThe retailer said in an email that it was cooperating with the inquiry and had nothing further to add.\n\nThis comes less than a week after Bloomberg reported that federal regulators had opened an inquiry into its accounts.',
      publisher: 'Tech Wire Daily',
      expected: 'Reuters',
      evidence: 'According to Reuters',
    },
    {
      name: 'a report that triggered the news ("after X reported") is background, not the origin',
      text: 'Asian shares were mixed in early trading on Tuesday after CNBC reported that the mood in Beijing was pessimistic about a trade deal.\n\nThe Nikkei fell 0.5% and the Hang Seng rose 0.2% by midday, while the Shanghai Composite was flat.',
      publisher: 'Market Desk',
      expected: null,
    },
    {
      name: 'a wire dateline makes the wire the origin',
      text: 'NEW YORK (AP) — The city will open its first new subway line in a decade next month, officials said on Wednesday, after years of delays.\n\nThe line will serve about 200,000 riders a day, the transit authority said in a statement.',
      publisher: 'Springfield Gazette',
      expected: 'The Associated Press',
      evidence: 'NEW YORK (AP) —',
    },
    {
      name: 'an outlet that is only the subject of the news is not the origin',
      text: 'Fox News fired its longtime anchor on Monday after an internal review of complaints from staff members over several years.\n\nThe network said the decision was final and that a replacement would be named soon.',
      publisher: 'Media Beat',
      expected: null,
    },
    {
      name: 'a statement given to another outlet late in the article does not make it the origin',
      text: 'The council voted on Thursday to raise parking fees across the city centre for the first time in twelve years.\n\nThe mayor defended the increase at a meeting with residents, saying the money would pay for new buses.\n\nA council member later told CNN that the vote had been rushed.',
      publisher: 'City Ledger',
      expected: null,
    },
    {
      name: 'the publisher is never its own original reporter',
      text: 'The New York Times first reported last week that the museum would close its east wing for two years of repairs.\n\nThe museum confirmed the plan on Friday in a statement to The Times.',
      publisher: 'The New York Times',
      expected: null,
    },
    {
      name: 'a round-up of several outlets credits none of them',
      text: 'CNN reported that the talks had stalled over the border question, which both sides see as vital.\n\nThe BBC reported that negotiators would meet again next week in Geneva for a final round.\n\nAl Jazeera reported that both sides had agreed on a prisoner exchange.',
      publisher: 'World Brief',
      expected: null,
    },
  ])('$name', ({ text, publisher, expected, evidence }) => {
    const s = summarizeClaims(article(text, { publisher }), []);
    expect(s.originalReporter?.name ?? null).toBe(expected);
    if (evidence) expect(s.originalReporter?.evidence).toContain(evidence);
  });

  test('a provenance signal from extraction names the origin', () => {
    const text = 'The state spent twice as much on prison health care as it reported to lawmakers, records show, a gap that went unnoticed for years.';
    const provenance: ProvenanceSignal[] = [
      { kind: 'originally-appeared', outlet: 'ProPublica', evidence: 'This story was originally published by ProPublica.', url: 'https://www.propublica.org/article/x' },
    ];
    const s = summarizeClaims(article(text, { publisher: 'Local Voice', provenance }), []);
    expect(s.originalReporter).toEqual({ name: 'ProPublica', evidence: 'This story was originally published by ProPublica.', link: 'https://www.propublica.org/article/x' });
  });

  test('an outlet given most of the statements is where the reporting came from', () => {
    const text = [
      'A veteran who wrapped his newborn son in an American flag for a photo has drawn both praise and anger online this week.',
      '“This is what he was fighting for,” the mother told ABC News on Tuesday.',
      'She told ABC News that strangers had sent her messages.',
      '“We did not mean to offend anyone,” the father told ABC News.',
    ].join('\n\n');
    const c = claims(text, [
      { at: '“This is', source: 'the mother', cue: 'told', content: '“This is what he was fighting for,”', speaker: 'the mother', kind: 'person', via: 'ABC News', direct: true },
      { at: 'She told', source: 'She', cue: 'told', content: 'strangers had sent her messages', speaker: 'the mother', kind: 'person', via: 'ABC News' },
      { at: '“We did', source: 'the father', cue: 'told', content: '“We did not mean to offend anyone,”', speaker: 'the father', kind: 'person', via: 'ABC News', direct: true },
    ]);
    expect(summarizeClaims(article(text, { publisher: 'Yahoo' }), c).originalReporter?.name).toBe('ABC News');
    // One statement given to the outlet is not enough...
    expect(summarizeClaims(article(text, { publisher: 'Yahoo' }), c.slice(0, 1)).originalReporter).toBeNull();
    // ...unless its speaker is the article's main voice: her other claims came the same way.
    const more = claims(text, [
      { at: 'She told', source: 'She', cue: 'told', content: 'strangers had sent her messages', speaker: 'the mother', kind: 'person' },
      { at: '“We did', source: 'the father', cue: 'told', content: '“We did not mean to offend anyone,”', speaker: 'the mother', kind: 'person', direct: true },
    ]);
    expect(summarizeClaims(article(text, { publisher: 'Yahoo' }), [...c.slice(0, 1), ...more]).originalReporter?.name).toBe('ABC News');
  });

  test('a syndicated copy: the canonical URL on another outlet\'s domain is not the publisher', () => {
    const text = 'A group of doctors is offering free flu shots to people held in immigration detention, warning of an epidemic this winter.\n\nA spokesperson told NBC News that the agency had never given vaccines.';
    const provenance: ProvenanceSignal[] = [{ kind: 'canonical-other-domain', outlet: 'NBC News', evidence: 'canonical: https://www.nbcnews.com/x', url: 'https://www.nbcnews.com/x' }];
    const s = summarizeClaims(article(text, { publisher: 'MSN', canonicalUrl: 'https://www.nbcnews.com/x', provenance }), []);
    expect(s.originalReporter).toMatchObject({ name: 'NBC News', evidence: 'canonical: https://www.nbcnews.com/x' });
    expect(s.outlets.map((o) => o.name)).toEqual(['NBC News']);
  });

  test('a wire named as publisher of a page on another outlet\'s domain is the wire, not the publisher', () => {
    const text = 'NEW YORK (AP) — A new anthology collects dozens of poems written during the pandemic, its editor said on Monday, weeks before publication.';
    const s = summarizeClaims(article(text, { publisher: 'Associated Press', canonicalUrl: 'https://www.sfgate.com/news/article/x.php' }), []);
    expect(s.wire).toBe('The Associated Press');
    expect(s.originalReporter?.name).toBe('The Associated Press');
  });

  test('the page naming its own outlet as the origin leaves the origin with the publisher', () => {
    const text = 'Fires are burning across the rainforest at a record rate this month, satellite data show, a sign of a long dry season ahead, reported Euronews.';
    const provenance: ProvenanceSignal[] = [{ kind: 'originally-appeared', outlet: 'VICE US', evidence: 'This article originally appeared on VICE US', url: null }];
    expect(summarizeClaims(article(text, { publisher: 'Vice', provenance }), []).originalReporter).toBeNull();
    expect(summarizeClaims(article(text, { publisher: 'Vice' }), []).originalReporter?.name).toBe('Euronews');
  });

  test('a provenance value that is not a name is ignored', () => {
    const text = 'The school district will close four schools next year, officials said on Monday.';
    const provenance: ProvenanceSignal[] = [{ kind: 'originally-appeared', outlet: 'at 2', evidence: 'This article was originally published at 2 p.m.', url: null }];
    expect(summarizeClaims(article(text, { provenance }), []).originalReporter).toBeNull();
  });

  test('an outlet claim whose source is an ordinary lower-case phrase is not weighed', () => {
    const text = 'Once the transcript of the call was released, the nation learned that the complaint had been filed weeks before the hearing began.';
    const c = claims(text, [{ at: 'Once', source: 'the nation', cue: 'learned', content: 'the complaint had been filed', speaker: 'The Nation', kind: 'outlet' }]);
    const s = summarizeClaims(article(text, { publisher: 'Opinion Weekly' }), [...c, ...c, ...c]);
    expect(s.originalReporter).toBeNull();
    expect(s.outlets).toEqual([]);
  });

  test('the voice of the opening paragraph, whose statements went to another outlet, makes it the origin', () => {
    const text = [
      'The president and his wife are under house arrest at their compound and insist he finish his term, a source said.',
      'Two ministers fled to the compound after their homes were attacked, the source told Reuters.',
      'A priest is mediating between the president and the generals, a senior political source told Reuters.',
      'The opposition leader returned to the capital late on Wednesday, his spokesman said.',
      'The army said it was keeping the family safe.',
      'Neighbouring countries said they were watching closely.',
      'The central bank said the currency was stable.',
      'Church leaders said they were praying for calm.',
    ].join('\n\n');
    const specs: ClaimSpec[] = [
      { at: 'The president and', source: 'a source', cue: 'said', content: 'The president and his wife are under house arrest', speaker: 'source', kind: 'anonymous' },
      { at: 'Two ministers', source: 'the source', cue: 'told', content: 'Two ministers fled to the compound', speaker: 'source', kind: 'anonymous', via: 'Reuters' },
      { at: 'A priest', source: 'a senior political source', cue: 'told', content: 'A priest is mediating', speaker: 'senior political source', kind: 'anonymous', via: 'Reuters' },
      { at: 'The opposition', source: 'his spokesman', cue: 'said', content: 'The opposition leader returned', speaker: 'his spokesman', kind: 'anonymous' },
      { at: 'The army', source: 'The army', cue: 'said', content: 'it was keeping the family safe', speaker: 'army', kind: 'organization' },
      { at: 'Neighbouring', source: 'Neighbouring countries', cue: 'said', content: 'they were watching closely', speaker: 'neighbouring countries', kind: 'organization' },
      { at: 'The central bank', source: 'The central bank', cue: 'said', content: 'the currency was stable', speaker: 'central bank', kind: 'organization' },
      { at: 'Church leaders', source: 'Church leaders', cue: 'said', content: 'they were praying for calm', speaker: 'church leaders', kind: 'anonymous' },
    ];
    const s = summarizeClaims(article(text, { publisher: 'The Telegraph' }), claims(text, specs));
    expect(s.originalReporter?.name).toBe('Reuters');
    // The same statements further down the article are quotes, not the story's origin.
    const paras = text.split('\n\n');
    const later = [...paras.slice(3), ...paras.slice(0, 3)].join('\n\n');
    expect(summarizeClaims(article(later, { publisher: 'The Telegraph' }), claims(later, specs)).originalReporter).toBeNull();
  });

  test('claims by an outlet resolved from a pronoun add to its evidence', () => {
    const text = 'The ministry is preparing new rules for cryptocurrency exchanges that would require them to hold licences.\n\nIt reported that the rules could take effect in the spring, once parliament has approved them and the central bank has had its say.';
    // Without the claim, nothing in the text names an outlet.
    expect(summarizeClaims(article(text), []).originalReporter).toBeNull();
    const c = claims(text, [{ at: 'It reported', source: 'It', cue: 'reported', content: 'the rules could take effect in the spring', speaker: 'Bloomberg News', kind: 'outlet' }]);
    const more = [...c, ...c.map((x) => ({ ...x }))]; // twice, as if two sentences credited it
    expect(summarizeClaims(article(text), more).originalReporter?.name).toBe('Bloomberg News');
  });
});

describe('outlets cited', () => {
  test.each([
    { name: 'a company reporting its results is not cited', text: 'McClatchy reported a loss of $304 million for the year.', expected: [] as string[] },
    { name: 'subject of the news is not cited', text: 'Fox News fired its anchor on Monday. CNN hired two producers.', expected: [] as string[] },
    { name: 'according to two outlets at once', text: 'The deal is off, according to CNN and the BBC.', expected: ['CNN', 'BBC'] },
    { name: 'coordinated names before "reported"', text: 'NBC News and The Washington Post reported that the deal was off.', expected: ['NBC News', 'The Washington Post'] },
    { name: 'told an outlet', text: 'The senator told Politico that she would vote no.', expected: ['Politico'] },
    { name: '"the Times" follows the earlier full mention', text: 'The Los Angeles Times reported the fire first. The Times said 40 homes burned.', expected: ['Los Angeles Times'] },
    { name: 'not outlets: press secretary, Times Square, post office', text: 'White House Press Secretary Karine Jean-Pierre said the press pool would meet in Times Square, near the Post Office.', expected: [] },
    { name: 'statements to an outlet\'s staff are not statements to the outlet', text: 'Murdoch told Fox staffers that he was in charge. He told an NBC executive the same.', expected: [] },
    { name: 'a reporter "for" or "of" an outlet', text: 'As Jane Roe reports for NPR, the clinic closed. According to John Doe of the Financial Times, it will reopen.', expected: ['NPR', 'Financial Times'] },
    { name: 'a reporter of an unknown outlet', text: 'The defendant stood silent as the verdict was read, reported Jane Roe of South Carolina Public Radio.', expected: ['South Carolina Public Radio'] },
    { name: 'inverted attribution', text: 'The vote was delayed again, reports Reuters. Turnout was low, writes the Associated Press.', expected: ['Reuters', 'The Associated Press'] },
    { name: 'an unknown outlet next to a cue', text: 'The mayor told the Riverside Gazette that the bridge would reopen.', expected: ['Riverside Gazette'] },
  ])('$name', ({ text, expected }) => {
    const s = summarizeClaims(article(text, { publisher: 'Some Site' }), []);
    expect(s.outlets.map((o) => o.name)).toEqual(expected);
  });

  test('statements given to an outlet are counted as asRecipient, from claims and from the text', () => {
    const text = 'The minister told CBS News that the talks would continue. A spokesman later told CBS News the same thing. According to Reuters, the talks ended.';
    const c = claims(text, [{ at: 'The minister', source: 'The minister', cue: 'told', content: 'the talks would continue', speaker: 'the minister', kind: 'person', via: 'CBS News' }]);
    const s = summarizeClaims(article(text), c);
    const cbs = s.outlets.find((o) => o.name === 'CBS News');
    expect(cbs).toMatchObject({ mentions: 2, asRecipient: 2 });
    expect(s.outlets.find((o) => o.name === 'Reuters')).toMatchObject({ mentions: 1, asRecipient: 0 });
  });

  test('the publisher is not among the outlets cited', () => {
    const text = 'The governor told The Boston Globe that she would sign the bill. According to the Associated Press, she will.';
    const s = summarizeClaims(article(text, { publisher: 'The Boston Globe' }), []);
    expect(s.outlets.map((o) => o.name)).toEqual(['The Associated Press']);
  });

  test('an unknown name linked to a known outlet\'s site is that outlet', () => {
    const text = 'The state declared an emergency over the fires, reported the Amazonia Times.';
    const at = text.indexOf('Amazonia Times');
    const links: ArticleLink[] = [{ start: at, end: at + 'Amazonia Times'.length, text: 'Amazonia Times', href: 'https://www.reuters.com/x' }];
    expect(summarizeClaims(article(text, { links }), []).outlets.map((o) => o.name)).toEqual(['Reuters']);
  });

  test('the link on or next to a mention, preferring the outlet\'s own site', () => {
    const text = 'The company is for sale, Bloomberg reported on Monday, citing people familiar with the matter.';
    const at = text.indexOf('reported');
    const links: ArticleLink[] = [
      { start: at, end: at + 8, text: 'reported', href: 'https://www.bloomberg.com/news/articles/x' },
    ];
    const s = summarizeClaims(article(text, { links }), []);
    expect(s.outlets[0]).toMatchObject({ name: 'Bloomberg News', link: 'https://www.bloomberg.com/news/articles/x' });
  });
});

describe('wire', () => {
  test.each([
    { name: 'dateline', text: 'LONDON (Reuters) - British inflation fell more than expected in March, official data showed on Wednesday.', byline: [], expected: 'Reuters' },
    { name: 'byline', text: 'The storm is expected to reach the coast on Friday, forecasters said.', byline: ['Associated Press'], expected: 'The Associated Press' },
    { name: 'wire name run on to a reporter\'s name in the byline', text: 'Voters went to the polls on Thursday in a closely fought election.', byline: ['JANE DOEAssociated Press'], expected: 'The Associated Press' },
    { name: 'contributed line', text: 'The storm reached the coast on Friday.\n\nAgence France-Presse contributed to this report.', byline: [], expected: 'Agence France-Presse' },
    { name: 'none', text: 'The storm reached the coast on Friday, said our correspondent in the city.', byline: [], expected: null },
  ])('$name', ({ text, byline, expected }) => {
    expect(summarizeClaims(article(text, { byline }), []).wire).toBe(expected);
  });

  test('the wire\'s own site has no wire', () => {
    const text = 'LONDON (Reuters) - British inflation fell more than expected in March, official data showed on Wednesday.';
    expect(summarizeClaims(article(text, { publisher: 'Reuters' }), []).wire).toBeNull();
  });
});

describe('speakers and source mix', () => {
  const text = [
    'The mayor told reporters on Monday that the budget was balanced.',
    'The Mayor also said the city would hire 50 teachers.',
    'A city official told The Tribune that the numbers were optimistic.',
    'Two council members told NBC News that they would vote against it.',
    'According to a report by the auditor, the deficit is growing.',
    'The mayor said in an interview that the audit was wrong.',
    'A spokesman said in an email that the city had no comment.',
    'The governor said in a statement that she backed the plan.',
  ].join('\n\n');
  const publisher = 'The Tribune';
  const cs = claims(text, [
    { at: 'The mayor told reporters', source: 'The mayor', cue: 'told', content: 'the budget was balanced', speaker: 'the mayor', kind: 'person' },
    { at: 'The Mayor also', source: 'The Mayor', cue: 'also said', content: 'the city would hire 50 teachers', speaker: 'The Mayor', kind: 'person' },
    { at: 'A city official', source: 'A city official', cue: 'told', content: 'the numbers were optimistic', speaker: 'a city official', kind: 'anonymous', via: 'The Tribune' },
    { at: 'Two council', source: 'Two council members', cue: 'told', content: 'they would vote against it', speaker: 'two council members', kind: 'anonymous', via: 'NBC News' },
    { at: 'According to a report by', source: 'a report by the auditor', cue: 'According to', content: 'the deficit is growing', speaker: 'the auditor\'s report', kind: 'document' },
    { at: 'The mayor said in', source: 'The mayor', cue: 'said', content: 'the audit was wrong', speaker: 'the mayor', kind: 'person' },
    { at: 'A spokesman said', source: 'A spokesman', cue: 'said', content: 'the city had no comment', speaker: 'a spokesman', kind: 'anonymous' },
    { at: 'The governor said', source: 'The governor', cue: 'said', content: 'she backed the plan', speaker: 'the governor', kind: 'person' },
  ]);

  test('same name is one speaker, most-cited first', () => {
    const s = summarizeClaims(article(text, { publisher }), cs);
    expect(s.speakers.map((x) => [x.name.toLowerCase(), x.claims])).toEqual([
      ['the mayor', 3],
      ['a city official', 1],
      ['two council members', 1],
      ["the auditor's report", 1],
      ['a spokesman', 1],
      ['the governor', 1],
    ]);
    expect(s.speakers[0]!.claimIndices).toEqual([0, 1, 5]);
    expect(s.speakers.find((x) => x.name === 'two council members')!.via).toEqual(['NBC News']);
  });

  test('first-hand: told the publisher, told reporters, an interview or email with no outlet named', () => {
    const mix = summarizeClaims(article(text, { publisher }), cs).sourceMix;
    expect(mix).toEqual({
      namedPeople: 2,
      organizations: 0,
      outlets: 1, // NBC News; the publisher is not counted as an outlet relayed from
      documents: 1,
      anonymousGroups: 3,
      anonymousClaims: 3,
      relayedClaims: 1,
      firstHandClaims: 4, // told reporters, told The Tribune, said in an interview, said in an email; not "in a statement"
      totalClaims: 8,
    });
  });
});

test('organisations in a coordinated source count one by one', () => {
  const text = 'The White House said the talks were informal.\n\nAccording to statements made by the White House and the state department, the meetings were not approved.';
  const c = claims(text, [
    { at: 'The White House said', source: 'The White House', cue: 'said', content: 'the talks were informal', speaker: 'White House', kind: 'organization' },
    { at: 'According to statements', source: 'statements made by the White House and the state department', cue: 'According to', content: 'the meetings were not approved', speaker: 'White House', kind: 'organization' },
  ]);
  const s = summarizeClaims(article(text), c);
  expect(s.speakers).toHaveLength(1);
  expect(s.sourceMix.organizations).toBe(2);
});

describe('generic references to an outlet', () => {
  test('"told the outlet" after a credit to E! News is a statement given to E! News', () => {
    const text = 'The producer is unhappy with his partner, according to a new report by E! News.\n\n“He is frustrated,” an insider told the outlet on Monday.';
    const c = claims(text, [{ at: '“He is', source: 'an insider', cue: 'told', content: '“He is frustrated,”', speaker: 'an insider', kind: 'anonymous', direct: true }]);
    const s = summarizeClaims(article(text, { publisher: 'Fox News' }), c);
    expect(s.speakers[0]!.via).toEqual(['E! News']);
    expect(s.outlets[0]).toMatchObject({ name: 'E! News', mentions: 2, asRecipient: 1 });
    expect(s.sourceMix).toMatchObject({ relayedClaims: 1, firstHandClaims: 0 });
  });

  test('"told the paper" with no outlet cited before it is the publisher\'s own', () => {
    const text = 'The council approved the budget on Monday.\n\n“It is a relief,” the mayor told the paper.';
    const c = claims(text, [{ at: '“It is', source: 'the mayor', cue: 'told', content: '“It is a relief,”', speaker: 'the mayor', kind: 'person', direct: true }]);
    const s = summarizeClaims(article(text, { publisher: 'City Ledger' }), c);
    expect(s.outlets).toEqual([]);
    expect(s.sourceMix).toMatchObject({ relayedClaims: 0, firstHandClaims: 1 });
  });
});

describe('short forms in claims', () => {
  test('"told the Times" on the Times\'s own page is first-hand, on another page it is the earlier Times', () => {
    const text = 'The council approved the budget on Monday.\n\nThe mayor told the Times that the vote was a relief.';
    const c = claims(text, [{ at: 'The mayor told', source: 'The mayor', cue: 'told', content: 'the vote was a relief', speaker: 'the mayor', kind: 'person', via: 'the Times' }]);
    const own = summarizeClaims(article(text, { publisher: 'Los Angeles Times' }), c);
    expect(own.sourceMix).toMatchObject({ firstHandClaims: 1, relayedClaims: 0, outlets: 0 });
    expect(own.outlets).toEqual([]);
    const other = 'The Seattle Times first reported the vote.\n\nThe mayor told the Times that the vote was a relief.';
    const c2 = claims(other, [{ at: 'The mayor told', source: 'The mayor', cue: 'told', content: 'the vote was a relief', speaker: 'the mayor', kind: 'person', via: 'the Times' }]);
    const s = summarizeClaims(article(other, { publisher: 'Puget Sound Weekly' }), c2);
    expect(s.speakers[0]!.via).toEqual(['The Seattle Times']);
    expect(s.outlets[0]).toMatchObject({ name: 'The Seattle Times', mentions: 2, asRecipient: 1 });
    expect(s.sourceMix).toMatchObject({ firstHandClaims: 0, relayedClaims: 1, outlets: 1 });
  });
});

describe('the seed article with hand-made claims (EXPECTED.md rows 0-14)', () => {
  const text = readFileSync(new URL('../../seeds/seed.txt', import.meta.url), 'utf8');
  const cs = claims(text, [
    { at: 'US: Biden', source: 'White House', cue: 'says', content: 'Biden didn’t approve secret US-Russia talks over Ukraine war', speaker: 'the White House', kind: 'organization' },
    { at: 'According to statements', source: 'statements made by the White House and the state department', cue: 'According to', content: 'President Joe Biden’s administration did not authorize', speaker: 'the White House and the State Department', kind: 'organization' },
    { at: 'According to NBC News, the former', source: 'NBC News', cue: 'According to', content: 'the former US officials and two former White House aides met Lavrov', speaker: 'NBC News', kind: 'outlet' },
    { at: 'According to NBC News, it was', source: 'NBC News', cue: 'According to', content: 'it was not clear how frequently', speaker: 'NBC News', kind: 'outlet' },
    { at: 'It stated that', source: 'It', cue: 'stated', content: 'at least one unidentified member of the group traveled to Russia', speaker: 'NBC News', kind: 'outlet' },
    { at: 'In response to questions', source: 'a spokesperson for the state department', cue: 'stated', content: '“The Biden administration did not sanction those discussions.”', speaker: 'a spokesperson for the State Department', kind: 'anonymous', direct: true },
    { at: 'He stated that the government', source: 'He', cue: 'stated', content: 'the government would continue to provide Kyiv with weapons', speaker: 'a spokesperson for the State Department', kind: 'anonymous' },
    { at: 'According to former diplomats', source: 'former diplomats', cue: 'According to', content: 'the United States did employ former diplomats', speaker: 'former diplomats', kind: 'anonymous' },
    { at: 'Lavrov would be', source: 'they', cue: 'added', content: 'Lavrov would be profoundly improbable', speaker: 'former diplomats', kind: 'anonymous' },
    { at: 'A former official from the West', source: 'A former official from the West', cue: 'stated', content: 'they were aware of the talks', speaker: 'a former official from the West', kind: 'anonymous' },
    { at: 'Six people briefed', source: 'Six people briefed on the discussions', cue: 'told', content: 'they were meant to lay the groundwork', speaker: 'six people briefed on the discussions', kind: 'anonymous', via: 'NBC News' },
    { at: 'According to two sources', source: 'two sources', cue: 'According to', content: 'those who met Lavrov briefed the White House afterward', speaker: 'two sources', kind: 'anonymous' },
    { at: 'John Kirby, the national', source: 'John Kirby, the national security spokesperson for the White House', cue: 'also disclosed to', content: 'the administration was aware of the informal discussions', speaker: 'John Kirby', kind: 'person', via: 'CBS News', role: 'national security spokesperson for the White House' },
    { at: '“Yet, I need', source: 'he', cue: 'proceeded', content: '“Yet, I need to clarify', speaker: 'John Kirby', kind: 'person', direct: true },
    { at: 'Nothing about Ukraine is complete without Ukraine, as the president', source: 'the president', cue: 'has stated', content: 'Nothing about Ukraine is complete without Ukraine', speaker: 'Joe Biden', kind: 'person', nested: true },
  ]);
  const s = summarizeClaims(article(text, { publisher: 'Mamos Nigeria', byline: ['Ahmad Hadizat Omayoza'] }), cs);

  test('originally reported by NBC News, with the sentence that shows it', () => {
    expect(s.originalReporter?.name).toBe('NBC News');
    expect(s.originalReporter?.evidence).toMatch(/^According to NBC News, the former US officials/);
  });

  test('CBS News is also cited, as the recipient of the Kirby statement', () => {
    expect(s.outlets.map((o) => o.name)).toEqual(['NBC News', 'CBS News']);
    expect(s.outlets[1]).toMatchObject({ name: 'CBS News', asRecipient: 1 });
    expect(s.outlets[0]).toMatchObject({ name: 'NBC News', mentions: 3, asRecipient: 1 });
    expect(s.wire).toBeNull();
  });

  test('speakers grouped as the popup lists them', () => {
    // "NBC News (4)": its own three claims plus the statement six people gave it (row 10).
    expect(s.speakers[0]).toMatchObject({ name: 'NBC News', kind: 'outlet', claims: 3 });
    expect(s.speakers[0]!.claims + s.outlets[0]!.asRecipient).toBe(4);
    const kirby = s.speakers.find((x) => x.name === 'John Kirby');
    expect(kirby).toMatchObject({ claims: 2, via: ['CBS News'], role: 'national security spokesperson for the White House' });
  });

  test('source mix: 2 named people, 2 organisations, 2 outlets, 5 anonymous groups with 7 claims, none first-hand', () => {
    expect(s.sourceMix).toMatchObject({
      namedPeople: 2,
      organizations: 2,
      outlets: 2,
      anonymousGroups: 5,
      anonymousClaims: 7,
      firstHandClaims: 0,
      totalClaims: 15,
    });
    expect(s.sourceMix.relayedClaims).toBe(5); // rows 2, 3, 4 (NBC News), 10 (via NBC News), 12 (via CBS News)
  });
});

describe('summary invariants on generated text', () => {
  const sentences = [
    'According to NBC News, the talks stalled.',
    'The Washington Post first reported the plan.',
    'A spokesman told CNN that the deal was off.',
    'NEW YORK (AP) — The city will vote on Monday.',
    'Reuters reported on Tuesday that prices rose.',
    'Fox News fired its anchor.',
    'The mayor told reporters that the budget was balanced.',
    'The Times said the report was accurate.',
    'Officials declined to comment on the matter.',
  ];
  test('the publisher is never the original reporter nor an outlet cited; counts are consistent', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('The Washington Post', 'NBC News', 'Reuters', 'The New York Times', 'Local Paper'),
        (parts, publisher) => {
          const s = summarizeClaims(article(parts.join('\n\n'), { publisher }), []);
          if (s.originalReporter) expect(isSameOutlet(s.originalReporter.name, publisher)).toBe(false);
          for (const o of s.outlets) {
            expect(isSameOutlet(o.name, publisher)).toBe(false);
            expect(o.mentions).toBeGreaterThan(0);
          }
          expect(s.sourceMix.totalClaims).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
