/**
 * Pattern families added to raise the engine's recall, on sentences written for these tests.
 * Each table: a text, and the claims expected from it (source, cue, content as written), in order.
 */
import { describe, expect, test } from 'vitest';
import { findClaims } from '../../src/core/attribute/find-claims';
import { articleFromText } from '../../src/core/extract/extract-article';
import type { Claim } from '../../src/core/model';

function claimsOf(body: string): Claim[] {
  return findClaims(articleFromText(`A headline for the test\n\n${body}`)).filter((c) => !c.nested);
}

const contentText = (c: Claim): string => (c.content.fragments ? c.content.fragments.map((f) => f.text).join(' | ') : c.content.text);
const triple = (c: Claim): [string | null, string, string] => [c.source?.text ?? null, c.cue.text, contentText(c)];

interface Row {
  family: string;
  text: string;
  claims: [string | null, string, string][];
}

const rows: Row[] = [
  // A second clause with its own speaker ends the first claim's content.
  { family: 'and + new speaker', text: 'Republicans said the agency mishandled the case and Democrats accused the party of playing politics.', claims: [['Republicans', 'said', 'the agency mishandled the case'], ['Democrats', 'accused', 'the party of playing politics']] },
  { family: 'but + new speaker', text: 'The mayor said the bridge was safe, but the engineers warned that it could fail.', claims: [['The mayor', 'said', 'the bridge was safe'], ['the engineers', 'warned', 'that it could fail']] },
  { family: 'and + pronoun speaker', text: 'The union said the talks had stalled and it added that a strike was likely.', claims: [['The union', 'said', 'the talks had stalled'], ['it', 'added', 'that a strike was likely']] },
  // A closing tag outranks the claim its content holds (only the outermost is annotated).
  { family: 'closing tag outranks', text: 'A senior aide decided to cancel the trip to avoid the protests, a source said.', claims: [['a source', 'said', 'A senior aide decided to cancel the trip to avoid the protests']] },
  { family: 'closing tag, anonymous plural', text: 'The minister wants to resign before the summit, officials said on Monday.', claims: [['officials', 'said', 'The minister wants to resign before the summit']] },
  { family: 'closing tag over a cut-short tag', text: 'The agency called for the vaccine to be shipped to a regional clinic in the wake of the outbreak, officials said.', claims: [['officials', 'said', 'The agency called for the vaccine to be shipped to a regional clinic in the wake of the outbreak']] },
  // -ing statement cues after a preposition or a name.
  { family: 'for saying', text: 'The senator was criticized for saying that the war was over.', claims: [['The senator', 'saying', 'that the war was over']] },
  { family: 'after announcing', text: 'She left the room after announcing that she would resign.', claims: [['She', 'announcing', 'that she would resign']] },
  { family: 'footage of X saying', text: 'The ad ends with footage of Baker saying, “We are ready.”', claims: [['Baker', 'saying', '“We are ready.”']] },
  // Prepositional cues of opinion: "in X's view", "in his words".
  { family: 'in X’s view,', text: 'In Smith’s view, the deal is dead.', claims: [['Smith’s', 'In Smith’s view', 'the deal is dead']] },
  { family: 'in his opinion,', text: 'In his opinion, the plan was rushed.', claims: [['his', 'In his opinion', 'the plan was rushed']] },
  { family: '..., in X’s view.', text: 'The plan was rushed, in the senator’s view.', claims: [['the senator’s', 'in the senator’s view', 'The plan was rushed']] },
  // A noun cue with its topic after a preposition.
  { family: 'X’s claims about', text: 'The minister’s claims about the budget were false.', claims: [['The minister’s', 'claims about', 'the budget']] },
  // Content goes on past ", including ..."; a quoted paragraph continues a tag whose content ends in a quote.
  { family: ', including', text: 'The museum, the mayor said, honours several heroes, including two local nurses.', claims: [['the mayor', 'said', 'The museum | honours several heroes, including two local nurses']] },
  { family: 'mixed quote continued', text: '“I admire the mechanics” of the plan, Baker said. “But the numbers do not add up.”', claims: [['Baker', 'said', '“I admire the mechanics” of the plan | “But the numbers do not add up.”']] },
  // Sourceless raising: the clause with its cue is the content.
  { family: 'is expected to', text: 'The vote is expected to pass on Tuesday.', claims: [[null, 'is expected', 'The vote is expected to pass on Tuesday']] },
  { family: 'is said to', text: 'The bill is said to include tax cuts.', claims: [[null, 'is said', 'The bill is said to include tax cuts']] },
  { family: 'seems to', text: 'The plan seems to be failing.', claims: [[null, 'seems', 'The plan seems to be failing']] },
  // Knowledge and decision verbs with a bare clause.
  { family: 'decided + bare clause', text: 'The school board decided she should share the prize.', claims: [['The school board', 'decided', 'she should share the prize']] },
  { family: 'know + bare clause', text: 'Investors know the rates are going up.', claims: [['Investors', 'know', 'the rates are going up']] },
  // An intention verb's infinitive after an adjunct, negated or not.
  { family: 'decided ... not to', text: 'The agency decided after a long review not to appeal the ruling.', claims: [['The agency', 'decided', 'not to appeal the ruling']] },
  // An artifact that shows something.
  { family: 'artifact shows', text: 'Video of the arrest shows him with his hands in the air.', claims: [['Video of the arrest', 'shows', 'him with his hands in the air']] },
  // A short object ends at ", saying ...", which is a claim of its own.
  { family: 'short object, saying', text: 'The mayor mocked the complaint, saying nobody had been hurt.', claims: [['The mayor', 'mocked', 'the complaint'], ['The mayor', 'saying', 'nobody had been hurt']] },
  // An inverted source with a relative clause after it.
  { family: 'said X, role who ...', text: 'The first ad could run this week, said Brian Baker, an adviser to the family who runs the campaign.', claims: [['Brian Baker, an adviser to the family', 'said', 'The first ad could run this week']] },
  // A paraphrase closed by its tag goes on in a quotation of the same paragraph.
  { family: 'paraphrase then quote', text: 'The agency may wait until the talks end, Schiff said. “Timing is the other factor.”', claims: [['Schiff', 'said', 'The agency may wait until the talks end | “Timing is the other factor.”']] },
  // ", and when ..." is the author's narration.
  { family: ', and when', text: 'She said the plan left out fathers, and when asked why, the aide shrugged.', claims: [['She', 'said', 'the plan left out fathers']] },
  // An appositive between dashes belongs to the source.
  { family: 'X -- role -- said', text: 'Kall -- co-editor of a book on the debates -- said the candidate liked surprises.', claims: [['Kall -- co-editor of a book on the debates --', 'said', 'the candidate liked surprises']] },
  // A catenative verb joins the cue ("appeared to suggest", "continued to call for").
  { family: 'appeared to suggest', text: 'He appeared to suggest that the veterans were weak.', claims: [['He', 'appeared to suggest', 'that the veterans were weak']] },
  { family: 'continued to call for', text: 'The senator continued to call for an inquiry.', claims: [['The senator', 'continued to call for', 'an inquiry']] },
  // A pronoun subject after a long adjunct ending in a name.
  { family: 'adjunct then pronoun', text: 'Two years ago in an interview with the state network RT he blasted the media for being dishonest.', claims: [['he', 'blasted', 'the media for being dishonest']] },
  // Characterising in words.
  { family: 'described X as Y', text: 'The governor described the storm as the worst she had seen.', claims: [['The governor', 'described', 'the storm as the worst she had seen']] },
  // Verbs whose topic follows a preposition: the preposition joins the cue.
  { family: 'complained about', text: 'The farmers complained about the new water rules.', claims: [['The farmers', 'complained about', 'the new water rules']] },
  { family: 'warned of', text: 'The central bank warned of a long recession.', claims: [['The central bank', 'warned of', 'a long recession']] },
  { family: 'argued against', text: 'Two senators argued against the merger.', claims: [['Two senators', 'argued against', 'the merger']] },
  { family: 'expressed concern', text: 'The mayor expressed concern about the budget gap.', claims: [['The mayor', 'expressed concern', 'about the budget gap']] },
  // Stance adjectives after "be": beliefs, feelings and intentions.
  { family: 'be critical of', text: 'Local unions were highly critical of the new contract.', claims: [['Local unions', 'were highly critical of', 'the new contract']] },
  { family: 'be confident that', text: 'The coach is confident that the team will win.', claims: [['The coach', 'is confident', 'that the team will win']] },
  { family: 'be willing to', text: 'The union is not willing to strike before May.', claims: [['The union', 'is not willing', 'to strike before May']] },
  { family: 'be worried about', text: 'Parents are worried about the school closures.', claims: [['Parents', 'are worried about', 'the school closures']] },
  // A noun-phrase object of an evaluation verb ends before its adjunct.
  { family: 'object before adjunct', text: 'The senator attacked the governor in a late-night speech.', claims: [['The senator', 'attacked', 'the governor']] },
  { family: 'object before since', text: 'The mayor has praised the police since the flood.', claims: [['The mayor', 'has praised', 'the police']] },
  // A passive of charging or blaming hides who charged: the clause is the content, the preposition joins the cue.
  { family: 'was accused of', text: 'Mr. Ortiz was accused of using $50 million for personal expenses.', claims: [[null, 'was accused of', 'Mr. Ortiz was accused of using $50 million for personal expenses']] },
  { family: 'have sometimes been blamed for', text: 'Peacekeepers have sometimes been blamed for introducing cholera to the island.', claims: [[null, 'have sometimes been blamed for', 'Peacekeepers have sometimes been blamed for introducing cholera to the island']] },
  { family: 'pronoun, criticized for', text: 'He has been harshly criticized for policies that objectors see as abusive.', claims: [[null, 'has been harshly criticized for', 'He has been harshly criticized for policies that objectors see as abusive']] },
  // "that" after an inverted-looking verb opens its clause, never a source.
  { family: '“…” suggests that (no inverted source)', text: 'City Attorney Ann Holm said in the letter that the advertisement “unmistakably and wrongfully” suggests that the officers support the campaign.', claims: [['City Attorney Ann Holm', 'said', 'that the advertisement “unmistakably and wrongfully” suggests that the officers support the campaign']] },
  // A party-and-state parenthesis does not make the name too long for an appositive source.
  { family: 'Name (D-N.Y.), role, said', text: 'Rep. Gregory W. Meeks (D-N.Y.), chairman of the caucus fund, said members will help him raise cash.', claims: [['Rep. Gregory W. Meeks (D-N.Y.), chairman of the caucus fund,', 'said', 'members will help him raise cash']] },
  // An ambiguous -s form ("notes") before a subject pronoun is a verb.
  { family: 'X notes they ...', text: 'Lynch notes they were appointed before she came to lead the department.', claims: [['Lynch', 'notes', 'they were appointed before she came to lead the department']] },
  // A lower-case plural speaker noun opens a second clause with its own speaker.
  { family: 'and + lower-case speaker group', text: 'Obama emphasized that the reforms were not complete, and human rights groups warned that the administration was giving up leverage.', claims: [['Obama', 'emphasized', 'that the reforms were not complete'], ['human rights groups', 'warned', 'that the administration was giving up leverage']] },
  // A subordinate clause's cue does not take the main clause after its comma as content; "As X noted, ..." does.
  { family: 'before X weighed in, Y said', text: 'Before city officials had weighed in with any explanation, Donald Trump said at an event that a bomb had gone off.', claims: [['Donald Trump', 'said', 'that a bomb had gone off']] },
  // "as X put it": the words on the other side of "as" are the speaker's; "put it" alone is no cue.
  { family: '..., as X put it.', text: 'The main requirement is a “lawful source of investment income,” as a Homeland Security memo put it.', claims: [['a Homeland Security memo', 'put it', 'The main requirement is a “lawful source of investment income,”']] },
  { family: 'As X put it in a statement to ..., ...', text: 'As Ms. Simonyan put it in a statement to my colleague Michael M. Grynbaum in July, the network offers a perspective.', claims: [['Ms. Simonyan', 'put it', 'the network offers a perspective']] },
  { family: 'put it (no cue)', text: 'He put it in the car before the meeting.', claims: [] },
  { family: 'As X noted at the time, ...', text: 'As Dr. Sanjay Gupta noted at the time, the disease meant a moderate risk of a heart attack.', claims: [['Dr. Sanjay Gupta', 'noted', 'the disease meant a moderate risk of a heart attack']] },
];

