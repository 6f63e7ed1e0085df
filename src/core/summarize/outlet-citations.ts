/**
 * Which outlet mentions are citations (the outlet as a source of information), with the
 * claims that back them, the statements given to each outlet and the article's own links.
 */
import type { Article, ArticleLink, Claim, OutletCitation } from '../model';
import { classifyCitation, isRecipientCue, type CitationCue } from '../outlets/citation-cues';
import { findOutletMentions, isSameOutlet, lookupOutlet, outletForHost, type OutletMention } from '../outlets/outlets';
import { sentenceBounds } from './sentences';

/** An outlet mention with how it is cited (null: not a citation, e.g. the subject of the news). */
export interface CitedMention extends OutletMention {
  cue: CitationCue | null;
  /** The sentence the mention is in, as offsets into the article text. */
  sentence: { start: number; end: number };
  /** The article's hyperlink on or next to the mention, if any. */
  link: string | null;
}

/** Longest link text considered when searching links by position (a link may start before the sentence). */
const MAX_LINK_CHARS = 500;
/** How far from a mention, inside its sentence, a link still counts as "next to" it. */
const LINK_NEAR_CHARS = 60;
/** Words between two outlet names that make them one coordinated citation ("CNN and the BBC reported"). */
const COORDINATION = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|as well as\s+|&\s+)(?:the\s+)?$/i;

/** Marks a "told X" spot already matched to a claim (spots stay sorted, so they are not removed). */
const USED = -1;

/** How many mentions past a position {@link mentionsFrom} looks at: claims are local. */
const LOCAL_MENTIONS = 4;

/** The few mentions (sorted by start) that end after `pos`: a binary search, so claims × mentions stays linear. */
export function mentionsFrom<T extends { start: number; end: number }>(sorted: T[], pos: number): T[] {
  const lo = firstEndingAfter(sorted, pos);
  return lo >= sorted.length ? [] : sorted.slice(lo, lo + LOCAL_MENTIONS);
}

