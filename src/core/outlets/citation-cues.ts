/**
 * The words around an outlet's name that make the mention a citation (the outlet as a
 * source of information) rather than the outlet as the subject of the news.
 *
 * Entry classes come from the attribution conventions of news prose (ATTRIBUTION-NOTES:
 * "according to X", "X told Y", "in an interview with Y", "X reported") and from the issue's
 * own list: first reported by / according to a report in / X reported on Tuesday / told /
 * in an interview with / a report in / wrote / said. Written for this project; every
 * pattern is anchored to the name (before it or after it), so a cue elsewhere in the
 * sentence does not count.
 */

/** How a mention cites the outlet, strongest claim to the story's origin first. */
export type CitationCue =
  /** "first reported by X", "X first reported", "X, which broke the story". */
  | 'first-report'
  /** "a report in X", "X reported", "X's investigation", "obtained by X", "citing X". */
  | 'report'
  /** "according to X". */
  | 'according'
  /** "X said", "X wrote", "X noted": the outlet speaking as a source. */
  | 'statement'
  /** "told X", "said in a statement to X", "speaking to X": a statement given to the outlet. */
  | 'told'
  /** "in an interview with X", "appearing on X". */
  | 'interview'
  /** "(AP) —", "Source: Reuters", "contributed to this report": a credit line. */
  | 'credit';

/** A cue pattern matched against the text right before (`before`) or after (`after`) a name. */
interface CuePattern {
  cue: CitationCue;
  re: RegExp;
}

/* Adjectives that may sit between an article and a report noun ("a new report in"). */
const ADJ = String.raw`(?:(?:new|recent|earlier|latest|exclusive|separate|detailed|lengthy|published|previous|investigative|original|bombshell|joint|[\w-]+-(?:long|old|year|month))\s+)*`;
/* Nouns that name a piece of reporting. */
const REPORT_NOUN = String.raw`(?:report|reports|story|stories|article|articles|investigation|exposé|expose|analysis|piece|scoop|exclusive|broadcast|documentary|segment|coverage|review|poll|survey|reporting|tally|count|estimate|findings|data|op-ed|editorial|column)`;

/** Patterns matched against the text ending right before the outlet's name (lower-cased). */
export const BEFORE_CUES: readonly CuePattern[] = [
  { cue: 'first-report', re: /\b(?:first|originally|initially|exclusively) (?:reported|revealed|disclosed|published|broken|obtained) (?:by|in|on)\s+(?:the\s+)?$/ },
  { cue: 'first-report', re: /\b(?:story|news|report) (?:was )?(?:first |originally )?broken by\s+(?:the\s+)?$/ },
  { cue: 'report', re: new RegExp(String.raw`\b(?:according to|per|citing|cited|in|from|by|via)\s+(?:a|an|the|one)\s+${ADJ}${REPORT_NOUN}\s+(?:in|by|from|on|published by|published in|aired by|aired on|broadcast by)\s+(?:the\s+)?$`) },
  { cue: 'report', re: new RegExp(String.raw`\b(?:a|an|the)\s+${ADJ}${REPORT_NOUN}\s+(?:in|by|from|published by|published in|aired on|aired by|broadcast by|broadcast on)\s+(?:the\s+)?$`) },
  { cue: 'report', re: /\b(?:as |was |were |been |being |first |also |previously |earlier |widely )?(?:reported|revealed|disclosed|published|documented|confirmed|detailed|described|cited|quoted|obtained|seen|reviewed|viewed|verified|analy[sz]ed|compiled|broadcast|aired|shared|provided|commissioned|conducted|released|leaked) (?:by|to|in)\s+(?:the\s+)?$/ },
  { cue: 'report', re: /\b(?:citing|quoting|via|per|reporting by|reporting from|data from|figures from|footage from|photos? (?:obtained )?by|video (?:obtained )?by|documents? (?:obtained )?by)\s+(?:the\s+)?$/ },
  { cue: 'report', re: /\b(?:according to|per|citing)\s+(?:data|figures|analysis|records|documents|calculations|estimates|a tally|a count|an analysis|a review|a poll|polling|a survey)\s+(?:by|from|of)\s+(?:the\s+)?$/ },
  { cue: 'according', re: /\baccording to\s+(?:the\s+)?$/ },
  { cue: 'report', re: /\b(?:reports?|reported|reporting|writes|wrote|writing|wrote|said|says|explains|explained|notes|noted) (?:for|in)\s+(?:the\s+)?$/ },
  { cue: 'interview', re: /\b(?:in|during|in the course of|an|a|exclusive|recent|televised|radio|phone|telephone|brief|sit-down) (?:an? )?(?:exclusive |recent |wide-ranging |televised |radio |phone |telephone |brief |sit-down |separate )?interview (?:with|on|for|given to|broadcast by|aired by|aired on)\s+(?:the\s+)?$/ },
  { cue: 'interview', re: /\b(?:appear(?:ed|ing|s)?|speaking|spoke|said|says|told reporters|in an appearance|an appearance|a guest|a segment) on\s+(?:the\s+)?$/ },
  { cue: 'told', re: /\b(?:(?:claimed|claims|insisted|insists|added|adds|stressed|complained|confessed|conceded|recounted|described|described it|wrote|writes|(?:also )?confided|further claimed) to|told|tells|telling|tell|said to|says to|saying to|speaking to|speaking with|spoke to|spoke with|talked to|talking to|talked with|talking with|confirmed to|confirming to|disclosed to|revealed to|admitted to|explained to|wrote to|emailed|texted|messaged|(?:a|an|the|in|his|her|their|its) (?:written |emailed |brief |short |joint )?(?:statement|comments?|remarks|email|e-mail|response|letter|note|message|reply) (?:to|for|provided to|sent to|given to|shared with|emailed to)|(?:a|an|the) (?:spokesperson|spokesman|spokeswoman) (?:told|said to))\s+(?:the\s+)?$/ },
  { cue: 'credit', re: /(?:\b(?:source|sources|credit|credits)\s*:|\bcopyright|©|\(c\))\s*(?:\d{4}\s+)?(?:the\s+)?$/ },
];

