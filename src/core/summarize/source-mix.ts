/**
 * Speakers grouped, and the source mix: who the article's statements come from.
 *
 * First-hand, as this project defines it: a claim the publisher obtained itself. That is a
 * claim given to the publisher (`via` is the publisher, "told The Post" on the Post's
 * page), or one whose cue says it was told to the publisher's reporters without naming
 * another outlet: "told this newspaper / the paper / this website / us / me / reporters",
 * "in an interview with us / this newspaper", or "said in an interview" (or "in an email",
 * "by phone") with no outlet named. "Told reporters" counts because statements made to the press at large reach
 * the publisher directly rather than through another outlet.
 */
import type { Article, Claim, SourceMix, SpeakerKind, SpeakerSummary } from '../model';
import { lookupOutlet } from '../outlets/outlets';

/** Phrases that say a statement went to the publisher's own reporters (see the module comment). */
const FIRST_HAND_CUE =
  /\b(?:told|tells|telling|said to|says to|speaking to|spoke to|spoke with|speaking with|talking to|talked to|wrote to|(?:an? |in an? )?(?:interview|statement|email|e-mail|message|comments?) (?:with|to))\s+(?:this (?:newspaper|paper|publication|website|site|outlet|news outlet|news organi[sz]ation|reporter|correspondent|magazine|network|station|program|programme|podcast|newsroom)|the (?:paper|newspaper)|reporters?|journalists|the press|us|me|our (?:reporters?|correspondents?|newsroom))\b/i;
/**
 * "said in an interview" or "said in an email" with no outlet after it: the publisher's own
 * interview or correspondence (a public statement is not: "in a statement" stays out).
 */
const OWN_INTERVIEW =
  /\b(?:in|during|by|via) (?:an? )?(?:\w+ )?(?:interview|email|e-mail|text message|text|phone call|telephone call|phone|telephone|direct message)\b(?!\s+(?:with|on|for|given to|broadcast|to|sent to)\b)/i;
/** How far past the cue the first-hand phrases are looked for ("told reporters on Monday that"). */
const FIRST_HAND_WINDOW = 50;

const speakerKey = (name: string): string =>
  name.trim().toLowerCase().replace(/[’]/g, "'").replace(/^(?:the|mr\.?|mrs\.?|ms\.?|dr\.?)\s+/, '').replace(/\s+/g, ' ');

/**
 * Claims grouped by speaker: one group per name (case and a leading "the" aside), most
 * claims first, then by first appearance. The kind and role are those of the group's first
 * claim that has one.
 */
export function groupSpeakers(claims: Claim[]): SpeakerSummary[] {
  const groups = new Map<string, SpeakerSummary>();
  claims.forEach((c, i) => {
    const key = speakerKey(c.speaker.name);
    let s = groups.get(key);
    if (!s) groups.set(key, (s = { ...c.speaker, claims: 0, via: [], claimIndices: [] }));
    if (s.kind === 'unknown' && c.speaker.kind !== 'unknown') s.kind = c.speaker.kind;
    if (!s.role && c.speaker.role) s.role = c.speaker.role;
    if (c.speaker.name.length > s.name.length && speakerKey(c.speaker.name) === key) s.name = c.speaker.name;
    s.claims++;
    s.claimIndices.push(i);
    const via = c.via ? (lookupOutlet(c.via)?.name ?? c.via) : null;
    if (via && !s.via.includes(via)) s.via.push(via);
  });
  return [...groups.values()].sort((a, b) => b.claims - a.claims || a.claimIndices[0]! - b.claimIndices[0]!);
}

/** Whether the claim was obtained by the publisher itself (see the module comment). */
export function isFirstHand(text: string, claim: Claim, isPublisher: (name: string) => boolean): boolean {
  if (claim.via) return isPublisher(claim.via);
  const from = Math.min(claim.cue.start, claim.source?.start ?? claim.cue.start);
  const to = Math.min(text.length, claim.cue.end + FIRST_HAND_WINDOW);
  const around = text.slice(from, to);
  return FIRST_HAND_CUE.test(around) || OWN_INTERVIEW.test(text.slice(claim.cue.start, to));
}

/** Words that introduce the organisations a statement came from ("statements made by X and Y"). */
const ORG_SOURCE_LEAD = /^(?:(?:a|an|the|in|its|their)\s+)?(?:joint\s+)?(?:statements?|remarks|comments|announcements?|data|figures|documents?|reports?|filings?|letters?)\s+(?:made\s+|issued\s+|released\s+|published\s+|sent\s+)?(?:by|from|of)\s+/i;
/** Sources that stand for a speaker named elsewhere. */
const PRONOUN = /^(?:it|they|he|she|we|its|their)$/i;

/**
 * Distinct organisations behind the organisation claims: a source that coordinates several
 * ("the White House and the state department") counts each of them, even when the engine
 * gives the claim one speaker.
 */
function countOrganizations(claims: Claim[]): number {
  const names = new Set<string>();
  const key = (s: string): string => s.trim().toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
  for (const c of claims) {
    if (c.speaker.kind !== 'organization') continue;
    const written = (c.source?.text ?? '').replace(ORG_SOURCE_LEAD, '').trim();
    const parts = written.split(/\s*(?:,|\band\b|&)\s*/).map((p) => p.trim()).filter((p) => p.length > 0);
    if (parts.length < 2 || parts.some((p) => PRONOUN.test(p) || /^\p{Ll}/u.test(p.replace(/^the\s+/i, '')) && p.split(/\s+/).length > 4)) {
      names.add(key(c.speaker.name));
      continue;
    }
    for (const p of parts) names.add(key(p));
  }
  return names.size;
}

/**
 * The source mix over grouped speakers and claims. `outlets` counts the distinct outlets
 * the statements come through: outlet speakers and the outlets claims were given to,
 * the publisher excluded. `organizations` counts distinct organisations, a coordinated
 * source ("the White House and the State Department") counting each.
 */
export function summarizeSourceMix(article: Article, claims: Claim[], speakers: SpeakerSummary[], isPublisher: (name: string) => boolean): SourceMix {
  const count = (k: SpeakerKind): number => speakers.filter((s) => s.kind === k).length;
  const outlets = new Set<string>();
  for (const c of claims) {
    if (c.speaker.kind === 'outlet' && !isPublisher(c.speaker.name)) outlets.add(lookupOutlet(c.speaker.name)?.name ?? c.speaker.name);
    if (c.via && !isPublisher(c.via)) outlets.add(lookupOutlet(c.via)?.name ?? c.via);
  }
  const relayed = (c: Claim): boolean =>
    (c.speaker.kind === 'outlet' && !isPublisher(c.speaker.name)) || (c.via !== null && !isPublisher(c.via));
  return {
    namedPeople: count('person'),
    organizations: Math.max(count('organization'), countOrganizations(claims)),
    outlets: outlets.size,
    documents: count('document'),
    anonymousGroups: count('anonymous'),
    anonymousClaims: claims.filter((c) => c.speaker.kind === 'anonymous').length,
    relayedClaims: claims.filter(relayed).length,
    firstHandClaims: claims.filter((c) => !relayed(c) && isFirstHand(article.text, c, isPublisher)).length,
    totalClaims: claims.length,
  };
}
