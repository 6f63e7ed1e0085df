import type { Article, Claim, Span } from '../model';
import { findOutletMentions } from '../outlets/outlets';
import { LEADING_FILLERS, RELAY_PARTICIPLES } from './lexicon';
import { findRawClaims, isDirect, type OutletAt, type PatternContext, type RawClaim } from './patterns';
import { pairQuotes, splitSentences, tokenize, type ParaRange, type Token } from './segment';
import { SpeakerResolver } from './speakers';

/** Longest first paragraph still taken for a headline when the input has no tags (plain text). */
const MAX_HEADLINE_CHARS = 240;

/** A claim with the engine's own annotations, for evaluation and debugging. */
export interface DetailedClaim extends Claim {
  /** Pattern family that found it ("preposed", "postposed", "according-to", ...). */
  family: string;
  /** Verb class of the cue ("statement", "attitude", "prep", "punct"...). */
  cls: string;
}

/** Options of {@link findClaimsDetailed}. */
export interface FindClaimsOptions {
  /** Keep attributions nested inside another claim's quotation (default true). */
  nested?: boolean;
}

/**
 * Finds every attributed claim in the article text: source, cue and content as spans,
 * with the speaker resolved. Pure function of the text and paragraphs; does not modify them.
 */
export function findClaims(article: Pick<Article, 'text' | 'paragraphs'>): Claim[] {
  return findClaimsDetailed(article).map(({ family: _f, cls: _c, ...claim }) => claim);
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

function tokenSpan(text: string, tokens: Token[], [a, b]: [number, number]): Span {
  return span(text, tokens[a]!.s, tokens[b - 1]!.e);
}

/**
 * {@link findClaims} with the pattern family and cue class of each claim. Claims come in
 * text order (by cue); nested claims are flagged `nested: true`.
 */
export function findClaimsDetailed(article: Pick<Article, 'text' | 'paragraphs'>, options: FindClaimsOptions = {}): DetailedClaim[] {
  const { text } = article;
  const paras: ParaRange[] = article.paragraphs.length
    ? article.paragraphs.map((p) => ({ start: p.start, end: p.end, tag: p.tag }))
    : [{ start: 0, end: text.length, tag: 'text' }];
  const tokens = tokenize(text, paras);
  if (!tokens.length) return [];
  const quotes = pairQuotes(text, tokens);
  const sentences = splitSentences(tokens);

  // Outlet mentions, placed on tokens (a leading "the" belongs to the mention).
  const outletAt = new Map<number, OutletAt>();
  const mentions = findOutletMentions(text);
  let ti = 0;
  for (const m of mentions) {
    while (ti < tokens.length && tokens[ti]!.e <= m.start) ti++;
    if (ti >= tokens.length) break;
    let b = ti;
    while (b < tokens.length && tokens[b]!.s < m.end) b++;
    const o: OutletAt = { a: ti, b, name: m.name };
    outletAt.set(ti, o);
    if (ti > 0 && tokens[ti - 1]!.lw === 'the') outletAt.set(ti - 1, { a: ti - 1, b, name: m.name });
  }

  // Headlines: tagged h1 (extraction), or a short first paragraph of plain text.
  let firstBodyPara = 0;
  while (firstBodyPara < paras.length && /^h[1-2]$/.test(paras[firstBodyPara]!.tag)) firstBodyPara++;
  if (firstBodyPara === 0 && paras[0] && paras[0].tag === 'text' && paras.length > 1 && paras[0].end - paras[0].start <= MAX_HEADLINE_CHARS) {
    firstBodyPara = 1;
  }

  const sentOf = new Int32Array(tokens.length);
  sentences.forEach((S, si) => sentOf.fill(si, S.ts, S.te));
  const ctx: PatternContext = { text, tokens, quotes, sentences, sentOf, outletAt, firstBodyPara };
  let raws = findRawClaims(ctx);

  // A paragraph repeating the one before it (a headline printed twice) adds nothing.
  const dupPara = new Set<number>();
  for (let p = 1; p < paras.length; p++) {
    const prev = paras[p - 1]!;
    const cur = paras[p]!;
    if (cur.end - cur.start === prev.end - prev.start && text.slice(cur.start, cur.end) === text.slice(prev.start, prev.end)) dupPara.add(p);
  }
  if (dupPara.size) raws = raws.filter((r) => !dupPara.has(sentences[r.sent]!.para));
  if (options.nested === false) raws = raws.filter((r) => !r.nested);

  const resolver = new SpeakerResolver({ text, tokens, outletAt });
  const claims: DetailedClaim[] = [];
  for (const r of raws) {
    const prevSubject = previousSubject(ctx, r);
    const speaker = resolver.resolve(r.src, tokens[r.cue[0]]!.s, prevSubject);
    const frags = r.content.map((c) => tokenSpan(text, tokens, c));
    const first = frags[0]!;
    const lastFrag = frags[frags.length - 1]!;
    const content: Span = span(text, first.start, lastFrag.end);
    if (frags.length > 1) content.fragments = frags;
    const claim: DetailedClaim = {
      source: r.src ? tokenSpan(text, tokens, r.src) : null,
      cue: tokenSpan(text, tokens, r.cue),
      content,
      speaker,
      via: r.via ?? relayedBy(ctx, r.src),
      direct: isDirect(ctx, r),
      family: r.family,
      cls: r.cls,
    };
    if (r.nested) claim.nested = true;
    claims.push(claim);
  }
  return claims;
}

/** The outlet a source came through when the source says so ("intelligence reports seen by Reuters"), else null. */
function relayedBy(ctx: PatternContext, src: [number, number] | null): string | null {
  if (!src) return null;
  const { tokens, outletAt } = ctx;
  for (let k = src[0]; k + 2 <= src[1]; k++) {
    if (RELAY_PARTICIPLES.has(tokens[k]!.lw) && tokens[k + 1]!.lw === 'by' && outletAt.has(k + 2)) return outletAt.get(k + 2)!.name;
  }
  return null;
}

/** A person named at the start of the sentence before the claim's (a pronoun's likeliest antecedent). */
function previousSubject(ctx: PatternContext, r: RawClaim): [number, number] | null {
  const { tokens, sentences } = ctx;
  const prev = sentences[r.sent - 1];
  if (!prev || !r.src || r.src[1] - r.src[0] !== 1) return null;
  let a = prev.ts;
  while (a < prev.te && (tokens[a]!.t !== 'w' || LEADING_FILLERS.has(tokens[a]!.lw))) a++;
  // A name opening the sentence: capitalised words, "Mr." included, not "With Mr".
  let b = a;
  while (b < prev.te && b - a < 5 && ((tokens[b]!.cap && tokens[b]!.t === 'w') || (tokens[b]!.w === '.' && b > a))) b++;
  while (b > a && tokens[b - 1]!.t !== 'w') b--;
  if (b - a < 2 || tokens[b - 1]!.w.length < 2) return null;
  return [a, b];
}