/**
 * "according to Jane Roe of the", "reported Jane Roe of", "told Jane Roe of": a named
 * journalist of the outlet (matched on the text as written, since names are capitalised).
 */
const VIA_JOURNALIST = /\b([Aa]ccording to|told|tells|reported|reports|wrote|writes|said|says|noted|notes)\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}(?:of|at|from|with|for)\s+(?:the\s+)?$/u;

/**
 * Inverted attributions ("..., reports Reuters.", "writes the Associated Press."): a verb
 * right before the name, and the name closing the clause.
 */
const INVERTED_BEFORE = /\b(reports|reported|writes|wrote|notes|noted|says|said|adds|added|observes|observed|explains|explained|according)\s+(?:the\s+)?$/;
const INVERTED_AFTER = /^(?:['’]s?\s+[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2})?\s*(?:[.,;:!?)”"]|$)/u;

/**
 * Nouns that, right after an outlet's name, make it an attribute of something else: the
 * company's staff, premises or papers ("Fox staffers", "an NBC executive", "NBC
 * documents"), not its journalism. A statement to them is not a statement to the outlet.
 */
const ATTRIBUTIVE_NOUNS =
  'staff|staffers|employees?|executives?|management|bosses|boss|chairman|chairwoman|chief|president|founder|owners?|parent|board|shareholders|' +
  'headquarters|offices?|studios?|building|newsroom|lawyers?|attorneys?|spokes(?:person|man|woman)|representatives?|rep|insiders|' +
  'documents|records|memos?|emails|contracts?|settlement|lawsuits?|ratings|viewers|audiences?|programming|lineup|personalit(?:y|ies)|' +
  'colleagues?|women|men|talent|culture|network|channel|show|shows|anchors?|hosts?|sources|insiders';
const ATTRIBUTIVE = new RegExp(String.raw`^(?:['’]s?)?\s+(?:own\s+)?(?:${ATTRIBUTIVE_NOUNS})\b`);

/** "X reported a loss / record revenue": the outlet as a company reporting its results. */
const COMPANY_RESULTS =
  /^\s+(?:has\s+|had\s+|also\s+)?(?:reported|reports|posted|posts)\s+(?:a|an|its|their)?\s*(?:\w+\s+){0,2}?(?:net\s+)?(?:loss|losses|profit|profits|earnings|revenue|revenues|sales|income|results|deficit|decline|drop|increase|rise|growth|subscribers)\b/;

/** Patterns matched against the text starting right after the outlet's name. */
export const AFTER_CUES: readonly CuePattern[] = [
  { cue: 'first-report', re: /^(?:’s|'s)?,?\s+(?:which|who|that)\s+(?:first|originally|initially|exclusively)\s+(?:reported|revealed|broke|disclosed|published)/ },
  { cue: 'first-report', re: /^,?\s+(?:which|who|that)\s+(?:broke|was the first to report|had the scoop)/ },
  { cue: 'first-report', re: /^\s+(?:was\s+|had\s+been\s+)?(?:the\s+)?first\s+(?:to\s+)?(?:report|reported|revealed|broke|disclosed|published)/ },
  { cue: 'first-report', re: /^\s+(?:first|originally|initially|exclusively)\s+(?:reported|revealed|broke|disclosed|published)/ },
  { cue: 'first-report', re: /^\s+broke\s+(?:the|this)\s+(?:news|story)/ },
  { cue: 'first-report', re: /^(?:’s|'s)\s+(?:exclusive|scoop)/ },
  { cue: 'report', re: new RegExp(String.raw`^(?:’s|'s|’|')\s+${ADJ}(?:own\s+)?${REPORT_NOUN}\b`) },
  { cue: 'report', re: /^,?\s+(?:has|had|have|also|earlier|previously|later|separately|exclusively|subsequently|then|now|further)?\s*(?:has\s+|had\s+)?(?:reported|reports|report|revealed|reveals|obtained|obtains|learned|learns|found|finds|published|publishes|confirmed|confirms|broke|documented|uncovered|identified|tallied|counted|calculated|estimated|estimates|analy[sz]ed|reviewed|verified|cited|cites|quoted|quotes)\b/ },
  { cue: 'report', re: /^,?\s+(?:citing|quoting)\b/ },
  { cue: 'report', re: /^,?\s+(?:is|was|has been|had been)\s+(?:also\s+|now\s+|still\s+)?(?:reporting|told|first to)\b/ },
  { cue: 'statement', re: /^,?\s+(?:has\s+|had\s+|also\s+|later\s+|earlier\s+|then\s+)?(?:said|says|wrote|writes|noted|notes|stated|states|added|adds|claimed|claims|described|describes|explained|explains|characterized|characterised|observed|pointed out|highlighted|warned|asked)\b/ },
  { cue: 'statement', re: /^\s+(?:(?:has|had|also)\s+)?(?:said|noted|wrote)\b/ },
  { cue: 'statement', re: /^(?:['’]s?)\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}(?:has\s+|also\s+)?(?:reported|reports|said|says|wrote|writes|noted|notes|found|tweeted|observed|explained|added)\b/u },
  { cue: 'credit', re: /^\)\s*(?:[-–—]|$)/ },
  { cue: 'credit', re: /^\s+(?:contributed|contributes)\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)/ },
];

/** How far back from a name the before-cues look, in characters (a cue is a short phrase). */
const BEFORE_WINDOW = 90;
/** How far after a name the after-cues look. */
const AFTER_WINDOW = 80;

/**
 * The strongest citation cue next to the name at `start..end` in `text` (with `beforeOnly`,
 * only cues written before it), or null when the
 * name is not cited as a source there (it may be the subject of the news). The `credit`
 * cue ("Source: Reuters", "(AP) —") marks a credit line rather than prose.
 */
export function classifyCitation(text: string, start: number, end: number, options: { beforeOnly?: boolean } = {}): CitationCue | null {
  const before = text.slice(Math.max(0, start - BEFORE_WINDOW), start).toLowerCase().replace(/\s+/g, ' ');
  const after = text.slice(end, end + AFTER_WINDOW).toLowerCase();
  const found: CitationCue[] = [];
  // "McClatchy reported a loss": a company's own results, not reporting.
  if (COMPANY_RESULTS.test(after)) return null;
  if (!options.beforeOnly) for (const p of AFTER_CUES) if (p.re.test(after)) found.push(p.cue);
  // "Fox staffers", "an NBC executive": the outlet's people or property, not its journalism.
  if (found.length === 0 && ATTRIBUTIVE.test(after)) return null;
  for (const p of BEFORE_CUES) if (p.re.test(before)) found.push(p.cue);
  const journalist = VIA_JOURNALIST.exec(text.slice(Math.max(0, start - BEFORE_WINDOW), start).replace(/\s+/g, ' '));
  if (journalist) {
    const verb = journalist[1]!.toLowerCase();
    found.push(verb === 'according to' ? 'according' : verb.startsWith('tel') || verb === 'told' ? 'told' : 'statement');
  }
  const inverted = INVERTED_BEFORE.exec(before);
  if (inverted && INVERTED_AFTER.test(text.slice(end, end + AFTER_WINDOW))) found.push(inverted[1] === 'according' ? 'according' : /^report/.test(inverted[1]!) ? 'report' : 'statement');
  if (found.length === 0) return null;
  return found.sort((a, b) => CUE_RANK[a] - CUE_RANK[b])[0]!;
}

/** Order of strength of cues: lower is stronger evidence that the outlet is a source. */
export const CUE_RANK: Readonly<Record<CitationCue, number>> = {
  'first-report': 0,
  report: 1,
  according: 2,
  statement: 3,
  told: 4,
  interview: 5,
  credit: 6,
};

/** Whether a cue means a statement was given to the outlet (`via`), not taken from its reporting. */
export function isRecipientCue(cue: CitationCue | null): boolean {
  return cue === 'told' || cue === 'interview';
}
