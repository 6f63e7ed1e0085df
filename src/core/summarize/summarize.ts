/**
 * The summary stage: from the article and its claims to what the popup shows (speakers
 * grouped, outlets cited, the wire, the original reporter, the source mix). Pure; does
 * not modify its inputs.
 */
import type { Article, Claim, OriginalReporter, OutletCitation, SourceMix, SpeakerSummary } from '../model';
import { isSameOutlet, lookupOutlet, outletForHost } from '../outlets/outlets';
import { findOriginalReporter } from './original-reporter';
import { findCitedMentions, summarizeOutletCitations } from './outlet-citations';
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
  const isPublisher = (name: string): boolean => publishers.some((p) => isSameOutlet(p, name));
  const speakers = groupSpeakers(claims);
  const cited = findCitedMentions(article, claims, publishers[0] ?? null);
  const outlets = summarizeOutletCitations(cited, claims, isPublisher);
  const wires = findWireCredits(article, isPublisher);
  const originalReporter = findOriginalReporter({ article, claims, cited, wires, isPublisher });
  return {
    speakers,
    outlets,
    originalReporter,
    wire: wires[0]?.name ?? null,
    sourceMix: summarizeSourceMix(article, claims, speakers, isPublisher),
  };
}
