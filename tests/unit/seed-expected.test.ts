/**
 * The seed article comes out as `../shared/seeds/EXPECTED.md` says, row by row.
 *
 * Choice for row 1 ("statements made by the White House and the state department"): one
 * speaker, the White House, the first organisation named; a document "made by" someone is
 * resolved to its maker. Rows 0 and 1 are therefore the same speaker, as the popup section
 * of EXPECTED.md groups them ("the White House / State Department (2)").
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../src/core/pipeline';
import type { Claim } from '../../src/core/model';

const seedPath = resolve(__dirname, '../../../shared/seeds/000_6dbcb90c4370552a.txt');
const text = readFileSync(seedPath, 'utf8');
const analysis = analyzeText(text);
const claims = analysis.claims;

interface Row {
  row: number;
  /** The source as written (null: none). */
  source: string;
  /** A piece of the content that picks the row's claim. */
  content: string;
  name: string | RegExp;
  kind: Claim['speaker']['kind'];
  via: string | null;
  cue: RegExp;
  direct: boolean;
  nested?: boolean;
}

const SPOKESPERSON = /spokesperson for the state department/i;
const rows: Row[] = [
  { row: 0, source: 'White House', content: 'Biden didn’t approve secret US-Russia talks', name: 'White House', kind: 'organization', via: null, cue: /^says$/, direct: false },
  { row: 1, source: 'statements made by the White House and the state department', content: 'did not authorize or support secret meetings', name: 'White House', kind: 'organization', via: null, cue: /^According to$/, direct: false },
  { row: 2, source: 'NBC News', content: 'met Lavrov in April in New York', name: 'NBC News', kind: 'outlet', via: null, cue: /^According to$/, direct: false },
  { row: 3, source: 'NBC News', content: 'it was not clear how frequently the group', name: 'NBC News', kind: 'outlet', via: null, cue: /^According to$/, direct: false },
  { row: 4, source: 'It', content: 'at least one unidentified member of the group traveled to Russia', name: 'NBC News', kind: 'outlet', via: null, cue: /^stated$/, direct: false },
  { row: 5, source: 'a spokesperson for the state department', content: 'The Biden administration did not sanction those discussions', name: SPOKESPERSON, kind: 'anonymous', via: null, cue: /^stated$/, direct: true },
  { row: 6, source: 'He', content: 'would continue to provide Kyiv with weapons', name: SPOKESPERSON, kind: 'anonymous', via: null, cue: /^stated$/, direct: false },
  { row: 7, source: 'former diplomats', content: 'did employ former diplomats for backchannel discussions', name: 'former diplomats', kind: 'anonymous', via: null, cue: /^According to$/, direct: false },
  { row: 8, source: 'they', content: 'Lavrov would be profoundly improbable to meet', name: 'former diplomats', kind: 'anonymous', via: null, cue: /^added$/, direct: false },
  { row: 9, source: 'A former official from the West', content: 'they were aware of the talks', name: /former official from the West/, kind: 'anonymous', via: null, cue: /^stated$/, direct: false },
  { row: 10, source: 'Six people briefed on the discussions', content: 'lay the groundwork for possible talks', name: /Six people briefed on the discussions/i, kind: 'anonymous', via: 'NBC News', cue: /^told$/, direct: false },
  { row: 11, source: 'two sources', content: 'those who met Lavrov briefed the White House afterward', name: 'two sources', kind: 'anonymous', via: null, cue: /^According to$/, direct: false },
  { row: 12, source: 'John Kirby, the national security spokesperson for the White House,', content: 'the administration was aware of the informal discussions', name: 'John Kirby', kind: 'person', via: 'CBS News', cue: /\bdisclosed$/, direct: false },
  { row: 13, source: 'he', content: 'these conversations were not energized or caused by us', name: 'John Kirby', kind: 'person', via: null, cue: /^proceeded$/, direct: true },
  { row: 14, source: 'the president', content: 'Nothing about Ukraine is complete without Ukraine', name: 'Joe Biden', kind: 'person', via: null, cue: /^has stated$/, direct: true, nested: true },
];

/** The claim of a row: its source as written and a piece of its content. */
function claimFor(r: Row): Claim | undefined {
  return claims.find((c) => (c.source?.text ?? null) === r.source && c.content.text.includes(r.content));
}

describe('seed article (EXPECTED.md)', () => {
  test('finds exactly the fifteen attributions of the table', () => {
    expect(claims).toHaveLength(rows.length);
    for (const r of rows) expect(claimFor(r), `row ${r.row}`).toBeDefined();
  });

  test.each(rows)('row $row: $source', (r) => {
    const c = claimFor(r)!;
    expect(c).toBeDefined();
    if (typeof r.name === 'string') expect(c.speaker.name).toBe(r.name);
    else expect(c.speaker.name).toMatch(r.name);
    expect(c.speaker.kind).toBe(r.kind);
    expect(c.via).toBe(r.via);
    expect(c.cue.text).toMatch(r.cue);
    expect(c.direct).toBe(r.direct);
    expect(c.nested ?? false).toBe(r.nested ?? false);
    // Spans index the text.
    for (const s of [c.source, c.cue, c.content]) if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test('the spokesperson and "He" are one speaker; so are Kirby and "he"', () => {
    expect(claimFor(rows[6]!)!.speaker.name).toBe(claimFor(rows[5]!)!.speaker.name);
    expect(claimFor(rows[13]!)!.speaker.role).toBe('national security spokesperson for the White House');
    expect(claimFor(rows[12]!)!.speaker.role).toBe('national security spokesperson for the White House');
  });

  test('row 5 keeps the quotation that runs on after its first closing mark as a second fragment', () => {
    const c = claimFor(rows[5]!)!;
    expect(c.content.fragments?.length).toBe(2);
    expect(c.content.fragments![1]!.text).toContain('nothing about Ukraine is complete without Ukraine');
  });

  test('row 13 is one attribution over both quotations of Kirby', () => {
    const c = claimFor(rows[13]!)!;
    expect(c.content.fragments?.length).toBe(2);
    expect(c.content.fragments![1]!.text).toContain('Nothing about Ukraine is complete without Ukraine');
  });

  test('not an attribution: the byline', () => {
    const at = text.indexOf('By Ahmad Hadizat Omayoza');
    expect(claims.some((c) => c.cue.start >= at && c.cue.start < at + 40)).toBe(false);
    expect(claims.some((c) => /Omayoza|Mamos/.test(c.speaker.name))).toBe(false);
  });

  test('not an attribution: "The representative was alluding to ..." (the author\'s gloss)', () => {
    const at = text.indexOf('The representative was alluding');
    const end = text.indexOf('\n', at);
    expect(claims.some((c) => c.cue.start >= at && c.cue.start < end)).toBe(false);
  });

  test('not an attribution: "Richard Haass ... was also present" (a fact)', () => {
    expect(claims.some((c) => /Haass/.test(c.speaker.name) || /Haass/.test(c.source?.text ?? ''))).toBe(false);
  });
});
