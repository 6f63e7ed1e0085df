/**
 * The outlet knowledge base and recognisers: which names in a text are news outlets.
 *
 * Three layers, in order of trust:
 * 1. names and aliases from the knowledge base (`outlet-data.ts`), with guards against
 *    longer proper nouns ("Michael Bloomberg", "AP Photo", "NBC Universal");
 * 2. short forms ("the Times", "the Post") resolved from context: the latest earlier full
 *    mention of an outlet with that word, else the publisher;
 * 3. a recogniser for outlets not in the knowledge base: a capitalised name ending in an
 *    outlet word (News, Times, Journal, Radio...) next to a citation cue ("told the Valley
 *    Gazette", "the Harbour Times reported").
 * Pure functions of their arguments.
 */
import { classifyCitation } from './citation-cues';
import { NOT_OUTLET_PHRASES, OUTLET_ROWS, OUTLET_SUFFIX_WORDS, SHORT_FORM_WORDS, type OutletKind } from './outlet-data';

/** One news organisation. */
export interface OutletEntry {
  /** Display name ("NBC News"). */
  name: string;
  /** Other names it goes by in text ("NBC"). Matched case-sensitively, as written in prose. */
  aliases: string[];
  /** Registrable domains ("nbcnews.com"). */
  domains: string[];
  kind: OutletKind;
  /** ISO 3166 alpha-2 country, or `INT`. */
  country: string;
  /** Names that are also ordinary words ("Time", "Vice"): they count only next to a citation cue. */
  cueOnly?: string[];
}

/** An outlet mention found in text. */
export interface OutletMention {
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** The outlet's display name (from the knowledge base, or the text for recognised unknown outlets). */
  name: string;
  /** Whether the name is in the knowledge base. */
  known: boolean;
  /**
   * How it was found: a name or alias, a short form resolved from context, the recogniser,
   * or (from the summary) a generic reference such as "the outlet" resolved to an earlier mention.
   */
  via?: 'name' | 'short-form' | 'recognised' | 'reference';
}

/** What {@link findOutletMentions} may use to resolve short forms such as "the Times". */
export interface OutletContext {
  /** The publisher's name (as extraction found it), used when no earlier full mention decides. */
  publisher?: string | null;
}

/** Every outlet in the knowledge base. */
export const OUTLETS: readonly OutletEntry[] = OUTLET_ROWS.map((r) => ({
  name: r.name,
  aliases: r.aliases,
  domains: r.domains,
  kind: r.kind,
  country: r.country,
  ...(r.cueOnly ? { cueOnly: r.cueOnly } : {}),
}));

/**
 * How a written form may match: `always`; `cue` only next to a citation cue; `the` for the
 * bare word of a "The X" masthead ("The Hill"): it needs "The"/"the" before it, and a cue
 * unless the "The" is capitalised mid-sentence.
 */
type FormMode = 'always' | 'cue' | 'the';

interface Form {
  text: string;
  entry: OutletEntry;
  mode: FormMode;
}

/** Capitalised words that may stand right before an outlet's name without being part of a longer name. */
const FUNCTION_WORDS = new Set(
  ('The A An According To By Per Via Told Tell Telling Source Sources Credit Copyright Former Ex Then Both And But Or Also ' +
    'Unlike Like Meanwhile While When Whereas As In On At For From With Of Citing Quoting After Before Earlier Later Separately ' +
    'Speaking Asked Reached Contacted Since Until Though Although However Still Yet So If Because Only Even Last This That These ' +
    'Those Its Their His Her Our Your My Rival Fellow Monday Tuesday Wednesday Thursday Friday Saturday Sunday Independent ' +
    'Both Neither Nor Either Each Every Many Some Several Other Another Reports Report Reporting Reported Interview Writing Said Says ' +
    'Photo Video Image Watch Read Listen Related More See Via Updated Published Exclusive Breaking Update Editor Editors Note')
    .split(' '),
);

/** Capitalised words that may follow an outlet's name without extending it ("told CNN Sunday"). */
const CONTINUATION_OK = new Set(
  ('Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December I Mr Mrs Ms Dr').split(' '),
);

