import type { Article, Claim, OriginalReporter, OutletCitation, SourceMix, SpeakerSummary } from '../model';

/** What {@link summarizeClaims} derives from the article and its claims. */
export interface ClaimSummary {
  speakers: SpeakerSummary[];
  outlets: OutletCitation[];
  originalReporter: OriginalReporter | null;
  wire: string | null;
  sourceMix: SourceMix;
}

/**
 * Groups claims by speaker (most-cited first), counts the outlets cited and decides
 * which outlet originally reported the story. Pure; does not modify its inputs.
 *
 * PLACEHOLDER: issue 4 replaces the outlet and original-reporter logic.
 */
export function summarizeClaims(_article: Article, claims: Claim[]): ClaimSummary {
  const byName = new Map<string, SpeakerSummary>();
  claims.forEach((c, i) => {
    const key = `${c.speaker.kind}:${c.speaker.name.toLowerCase()}`;
    let s = byName.get(key);
    if (!s) {
      s = { ...c.speaker, claims: 0, via: [], claimIndices: [] };
      byName.set(key, s);
    }
    s.claims++;
    s.claimIndices.push(i);
    if (c.via && !s.via.includes(c.via)) s.via.push(c.via);
  });
  const speakers = [...byName.values()].sort((a, b) => b.claims - a.claims);
  const sourceMix: SourceMix = {
    namedPeople: speakers.filter((s) => s.kind === 'person').length,
    organizations: speakers.filter((s) => s.kind === 'organization').length,
    outlets: speakers.filter((s) => s.kind === 'outlet').length,
    documents: speakers.filter((s) => s.kind === 'document').length,
    anonymousGroups: speakers.filter((s) => s.kind === 'anonymous').length,
    anonymousClaims: claims.filter((c) => c.speaker.kind === 'anonymous').length,
    relayedClaims: claims.filter((c) => c.via !== null || c.speaker.kind === 'outlet').length,
    firstHandClaims: 0,
    totalClaims: claims.length,
  };
  return { speakers, outlets: [], originalReporter: null, wire: null, sourceMix };
}