/** Index of the first item (sorted by start, disjoint) whose end is after `pos`. */
function firstEndingAfter(sorted: { end: number }[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Sources that can stand for an outlet: a masthead as written, pronouns and generic outlet
 * nouns ("It stated", "the newspaper reported"). An outlet claim whose source is other lower-case
 * text is doubtful (a common word that is also a masthead) and is not weighed.
 */
export function isOutletReference(source: string): boolean {
  if (/\p{Lu}/u.test(source) && lookupOutlet(source.trim()) !== null) return true; // a masthead as written ("The Hill")
  return /^(?:it|they|its|their)$/i.test(source.trim()) ||
    /^(?:the|this|that)\s+(?:network|newspaper|paper|outlet|agency|news agency|wire service|broadcaster|magazine|site|website|channel|station|publication|tabloid|daily|weekly)$/i.test(source.trim());
}

/** Generic nouns that stand for an outlet named earlier ("told the outlet", "the network reported"). */
const GENERIC_REFERENCE = /\b(?:the|that|this) (?:outlet|news outlet|network|broadcaster|magazine|station|channel|publication|news agency|agency|news site|website|site|tabloid|wire service|newspaper|paper)\b/gi;
/** How far back a generic reference may reach for its outlet, in characters (about three paragraphs). */
const GENERIC_REACH = 1500;

/**
 * Generic references to an outlet cited shortly before, when they are themselves cited
 * ("told the outlet", "the network reported"). Without such an outlet, "told the paper"
 * means the publisher and is left to the first-hand rule.
 */
function findGenericReferences(text: string, cited: CitedMention[], publisher: string | null): CitedMention[] {
  const out: CitedMention[] = [];
  if (cited.length === 0) return out;
  const re = new RegExp(GENERIC_REFERENCE.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    let i = firstEndingAfter(cited, start) - 1;
    let antecedent: CitedMention | null = null;
    for (; i >= 0 && cited[i]!.end > start - GENERIC_REACH; i--) {
      const c = cited[i]!;
      if (c.cue && !(publisher && isSameOutlet(c.name, publisher))) {
        antecedent = c;
        break;
      }
    }
    if (!antecedent) continue;
    const cue = classifyCitation(text, start, end);
    if (!cue) continue;
    out.push({ start, end, text: m[0], name: antecedent.name, known: antecedent.known, via: 'reference', cue, sentence: sentenceBounds(text, start), link: null });
  }
  return out;
}

/** The host of a URL, or null. */
function hostOf(href: string): string | null {
  const m = /^https?:\/\/([^/:?#]+)/i.exec(href);
  return m ? m[1]!.toLowerCase() : null;
}

/** The article's link on or next to the mention: one to the outlet's own site first. */
function linkFor(m: { start: number; end: number; name: string }, sentence: { start: number; end: number }, links: ArticleLink[], publisherHost: string | null): string | null {
  const entry = lookupOutlet(m.name);
  const ownSite = (l: ArticleLink): boolean => {
    const h = hostOf(l.href);
    return h !== null && entry !== null && outletForHost(h) === entry;
  };
  const publisherSite = (l: ArticleLink): boolean => {
    const h = hostOf(l.href);
    return h !== null && publisherHost !== null && (h === publisherHost || h.endsWith('.' + publisherHost) || publisherHost.endsWith('.' + h));
  };
  // `links` is sorted by start: a binary search finds the sentence's links without a full scan.
  const inSentence: ArticleLink[] = [];
  let lo = 0;
  let hi = links.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (links[mid]!.start < sentence.start - MAX_LINK_CHARS) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < links.length && links[i]!.start < sentence.end; i++) {
    const l = links[i]!;
    if (l.end > sentence.start) inSentence.push(l);
  }
  const overlapping = inSentence.filter((l) => l.start < m.end && l.end > m.start);
  const near = inSentence.filter((l) => l.end >= m.start - LINK_NEAR_CHARS && l.start <= m.end + LINK_NEAR_CHARS);
  const pick =
    overlapping.find(ownSite) ??
    near.find(ownSite) ??
    inSentence.find(ownSite) ??
    overlapping.find((l) => !publisherSite(l)) ??
    near.find((l) => {
      if (publisherSite(l)) return false;
      const h = hostOf(l.href);
      const other = h ? outletForHost(h) : null;
      return other === null; // a link to another known outlet belongs to that outlet
    });
  return pick?.href ?? null;
}

/**
 * Every outlet mention of the article with its citation cue. Claims reinforce the text:
 * a mention that is a claim's source counts as a statement, one that a claim's `via`
 * names counts as a statement given to the outlet.
 */
export function findCitedMentions(article: Article, claims: Claim[], publisher: string | null): CitedMention[] {
  const { text } = article;
  const publisherHost = article.canonicalUrl ? hostOf(article.canonicalUrl) : null;
  const raw = findOutletMentions(text, { publisher });
  const links = [...article.links].sort((a, b) => a.start - b.start);
  const out: CitedMention[] = raw.map((m) => {
    const sentence = sentenceBounds(text, m.start);
    const link = linkFor(m, sentence, links, publisherHost);
    // An unknown name whose own link goes to a known outlet's site is that outlet.
    const onLink = !m.known && link ? article.links.find((l) => l.href === link && l.start < m.end && l.end > m.start) : undefined;
    const host = onLink ? hostOf(onLink.href) : null;
    const byLink = host ? outletForHost(host) : null;
    const named = byLink ? { name: byLink.name, known: true } : {};
    return { ...m, ...named, cue: classifyCitation(text, m.start, m.end), sentence, link };
  });
  // "an insider told the outlet": a generic reference to the outlet cited just before.
  const refs = findGenericReferences(text, out, publisher);
  if (refs.length > 0) {
    out.push(...refs);
    out.sort((a, b) => a.start - b.start);
  }
  // Coordinated names share a cue: "according to CNN and the BBC", "CNN and the BBC reported".
  for (let i = 1; i < out.length; i++) {
    const a = out[i - 1]!;
    const b = out[i]!;
    if (!COORDINATION.test(text.slice(a.end, b.start))) continue;
    if (!b.cue && a.cue) b.cue = a.cue;
  }
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (!COORDINATION.test(text.slice(a.end, b.start))) continue;
    if (!a.cue && b.cue) a.cue = b.cue;
  }
  for (const c of claims) {
    if (c.speaker.kind === 'outlet' && c.source) {
      const src = c.source;
      const hit = mentionsFrom(out, src.start).find((m) => m.start < src.end && m.end > src.start);
      if (hit && !hit.cue) hit.cue = /according/i.test(c.cue.text) ? 'according' : 'statement';
    }
    if (c.via) {
      const lo = Math.min(c.cue.start, c.source?.start ?? c.cue.start) - 5;
      const hi = Math.max(c.cue.end, c.content.start) + 60;
      const hit = mentionsFrom(out, lo).find((m) => m.start >= lo && m.start <= hi && isSameOutlet(m.name, c.via!));
      if (hit && (!hit.cue || !isRecipientCue(hit.cue))) hit.cue = hit.cue && hit.cue !== 'statement' ? hit.cue : 'told';
    }
  }
  return out;
}

/**
 * The outlets the article cites, most-cited first, leaving out the publisher. `mentions`
 * counts citing mentions in the text (plus claims by or to an outlet the text does not
 * name at that point); `asRecipient` counts statements given to the outlet.
 */
export function summarizeOutletCitations(cited: CitedMention[], claims: Claim[], isPublisher: (name: string) => boolean): OutletCitation[] {
  const byName = new Map<string, OutletCitation & { first: number; recipientSpots: number[] }>();
  const get = (name: string, pos: number): OutletCitation & { first: number; recipientSpots: number[] } => {
    const key = lookupOutlet(name)?.name ?? name;
    let o = byName.get(key);
    if (!o) byName.set(key, (o = { name: key, mentions: 0, asRecipient: 0, link: null, first: pos, recipientSpots: [] }));
    o.first = Math.min(o.first, pos);
    return o;
  };
  for (const m of cited) {
    if (!m.cue || isPublisher(m.name)) continue;
    const o = get(m.name, m.start);
    o.mentions++;
    if (!o.link && m.link) o.link = m.link;
    if (isRecipientCue(m.cue)) o.recipientSpots.push(m.start);
  }
  for (const c of claims) {
    if (!c.via || isPublisher(c.via)) continue;
    const o = get(c.via, c.cue.start);
    const lo = Math.min(c.cue.start, c.source?.start ?? c.cue.start) - 5;
    const hi = Math.max(c.cue.end, c.content.start) + 60;
    // Spots are in text order: find the first at or after `lo` by binary search, then take it if in range.
    let a = 0;
    let b = o.recipientSpots.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (o.recipientSpots[mid]! < lo) a = mid + 1;
      else b = mid;
    }
    while (a < o.recipientSpots.length && o.recipientSpots[a]! === USED) a++;
    const spot = a < o.recipientSpots.length && o.recipientSpots[a]! <= hi ? a : -1;
    if (spot >= 0) o.recipientSpots[spot] = USED;
    else if (o.mentions === 0) o.mentions++; // the engine found a "told X" the text scan did not
    o.asRecipient++;
  }
  for (const c of claims) {
    // An outlet speaker the text scan missed at that point (the engine resolved "the network" or "it").
    if (c.speaker.kind !== 'outlet' || isPublisher(c.speaker.name)) continue;
    const src = c.source;
    const named = src !== null && mentionsFrom(cited, src.start).some((m) => m.start < src.end && m.end > src.start);
    if (!named && !isOutletReference(src?.text ?? '')) continue;
    const o = get(c.speaker.name, c.cue.start);
    if (o.mentions === 0) o.mentions++;
  }
  for (const o of byName.values()) o.asRecipient += o.recipientSpots.filter((p) => p !== USED).length;
  return [...byName.values()]
    .sort((a, b) => b.mentions + b.asRecipient - (a.mentions + a.asRecipient) || a.first - b.first)
    .map(({ name, mentions, asRecipient, link }) => ({ name, mentions, asRecipient, link }));
}