/** Sentence-final punctuation before a position: the next word starts a sentence. */
const SENTENCE_END = /[.!?:;"“”'‘’)\]]\s*$|^\s*$|\n\s*$/;

const norm = (s: string): string =>
  s.trim().toLowerCase().replace(/[’]/g, "'").replace(/^the\s+/, '').replace(/\s+/g, ' ');

let index: {
  byFirstWord: Map<string, Form[]>;
  byKey: Map<string, OutletEntry>;
  byDomain: Map<string, OutletEntry>;
  exactThe: Map<string, OutletEntry>;
} | null = null;

/**
 * A word of at most 64 letters, starting at a word boundary. Bounded so that a 5 MB run
 * of letters (a pathological page) neither overflows the regex engine nor matches: no
 * outlet name has a word that long.
 */
const WORD = /(?<![\p{L}\p{N}])[\p{L}\p{N}]{1,64}(?![\p{L}\p{N}])/gu;
const firstWord = (s: string): string => {
  WORD.lastIndex = 0;
  const m = WORD.exec(s);
  return m ? m[0] : '';
};

function buildIndex(): NonNullable<typeof index> {
  const byFirstWord = new Map<string, Form[]>();
  const byKey = new Map<string, OutletEntry>();
  const byDomain = new Map<string, OutletEntry>();
  const exactThe = new Map<string, OutletEntry>();
  const add = (text: string, entry: OutletEntry, mode: FormMode): void => {
    const key = firstWord(text);
    if (!key) return;
    let list = byFirstWord.get(key);
    if (!list) byFirstWord.set(key, (list = []));
    if (list.some((f) => f.text === text)) return; // the first row wins a shared form
    list.push({ text, entry, mode });
  };
  for (const entry of OUTLETS) {
    const cueOnly = new Set(entry.cueOnly ?? []);
    for (const written of [entry.name, ...entry.aliases, ...(entry.cueOnly ?? [])]) {
      if (!byKey.has(norm(written))) byKey.set(norm(written), entry);
      if (/\(/.test(written)) continue; // "ABC (Spain)": a display name, never written so in prose
      const hasThe = /^The\s/.test(written);
      const bare = hasThe ? written.slice(4) : written;
      let mode: FormMode = cueOnly.has(written) || cueOnly.has(bare) ? 'cue' : 'always';
      if (hasThe && !/\s/.test(bare) && mode === 'always') {
        mode = 'the';
        if (!exactThe.has(bare)) exactThe.set(bare, entry);
      }
      add(bare, entry, mode);
    }
    for (const d of entry.domains) if (!byDomain.has(d)) byDomain.set(d, entry);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.text.length - a.text.length);
  return { byFirstWord, byKey, byDomain, exactThe };
}

function getIndex(): NonNullable<typeof index> {
  return (index ??= buildIndex());
}

/**
 * Looks an outlet up by name or alias (case-insensitive; a leading "the", a possessive and a
 * generic tail such as "news agency" are ignored). A single all-lower-case word never
 * matches: "the nation", "insider" and "people" are words before they are mastheads.
 */
export function lookupOutlet(name: string): OutletEntry | null {
  const cached = lookupCache.get(name);
  if (cached !== undefined) return cached;
  const key = norm(name).replace(/(?:'s|')$/, '');
  // A single lower-case word ("the nation", "insider", "people") is a common word, not a masthead.
  const commonWord = !/\p{Lu}/u.test(name) && !/\s/.test(key);
  const { byKey } = getIndex();
  const hit = !key || commonWord ? null : (byKey.get(key) ?? byKey.get(key.replace(GENERIC_TAIL, '')) ?? null);
  if (lookupCache.size < LOOKUP_CACHE_SIZE) lookupCache.set(name, hit);
  return hit;
}

/** What prose adds after a name to say what it is ("the Associated Press news agency", "the Post newspaper"). */
const GENERIC_TAIL = /\s+(?:news agency|news service|wire service|newspaper|daily|network|broadcaster|magazine|website|news site|tv|television|channel|radio|outlet)$/;

/** Lookups are repeated for the same few names on every claim; the cache is bounded for long sessions. */
const LOOKUP_CACHE_SIZE = 5000;
const lookupCache = new Map<string, OutletEntry | null>();

/** The outlet whose domain `host` is or is under ("www.nbcnews.com" gives NBC News). */
export function outletForHost(host: string): OutletEntry | null {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const { byDomain } = getIndex();
  for (let i = 0; i < labels.length - 1; i++) {
    const hit = byDomain.get(labels.slice(i).join('.'));
    if (hit) return hit;
  }
  return null;
}

/** Edition and format words after a masthead ("VICE US", "BBC Online", "CNN Digital"). */
const EDITION_SUFFIX = /\s+(?:US|UK|U\.S\.|U\.K\.|International|Online|Digital|Edition|English|India|Africa|Asia|Australia|Canada|Europe|\.com)$/i;

/**
 * The knowledge base's display name for a name as written elsewhere (provenance values,
 * bylines): the entry's name, also when an edition word follows the masthead ("VICE US");
 * else the name itself.
 */
export function canonicalOutletName(name: string): string {
  const trimmed = name.trim();
  return (lookupOutlet(trimmed) ?? lookupOutlet(trimmed.replace(EDITION_SUFFIX, '')))?.name ?? trimmed;
}

/** Whether two outlet names denote the same outlet (through the knowledge base, else by text). */
export function isSameOutlet(a: string, b: string): boolean {
  if (norm(a) === norm(b)) return true;
  const ea = lookupOutlet(a) ?? lookupOutlet(a.trim().replace(EDITION_SUFFIX, ''));
  return ea !== null && ea === (lookupOutlet(b) ?? lookupOutlet(b.trim().replace(EDITION_SUFFIX, '')));
}

/** The word before `pos` (letters only), with where it starts. */
function wordBefore(text: string, pos: number): { word: string; start: number } | null {
  const m = /([\p{L}]+)[ \t]+$/u.exec(text.slice(Math.max(0, pos - 40), pos));
  if (!m) return null;
  return { word: m[1]!, start: pos - m[0].length };
}

/** Is the name at `start..end` part of a longer proper noun or a non-outlet phrase? */
function isBlocked(text: string, start: number, end: number): boolean {
  const next = text.charAt(end);
  if (/[\p{L}\p{N}]/u.test(next)) return true;
  if (next === '-' && /[\p{L}]/u.test(text.charAt(end + 1))) return true; // "AP-NORC", "CNN-style"
  const prev = text.charAt(start - 1);
  if (/[\p{L}\p{N}]/u.test(prev)) return true;
  if (prev === '-' && /[\p{L}]/u.test(text.charAt(start - 2))) return true; // "ex-CNN" is still CNN, but "Anti-Fox" rarely is
  // A capitalised word right after extends the name ("NBC Universal", "AP Photo").
  const after = /^[ \t]+([\p{Lu}][\p{L}]*)/u.exec(text.slice(end, end + 40));
  if (after && !CONTINUATION_OK.has(after[1]!)) return true;
  // A capitalised word right before it, other than a function word, makes it a longer name ("Michael Bloomberg").
  const before = wordBefore(text, start);
  if (before && /^\p{Lu}/u.test(before.word) && !FUNCTION_WORDS.has(before.word)) return true;
  // Known non-outlet phrases overlapping the name ("Times Square", "White House Press Secretary").
  const window = text.slice(Math.max(0, start - 30), end + 30);
  for (const phrase of NOT_OUTLET_PHRASES) {
    const at = window.indexOf(phrase);
    if (at < 0) continue;
    const abs = Math.max(0, start - 30) + at;
    if (abs < end && abs + phrase.length > start) return true;
  }
  return false;
}

/** Where a "the"/"The" right before `pos` starts (one word, spaces between), else null. */
function theBefore(text: string, pos: number): number | null {
  const m = /([Tt]he)[ \t]+$/.exec(text.slice(Math.max(0, pos - 8), pos));
  if (!m) return null;
  const at = pos - m[0].length;
  return /[\p{L}\p{N}]/u.test(text.charAt(at - 1)) ? null : at;
}

/** Whether the position starts a sentence (so a capital letter there says nothing). */
function atSentenceStart(text: string, pos: number): boolean {
  return SENTENCE_END.test(text.slice(Math.max(0, pos - 3), pos));
}

/** The words of an outlet name, for matching a short form ("Post" in "The Washington Post", "Post-Gazette"). */
function nameWords(name: string): string[] {
  return name.split(/[\s-]+/);
}

/**
 * Every outlet mention in `text`, in order, non-overlapping (longest match wins).
 * `context.publisher` helps resolve short forms ("the Times" on a Times page). Mentions are
 * not all citations: the summary decides which are (see `classifyCitation`).
 */
export function findOutletMentions(text: string, context: OutletContext = {}): OutletMention[] {
  const { byFirstWord } = getIndex();
  const mentions: OutletMention[] = [];
  const publisherEntry = context.publisher ? lookupOutlet(context.publisher) : null;
  const publisherName = publisherEntry?.name ?? context.publisher ?? null;
  const re = new RegExp(WORD.source, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const pos = m.index;
    const word = m[0];
    // Short forms: "the Times", "The Post".
    if (word === 'the' || word === 'The') {
      const hit = matchShortForm(text, pos, mentions, publisherName);
      if (hit) {
        mentions.push(hit);
        re.lastIndex = hit.end;
        continue;
      }
    }
    const forms = byFirstWord.get(word);
    if (!forms) continue;
    for (const form of forms) {
      if (!text.startsWith(form.text, pos)) continue;
      const end = pos + form.text.length;
      if (isBlocked(text, pos, end)) continue;
      let start = pos;
      const theStart = theBefore(text, pos);
      if (form.mode === 'the') {
        if (theStart === null) continue;
        const capitalMid = text.charAt(theStart) === 'T' && !atSentenceStart(text, theStart);
        if (!capitalMid && !classifyCitation(text, theStart, end)) continue;
        start = theStart;
      } else if (form.mode === 'cue') {
        // A word that is also a name ("People", "Time") needs a cue before it or a report verb
        // after it: "People said" and "Time is" are too common to count.
        const cue = classifyCitation(text, pos, end);
        if (!cue || cue === 'statement' || (cue === 'report' && !classifyCitation(text, pos, end, { beforeOnly: true }) && !/^\s+(?:magazine|reported|reports|first reported)\b/.test(text.slice(end, end + 30)))) continue;
        // ...and must not be followed by a noun it qualifies ("the Metro system", "Time zone").
        if (!CUE_FORM_NEXT.test(text.slice(end, end + 30))) continue;
      }
      if (form.mode !== 'the' && theStart !== null && /^The\s/.test(form.entry.name)) start = theStart;
      mentions.push({ start, end, text: text.slice(start, end), name: form.entry.name, known: true, via: 'name' });
      re.lastIndex = end;
      break;
    }
  }
  // A one-word name also written as a person's surname ("Michael Bloomberg") is that person
  // when it stands alone, unless a cue before it says otherwise ("according to Bloomberg").
  const surnames = surnamesIn(text, mentions);
  const kept = surnames.size === 0 ? mentions : mentions.filter((m) => !surnames.has(m.text) || classifyCitation(text, m.start, m.end, { beforeOnly: true }) !== null);
  const recognised = recogniseUnknownOutlets(text, kept);
  return [...kept, ...recognised].sort((a, b) => a.start - b.start);
}

/** What may follow a name that is also a word: a clause boundary, a possessive, a report verb or a preposition. */
const CUE_FORM_NEXT = /^(?:['’]s?\b)?(?:\s*[.,;:!?)”"’—–-]|\s*$|\s+(?:magazine|newspaper|reported|reports|reporting|said|says|wrote|writes|first|has|had|was|is|on|in|that|last|this|earlier|and|or|about|for|with|at|by|to|from|who|which|in an?|\p{Lu}))/u;

/** Single words of mentioned outlet names that the text also uses as a surname ("Michael Bloomberg"). */
function surnamesIn(text: string, mentions: OutletMention[]): Set<string> {
  const out = new Set<string>();
  const words = [...new Set(mentions.filter((m) => /^[\p{Lu}][\p{Ll}]+$/u.test(m.text)).map((m) => m.text))];
  if (words.length === 0) return out;
  // One pass for all the words: "<Capitalised> <Word>" where the first word is not a function word.
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Find the words themselves (a literal alternation is fast), then look at the word before each.
  const re = new RegExp(String.raw`(?<![\p{L}])(?:${escaped.join('|')})(?![\p{L}])`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = m[0];
    if (out.has(w)) continue;
    const before = /(?:^|[^\p{L}])([\p{Lu}][\p{Ll}]+)\s+$/u.exec(text.slice(Math.max(0, m.index - 30), m.index));
    if (before && !FUNCTION_WORDS.has(before[1]!) && lookupOutlet(`${before[1]} ${w}`) === null) out.add(w);
  }
  return out;
}

/** "the Times" and kin: the latest earlier outlet with that word, else the publisher, else "The Times". */
function matchShortForm(text: string, thePos: number, earlier: OutletMention[], publisher: string | null): OutletMention | null {
  if (text.charAt(thePos + 3) !== ' ') return null;
  const next = text.charCodeAt(thePos + 4);
  if (!(next >= 65 && next <= 90)) return null; // short forms start with an ASCII capital; most "the"s stop here
  const rest = text.slice(thePos + 4, thePos + 40);
  const word = SHORT_FORM_WORDS.find((w) => rest.startsWith(w) && !/[\p{L}\p{N}]/u.test(rest.charAt(w.length)));
  if (!word) return null;
  const start = thePos;
  const end = thePos + 4 + word.length;
  if (isBlocked(text, thePos + 4, end)) return null;
  // A longer known name starting here ("the Times of India") is left to the main scan.
  const longer = getIndex().byFirstWord.get(firstWord(word));
  if (longer?.some((f) => f.text.length > word.length && text.startsWith(f.text, thePos + 4))) return null;
  let name: string | null = null;
  for (let i = earlier.length - 1; i >= 0 && !name; i--) {
    const e = earlier[i]!;
    if (nameWords(e.name).includes(word) || nameWords(e.text).includes(word)) name = e.name;
  }
  if (!name && publisher && nameWords(publisher).includes(word)) name = publisher;
  if (!name) {
    const exact = getIndex().exactThe.get(word);
    const capitalMid = text.charAt(thePos) === 'T' && !atSentenceStart(text, thePos);
    if (exact && (capitalMid || classifyCitation(text, start, end))) name = exact.name;
  }
  if (!name) return null;
  return { start, end, text: text.slice(start, end), name, known: lookupOutlet(name) !== null, via: 'short-form' };
}

const SUFFIXES = new Set(OUTLET_SUFFIX_WORDS);
/**
 * Joiners allowed inside an unknown outlet's name ("Smith & Sons Radio"). Not "of": "Jane
 * Roe of South Carolina Public Radio" is a reporter of the outlet, and names with "of" that
 * are outlets ("Times of India") are in the knowledge base.
 */
const NAME_JOINERS = new Set(['&']);
/** The most words an unknown outlet name may have: longer capitalised runs are headlines. */
const MAX_NAME_WORDS = 6;

/** A suffix word where it stands as a whole word, with an optional possessive. */
const SUFFIX_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${OUTLET_SUFFIX_WORDS.join('|')})(?=(?:['’]s)?(?![\p{L}\p{N}]))`, 'gu');
/** How far back from a suffix word a name may reach, in characters. */
const NAME_REACH = 120;

/**
 * Names not in the knowledge base that look like outlets: capitalised words ending in an
 * outlet word, next to a citation cue. Skips spans already taken by `known` (sorted).
 */
function recogniseUnknownOutlets(text: string, known: OutletMention[]): OutletMention[] {
  const out: OutletMention[] = [];
  let k = 0; // index into `known`, advanced as the scan moves right
  const re = new RegExp(SUFFIX_RE.source, SUFFIX_RE.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    // The name must end here: no capitalised continuation on the same line.
    const cont = /^[ \t]+([\p{Lu}][\p{L}]*)/u.exec(text.slice(end, end + 30));
    if (cont && !CONTINUATION_OK.has(cont[1]!)) continue;
    // "Tribune-Review", "Journal of Medicine": the name goes on.
    if (/^(?:-[\p{L}]|[ \t]+of[ \t]+[\p{Lu}])/u.test(text.slice(end, end + 30))) continue;
    // Walk back over capitalised words (and joiners between them) on the same line.
    const before = text.slice(Math.max(0, m.index - NAME_REACH), m.index);
    const words = before.split(/([ \t]+)/);
    let start = m.index;
    let count = 1;
    let pendingJoiner = 0;
    for (let i = words.length - 1; i >= 0 && count < MAX_NAME_WORDS; i -= 2) {
      const w = words[i]!;
      const gap = words[i + 1];
      if (gap === undefined && i !== words.length - 1) break;
      if (i === words.length - 1 && w !== '') break; // the suffix must follow a space
      if (w === '') continue;
      const clean = w.replace(/[.'’-]+$/, '');
      if (/-\p{Ll}/u.test(clean)) break; // "Charleston-based", "state-run": an adjective, not part of a name
      if (/^[\p{Lu}\p{N}]/u.test(clean) && !/[,;:()"“”]/.test(w)) {
        if (FUNCTION_WORDS.has(clean) || /['’]s$/.test(clean)) break;
        const wordStart = m.index - before.length + before.length - words.slice(i).join('').length;
        start = wordStart;
        pendingJoiner = 0;
        count++;
      } else if (NAME_JOINERS.has(w) && pendingJoiner === 0 && count > 1) {
        pendingJoiner = 1;
      } else break;
    }
    if (count === 1) continue; // a lone "News" or "Times" is not a name
    while (k < known.length && known[k]!.end <= start) k++;
    if (k < known.length && known[k]!.start < end) continue;
    const written = text.slice(start, end);
    if (NOT_OUTLET_PHRASES.some((p) => written.includes(p) || p.includes(written))) continue;
    const s = theBefore(text, start) ?? start;
    if (!classifyCitation(text, s, end)) continue;
    // "Fox News Radio", "ABC News Live": a programme or service of a known outlet is that outlet.
    const parts = written.split(/\s+/);
    let parent: OutletEntry | null = null;
    for (let n = parts.length - 1; n >= 1 && !parent; n--) parent = lookupOutlet(parts.slice(0, n).join(' '));
    out.push({ start: s, end, text: text.slice(s, end), name: parent?.name ?? written, known: parent !== null, via: 'recognised' });
  }
  return out;
}
