import type { Article, Claim, OriginalReporter, OutletCitation, SpeakerSummary } from '../model';

/** What {@link summarizeClaims} derives from the article and its claims. */
export interface ClaimSummary {
  speakers: SpeakerSummary[];
  outlets: OutletCitation[];
  originalReporter: OriginalReporter | null;
  wire: string | null;
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
  return { speakers, outlets: [], originalReporter: null, wire: null };
}
