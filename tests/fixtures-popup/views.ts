/**
 * The popup's fixture views. The seed, no-claims and not-article views are produced by
 * the real pipeline (`generate.ts`); the rest are the states that carry no analysis, and
 * two views built from claim specifications over the real seed text:
 * - `attributedSeedView()`: the attributions of ../shared/seeds/EXPECTED.md, placed by
 *   searching their words in the text and summarised by the core's own `summarizeClaims`,
 *   so the popup can be exercised in full whatever state the attribution engine is in;
 * - `hostileView()`: the same with hostile strings as names, roles, links and text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleFromText, summarizeClaims, type Claim, type PageAnalysis, type Speaker, type Span } from '../../src/core/index';
import type { PopupView } from '../../src/messages';

const here = path.dirname(fileURLToPath(import.meta.url));

function load(name: string): PopupView {
  return JSON.parse(readFileSync(path.join(here, name), 'utf8')) as PopupView;
}

/** The seed page analysed by the real pipeline (seeds/seed.html). */
export const seedPageView = (): PopupView => load('seed-page.json');
/** The seed text analysed by the real pipeline. */
export const seedTextView = (): PopupView => load('seed-text.json');
/** An article in which nobody is quoted. */
export const noClaimsView = (): PopupView => load('no-claims.json');
/** A real non-article page, as detection judged it. */
export const notArticleView = (): PopupView => load('not-article.json');
/** The page is still being analysed. */
export const analysingView = (): PopupView => ({ status: 'analysing' });
/** A page extensions cannot run on (the extension store). */
export const unreachableView = (): PopupView => ({ status: 'unreachable', url: 'https://chromewebstore.google.com/category/extensions' });
/** A site the reader listed under "never run on" in the settings. */
export const blockedView = (): PopupView => ({ status: 'blocked', host: 'news.example.org' });
/** A page longer than the analysis budget. */
export const tooLargeView = (): PopupView => ({ status: 'too-large', chars: 2_400_000 });
/** The page did not answer. */
export const errorView = (): PopupView => ({ status: 'error', message: 'The page did not answer. Reload it and try again.' });

/** One claim to place in a text: the words of its source, cue and content. */
export interface ClaimSpec {
  source: string | null;
  cue: string;
  content: string;
  speaker: Speaker;
  via?: string | null;
  direct?: boolean;
  nested?: boolean;
}

function spanAt(start: number, text: string): Span {
  return { start, end: start + text.length, text };
}

/** The occurrence of `needle` in `text[lo, hi)` closest to `pos`. */
function nearest(text: string, needle: string, lo: number, hi: number, pos: number): Span {
  let best = -1;
  for (let i = text.indexOf(needle, lo); i !== -1 && i + needle.length <= hi; i = text.indexOf(needle, i + 1)) {
    if (best < 0 || Math.abs(i - pos) < Math.abs(best - pos)) best = i;
  }
  if (best < 0) throw new Error(`not in the paragraph: ${needle}`);
  return spanAt(best, needle);
}

/**
 * Builds a whole analysis from a text and claim specs: each content is found (its first
 * occurrence, in order), then its cue and source as the occurrences nearest to it in the
 * same paragraph; speakers and the source mix come from the core's `summarizeClaims`;
 * `extra` overrides the rest (outlets, original reporter).
 */
export function buildAnalysis(text: string, url: string, specs: ClaimSpec[], extra: Partial<PageAnalysis> = {}): PageAnalysis {
  const article = { ...articleFromText(text), ...(extra.article ?? {}) };
  const claims: Claim[] = specs.map((s) => {
    const at = text.indexOf(s.content);
    if (at < 0) throw new Error(`not in the text: ${s.content}`);
    const content = spanAt(at, s.content);
    const lo = text.lastIndexOf('\n', at) + 1;
    const nl = text.indexOf('\n', content.end);
    const hi = nl < 0 ? text.length : nl;
    const cue = nearest(text, s.cue, lo, hi, at);
    const source = s.source ? nearest(text, s.source, lo, hi, cue.start) : null;
    return { source, cue, content, speaker: s.speaker, via: s.via ?? null, direct: s.direct ?? false, ...(s.nested ? { nested: true } : {}) };
  });
  const summary = summarizeClaims(article, claims);
  return {
    url,
    detection: { verdict: 'article', score: 0.92, signals: ['jsonld:BlogPosting', 'og:type=article', 'byline', 'paragraphs:14'] },
    article,
    claims,
    ...summary,
    timings: { detectMs: 1.2, extractMs: 4.8, attributeMs: 6.1, totalMs: 12.1 },
    ...extra,
  };
}

const SEED_TEXT = readFileSync(path.resolve(here, '../../../shared/seeds/000_6dbcb90c4370552a.txt'), 'utf8');
const SEED_URL = 'https://www.mamosnigeria.com/2023/07/us-biden-didnt-approve-secret-us-russia.html';

const nbc: Speaker = { name: 'NBC News', kind: 'outlet', role: null };
const spokesperson: Speaker = { name: 'State Department spokesperson', kind: 'anonymous', role: 'spokesperson for the State Department' };
const diplomats: Speaker = { name: 'former diplomats', kind: 'anonymous', role: null };
const kirby: Speaker = { name: 'John Kirby', kind: 'person', role: 'national security spokesperson for the White House' };