describe('recall families', () => {
  test.each(rows)('$family: $text', (r) => {
    expect(claimsOf(r.text).map(triple)).toEqual(r.claims);
  });
});

describe('recall families keep their limits', () => {
  test.each([
    // "and" joining two subjects of one reported clause does not split it.
    ['Smith said the mayor and the council agreed to the plan.', [['Smith', 'said', 'the mayor and the council agreed to the plan']]],
    // A quote tag after a quote keeps the earlier tag's claim.
    ['“We lost,” the coach said, “but we will be back,” he added.', null],
    // "It is clear that" is the writer's judgement, not a stance with a source.
    ['It is clear that the plan failed.', []],
    // An adjective without its complement is a description, not a stance.
    ['The room was ready for the guests.', []],
    // A paraphrase's tag does not take a quotation from the next paragraph.
    ['The agency may wait, Schiff said.\n\n“Timing is the other factor.”', [['Schiff', 'said', 'The agency may wait']]],
    // The infinitive right after an intention verb is its content, not a later "to".
    ['The doctors offered to give free flu shots to the detained migrants.', [['The doctors', 'offered', 'to give free flu shots to the detained migrants']]],
    // "you know" is a filler, not a belief.
    ['You know the team has been great.', []],
    // A credit line is no attribution.
    ['Jane Roe reported and John Doe contributed from Paris.', []],
    // "seems" without an infinitive is no raising ("The plan seems fine").
    ['The plan seems fine to most voters.', []],
    // An object keeps its own prepositional phrase ("blamed him for ...").
    ['The senator blamed the governor for the delays.', [['The senator', 'blamed', 'the governor for the delays']]],
  ] as [string, [string | null, string, string][] | null][])('%s', (text, expected) => {
    const got = claimsOf(text).map(triple);
    if (expected) expect(got).toEqual(expected);
    else expect(got[0]![0]).toBe('the coach');
  });
});

