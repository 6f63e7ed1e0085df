/**
 * The original reporter: the outlet the article credits with first reporting its central
 * news. Each outlet collects evidence (provenance signals, wire credits, citing mentions,
 * claims made by it or given to it), weighted by how strongly it speaks of origin and by
 * whether it sits in the lede; the best outlet wins if it clears a threshold and leads
 * clearly. The publisher is never its own original reporter: when no other outlet
 * qualifies, the publisher's own reporting is taken as the origin (null).
 */
import type { Article, Claim, OriginalReporter, ProvenanceKind } from '../model';
import type { CitationCue } from '../outlets/citation-cues';
import { canonicalOutletName, lookupOutlet } from '../outlets/outlets';
import { isOutletReference, mentionsFrom, type CitedMention } from './outlet-citations';
import { sentenceAt } from './sentences';
import { isFirstHand } from './source-mix';
import type { WireCredit } from './wire';

/** Weight of a citing mention by its cue: "first reported by" is decisive, "told X" barely counts. */
export const CUE_WEIGHT: Readonly<Record<CitationCue, number>> = {
  'first-report': 12,
  report: 3,
  according: 2,
  statement: 2,
  credit: 3,
  told: 1,
  interview: 1,
};
/** Weight of a claim whose speaker is the outlet but whose source is not a name (a pronoun: "It stated"). */
const OUTLET_CLAIM_WEIGHT = 2;
/** Provenance that states the origin outright (the page says it is another outlet's story). */
const STRONG_PROVENANCE: ReadonlySet<ProvenanceKind> = new Set([
  'jsonld-isBasedOn', 'meta-original-source', 'meta-syndication-source', 'canonical-other-domain', 'originally-appeared', 'wire-byline',
]);
/** Weight of such provenance. */
const STRONG_PROVENANCE_WEIGHT = 12;
/** Weight of other provenance naming another outlet (a wire credit, a JSON-LD organisation). */
const OTHER_PROVENANCE_WEIGHT = 5;
/** Weights of wire credits found in the text, by kind: a dateline or byline makes it the wire's story. */
const WIRE_WEIGHT: Readonly<Record<WireCredit['kind'], number>> = {
  provenance: 8,
  byline: 10,
  dateline: 10,
  'credit-line': 6,
  contributed: 1,
};
/** An outlet given at least this many of the article's statements is where the reporting came from. */
const RECIPIENT_MIN_STATEMENTS = 3;
/** ...or the speakers who gave it statements make at least this share of the attributed claims. */
const RECIPIENT_SHARE = 0.4;
/** Weight of that evidence. */
const RECIPIENT_WEIGHT = 4;
/**
 * Evidence in the lede counts more, the earlier the more: the lede carries the central
 * news, and its first credit is usually the one for that news. Factors for the first,
 * second and third prose paragraphs.
 */
const LEDE_FACTORS = [2, 1.5, 1.25] as const;
/** The lede: this many opening paragraphs of real prose. */
const LEDE_PARAGRAPHS = LEDE_FACTORS.length;
/**
 * A credit for earlier, background reporting ("This comes a week after Bloomberg reported",
 * "as X previously reported") is not the credit for this story's news: its weight is scaled.
 */
