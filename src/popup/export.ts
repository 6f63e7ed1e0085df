/**
 * The summary a reader copies or exports: Markdown for notes and citations, JSON for
 * tools. Both carry the page's URL and, for every claim, its evidence sentence (the
 * sentence of the article it was read from). Pure functions of the analysis.
 */
import type { Claim, PageAnalysis, SpeakerKind } from '../core/index';
import { filterSpeakers } from './filter';
import { t } from '../ui/i18n';
import { describeSourceMix, kindLabel, outletCountLabel, safeHttpUrl, statementCount, stripQuoteMarks, viaLine } from './wording';

/** The export formats (the same names as the `exportFormat` setting). */
export type ExportFormat = 'markdown' | 'json';

/** Options of the exporters. */
export interface ExportOptions {
  /** When the summary is made (ISO 8601); omitted from the output when absent. */
  exportedAt?: string;
}

/** A claim as exported. */
export interface ExportedClaim {
  /** Index in the analysis' claims (stable within one analysis). */
  index: number;
  text: string;
  direct: boolean;
  nested: boolean;
  cue: string;
  /** The source as written ("he", "two sources"); null when absent. */
  source: string | null;
  via: string | null;
  /** The whole sentence (or sentences) of the article the claim was read from. */
  evidence: string;
}

/** The JSON export: a stable, documented shape (`format` and `version` name it). */
export interface ExportedSummary {
  format: 'news-context-summary';
  version: 1;
  url: string | null;
  exportedAt?: string;
  article: { title: string | null; publisher: string | null; byline: string[]; published: string | null; language: string | null };
  originalReporter: { name: string; evidence: string; link: string | null } | null;
  wire: string | null;
  outlets: { name: string; mentions: number; asRecipient: number; link: string | null }[];
  sourceMix: PageAnalysis['sourceMix'];
  speakers: { name: string; kind: SpeakerKind; role: string | null; via: string[]; claims: ExportedClaim[] }[];
}

/** Abbreviations whose full stop does not end a sentence ("U.S.", "Mr."). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'jr', 'sr',
  'no', 'inc', 'corp', 'co', 'ltd', 'vs', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * True when the punctuation at `dot` ends a sentence: not the full stop of "U.S.", "Mr."
 * or an initial, and followed by the end of the text or a capital, digit or quote
 * ("5 p.m. on Friday" goes on).
 */
