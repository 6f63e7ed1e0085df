/**
 * The CLI's readable report of one {@link PageAnalysis}: publisher, original reporter with
 * its evidence, outlets, source mix, and speakers with their claims, word-wrapped.
 * Pure string formatting; colours are ANSI escapes, only when asked for.
 */
import type { Claim, PageAnalysis, SourceMix, SpeakerSummary } from '../core/index';

/** How {@link formatReport} lays the report out. */
export interface ReportStyle {
  /** Use ANSI colours and bold (only on a terminal). */
  color: boolean;
  /** Line width to wrap at. */
  width: number;
}

/** Narrowest and widest lines we wrap to: below 40 the indented claims become unreadable, above 100 lines get hard to follow. */
const MIN_WIDTH = 40;
const MAX_WIDTH = 100;

const ANSI = {
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  green: '\u001b[32m',
  yellow: '\u001b[33m',
  blue: '\u001b[34m',
  magenta: '\u001b[35m',
  cyan: '\u001b[36m',
  reset: '\u001b[0m',
} as const;

type Paint = (text: string, ...codes: (keyof typeof ANSI)[]) => string;

/** Matches one ANSI SGR escape; used to measure the visible width of a line. */
const ANSI_RE = /\u001b\[[0-9;]*m/g;

/** The visible length of `s` (ANSI escapes do not count). */
export function visibleLength(s: string): number {
  return s.replace(ANSI_RE, '').length;
}

/**
 * Word-wraps `text` (whitespace collapsed) to `width` columns: the first line starts with
 * `first` and the following ones with `rest`. A word longer than a line is kept whole.
 */
export function wrapText(text: string, width: number, first = '', rest = first): string {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = first;
  let lineHasWord = false;
  for (const word of words) {
    const candidate = lineHasWord ? `${line} ${word}` : line + word;
    if (lineHasWord && visibleLength(candidate) > width) {
      lines.push(line);
      line = rest + word;
    } else {
      line = candidate;
    }
    lineHasWord = true;
  }
  lines.push(line);
  return lines.join('\n');
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const ms = (v: number): string => `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`;

/** Opening and closing quotation marks a direct quote may already carry. */
const OPENING_QUOTES = /^["“‘«„']/;

function claimLine(claim: Claim): string {
  const content = claim.content.text.replace(/\s+/g, ' ').trim();
  const body = claim.direct && !OPENING_QUOTES.test(content) ? `“${content}”` : content;
  const notes: string[] = [];
  if (claim.via && !claim.cue.text.includes(claim.via)) notes.push(`to ${claim.via}`);
  if (claim.nested) notes.push('quoted within another claim');
  // How the source was written, when that is not just the speaker's name ("he", "the president").
  const written = claim.source?.text.replace(/\s+/g, ' ').replace(/^[\s,.;:]+|[\s,.;:]+$/g, '');
  if (written && !written.toLowerCase().includes(claim.speaker.name.toLowerCase())) notes.push(`written “${written}”`);
  const cue = claim.cue.text.replace(/\s+/g, ' ').trim();
  return `${cue ? `${cue}: ` : ''}${body}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

function speakerHeading(s: SpeakerSummary, paint: Paint): string {
  const name = paint(s.name, 'bold');
  const role = s.role ? `, ${s.role}` : '';
  const facts = [s.kind, plural(s.claims, 'claim')];
  if (s.via.length) facts.push(`via ${s.via.join(', ')}`);
  return `${name}${role} ${paint(`· ${facts.join(' · ')}`, 'dim')}`;
}

function sourceMixLines(mix: SourceMix): string[] {
  const parts = [
    plural(mix.namedPeople, 'named person', 'named people'),
    plural(mix.organizations, 'organisation'),
    plural(mix.outlets, 'outlet'),
  ];
  if (mix.documents) parts.push(plural(mix.documents, 'document'));
  parts.push(`${plural(mix.anonymousGroups, 'anonymous group')} (${plural(mix.anonymousClaims, 'claim')})`);
  const first = mix.firstHandClaims ? String(mix.firstHandClaims) : 'none';
  return [
    parts.join(' · '),
    `${plural(mix.totalClaims, 'claim')}: ${mix.relayedClaims} relayed from other outlets, first-hand: ${first}`,
  ];
}

/**
 * Formats the readable report of one analysed file. `file` is the name shown in the
 * heading. Does not print; returns the text (ending without a newline).
 */
export function formatReport(file: string, analysis: PageAnalysis, style: ReportStyle): string {
  const width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, style.width));
  const paint: Paint = (text, ...codes) =>
    style.color ? codes.map((c) => ANSI[c]).join('') + text + ANSI.reset : text;
  const out: string[] = [];
  const { article, detection } = analysis;
  const para = (text: string, first = '', rest = first): void => {
    out.push(wrapText(text, width, first, rest));
  };
  const heading = (text: string): void => {
    out.push('', paint(text, 'bold', 'cyan'));
  };

  out.push(paint(`== ${file}`, 'dim'));
  if (article.title) para(paint(article.title, 'bold'));
  const meta: string[] = [`Published by ${article.publisher ?? 'an unknown publisher'}`];
  if (article.byline.length) meta.push(`by ${article.byline.join(', ')}`);
  if (article.published) meta.push(article.published.slice(0, 10));
  if (article.language) meta.push(article.language);
  para(meta.join(' · '));
  if (article.canonicalUrl ?? analysis.url) para(paint((article.canonicalUrl ?? analysis.url)!, 'dim'));
  const verdictColor = detection.verdict === 'article' ? 'green' : 'yellow';
  const signals = detection.signals.length ? `: ${detection.signals.join(', ')}` : '';
  para(
    `Detection: ${paint(detection.verdict, verdictColor)} (score ${Number(detection.score.toFixed(2))})${signals}`,
    '',
    '  ',
  );
  if (detection.verdict !== 'article') {
    para(paint('Not detected as an article; analysed anyway (the CLI analyses every file it is given).', 'yellow'));
  }

  heading('Original reporter');
  if (analysis.originalReporter) {
    para(`Originally reported by ${paint(analysis.originalReporter.name, 'bold', 'magenta')}`, '  ', '  ');
    para(`“${analysis.originalReporter.evidence.replace(/\s+/g, ' ').trim()}”`, '    ', '    ');
  } else {
    para('No other outlet is credited with the story.', '  ');
  }
  if (analysis.wire) para(`Wire service: ${paint(analysis.wire, 'bold')}`, '  ');

  heading('Outlets cited');
  if (analysis.outlets.length) {
    for (const o of analysis.outlets) {
      const facts = [plural(o.mentions, 'mention')];
      if (o.asRecipient) facts.push(`${plural(o.asRecipient, 'statement')} given to it`);
      if (o.link) facts.push(o.link);
      para(`${paint(o.name, 'bold')} ${paint(`· ${facts.join(' · ')}`, 'dim')}`, '  • ', '    ');
    }
  } else {
    para('None.', '  ');
  }

  heading('Source mix');
  for (const line of sourceMixLines(analysis.sourceMix)) para(line, '  ', '    ');

  heading(`Who said what: ${plural(analysis.claims.length, 'claim')} from ${plural(analysis.speakers.length, 'speaker')}`);
  if (!analysis.speakers.length) para('No attributed statements found.', '  ');
  for (const s of analysis.speakers) {
    para(speakerHeading(s, paint), '  ', '    ');
    for (const i of s.claimIndices) {
      const claim = analysis.claims[i];
      if (claim) para(claimLine(claim), '    - ', '      ');
    }
  }

  const t = analysis.timings;
  out.push('');
  para(
    paint(`Timings: detect ${ms(t.detectMs)} · extract ${ms(t.extractMs)} · attribute ${ms(t.attributeMs)} · total ${ms(t.totalMs)}`, 'dim'),
  );
  return out.join('\n');
}