const BACKGROUND_FACTOR = 0.4;
const BACKGROUND = /\b(?:comes?|came|coming)\b[^.]{0,40}\b(?:after|since|following)\s+(?:the\s+)?$|\b(?:follows?|followed|following|after|since)\s+(?:a|an|the)?\s*(?:\w+\s+)?(?:report|story|article)s?\s+(?:by|in|from)\s+(?:the\s+)?$|\b(?:previously|earlier|had|last\s+\w+)\s+(?:reported|revealed)\s+(?:by|in)\s+(?:the\s+)?$|\b(?:after|since|following)\s+(?:the\s+)?$/i;
/** "after CNBC reported" is matched by the last branch of {@link BACKGROUND} together with a report verb after the name. */
const BACKGROUND_AFTER = /^(?:['’]s?)?\s+(?:had\s+)?(?:previously|earlier|once)\s+(?:reported|revealed)/i;
/** A paragraph shorter than this is a label or caption, not lede prose. */
const LEDE_MIN_CHARS = 40;

/** A paragraph of running prose: not a heading, long enough, ending as a sentence ends (headlines, bylines and date lines do not). */
function isProse(text: string, p: Article['paragraphs'][number]): boolean {
  if (/^h[1-6]$/.test(p.tag) || p.end - p.start < LEDE_MIN_CHARS) return false;
  return /[.!?…]["”’')\]]*$/.test(text.slice(p.start, p.end).trimEnd());
}
/** An outlet needs this much weighted evidence to be named the original reporter. */
const MIN_ORIGIN_SCORE = 4;
/** Without a decisive credit, the best outlet must lead the next by this factor (else the page is a round-up). */
const LEAD_RATIO = 1.5;
/** Evidence at or above this weight is decisive on its own. */
const DECISIVE_WEIGHT = 10;

interface Evidence {
  weight: number;
  text: string;
  pos: number;
  link: string | null;
  /** Counts toward the lede requirement: a credit of the news, not a statement given to the outlet. */
  credits: boolean;
}

/** A provenance value that can be an outlet's name: known, or capitalised words ("at 2" is not). */
function isPlausibleOutletName(name: string): boolean {
  return lookupOutlet(name) !== null || /^(?:[Tt]he\s+)?[\p{Lu}\p{N}][\p{L}\p{N}.&'’ -]{1,60}$/u.test(name.trim()) && /\p{L}{2}/u.test(name);
}

/** The inputs {@link findOriginalReporter} weighs. */
export interface OriginInputs {
  article: Article;
  claims: Claim[];
  cited: CitedMention[];
  wires: WireCredit[];
  isPublisher: (name: string) => boolean;
}

/** The weight factor of a position: by lede paragraph, 1 after the lede. */
function positionFactor(article: Article): (pos: number) => number {
  const prose = article.paragraphs.filter((p) => isProse(article.text, p)).slice(0, LEDE_PARAGRAPHS);
  return (pos) => {
    const i = prose.findIndex((p) => pos < p.end);
    return i >= 0 ? LEDE_FACTORS[i]! : 1;
  };
}

/**
 * The outlet the article credits with first reporting its news, with the sentence (or
 * provenance value) that shows it; null when the publisher's own reporting is the origin.
 */
export function findOriginalReporter({ article, claims, cited, wires, isPublisher }: OriginInputs): OriginalReporter | null {
  const { text } = article;
  const factor = positionFactor(article);
  const evidence = new Map<string, Evidence[]>();
  const add = (name: string | null, ev: Evidence): void => {
    if (!name || isPublisher(name)) return;
    const key = canonicalOutletName(name);
    if (isPublisher(key)) return;
    let list = evidence.get(key);
    if (!list) evidence.set(key, (list = []));
    list.push(ev);
  };
  // The page declares the publisher's own outlet as the story's origin ("originally appeared on VICE US").
  // A canonical URL on the publisher's own site says only where the page lives (a mirror, an AMP cache, a test server).
  if (article.provenance.some((p) => p.outlet && p.kind !== 'canonical-other-domain' && STRONG_PROVENANCE.has(p.kind) && isPublisher(canonicalOutletName(p.outlet)))) return null;
  for (const p of article.provenance) {
    if (!p.outlet || p.kind === 'wire-credit' || p.kind === 'wire-byline') continue; // weighed through `wires`
    if (!isPlausibleOutletName(p.outlet)) continue;
    const weight = STRONG_PROVENANCE.has(p.kind) ? STRONG_PROVENANCE_WEIGHT : OTHER_PROVENANCE_WEIGHT;
    add(p.outlet, { weight, text: p.evidence, pos: -1, link: p.url, credits: true });
  }
  for (const w of wires) add(w.name, { weight: WIRE_WEIGHT[w.kind], text: w.evidence, pos: -1, link: w.url, credits: w.kind !== 'contributed' });
  for (const m of cited) {
    if (!m.cue) continue;
    const f = factor(m.start);
    const inLede = f > 1;
    const lead = text.slice(Math.max(m.sentence.start, m.start - 80), m.start);
    const trail = text.slice(m.end, m.end + 40);
    const afterReport = /\b(?:after|since|following)\s+(?:the\s+)?$/i.test(lead) && /^(?:['’]s?)?\s+(?:had\s+|has\s+)?(?:reported|revealed|published|broke)/i.test(trail);
    const background = afterReport || (BACKGROUND.test(lead) && !/\b(?:after|since|following)\s+(?:the\s+)?$/i.test(lead)) || BACKGROUND_AFTER.test(trail);
    const weight = CUE_WEIGHT[m.cue] * f * (background ? BACKGROUND_FACTOR : 1);
    const credits = m.cue !== 'told' && m.cue !== 'interview';
    add(m.name, { weight, text: text.slice(m.sentence.start, m.sentence.end).trim(), pos: m.start, link: m.link, credits: credits && inLede && !background });
  }
  for (const c of claims) {
    if (c.speaker.kind !== 'outlet') continue;
    const src = c.source;
    const named = src && mentionsFrom(cited, src.start).some((m) => m.cue && m.start < src.end && m.end > src.start);
    if (named) continue; // already counted as a mention
    if (!isOutletReference(c.source?.text ?? '')) continue; // "the nation learned": not an outlet written so
    const f = factor(c.cue.start);
    const inLede = f > 1;
    add(c.speaker.name, { weight: OUTLET_CLAIM_WEIGHT * f, text: sentenceAt(text, c.cue.start), pos: c.cue.start, link: null, credits: inLede });
    // Statements given to an outlet are weighed through the "told X" mention itself.
  }
  // An article whose statements were mostly given to one other outlet relays that outlet's
  // reporting: count the statements given to it, and all claims of the speakers who gave them.
  const attributed = claims.filter((c) => c.speaker.kind !== 'outlet' && !c.nested).length;
  const speakerKey = (c: Claim): string => c.speaker.name.toLowerCase();
  const recipients = new Map<string, { given: Claim[]; speakers: Set<string> }>();
  for (const c of claims) {
    if (!c.via) continue;
    const key = lookupOutlet(c.via)?.name ?? c.via;
    let r = recipients.get(key);
    if (!r) recipients.set(key, (r = { given: [], speakers: new Set() }));
    r.given.push(c);
    r.speakers.add(speakerKey(c));
  }
  const hasOwnReporting = claims.some((c) => isFirstHand(text, c, isPublisher));
  // Claims per speaker, once: the loop below is then linear in outlets plus claims.
  const bySpeaker = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.nested) continue;
    const list = bySpeaker.get(speakerKey(c));
    if (list) list.push(c);
    else bySpeaker.set(speakerKey(c), [c]);
  }
  for (const [name, r] of recipients) {
    const relayedClaims = [...r.speakers].flatMap((k) => bySpeaker.get(k) ?? []);
    const relayed = relayedClaims.length;
    // The relayed voice must carry the lede: a statement given to another outlet further down is a quote, not the story.
    // Either it makes a large share of the claims, or it is the voice of the opening paragraph itself.
    const inLede = relayedClaims.some((c) => factor(c.cue.start) > 1);
    const opensStory = relayedClaims.some((c) => factor(c.cue.start) === LEDE_FACTORS[0]);
    // Only on a page with no reporting of its own: a newsmaker quoted by the publisher who also gave
    // one interview elsewhere is the publisher's story.
    const dominant =
      r.given.length >= RECIPIENT_MIN_STATEMENTS ||
      (!hasOwnReporting && relayed >= RECIPIENT_MIN_STATEMENTS && ((inLede && relayed >= attributed * RECIPIENT_SHARE) || opensStory));
    if (!dominant) continue;
    const first = r.given[0]!;
    add(name, { weight: RECIPIENT_WEIGHT, text: sentenceAt(text, first.cue.start), pos: first.cue.start, link: null, credits: true });
  }
  const ranked = [...evidence.entries()]
    .map(([name, list]) => ({ name, list, score: list.reduce((s, e) => s + e.weight, 0) }))
    .sort((a, b) => b.score - a.score || firstPos(a.list) - firstPos(b.list));
  const best = ranked[0];
  if (!best) return null;
  const decisive = best.list.some((e) => e.weight >= DECISIVE_WEIGHT);
  if (!decisive) {
    if (best.score < MIN_ORIGIN_SCORE) return null;
    if (!best.list.some((e) => e.credits)) return null;
    const second = ranked[1];
    if (second && best.score < second.score * LEAD_RATIO) return null;
  }
  const shown = [...best.list].sort((a, b) => b.weight - a.weight || a.pos - b.pos)[0]!;
  return { name: best.name, evidence: shown.text, link: shown.link ?? best.list.find((e) => e.link)?.link ?? null };
}

function firstPos(list: Evidence[]): number {
  return Math.min(...list.map((e) => (e.pos < 0 ? Number.MAX_SAFE_INTEGER : e.pos)));
}