function isSentenceEnd(text: string, dot: number, after: number): boolean {
  const next = /\S/.exec(text.slice(after, after + 8))?.[0];
  if (next !== undefined && !/[\p{Lu}\p{N}"“‘'(\[]/u.test(next)) return false;
  if (text[dot] !== '.') return true;
  const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  const w = word.toLowerCase().replace(/^\.+/, '');
  if (ABBREVIATIONS.has(w)) return false;
  return !/^[A-Z]$/.test(word); // an initial: "John F. Kennedy"
}

/** Where the sentence ending at or after `from` ends (after closing quotes), within `limit`. */
function sentenceEndAfter(text: string, from: number, limit: number): number {
  const re = /[.!?…]+["'”’)\]]*(?=\s|$)/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < limit; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (isSentenceEnd(text, m.index + m[0].search(/[.!?…]/), end)) return Math.min(limit, end);
  }
  return limit;
}

/** Where the sentence containing `pos` starts, not before `floor`. */
function sentenceStartBefore(text: string, pos: number, floor: number): number {
  const re = /[.!?…]+["'”’)\]]*\s+/g;
  re.lastIndex = floor;
  let start = floor;
  for (let m = re.exec(text); m && m.index + m[0].length <= pos; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (isSentenceEnd(text, m.index + m[0].search(/[.!?…]/), end)) start = end;
  }
  return start;
}

/**
 * The sentence(s) of `text` that contain the whole claim (source, cue and content),
 * bounded by the paragraph (a blank line or line break). Whitespace is collapsed.
 */
export function evidenceSentence(text: string, claim: Pick<Claim, 'source' | 'cue' | 'content'>): string {
  const spans = [claim.cue, claim.content, ...(claim.source ? [claim.source] : [])];
  const lo = Math.max(0, Math.min(...spans.map((s) => s.start)));
  const hi = Math.min(text.length, Math.max(...spans.map((s) => s.end)));
  const paraStart = Math.max(text.lastIndexOf('\n', lo - 1) + 1, 0);
  const nl = text.indexOf('\n', hi);
  const paraEnd = nl === -1 ? text.length : nl;
  const start = sentenceStartBefore(text, lo, paraStart);
  const end = sentenceEndAfter(text, Math.max(hi - 1, start), paraEnd);
  // A closing quote left over from the previous sentence ("” Nothing about...") is not evidence.
  return text.slice(start, end).replace(/\s+/g, ' ').trim().replace(/^[”’"]\s*/, '');
}

function exportClaim(analysis: PageAnalysis, index: number, claim: Claim): ExportedClaim {
  return {
    index,
    text: claim.content.text,
    direct: claim.direct,
    nested: claim.nested === true,
    cue: claim.cue.text,
    source: claim.source?.text ?? null,
    via: claim.via,
    evidence: evidenceSentence(analysis.article.text, claim),
  };
}

/** The link of the original reporter: its own, else the article's link on that outlet. */
export function originalLink(analysis: Pick<PageAnalysis, 'originalReporter' | 'outlets'>): string | null {
  const o = analysis.originalReporter;
  if (!o) return null;
  const own = safeHttpUrl(o.link ?? null);
  if (own) return own;
  const cited = analysis.outlets.find((c) => c.name.toLowerCase() === o.name.toLowerCase());
  return safeHttpUrl(cited?.link ?? null);
}

/** The summary as plain data (what {@link toJson} prints). Links are http(s) or null. */
export function toSummary(analysis: PageAnalysis, options: ExportOptions = {}): ExportedSummary {
  const a = analysis.article;
  const o = analysis.originalReporter;
  return {
    format: 'news-context-summary',
    version: 1,
    url: analysis.url,
    ...(options.exportedAt ? { exportedAt: options.exportedAt } : {}),
    article: { title: a.title, publisher: a.publisher, byline: [...a.byline], published: a.published, language: a.language },
    originalReporter: o ? { name: o.name, evidence: o.evidence, link: originalLink(analysis) } : null,
    wire: analysis.wire,
    outlets: analysis.outlets.map((c) => ({ name: c.name, mentions: c.mentions, asRecipient: c.asRecipient, link: safeHttpUrl(c.link) })),
    sourceMix: { ...analysis.sourceMix },
    speakers: filterSpeakers(analysis, 'all', '').map(({ speaker, claims }) => ({
      name: speaker.name,
      kind: speaker.kind,
      role: speaker.role,
      via: [...speaker.via],
      claims: claims.map(({ index, claim }) => exportClaim(analysis, index, claim)),
    })),
  };
}

/** The summary as pretty-printed JSON. */
export function toJson(analysis: PageAnalysis, options: ExportOptions = {}): string {
  return JSON.stringify(toSummary(analysis, options), null, 2) + '\n';
}

/**
 * Escapes page text for Markdown so that it stays text: no emphasis, links, headings or
 * raw HTML (`<img onerror>` comes out as literal characters).
 */
export function escapeMarkdown(s: string): string {
  // Parentheses, "!" and "#" only matter after an unescaped "[" or at a line start, and
  // every line we write starts with our own marker, so this short set is enough.
  return s.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|]/g, (c) => '\\' + c);
}

/** A URL inside Markdown angle brackets is taken literally; only http(s) URLs get there. */
function mdLink(url: string): string {
  return `<${url.replace(/[<> ]/g, encodeURIComponent)}>`;
}

/** The summary as Markdown: header facts, original reporter, source mix, who said what. */
export function toMarkdown(analysis: PageAnalysis, options: ExportOptions = {}): string {
  const s = toSummary(analysis, options);
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(s.article.title ?? s.url ?? t('popupUntitled'))}`, '');
  const url = safeHttpUrl(s.url);
  if (url) out.push(`- ${t('exportPage')}: ${mdLink(url)}`);
  if (s.article.publisher) out.push(`- ${t('exportPublisher')}: ${escapeMarkdown(s.article.publisher)}`);
  if (s.article.byline.length) out.push(`- ${t('exportByline')}: ${escapeMarkdown(s.article.byline.join(', '))}`);
  if (s.article.published) out.push(`- ${t('exportPublished')}: ${escapeMarkdown(s.article.published)}`);
  if (s.wire) out.push(`- ${t('exportWire')}: ${escapeMarkdown(s.wire)}`);
  out.push('');
  out.push(`## ${t('exportOriginalHeading')}`, '');
  if (s.originalReporter) {
    const link = s.originalReporter.link ? ` (${mdLink(s.originalReporter.link)})` : '';
    out.push(`**${escapeMarkdown(s.originalReporter.name)}**${link}`, '');
    if (s.originalReporter.evidence) out.push(`> ${escapeMarkdown(s.originalReporter.evidence)}`, '');
  } else {
    out.push(t('popupOriginNone'), '');
  }
  if (analysis.outlets.length) {
    out.push(`${t('exportAlsoCited')}:`, '');
    for (const c of analysis.outlets) {
      const link = safeHttpUrl(c.link);
      out.push(`- ${escapeMarkdown(c.name)}: ${outletCountLabel(c)}${link ? ` (${mdLink(link)})` : ''}`);
    }
    out.push('');
  }
  out.push(`## ${t('popupMixHeading')}`, '', describeSourceMix(s.sourceMix), '');
  out.push(`## ${t('popupSpeakersHeading')}`, '');
  if (s.speakers.length === 0) out.push(t('popupNothingAttributed'), '');
  for (const sp of s.speakers) {
    const facts = [kindLabel(sp.kind), sp.role ? escapeMarkdown(sp.role) : null, sp.via.length ? escapeMarkdown(viaLine(sp.via)) : null, statementCount(sp.claims.length)];
    out.push(`### ${escapeMarkdown(sp.name)}`, '', `*${facts.filter(Boolean).join(' · ')}*`, '');
    for (const c of sp.claims) {
      const label = c.direct ? t('popupQuote') : t('popupParaphrase');
      const text = c.direct ? `“${escapeMarkdown(stripQuoteMarks(c.text))}”` : escapeMarkdown(c.text);
      out.push(`- ${label}: ${text}`);
      out.push(`  > ${escapeMarkdown(c.evidence)}`);
    }
    out.push('');
  }
  out.push(`---`, '', s.exportedAt ? t('exportFooterDated', s.exportedAt) : t('exportFooter'), '');
  return out.join('\n');
}

/** The summary in `format`. */
export function exportSummary(analysis: PageAnalysis, format: ExportFormat, options: ExportOptions = {}): string {
  return format === 'json' ? toJson(analysis, options) : toMarkdown(analysis, options);
}
