/**
 * Pattern families of the attribution engine, on sentences written for these tests.
 * Each row: a text, and the one claim expected from it (source, cue, content as written).
 */
import { describe, expect, test } from 'vitest';
import { findClaims } from '../../src/core/attribute/find-claims';
import { articleFromText } from '../../src/core/extract/extract-article';
import type { Claim } from '../../src/core/model';

/** Body text behind a headline paragraph, as extraction hands it on. */
function claimsOf(body: string): Claim[] {
  return findClaims(articleFromText(`A headline for the test\n\n${body}`));
}

const contentText = (c: Claim): string => (c.content.fragments ? c.content.fragments.map((f) => f.text).join(' | ') : c.content.text);

interface Row {
  family: string;
  text: string;
  source: string | null;
  cue: string;
  content: string;
}

const rows: Row[] = [
  { family: 'X said (that)', text: 'Maria Lopez said that the bridge would reopen in May.', source: 'Maria Lopez', cue: 'said', content: 'that the bridge would reopen in May' },
  { family: 'X said, no that', text: 'The mayor said the bridge would reopen in May.', source: 'The mayor', cue: 'said', content: 'the bridge would reopen in May' },
  { family: '..., X said.', text: 'The bridge will reopen in May, the mayor said.', source: 'the mayor', cue: 'said', content: 'The bridge will reopen in May' },
  { family: '..., said X', text: '“We are ready,” said Tom Baker, the head of the port authority.', source: 'Tom Baker, the head of the port authority', cue: 'said', content: '“We are ready,”' },
  { family: 'quote, X said', text: '“We are ready,” Baker said on Monday.', source: 'Baker', cue: 'said', content: '“We are ready,”' },
  { family: 'X told Y that', text: 'Baker told reporters that the port was ready.', source: 'Baker', cue: 'told', content: 'that the port was ready' },
  { family: 'According to X,', text: 'According to the city council, the budget is balanced.', source: 'the city council', cue: 'According to', content: 'the budget is balanced' },
  { family: '..., according to X.', text: 'The budget is balanced, according to the city council.', source: 'the city council', cue: 'according to', content: 'The budget is balanced' },
  { family: 'X, role at Org, said', text: 'Ana Ruiz, a spokeswoman for the port authority, said the cranes were idle.', source: 'Ana Ruiz, a spokeswoman for the port authority,', cue: 'said', content: 'the cranes were idle' },
  { family: 'In a statement, X', text: 'In a statement, the company denied that any data was lost.', source: 'the company', cue: 'denied', content: 'that any data was lost' },
  { family: 'wrote', text: 'The senator wrote that the plan was flawed.', source: 'The senator', cue: 'wrote', content: 'that the plan was flawed' },
  { family: 'tweeted', text: 'The governor tweeted that schools would stay open.', source: 'The governor', cue: 'tweeted', content: 'that schools would stay open' },
  { family: 'added', text: 'The deal is not final, she added.', source: 'she', cue: 'added', content: 'The deal is not final' },
  { family: 'warned', text: 'Doctors warned that the flu season could be severe.', source: 'Doctors', cue: 'warned', content: 'that the flu season could be severe' },
  { family: 'confirmed', text: 'The ministry confirmed that two ships had been seized.', source: 'The ministry', cue: 'confirmed', content: 'that two ships had been seized' },
  { family: 'verb group', text: 'The minister has repeatedly denied that the talks failed.', source: 'The minister', cue: 'has repeatedly denied', content: 'that the talks failed' },
  { family: 'negated', text: 'The coach did not say whether he would stay.', source: 'The coach', cue: 'did not say', content: 'whether he would stay' },
  { family: 'colon quote', text: 'The coach said: “We will fight until the end.”', source: 'The coach', cue: 'said:', content: '“We will fight until the end.”' },
  { family: 'intention', text: 'The company plans to cut 300 jobs next year.', source: 'The company', cue: 'plans', content: 'to cut 300 jobs next year' },
  { family: 'belief', text: 'Most economists believe that rates will fall.', source: 'Most economists', cue: 'believe', content: 'that rates will fall' },
  { family: 'evidence', text: 'The poll shows the two candidates tied.', source: 'The poll', cue: 'shows', content: 'the two candidates tied' },
  { family: 'passive expletive', text: 'It was reported that the ship had sunk.', source: null, cue: 'was reported', content: 'that the ship had sunk' },
  { family: 'quoted as saying', text: 'The general was quoted as saying the war was over.', source: 'The general', cue: 'was quoted as saying', content: 'the war was over' },
  { family: 'possessive noun', text: 'The mayor’s claim that crime had fallen was disputed.', source: 'The mayor’s', cue: 'claim', content: 'that crime had fallen was disputed' },
  { family: 'compound source', text: 'Google and Yahoo say they will appeal.', source: 'Google and Yahoo', cue: 'say', content: 'they will appeal' },
  { family: 'parenthesis in name', text: 'Sen. Jane Doe (D-Ore.) said the vote was rigged.', source: 'Sen. Jane Doe (D-Ore.)', cue: 'said', content: 'the vote was rigged' },
  { family: 'conservative content', text: 'The mayor said the bridge was safe, but engineers were not convinced.', source: 'The mayor', cue: 'said', content: 'the bridge was safe' },
  { family: 'time adjunct after the cue', text: 'The mayor said this weekend the bridge would reopen.', source: 'The mayor', cue: 'said', content: 'the bridge would reopen' },
  { family: 'medium adjunct at the end', text: 'The mayor said the bridge was safe in a statement on Thursday.', source: 'The mayor', cue: 'said', content: 'the bridge was safe' },
  { family: 'according to, interposed', text: 'The mayor, according to the city council, left the building early.', source: 'the city council', cue: 'according to', content: 'The mayor | left the building early' },
  { family: 'subordinate clause', text: 'When the mayor said the bridge was safe, engineers objected.', source: 'the mayor', cue: 'said', content: 'the bridge was safe' },
  { family: 'manner verb as tag', text: '“You will pay for this,” she smiled.', source: 'she', cue: 'smiled', content: '“You will pay for this,”' },
  { family: 'belief, bare clause', text: 'Many voters believe the election is rigged.', source: 'Many voters', cue: 'believe', content: 'the election is rigged' },
  { family: '-ing cue after an intro', text: 'On Thursday, the minister left the summit, saying the talks had failed.', source: 'the minister', cue: 'saying', content: 'the talks had failed' },
  { family: 'interposed tag', text: 'The museum, the mayor said, would open in June.', source: 'the mayor', cue: 'said', content: 'The museum | would open in June' },
  { family: 'doubled apostrophes', text: "''We are ready,'' said Tom Baker.", source: 'Tom Baker', cue: 'said', content: "''We are ready,''" },
  { family: 'dash tag', text: '“Imagination matters more than knowledge.” ― Ada Byron', source: 'Ada Byron', cue: '―', content: '“Imagination matters more than knowledge.”' },
];

