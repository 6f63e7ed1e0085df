/**
 * How the popup puts the analysis into words: labels, counts, the source-mix sentence,
 * dates. Pure functions of plain data (strings come from {@link t}); no Preact, no DOM.
 */
import type { OutletCitation, PageAnalysis, SourceMix, SpeakerKind } from '../core/index';
import { t } from '../ui/i18n';

/** The reader-facing name of a speaker kind ("Unnamed source"). */
export function kindLabel(kind: SpeakerKind): string {
  switch (kind) {
    case 'person': return t('kindPerson');
    case 'organization': return t('kindOrganization');
    case 'outlet': return t('kindOutlet');
    case 'anonymous': return t('kindAnonymous');
    case 'document': return t('kindDocument');
    default: return t('kindUnknown');
  }
}

/** The plural label of a kind, for the filter ("Unnamed sources"). */
export function kindPluralLabel(kind: SpeakerKind): string {
  switch (kind) {
    case 'person': return t('popupKindsPerson');
    case 'organization': return t('popupKindsOrganization');
    case 'outlet': return t('popupKindsOutlet');
    case 'anonymous': return t('popupKindsAnonymous');
    case 'document': return t('popupKindsDocument');
    default: return t('popupKindsUnknown');
  }
}

/** The order kinds are listed in (filters, chart): named and accountable first. */
export const KIND_ORDER: readonly SpeakerKind[] = ['person', 'organization', 'outlet', 'anonymous', 'document', 'unknown'];

/** "1 statement", "3 statements". */
export function statementCount(n: number): string {
  return n === 1 ? t('popupStatementsOne') : t('popupStatementsMany', n);
}

/** "1 source", "3 sources". */
export function sourceCount(n: number): string {
  return n === 1 ? t('popupSourcesOne') : t('popupSourcesMany', n);
}

/** "via CBS News", "via CBS News and NBC News"; empty when there is no outlet. */
export function viaLine(via: readonly string[]): string {
  if (via.length === 0) return '';
  const list = via.length === 1 ? via[0]! : `${via.slice(0, -1).join(', ')} ${t('popupAnd')} ${via[via.length - 1]}`;
  return t('popupVia', list);
}

/** "2 mentions · 1 statement given to it": what the article credits an outlet with. */
export function outletCountLabel(outlet: OutletCitation): string {
  const parts = [outlet.mentions === 1 ? t('popupMentionsOne') : t('popupMentionsMany', outlet.mentions)];
  if (outlet.asRecipient > 0) {
    parts.push(outlet.asRecipient === 1 ? t('popupGivenOne') : t('popupGivenMany', outlet.asRecipient));
  }
  return parts.join(' · ');
}

function capitalize(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/**
 * The source mix in one sentence: how many statements come from unnamed sources, how many
 * are relayed from other outlets, how many the publisher obtained itself.
 * "5 of 15 statements come from unnamed sources; 8 are relayed from other outlets; none
 * was obtained by the publisher itself."
 */
export function describeSourceMix(mix: SourceMix): string {
  const total = mix.totalClaims;
  if (total <= 0) return t('popupMixEmpty');
  const anon = mix.anonymousClaims;
  const parts: string[] = [];
  if (total === 1) {
    parts.push(anon === 1 ? t('popupMixSingleAnon') : t('popupMixSingleNamed'));
  } else if (anon === 0) {
    parts.push(t('popupMixAnonNone', total));
  } else if (anon === total) {
    parts.push(t('popupMixAnonAll', total));
  } else {
    parts.push(anon === 1 ? t('popupMixAnonOne', total) : t('popupMixAnonMany', anon, total));
  }
  const relayed = mix.relayedClaims;
  if (relayed > 0) {
    if (relayed === total && total > 1) parts.push(t('popupMixRelayedAll'));
    else parts.push(relayed === 1 ? t('popupMixRelayedOne') : t('popupMixRelayedMany', relayed));
  }
  const first = mix.firstHandClaims;
  parts.push(first === 0 ? t('popupMixFirstNone') : first === 1 ? t('popupMixFirstOne') : t('popupMixFirstMany', first));
  return capitalize(parts.join('; ')) + '.';
}

/** One bar of the source-mix chart: a kind of speaker, its groups and its statements. */
export interface MixBar {
  kind: SpeakerKind;
  label: string;
  /** Speaker groups of this kind. */
  sources: number;
  /** Claims made by speakers of this kind. */
  statements: number;
}

/**
 * The bars of the source-mix chart, one per kind that speaks on the page, in
 * {@link KIND_ORDER}. Counts come from the speaker groups, so bars and list agree.
 */
export function mixBars(analysis: Pick<PageAnalysis, 'speakers'>): MixBar[] {
  const bars: MixBar[] = [];
  for (const kind of KIND_ORDER) {
    const group = analysis.speakers.filter((s) => s.kind === kind);
    const statements = group.reduce((n, s) => n + s.claims, 0);
    if (statements > 0) bars.push({ kind, label: kindPluralLabel(kind), sources: group.length, statements });
  }
  return bars;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A publication date for people ("7 Jul 2023"), in `locale` (the browser's by default);
 * null when `iso` is missing or not a date. Date-only values are not shifted by time zone.
 */
export function formatDate(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };
  if (DATE_ONLY.test(iso)) opts.timeZone = 'UTC';
  try {
    return new Intl.DateTimeFormat(locale, opts).format(d);
  } catch {
    return new Intl.DateTimeFormat('en', opts).format(d);
  }
}

/**
 * A quotation without the quotation marks its span may carry (and without the comma that
 * ends a quote before its cue: "...manner," he said), so the caller adds one clean pair.
 */
export function stripQuoteMarks(s: string): string {
  return s.replace(/^[\s"“”‘’']+|[\s"“”‘’']+$/g, '').replace(/[,;:]$/, '');
}

/**
 * A speaker's name as a heading: the first letter capitalised ("spokesperson for the
 * state department" gives "Spokesperson for the state department"); same length.
 */
export function displayName(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The hostname of a URL without `www.`, for a header line; null if it is not a web URL. */
export function hostOf(url: string | null): string | null {
  const safe = safeHttpUrl(url);
  return safe ? new URL(safe).hostname.replace(/^www\./, '') : null;
}

/** `url` normalised if it is an absolute http(s) URL, else null (never `javascript:`, `data:`...). */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