describe('speakers named before they speak', () => {
  test('"she" after a person named in a later paragraph than the last speaker goes to that person', () => {
    const claims = claimsOf('Tom Baker said the port was ready.\n\nIn 2010, Maria Lopez moved to Ohio to work as a nurse. Now she says the hospital is short of staff.');
    expect(claims.map((c) => c.speaker.name)).toEqual(['Tom Baker', 'Maria Lopez']);
  });

  test('a surname alone mentions the person named in full before ("Corbyn, ... His refusal")', () => {
    const claims = claimsOf('Jeremy Corbyn spoke in Leeds. Tom Baker said the vote was close.\n\nCorbyn, a veteran socialist, is accused of dithering. His refusal to take a side was mocked.');
    expect(claims.map((c) => c.speaker.name)).toEqual(['Tom Baker', 'Jeremy Corbyn']);
  });

  test('the last speaker keeps "he" when no one else was named since', () => {
    const claims = claimsOf('Tom Baker said the port was ready.\n\nHe said the cranes were idle.');
    expect(claims.map((c) => c.speaker.name)).toEqual(['Tom Baker', 'Tom Baker']);
  });

  test.each([
    ['John Kirby, the national security spokesperson for the White House, said the talks were over. Later the spokesperson said they might resume.', 'John Kirby'],
    ['Ana Silva, the country’s president, said the vote was fair. The count was slow, the president said.', 'Ana Silva'],
  ])('a role noun goes to the named speaker whose role holds it: %s', (text, name) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => c.speaker.name)).toEqual([name, name]);
  });
});

describe('kinds from the role', () => {
  test.each([
    ['Kall -- co-editor of a book on the debates -- said the candidate liked surprises.', 'Kall', 'person'],
    ['Hester, a teacher at the school, said classes were full.', 'Hester', 'person'],
    ['Acme, a maker of rockets, said sales fell.', 'Acme', 'organization'],
  ])('a lone name with an appositive role: %s', (text, name, kind) => {
    const [c] = claimsOf(text);
    expect(c!.speaker).toMatchObject({ name, kind });
  });
});