describe('pattern families', () => {
  test.each(rows)('$family: $text', (r) => {
    const claims = claimsOf(r.text).filter((c) => !c.nested);
    expect(claims).toHaveLength(1);
    const c = claims[0]!;
    expect(c.source?.text ?? null).toBe(r.source);
    expect(c.cue.text).toBe(r.cue);
    expect(contentText(c)).toBe(r.content);
  });
});

describe('not attributions', () => {
  test.each([
    'The senator left the building after the vote.',
    'Battleground states could decide a close election.',
    'Trump’s comments came as he tried to reach voters.',
    'The bill was passed by the Senate on Tuesday.',
    'He will travel to Paris next week.',
    'By Jane Roe, Staff Writer',
    'He knows the city well.',
    'The guides I wrote are online.',
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('quotations', () => {
  test('a quote interrupted by its cue is one attribution with two fragments', () => {
    const [c] = claimsOf('“The plan is dead,” the minister said, “and nobody will revive it.”');
    expect(c!.source!.text).toBe('the minister');
    expect(c!.content.fragments!.map((f) => f.text)).toEqual(['“The plan is dead,”', '“and nobody will revive it.”']);
    expect(c!.direct).toBe(true);
  });

  test('a quote continued in the next sentence and the next paragraph joins the claim', () => {
    const claims = claimsOf('“We lost,” the coach said. “We played badly.”\n\n“Next year will be different.”');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.content.fragments!.map((f) => f.text)).toEqual(['“We lost,”', '“We played badly.”', '“Next year will be different.”']);
  });

  test('"X continued:" closing its paragraph takes the quoted paragraphs after it, each once', () => {
    const [c] = claimsOf('The coach continued:\n\n“We lost.”\n\n“Next year will be different.”');
    expect(c!.cue.text).toBe('continued:');
    expect(c!.content.fragments!.map((f) => f.text)).toEqual(['“We lost.”', '“Next year will be different.”']);
  });

  test('a cue inside a paraphrase stays inside it ("She said that many people ... told her ...")', () => {
    const claims = claimsOf('She said that many people, both military and civilian, told her they were not offended.');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.content.text).toBe('that many people, both military and civilian, told her they were not offended');
  });

  test('a multi-sentence quote with its tag after it is one content span', () => {
    const [c] = claimsOf('“We lost. We played badly. It happens,” the coach said.');
    expect(c!.content.text).toBe('“We lost. We played badly. It happens,”');
  });

  test('straight quotes and guillemets are paired like curly ones', () => {
    const [a] = claimsOf('"We lost," the coach said.');
    expect(a!.content.text).toBe('"We lost,"');
    const [b] = claimsOf('«We lost,» the coach said.');
    expect(b!.content.text).toBe('«We lost,»');
  });

  test('an unclosed quote ends at its paragraph and the rest of the article is still read', () => {
    const claims = claimsOf('The coach said: “We lost badly.\n\nThe mayor said the bridge would reopen.');
    expect(claims.map((c) => c.source?.text)).toEqual(['The coach', 'The mayor']);
    expect(claims[0]!.content.text).toBe('“We lost badly.');
  });

  test('a cue inside a quotation is not a claim of its own, except a nested "as X has said"', () => {
    const claims = claimsOf('“They said it would work, and it did not,” the coach said.');
    expect(claims).toHaveLength(1);
    const nested = claimsOf('“Nothing is decided, as the minister has said,” the aide said.');
    expect(nested).toHaveLength(2);
    const inner = nested.find((c) => c.nested)!;
    expect(inner.source!.text).toBe('the minister');
    expect(inner.content.text).toBe('Nothing is decided');
  });

  test('a headline "..., X says" is an attribution', () => {
    const claims = findClaims(articleFromText('Bridge will reopen in May, mayor says\n\nThe city has repaired the bridge.'));
    expect(claims).toHaveLength(1);
    expect(claims[0]!.source!.text).toBe('mayor');
    expect(claims[0]!.content.text).toBe('Bridge will reopen in May');
  });
});

describe('spans', () => {
  test('every span is the text at its offsets', () => {
    const text = 'A headline\n\n“We lost,” the coach said. “Badly.”\n\nAccording to the club, the coach, John Smith, will stay. He told the BBC that he was sorry.';
    for (const c of findClaims(articleFromText(text))) {
      for (const s of [c.source, c.cue, c.content, ...(c.content.fragments ?? [])]) {
        if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
      }
    }
  });
});

describe('precision: sentences that attribute nothing (modelled on the fixture pages)', () => {
  const none: [string, string][] = [
    ['a comparison with "tell the truth"', 'This is why a White House that lies as easily as it tells the truth creates major problems for the media.'],
    ['an object relative before the predicate', 'There is every reason to suspect the original story the White House is telling doesn’t paint the full picture.'],
    ['a raising verb inside the subject', 'If it seemed like Trump had written the letter himself, it is because he had.'],
    ['an event noun drawing the inference', 'Whatever the final outcome, the events could signal a once-in-a-generation change for the former colony.'],
    ['a non-referential "anyone"', 'If anyone was still wondering, the president is indeed golfing today.'],
    ['a relative clause after a time adjunct', 'The story of Laurie Luhn, which I reported in July, is an example of how the chairman used the company.'],
    ['reporting a book of one’s own', 'His parents divorced in 1960, a year before I was reporting my book.'],
  ];
  test.each(none)('%s', (_name, text) => {
    expect(claimsOf(text).map((c) => `${c.source?.text} | ${c.cue.text} | ${c.content.text}`)).toEqual([]);
  });

  test('an evaluation verb whose object went into a relative clause', () => {
    const claims = claimsOf('The events could change the country, a breadbasket ruined by policies his critics have long blamed on him.');
    expect(claims.filter((c) => c.cue.text.includes('blamed'))).toEqual([]);
  });

  test('documents and data still show: "Video of the incident shows"', () => {
    const [c] = claimsOf('Video of the incident shows him with his hands in the air.');
    expect(c?.source?.text).toBe('Video of the incident');
  });

  test('"which he said were" keeps its claim (the relativised word is the reported subject)', () => {
    const claims = claimsOf('He attacked other candidates for accepting donations, which he said were accompanied by favors.');
    expect(claims.some((c) => c.cue.text === 'said' && c.content.text.startsWith('were accompanied'))).toBe(true);
  });

  test('an interposed tag before the predicate keeps its claim', () => {
    const claims = claimsOf('The difference now, he told me on Friday, is that he is the anchor of a news program.');
    expect(claims.some((c) => c.cue.text === 'told')).toBe(true);
  });

  test('"X, who tweeted, “...”": the quotation after the cue is the content', () => {
    const claims = claimsOf('The poem was praised by such peers as the poet Brenda Shaughnessy, who tweeted, “I can hardly believe it’s real.”');
    const c = claims.find((x) => x.cue.text === 'tweeted');
    expect(c?.content.text).toBe('“I can hardly believe it’s real.”');
  });

  test('"by noting today is ...": the time word is the reported subject', () => {
    const claims = claimsOf('He followed up his puzzling comment, noting today is the start of "a great new year."');
    const c = claims.find((x) => x.cue.text === 'noting');
    expect(c?.content.text.startsWith('today is')).toBe(true);
  });
});
