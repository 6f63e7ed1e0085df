/**
 * Which speakers and claims the "Who said what" list shows for a kind filter and a
 * search query. Pure; does not modify the analysis.
 */
import type { Claim, PageAnalysis, SpeakerKind, SpeakerSummary } from '../core/index';

/** A claim with its index in `PageAnalysis.claims` (what `scrollToClaim` takes). */
export interface IndexedClaim {
  index: number;
  claim: Claim;
}

/** A speaker and the claims of it that the list shows. */
export interface SpeakerGroup {
  speaker: SpeakerSummary;
  claims: IndexedClaim[];
}

/** The kind filter: one kind, or every kind. */
export type KindFilter = SpeakerKind | 'all';

/** Lower-cases, strips accents and folds curly quotes, so "Zelenskyy’s" finds "zelenskyy's". */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * Groups the claims by speaker, most-cited first (ties keep the order of first mention),
 * keeping only speakers of `kind` and, for a non-empty `query`, speakers whose name, role
 * or outlet matches (with all their claims) or the claims whose words match.
 */
export function filterSpeakers(
  analysis: Pick<PageAnalysis, 'speakers' | 'claims'>,
  kind: KindFilter,
  query: string,
): SpeakerGroup[] {
  const q = foldForSearch(query.trim());
  const groups: { group: SpeakerGroup; first: number }[] = [];
  for (const speaker of analysis.speakers) {
    if (kind !== 'all' && speaker.kind !== kind) continue;
    const all: IndexedClaim[] = [];
    for (const index of speaker.claimIndices) {
      const claim = analysis.claims[index];
      if (claim) all.push({ index, claim });
    }
    all.sort((a, b) => a.claim.content.start - b.claim.content.start);
    let claims = all;
    if (q) {
      const who = foldForSearch([speaker.name, speaker.role ?? '', ...speaker.via].join(' '));
      if (!who.includes(q)) {
        claims = all.filter(({ claim }) =>
          foldForSearch(`${claim.content.text} ${claim.source?.text ?? ''}`).includes(q));
      }
    }
    if (claims.length === 0) continue;
    groups.push({ group: { speaker, claims }, first: all[0]?.claim.content.start ?? Infinity });
  }
  groups.sort((a, b) => b.group.speaker.claims - a.group.speaker.claims || a.first - b.first);
  return groups.map((g) => g.group);
}

/** The kinds that have at least one speaker, with their speaker counts, in `order`. */
export function kindsPresent(
  analysis: Pick<PageAnalysis, 'speakers'>,
  order: readonly SpeakerKind[],
): { kind: SpeakerKind; speakers: number }[] {
  return order
    .map((kind) => ({ kind, speakers: analysis.speakers.filter((s) => s.kind === kind).length }))
    .filter((k) => k.speakers > 0);
}
