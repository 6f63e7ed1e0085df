/**
 * The summary stage: from the article and its claims to what the popup shows (speakers
 * grouped, outlets cited, the wire, the original reporter, the source mix). Pure; does
 * not modify its inputs.
 */
import type { Article, Claim, OriginalReporter, OutletCitation, SourceMix, SpeakerSummary } from '../model';
import { SHORT_FORM_WORDS } from '../outlets/outlet-data';
import { isRecipientCue } from '../outlets/citation-cues';
import { isSameOutlet, lookupOutlet, outletForHost } from '../outlets/outlets';
import { findOriginalReporter } from './original-reporter';
import { findCitedMentions, mentionsFrom, summarizeOutletCitations, type CitedMention } from './outlet-citations';
import { groupSpeakers, summarizeSourceMix } from './source-mix';
import { findWireCredits } from './wire';

/** What {@link summarizeClaims} derives from the article and its claims. */
export interface ClaimSummary {
  speakers: SpeakerSummary[];
  outlets: OutletCitation[];
  originalReporter: OriginalReporter | null;
  wire: string | null;
  sourceMix: SourceMix;
}

/**
 * The publisher's names: as extraction gave it, and as the canonical URL's domain says
 * unless the canonical URL is another outlet's (a syndicated copy: `canonical-other-domain`).
 * A wire service named as the publisher of a page on another known outlet's domain (an AP
 * story on sfgate.com) is the story's source, not its publisher.
 */
function publisherNames(article: Article): string[] {
  const named = article.publisher ? (lookupOutlet(article.publisher)?.name ?? article.publisher) : null;
  const host = article.canonicalUrl ? /^https?:\/\/([^/:?#]+)/i.exec(article.canonicalUrl)?.[1] : undefined;
  const canonicalElsewhere = article.provenance.some((p) => p.kind === 'canonical-other-domain');
  const byHost = host && !canonicalElsewhere ? outletForHost(host) : null;
  const namedEntry = named ? lookupOutlet(named) : null;
  const namedIsWire = namedEntry !== null && (namedEntry.kind === 'wire' || namedEntry.kind === 'agency');
  const names: string[] = [];
  if (named && !(namedIsWire && byHost && byHost !== namedEntry)) names.push(named);
  if (byHost && !names.includes(byHost.name)) names.push(byHost.name);
  return names;
}

/**
 * Groups claims by speaker (most-cited first), lists the outlets the article cites,
 * finds the wire service and the original reporter, and counts the source mix.
 * Pure; does not modify its inputs.
 */
export function summarizeClaims(article: Article, claims: Claim[]): ClaimSummary {
  const publishers = publisherNames(article);
  const isPublisher = (name: string): boolean => publishers.some((p) => isSameOutlet(p, name) || isShortFormOf(name, p));
  const cited = findCitedMentions(article, claims, publishers[0] ?? null);
  const resolved = resolveOutletNames(claims, cited, publishers[0] ?? null);
  const speakers = groupSpeakers(resolved);
  const outlets = summarizeOutletCitations(cited, resolved, isPublisher);
  const wires = findWireCredits(article, isPublisher);
  const originalReporter = findOriginalReporter({ article, claims: resolved, cited, wires, isPublisher });
  return {
    speakers,
    outlets,
    originalReporter,
    wire: wires[0]?.name ?? null,
    sourceMix: summarizeSourceMix(article, resolved, speakers, isPublisher),
  };
}

/** "the Times" (or "Times") written for an outlet whose name has that word ("Los Angeles Times"). */
function isShortFormOf(written: string, outlet: string): boolean {
  const word = written.trim().replace(/^the\s+/i, '');
  return SHORT_FORM_WORDS.includes(word) && outlet.split(/[\s-]+/).includes(word);
}

/**
 * Claims with outlet names as the text resolves them: a `via` or an outlet speaker written
 * "the Times" becomes the outlet the mention at that place was resolved to (an earlier full
 * mention or the publisher). Returns copies; the input claims are not modified.
 */
function resolveOutletNames(claims: Claim[], cited: CitedMention[], publisher: string | null): Claim[] {
  const resolve = (written: string, lo: number, hi: number): string => {
    const near = mentionsFrom(cited, lo).find(
      (m) => m.start <= hi && (isSameOutlet(m.name, written) || norm(m.text) === norm(written) || isShortFormOf(written, m.name)),
    );
    if (near) return near.name;
    if (publisher && isShortFormOf(written, publisher)) return publisher;
    return lookupOutlet(written)?.name ?? written;
  };
  return claims.map((c) => {
    let out = c;
    if (!c.via) {
      // "an insider told the outlet": the engine left `via` empty; the reference names the outlet.
      const lo = Math.min(c.cue.start, c.source?.start ?? c.cue.start) - 5;
      const hi = Math.max(c.cue.end, c.content.start) + 40;
      const ref = mentionsFrom(cited, lo).find((m) => m.via === 'reference' && m.start <= hi && isRecipientCue(m.cue));
      if (ref) out = { ...out, via: ref.name };
    } else if (/^(?:the|that|this) (?:outlet|news outlet|network|broadcaster|magazine|station|channel|publication|news agency|agency|news site|website|site|tabloid|wire service|newspaper|paper)$/i.test(c.via.trim())) {
      const lo = Math.min(c.cue.start, c.source?.start ?? c.cue.start) - 5;
      const ref = mentionsFrom(cited, lo).find((m) => m.via === 'reference' && m.start <= Math.max(c.cue.end, c.content.start) + 60);
      if (ref) out = { ...out, via: ref.name };
    }
    const given = out.via;
    if (given !== null && given === c.via) {
      const lo = Math.min(c.cue.start, c.source?.start ?? c.cue.start) - 5;
      const via = resolve(given, lo, Math.max(c.cue.end, c.content.start) + 60);
      if (via !== given) out = { ...out, via };
    }
    if (c.speaker.kind === 'outlet' && c.source) {
      const name = resolve(c.speaker.name, c.source.start, c.source.end);
      if (name !== c.speaker.name) out = { ...out, speaker: { ...c.speaker, name } };
    }
    return out;
  });
}

const norm = (s: string): string => s.trim().toLowerCase().replace(/^the\s+/, '');