/** The attributions of EXPECTED.md over the seed text (see the module comment). */
export const SEED_SPECS: ClaimSpec[] = [
  { source: 'White House', cue: 'says', content: 'Biden didn’t approve secret US-Russia talks over Ukraine war', speaker: { name: 'White House', kind: 'organization', role: null } },
  { source: 'statements made by the White House and the state department', cue: 'According to', content: 'President Joe Biden’s administration did not authorize or support secret meetings', speaker: { name: 'White House and State Department', kind: 'organization', role: null } },
  { source: 'NBC News', cue: 'According to', content: 'the former US officials and two former White House aides met Lavrov in April in New York', speaker: nbc },
  { source: 'NBC News', cue: 'According to', content: 'it was not clear how frequently the group', speaker: nbc },
  { source: 'It', cue: 'stated', content: 'at least one unidentified member of the group traveled to Russia', speaker: nbc },
  { source: 'a spokesperson for the state department', cue: 'stated', content: '“The Biden administration did not sanction those discussions.”', speaker: spokesperson, direct: true },
  { source: 'He', cue: 'stated', content: 'the government would continue to provide Kyiv with weapons', speaker: spokesperson },
  { source: 'former diplomats', cue: 'According to', content: 'the United States did employ former diplomats for backchannel discussions', speaker: diplomats },
  { source: 'they', cue: 'added', content: 'Lavrov would be profoundly improbable to meet resigned US authorities', speaker: diplomats },
  { source: 'A former official from the West', cue: 'stated', content: 'they were aware of the talks but did not know where they stood', speaker: { name: 'former Western official', kind: 'anonymous', role: null } },
  { source: 'Six people briefed on the discussions', cue: 'told NBC News', content: 'they were meant to lay the groundwork for possible talks on ending the war', speaker: { name: 'six people briefed on the discussions', kind: 'anonymous', role: null }, via: 'NBC News' },
  { source: 'two sources', cue: 'According to', content: 'those who met Lavrov briefed the White House afterward', speaker: { name: 'two sources', kind: 'anonymous', role: null } },
  { source: 'John Kirby, the national security spokesperson for the White House', cue: 'disclosed to CBS News', content: 'the administration was aware of the informal discussions', speaker: kirby, via: 'CBS News' },
  { source: 'he', cue: 'proceeded', content: '“Yet, I need to clarify that these conversations were not energized or caused by us and we were not supporting them in any dynamic manner,”', speaker: kirby, direct: true },
  { source: 'the president', cue: 'has stated', content: 'Nothing about Ukraine is complete without Ukraine', speaker: { name: 'Joe Biden', kind: 'person', role: 'President' }, direct: true, nested: true },
];

/** The seed with the attributions a careful reader finds (EXPECTED.md), for UI tests and previews. */
export function attributedSeedView(): PopupView {
  const analysis = buildAnalysis(SEED_TEXT, SEED_URL, SEED_SPECS, {
    outlets: [
      { name: 'NBC News', mentions: 4, asRecipient: 1, link: 'https://www.nbcnews.com/politics/national-security/former-us-officials-secret-talks-russia-lavrov' },
      { name: 'CBS News', mentions: 1, asRecipient: 1, link: null },
    ],
    originalReporter: {
      name: 'NBC News',
      evidence: 'According to NBC News, the former US officials and two former White House aides met Lavrov in April in New York.',
      link: 'https://www.nbcnews.com/politics/national-security/former-us-officials-secret-talks-russia-lavrov',
    },
  });
  analysis.article = {
    ...analysis.article,
    title: 'US: Biden didn’t approve secret US-Russia talks over Ukraine war, White House says',
    byline: ['Ahmad Hadizat Omayoza'],
    publisher: 'Mamos Nigeria',
    published: '2023-07-07T19:12:00+01:00',
    language: 'en',
  };
  return { status: 'ready', analysis, badgesVisible: true };
}

/** Hostile strings a page could carry into the popup. */
export const HOSTILE = {
  markup: '<img src=x onerror="document.title=\'pwned\'">',
  script: '<script>document.title="pwned"</script>',
  jsUrl: 'javascript:document.title="pwned"',
  dataUrl: 'data:text/html,<script>alert(1)</script>',
} as const;

/** The seed view with hostile names, roles, link targets and texts everywhere page text goes. */
export function hostileView(): PopupView {
  const view = attributedSeedView();
  if (view.status !== 'ready') throw new Error('unreachable');
  const a = view.analysis;
  a.article.title = `${HOSTILE.markup} headline`;
  a.article.publisher = HOSTILE.script;
  a.article.byline = [HOSTILE.markup];
  a.originalReporter = { name: `${HOSTILE.markup}`, evidence: HOSTILE.script, link: HOSTILE.jsUrl };
  a.outlets = [
    { name: HOSTILE.markup, mentions: 2, asRecipient: 0, link: HOSTILE.jsUrl },
    { name: 'Data Outlet', mentions: 1, asRecipient: 0, link: HOSTILE.dataUrl },
  ];
  a.speakers = a.speakers.map((s, i) => (i === 0 ? { ...s, name: HOSTILE.markup, role: HOSTILE.script, via: [HOSTILE.jsUrl] } : s));
  const first = a.claims[0]!;
  a.claims[0] = { ...first, content: { ...first.content, text: `${HOSTILE.markup} ${HOSTILE.jsUrl}` } };
  a.detection = { ...a.detection, signals: [HOSTILE.markup] };
  return view;
}
