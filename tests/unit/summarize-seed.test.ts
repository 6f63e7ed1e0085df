/**
 * The seed page through the whole pipeline, checked against "What the popup must say for
 * this page" in ../shared/seeds/EXPECTED.md. Claim-derived figures depend on the
 * attribution engine; the summary's own logic is tested apart in summarize.test.ts.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { analyzePage, type PageAnalysis } from '../../src/core/index';

const SEED_URL = 'https://www.mamosnigeria.com/2023/07/us-biden-didnt-approve-secret-us-russia.html';

function analyseSeed(): PageAnalysis {
  const html = readFileSync(new URL('../../seeds/seed.html', import.meta.url), 'utf8');
  const { document } = parseHTML(html);
  const result = analyzePage(document as unknown as Document, SEED_URL, { force: true });
  if (!result.ok) throw new Error('forced analysis returned no result');
  return result.analysis;
}

describe('the seed page, as the popup shows it (EXPECTED.md)', () => {
  const a = analyseSeed();

  test('published by Mamos Nigeria; byline Ahmad Hadizat Omayoza', () => {
    expect(a.article.publisher).toBe('Mamos Nigeria');
    expect(a.article.byline).toEqual(['Ahmad Hadizat Omayoza']);
  });

  test('originally reported by NBC News, with the sentence that shows it; not CBS News', () => {
    expect(a.originalReporter?.name).toBe('NBC News');
    expect(a.originalReporter?.evidence).toMatch(/According to NBC News/);
  });

  test('also cited: CBS News, which got the Kirby statement', () => {
    const names = a.outlets.map((o) => o.name);
    expect(names).toContain('CBS News');
    expect(names).not.toContain('Mamos Nigeria');
    expect(a.outlets.find((o) => o.name === 'CBS News')?.asRecipient).toBe(1);
    expect(a.wire).toBeNull();
  });

  test('who said what: NBC News credited four times, Kirby twice via CBS News, six people via NBC News', () => {
    const nbc = a.speakers.find((s) => s.name === 'NBC News');
    const nbcOutlet = a.outlets.find((o) => o.name === 'NBC News');
    expect(nbc?.claims).toBe(3);
    expect((nbc?.claims ?? 0) + (nbcOutlet?.asRecipient ?? 0)).toBe(4);
    const kirby = a.speakers.find((s) => s.name === 'John Kirby');
    expect(kirby).toMatchObject({ kind: 'person', claims: 2, via: ['CBS News'] });
    const biden = a.speakers.find((s) => s.name === 'Joe Biden');
    expect(biden).toMatchObject({ kind: 'person', claims: 1 });
    const six = a.speakers.find((s) => /six people briefed on the discussions/i.test(s.name));
    expect(six).toMatchObject({ kind: 'anonymous', claims: 1, via: ['NBC News'] });
  });

  test('who said what: every group EXPECTED.md lists, with its number of claims', () => {
    const groups: [RegExp, number][] = [
      [/^NBC News$/, 3], // plus the statement given to it: "NBC News (4)"
      [/White House/i, 2],
      [/spokesperson for the state department/i, 2],
      [/^(?:the )?former diplomats$/i, 2],
      [/^John Kirby$/, 2],
      [/former official from the West/i, 1],
      [/six people briefed on the discussions/i, 1],
      [/^(?:the )?two sources$/i, 1],
      [/^Joe Biden$/, 1],
    ];
    for (const [name, claims] of groups) {
      const found = a.speakers.filter((s) => name.test(s.name));
      expect(found.map((s) => s.claims), String(name)).toEqual([claims]);
    }
    expect(a.speakers).toHaveLength(groups.length);
  });

  test('source mix: named people 2, organisations 2, outlets 2, anonymous 5 groups with 7 claims, none first-hand', () => {
    expect(a.sourceMix).toMatchObject({
      namedPeople: 2,
      organizations: 2,
      outlets: 2,
      anonymousGroups: 5,
      anonymousClaims: 7,
      firstHandClaims: 0,
      totalClaims: 15,
    });
  });
});
