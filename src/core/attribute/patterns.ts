/**
 * Pattern families of the attribution engine. Each family reads one sentence (token range)
 * and proposes raw attributions as token ranges: source, cue, content fragments.
 *
 * Families: reporting verb before its content ("X said (that) ..."), after it ("..., X said",
 * "..., said X"), "according to", colon and dash tags, transcript speaker labels, passives,
 * coordinated cues sharing a source ("... and added"), -ing cues ("..., saying ..."), quote
 * continuations, and attributions nested inside a quotation ("as the president has stated").
 */
import {
  AUXILIARIES, BELIEF_VERBS, CLAUSE_OPENERS, CUE_FORMS, DATA_NOUNS, DETERMINERS, DOCUMENT_HEADS, EVENT_NOUNS, EVIDENCE_VERBS,
  INFERENCE_VERBS,  GROUP_ADVERBS, IRREGULAR_PAST, LEADING_FILLERS, MEDIUM_NOUNS, NOUN_CUES, NOUN_LIKE, PREPOSITIONS, PRONOUNS,
  RECIPIENT_VERBS, RECIPIENT_WORDS, SPEAKER_NOUNS, STANCE_ADJECTIVES, NOUN_PREP_CUES, VIEW_NOUNS, ANONYMOUS_HEADS, TIME_NOUNS, WEEKDAYS, type CueForm,
} from './lexicon';
import type { Quote, Sentence, Token } from './segment';

/** An attribution as token ranges, before speakers are resolved. */
export interface RawClaim {
  /** Source token range [a, b), or null when absent (passives). */
  src: [number, number] | null;
  cue: [number, number];
  /** Content fragments as token ranges, in order. */
  content: [number, number][];
  /** The name of the outlet the statement was given to, if any. */
  via: string | null;
  nested: boolean;
  /** Pattern family that found it (for breakdowns). */
  family: string;
  /** Verb class of the cue (statement, attitude...) or `prep`, `punct`. */
  cls: string;
  /** Index of its sentence. */
  sent: number;
}

/** An outlet mention placed on tokens. */
export interface OutletAt {
  /** Token range [a, b). */
  a: number;
  b: number;
  name: string;
}

/** Everything the families read. */
export interface PatternContext {
  text: string;
  tokens: Token[];
  quotes: Quote[];
  sentences: Sentence[];
  /** Sentence index of each token. */
  sentOf: Int32Array;
  /** Outlet mentions keyed by their first token (after an optional "the"). */
  outletAt: Map<number, OutletAt>;
  /** Index of the first body paragraph: paragraphs before it are headlines. */
  firstBodyPara: number;
}

// Tunables.
/** Longest source chunk on the left of a cue, in tokens: news sources with an appositive run to ~25. */
const MAX_LEFT_CHUNK = 14;
/** Longest appositive between two commas in "X, the role at Org, said". */
const MAX_APPOSITIVE = 28;
/** Appositives kept in a source: PolNeAR keeps the one that identifies the speaker ("Name, role,"). */
const MAX_APPOSITIVES = 1;
/** Longest source after an inverted cue ("..., said X, the role at Org"). */
const MAX_RIGHT_SOURCE = 30;
/** How far past the cue a "that" may be and still open the content ("said on Monday in a statement that"). */
const MAX_THAT_LOOKAHEAD = 10;
/** Longest adjunct between a cue and a comma that opens the content ("said in a statement on Monday, ..."). */
const MAX_ADJUNCT_BEFORE_COMMA = 6;
/** Longest adjunct tail after a post-posed cue ("..., he said in an interview on Monday."). */
const MAX_TAIL = 16;

const ING_TAIL = /ing$/;
/** -ing words that go on a noun phrase rather than open the author's clause (", including ..."). */
const LIST_PARTICIPLES = new Set(['including', 'excluding', 'involving', 'concerning', 'regarding', 'featuring', 'containing']);
/** Prepositions before a statement -ing cue whose speaker is the main clause's subject ("for saying", "after announcing"). */
const ING_PREPS = new Set(['for', 'after', 'while', 'before', 'when', 'since']);
const WH_WORDS = new Set(['how', 'why', 'what', 'whether', 'if', 'where', 'when', 'who', 'which']);
const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s", '’s', 'am']);
const END_PUNCT = new Set(['.', '?', '!', '…', '...']);
const BOUNDARY_PUNCT = new Set([',', ';', ':', '(', ')', '—', '–', '--', '―', '[', ']', '|']);
const DASHES = new Set(['—', '–', '--', '―', '-']);
const NOT_SOURCE_LAST = new Set(['the', 'a', 'an', 'to', 'of', 'in', 'on', 'for', 'with', 'by', 'not', 'and', 'or', 'but', 'his', 'her', 'their', 'its', 'that', 'this', 'there', 'here', 'also', 'then', 'so']);
/** Words that cannot be a one-word source. */
const NOT_SOURCE_SINGLE = new Set(['there', 'this', 'that', 'what', 'which', 'who', 'as', 'reports', 'report', 'has', 'have', 'had', 'is', 'was', 'be']);
const RELATIVES = new Set(['who', 'which']);
/** Pronouns that can only be a clause's subject: after an ambiguous -s form ("notes they"), they make it a verb. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
/** Relative words that open an appositive clause after a name ("Hicks, whose husband is ..., said"). */
const APPOSITIVE_RELATIVES = new Set(['who', 'which', 'whose']);
/** Finite auxiliaries: after an inverted cue they make a clause ("said the flag is ..."), not a source. */
const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must']);

/** Words that open an adjunct, never the content, right after a cue. */
/** Prepositions that never open a pre-posed content; the cue before them is a participle ("announced in ..."). */
const CONTENT_NEVER_OPENS = new Set(['in', 'on', 'at', 'by', 'from', 'with', 'during', 'for', 'under', 'over', 'into', 'across', 'within', 'among', 'through', 'via']);
const ADJUNCT_OPENERS = new Set(['before', 'after', 'while', 'since', 'until', 'as', 'like', 'without', 'amid']);

/** Catenative verbs that join a reporting verb's group before "to" ("appeared to suggest", "tried to argue"). */
const CATENATIVES = new Set(['appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'try', 'tries', 'tried', 'continue', 'continues', 'continued', 'began', 'begin', 'begins', 'started', 'starts', 'start', 'sought', 'seeks', 'seek', 'rushed', 'hastened', 'moved']);

/** Subordinators that open a clause before the main one ("When X said ..., Y did ..."). */
const SUBORDINATORS = new Set(['when', 'after', 'before', 'as', 'if', 'because', 'while', 'since', 'although', 'though', 'once', 'until', 'unless', 'whereas']);

/** Conjunctions after a comma that start the author's own clause. */
const CONTRAST = new Set(['but', 'though', 'although', 'while', 'whereas', 'yet', 'which']);

/** Is there a short speaker tag at `k` that ends the sentence ("she said.", "Smith added,")? */
function tagAt(ctx: PatternContext, S: Sentence, k: number): boolean {
  const { tokens } = ctx;
  let m = k;
  while (m < S.te && m - k < 3 && tokens[m]!.t === 'w' && (tokens[m]!.cap || PRONOUNS[tokens[m]!.lw])) m++;
  if (m === k) return false;
  const f = CUE_FORMS.get(tokens[m]?.lw ?? '');
  if (!f || !f.some((x) => (x.form === 'past' || x.form === 'present') && (x.verb.frame === 'any' || x.verb.frame === 'tag'))) return false;
  const after = tokens[m + 1];
  return !after || isEnd(after) || after.w === ',';
}
const VIA_PREPS = new Set(['to', 'with', 'on']);

const isEnd = (tk: Token | undefined): boolean => !!tk && tk.t === 'p' && END_PUNCT.has(tk.w);

/** The attributions of one article, before speaker resolution. */
export function findRawClaims(ctx: PatternContext): RawClaim[] {
  const out: RawClaim[] = [];
  for (let si = 0; si < ctx.sentences.length; si++) {
    findInSentence(ctx, si, out);
  }
  findNestedInQuotes(ctx, out);
  addContinuations(ctx, out);
  out.sort((a, b) => a.cue[0] - b.cue[0]);
  return out;
}

/** Inside quotation `tk.q`, or not in any. */
const outside = (tk: Token): boolean => tk.q < 0;

/** The cue forms of a token, when it can be a cue (outside quotes, a word). */
function cueForms(tk: Token): CueForm[] | undefined {
  if (tk.t !== 'w' || tk.q >= 0) return undefined;
  return CUE_FORMS.get(tk.lw);
}

/** Is token i the start of a verb group that ends at a cue (aux/adverbs then the cue verb)? */
function groupStart(ctx: PatternContext, S: Sentence, i: number): number {
  const { tokens } = ctx;
  let a = i;
  while (a - 1 >= S.ts) {
    const t = tokens[a - 1]!;
    if (t.t !== 'w' || t.q >= 0) break;
    if (AUXILIARIES.has(t.lw) || GROUP_ADVERBS.has(t.lw) || (/^[a-z]+ly$/.test(t.w) && t.lw !== 'only')) {
      a--;
      continue;
    }
    // "has so far rejected", "have thus far declined": a two-word adverb inside the group.
    if (t.lw === 'far' && a - 2 >= S.ts && (tokens[a - 2]!.lw === 'so' || tokens[a - 2]!.lw === 'thus') && tokens[a - 2]!.q < 0) {
      a -= 2;
      continue;
    }
    break;
  }
  // Do not start a group on a bare adverb that is really the source's last word.
  return a;
}

/** The range of the quotation whose closing mark is token `i`, if token i closes one. */
function quoteEndingAt(ctx: PatternContext, i: number): Quote | null {
  const tk = ctx.tokens[i];
  if (!tk || tk.t !== 'q' || tk.q < 0) return null;
  const q = ctx.quotes[tk.q]!;
  return q.te - 1 === i ? q : null;
}

/** Trims punctuation off a content token range: leading commas/colons, trailing sentence punctuation outside quotes. */
function trimContent(ctx: PatternContext, a: number, b: number): [number, number] | null {
  const { tokens } = ctx;
  while (a < b && tokens[a]!.t === 'p' && (BOUNDARY_PUNCT.has(tokens[a]!.w) || tokens[a]!.w === '.')) a++;
  while (b > a) {
    const t = tokens[b - 1]!;
    if (t.t === 'p' && t.q < 0 && (t.w === '.' || t.w === ',' || t.w === ';' || t.w === ':' || DASHES.has(t.w) || t.w === '(')) { b--; continue; }
    break;
  }
  return b > a ? [a, b] : null;
}

/** An irregular past or an -s form of a cue verb ("said", "told", "says"): a finite verb that ends a noun phrase. */
function isFiniteCueWord(lw: string): boolean {
  const f = CUE_FORMS.get(lw);
  if (!f) return false;
  if (NOUN_LIKE.has(lw)) return false;
  return f.some((x) => (x.form === 'past' && !/ed$/.test(lw)) || (x.form === 'present' && (x.verb.frame === 'any')));
}

/** "Developers and supporters say": the words before "and" at `andIdx` are a short noun phrase opening the clause. */
function leftPartStartsClause(ctx: PatternContext, S: Sentence, andIdx: number): boolean {
  const { tokens } = ctx;
  let k = andIdx - 1;
  let n = 0;
  while (k >= S.ts && tokens[k]!.t === 'w' && n < 3) {
    if (AUXILIARIES.has(tokens[k]!.lw) || CUE_FORMS.has(tokens[k]!.lw) || PRONOUNS[tokens[k]!.lw] || CLAUSE_OPENERS.has(tokens[k]!.lw)) return false;
    k--; n++;
  }
  return n > 0 && (k < S.ts || tokens[k]!.w === ',' || LEADING_FILLERS.has(tokens[k]!.lw));
}

/** A plain noun-phrase chunk ending just before token `end`, bounded by clause boundaries. */
function plainChunk(ctx: PatternContext, S: Sentence, end: number): [number, number] | null {
  const { tokens } = ctx;
  let a = end;
  while (a - 1 >= S.ts && end - a < MAX_LEFT_CHUNK) {
    const t = tokens[a - 1]!;
    if (t.t === 'q' || t.q >= 0) break;
    if (t.w === ')') {
      // A parenthesis inside a name: "Rep. Gwen Moore (D-Wis.)".
      let m = a - 2;
      while (m >= S.ts && a - m < 8 && tokens[m]!.w !== '(' && tokens[m]!.w !== ')') m--;
      if (m >= S.ts && tokens[m]!.w === '(' && m > S.ts && tokens[m - 1]!.t === 'w') { a = m; continue; }
      break;
    }
    if (t.t === 'p' && t.w !== '’' && t.w !== "'" && t.w !== '.' && t.w !== '&' && t.w !== '-') break;
    // "in which he said": the relative word closes the chunk.
    if (t.t === 'w' && (t.lw === 'which' || t.lw === 'whom' || t.lw === 'what') && a < end) break;
    if (t.t === 'w' && CLAUSE_OPENERS.has(t.lw)) {
      // "Google and Yahoo say": keep "and" between two capitalised words.
      const isCompound = t.lw === 'and' && tokens[a - 2]?.q! < 0 && tokens[a - 2]?.t === 'w' && !PRONOUNS[tokens[a - 2]!.lw] && (
        (tokens[a - 2]!.cap && tokens[a]?.cap) || leftPartStartsClause(ctx, S, a - 1));
      if (!isCompound) break;
    }
    if (t.t === 'w' && !t.cap && (AUXILIARIES.has(t.lw) || isFiniteCueWord(t.lw))) break;
    a--;
  }
  if (end - a >= MAX_LEFT_CHUNK && a - 1 >= S.ts) {
    // Too long to be one noun phrase: keep a trailing third-person pronoun after an adjunct
    // ("... in an interview with the network he blasted ..."), else nothing.
    const p = tokens[end - 1]!;
    const before = tokens[end - 2];
    if (p.t === 'w' && !p.cap && (p.lw === 'he' || p.lw === 'she' || p.lw === 'they') && before && before.t === 'w' && before.cap) return [end - 1, end];
    return null;
  }
  // Strip leading fillers ("But", "Meanwhile") and a leading prepositional phrase without comma.
  while (a < end && tokens[a]!.t === 'w' && LEADING_FILLERS.has(tokens[a]!.lw)) a++;
  while (a < end && tokens[a]!.t === 'p') a++;
  if (a < end && PREPOSITIONS.has(tokens[a]!.lw)) {
    // "On Monday Smith said": keep the last capitalised run or pronoun.
    let k = end;
    while (k - 1 > a && (tokens[k - 1]!.cap || tokens[k - 1]!.w === '.')) k--;
    if (k === end && PRONOUNS[tokens[end - 1]!.lw] && end - 1 > a) k = end - 1;
    if (k === end) return null;
    a = k;
  }
  if (a >= end) return null;
  // "Trump this week also said": the time phrase is not part of the source.
  while (end - a > 1 && /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/.test(tokens[end - 1]!.lw)) end--;
  if (end - a > 2 && TIME_NOUNS.has(tokens[end - 1]!.lw) && ['this', 'last', 'next', 'earlier'].includes(tokens[end - 2]!.lw)) end -= 2;
  let lastIdx = end - 1;
  if (tokens[lastIdx]!.w === ')') while (lastIdx > a && tokens[lastIdx]!.w !== '(') lastIdx--;
  const last = tokens[lastIdx === end - 1 ? end - 1 : lastIdx - 1] ?? tokens[end - 1]!;
  if (last.t !== 'w' || NOT_SOURCE_LAST.has(last.lw)) return null;
  if (end - a === 1 && NOT_SOURCE_SINGLE.has(last.lw)) return null;
  if (end - a === 1 && !last.cap && !PRONOUNS[last.lw] && /^[a-z]+ly$/.test(last.w)) return null;
  for (let k = a; k < end; k++) {
    const t = tokens[k]!;
    if (t.t === 'w' && !t.cap && BE_FORMS.has(t.lw)) return null;
    // "If it seemed like Trump had written ...": a raising verb makes a clause, not a noun phrase.
    if (t.t === 'w' && !t.cap && SEEM_FORMS.has(t.lw)) return null;
    // A spaced hyphen is a dash: "... ideals - critics would call".
    if (t.w === '-' && k > a && tokens[k - 1]!.e < t.s) return null;
  }
  // "which Mr. Clarke says ...", "what the senators said ...": the relative word is not the source.
  if (end - a > 1 && (tokens[a]!.lw === 'which' || tokens[a]!.lw === 'what' || tokens[a]!.lw === 'whose')) a++;
  const firstTok = tokens[a]!;
  // "the guides I wrote": an object relative clause, not a source; "Even now she says": the pronoun.
  if (end - a > 1 && last.t === 'w' && PRONOUNS[last.lw] && tokens[end - 2]?.lw !== 'and') {
    const before = tokens[end - 2]!;
    if (LEADING_FILLERS.has(before.lw) || GROUP_ADVERBS.has(before.lw) || before.lw === 'even' || before.t === 'p') return [end - 1, end];
    // "in an interview with RT he blasted ...": after a name ending an adjunct, the pronoun is the subject.
    if (before.t === 'w' && before.cap && (last.lw === 'he' || last.lw === 'she' || last.lw === 'they') && tokens.slice(a, end - 1).some((t) => PREPOSITIONS.has(t.lw))) return [end - 1, end];
    return null;
  }
  // "credited to the laws proposed ...": a participle with its preposition opens no noun phrase.
  if (firstTok.t === 'w' && !firstTok.cap && /(?:ed|ing)$/.test(firstTok.lw) && PREPOSITIONS.has(tokens[a + 1]?.lw ?? '')) return null;
  return [a, end];
}

/**
 * The source on the left of a cue whose group starts at L: a relative pronoun, a plain chunk,
 * or "Name, appositive," (the trailing comma belongs to the source, as PolNeAR marks it).
 * With several appositives the source keeps the name and the first one ("Name, role, which
 * ..., said" gives "Name, role,"); a participial or relative first appositive is left out
 * ("Trump, speaking to reporters, said" gives "Trump").
 */
function leftSource(ctx: PatternContext, S: Sentence, L: number): [number, number] | null {
  const { tokens } = ctx;
  const j = L - 1;
  if (j < S.ts) return null;
  const tj = tokens[j]!;
  if (tj.t === 'w' && RELATIVES.has(tj.lw) && tj.q < 0) return [j, L];
  // "Kall -- co-editor of a book on the debates -- said": an appositive between dashes.
  if (tj.q < 0 && DASHES.has(tj.w) && tj.w !== '-') {
    for (let k = j - 2; k > S.ts && j - k <= MAX_APPOSITIVE; k--) {
      const t = tokens[k]!;
      if (t.q >= 0 || t.t === 'q' || t.w === ';') break;
      if (t.t === 'w' && !t.cap && (AUXILIARIES.has(t.lw) || isFiniteCueWord(t.lw))) break;
      if (t.w !== tj.w) continue;
      const head = plainChunk(ctx, S, k);
      if (head && head[1] - head[0] <= 6 && (tokens[head[0]]!.cap || DETERMINERS.has(tokens[head[0]]!.lw))) return [head[0], L];
      break;
    }
    return null;
  }
  if (tj.w !== ',' || tj.q >= 0) return plainChunk(ctx, S, L);
  // Comma-separated segments going left: [..., seg2, seg1] then the cue.
  const commas: number[] = [j];
  let k = j - 1;
  let depth = 0;
  while (k >= S.ts && j - k <= MAX_APPOSITIVE) {
    const t = tokens[k]!;
    if (t.w === ')') depth++;
    else if (t.w === '(') depth--;
    else if (depth <= 0) {
      if (t.t === 'q' || t.q >= 0 || t.w === ';' || t.w === ':' || DASHES.has(t.w)) break;
      if (t.w === ',') { commas.push(k); if (commas.length > 6) break; }
    }
    k--;
  }
  // Candidate names before each comma (needing at least one appositive after them).
  const valid: [number, [number, number]][] = [];
  for (let c = 1; c < commas.length; c++) {
    const headEnd = commas[c]!;
    const head = plainChunk(ctx, S, headEnd);
    if (!head || nameLength(ctx, head) > 8) continue;
    const first = tokens[head[0]]!;
    if (!first.cap && !PRONOUNS[first.lw] && !DETERMINERS.has(first.lw)) continue;
    // The appositives between the head and the cue must not be clauses of their own.
    let ok = true;
    for (let m = headEnd + 1; m < j && ok; m++) {
      const t = tokens[m]!;
      if (t.t === 'w' && !t.cap && (AUXILIARIES.has(t.lw) || isFiniteCueWord(t.lw))) {
        const segStart = commas.slice(0, c + 1).filter((x) => x < m).reduce((x, y) => Math.max(x, y), headEnd) + 1;
        if (!APPOSITIVE_RELATIVES.has(tokens[segStart]!.lw)) ok = false;
      }
    }
    if (ok) valid.push([c, head]);
  }
  if (!valid.length) return null;
  // A proper name further left wins ("Donna Rawlings, 59, of Ashton, Md., said"); else the nearest.
  const isName = ([a, b]: [number, number]): boolean => nameLength(ctx, [a, b]) <= 5 && tokens.slice(a, parenStart(ctx, [a, b])).every((t) => t.cap || t.w === '.' || t.w === '-');
  const named = valid.filter(([, h]) => isName(h));
  const [c, head] = named.length ? named[named.length - 1]! : valid[0]!;
  // Keep the appositives up to the first relative or participial one ("Name, role, which ..., said").
  for (let m = c - 1; m >= 0; m--) {
    const segStart = tokens[commas[m + 1]! + 1]!;
    if (APPOSITIVE_RELATIVES.has(segStart.lw) || (/ing$/.test(segStart.lw) && !segStart.cap)) {
      return m === c - 1 ? head : [head[0], commas[m + 1]!];
    }
    if (m === c - 1 - MAX_APPOSITIVES + 1) return [head[0], commas[m]! + 1];
  }
  return [head[0], j + 1];
}

/** Where a trailing parenthesis of a name starts ("Rep. Gwen Moore (D-Wis.)"), or the chunk's end. */
function parenStart(ctx: PatternContext, [a, b]: [number, number]): number {
  const { tokens } = ctx;
  if (tokens[b - 1]?.w !== ')') return b;
  for (let k = b - 2; k > a; k--) if (tokens[k]!.w === '(') return k;
  return b;
}

/** Length of a source chunk in tokens, a trailing party-and-state parenthesis not counted. */
function nameLength(ctx: PatternContext, chunk: [number, number]): number {
  return parenStart(ctx, chunk) - chunk[0];
}

/** Words that can start a source after an inverted cue ("said Smith", "said the minister"). */
function canStartSource(tk: Token | undefined): boolean {
  if (!tk || tk.t !== 'w' || tk.q >= 0) return false;
  if (tk.cap) return !WEEKDAYS.has(tk.lw) && !PREPOSITIONS.has(tk.lw);
  // "... “wrongfully” suggests that Phoenix ...": "that" after the verb opens its clause, never a source.
  if (tk.lw === 'that') return false;
  return DETERMINERS.has(tk.lw) || !!PRONOUNS[tk.lw] || /^\d/.test(tk.w) || ['former', 'senior', 'campaign', 'white', 'state', 'police', 'officials', 'sources', 'people', 'experts', 'analysts', 'critics', 'supporters', 'aides', 'spokesman', 'spokeswoman', 'spokesperson'].includes(tk.lw);
}

/**
 * The source after an inverted cue ending at R: to the sentence's end, cut before time words,
 * "in a statement", ", who ...", ", adding ..." and quotation marks.
 */
function rightSource(ctx: PatternContext, S: Sentence, R: number): [number, number] | null {
  const { tokens } = ctx;
  if (!canStartSource(tokens[R])) return null;
  // "said he." is inverted; "said they would ..." opens content.
  if (PRONOUNS[tokens[R]!.lw]) {
    const n = tokens[R + 1];
    return !n || R + 1 >= S.te || n.t === 'p' ? [R, R + 1] : null;
  }
  let b = R;
  while (b < S.te && b - R < MAX_RIGHT_SOURCE) {
    const t = tokens[b]!;
    if (t.t === 'q' || t.q >= 0) break;
    if (t.w === '(') {
      let m = b + 1;
      while (m < S.te && m - b < 8 && tokens[m]!.w !== ')' && tokens[m]!.w !== '(') m++;
      if (m < S.te && tokens[m]!.w === ')') { b = m + 1; continue; }
      break;
    }
    if (t.t === 'p' && (t.w === '?' || t.w === '!' || t.w === ';' || t.w === ':' || DASHES.has(t.w))) break;
    if (t.w === '.' && (b + 1 >= S.te || tokens[b + 1]!.t === 'q')) break;
    if (t.t === 'w' && b > R && WEEKDAYS.has(t.lw)) break;
    if (t.t === 'w' && b > R && !t.cap && (t.lw === 'in' || t.lw === 'on' || t.lw === 'during' || t.lw === 'at' || t.lw === 'via' || t.lw === 'to')) {
      const n = tokens[b + 1];
      const n2 = tokens[b + 2];
      const medium = n && (['a', 'an', 'his', 'her', 'their', 'its', 'twitter', 'facebook', 'instagram', 'x', 'television', 'tv', 'radio'].includes(n.lw));
      if (medium || ctx.outletAt.has(b + 1) || (n && WEEKDAYS.has(n.lw)) || (n2 && WEEKDAYS.has(n2.lw))) break;
    }
    if (t.w === ',') {
      const n = tokens[b + 1];
      if (!n || RELATIVES.has(n.lw) || ING_TAIL.test(n.lw) && !n.cap || ['according', 'as', 'but', 'and', 'though', 'although', 'because', 'when', 'while', 'after', 'before', 'in', 'on', 'at', 'during', 'referring', 'speaking'].includes(n.lw) || WEEKDAYS.has(n.lw)) break;
    }
    if (t.t === 'w' && b > R && !t.cap && (t.lw === 'that' || t.lw === 'who' || t.lw === 'which')) break;
    // "..., said the flag is a symbol of ...": a finite verb makes it the content, not a source.
    if (t.t === 'w' && b > R && !t.cap && FINITE_AUXILIARIES.has(t.lw)) return null;
    b++;
  }
  // Trailing commas are not part of a source that ends the clause.
  while (b > R && tokens[b - 1]!.t === 'p') b--;
  if (b <= R) return null;
  return [R, b];
}

/** After a post-posed cue ending at R: is the rest of the sentence only adjuncts (no new content)? */
function clauseEndsAfter(ctx: PatternContext, S: Sentence, R: number, tellType = false): boolean {
  const { tokens } = ctx;
  let b = R;
  // "..., she told reporters." / "..., he told CNN on Monday.": the recipient is no new content.
  if (tellType) b = skipRecipient(ctx, S, R);
  const first = b < S.te ? tokens[b] : undefined;
  // "..., said Brian Baker, an adviser who oversees the campaign.": a relative clause on the source.
  if (first && first.q < 0 && RELATIVES.has(first.lw) && tokens[b - 1]?.t === 'w' && !CUE_FORMS.has(tokens[b - 1]!.lw)) return true;
  if (first && first.q < 0 && first.t === 'w' && !PREPOSITIONS.has(first.lw) && !WEEKDAYS.has(first.lw) && !/^[a-z]+ly$/.test(first.w) && !ctx.outletAt.has(b)) {
    // A noun phrase right after the cue is its object: the cue opens content, it does not close it.
    return false;
  }
  for (; b < S.te; b++) {
    const t = tokens[b]!;
    if (b - R > MAX_TAIL) return false;
    if (isEnd(t) && (b === S.te - 1 || tokens[b + 1]!.t === 'q')) return true;
    if (t.t === 'q' || t.q >= 0) return false;
    if (t.w === ':' ) return false;
    if (t.w === ',' || t.w === ';' || DASHES.has(t.w)) {
      const n = tokens[b + 1];
      // ", adding that ...", ", who ...", ", according to ...": a new clause that is not our content.
      if (!n) return true;
      if ((ING_TAIL.test(n.lw) && !n.cap) || RELATIVES.has(n.lw) || ['according', 'as', 'but', 'and', 'though', 'although', 'because', 'while', 'referring', 'before', 'after', 'when'].includes(n.lw)) return true;
      // ", on Monday." goes on as an adjunct; anything else goes on with new content.
      if (PREPOSITIONS.has(n.lw) || WEEKDAYS.has(n.lw)) continue;
      return false;
    }
    if (t.t === 'w' && !t.cap && (t.lw === 'that' || WH_WORDS.has(t.lw) && t.lw !== 'when' && t.lw !== 'who' && t.lw !== 'which')) return false;
    if (t.t === 'w' && !t.cap && (AUXILIARIES.has(t.lw) || (CUE_FORMS.has(t.lw) && !ING_TAIL.test(t.lw)))) return false;
  }
  return true;
}

/** The outlet a statement was given to: "told CBS News", "disclosed to CBS News", "in an interview with the BBC". */
function viaAfter(ctx: PatternContext, R: number, tellType: boolean, S: Sentence): { via: string; end: number } | null {
  const { tokens, outletAt } = ctx;
  if (tellType && outletAt.has(R)) { const o = outletAt.get(R)!; return { via: o.name, end: o.b }; }
  const t = tokens[R];
  if (t && VIA_PREPS.has(t.lw) && outletAt.has(R + 1)) { const o = outletAt.get(R + 1)!; return { via: o.name, end: o.b }; }
  // "in an interview with X", "in a statement to X", "speaking to X" anywhere in the sentence.
  for (let i = S.ts; i < S.te - 1; i++) {
    const w = tokens[i]!.lw;
    if ((w === 'with' || w === 'to' || w === 'told') && outletAt.has(i + 1)) {
      const prev = tokens[i - 1]?.lw ?? '';
      if (w === 'told' || ['interview', 'interviews', 'statement', 'speaking', 'talking', 'spoke', 'remarks', 'comments', 'email', 'conversation', 'appearance'].includes(prev)) {
        return { via: outletAt.get(i + 1)!.name, end: -1 };
      }
    }
  }
  return null;
}

/** The recipient after a tell-type cue: an outlet, a pronoun, a short noun phrase before "that". */
function skipRecipient(ctx: PatternContext, S: Sentence, R: number): number {
  const { tokens, outletAt } = ctx;
  if (outletAt.has(R)) return outletAt.get(R)!.b;
  const t = tokens[R];
  if (!t || t.q >= 0 || t.t !== 'w') return R;
  for (let k = R; k < Math.min(S.te, R + 8); k++) {
    const u = tokens[k]!;
    if (u.q >= 0 || u.t === 'q') break;
    if (u.lw === 'that' || u.w === ':' || WH_WORDS.has(u.lw) && u.lw !== 'who' && u.lw !== 'which' || (u.lw === 'to' && k > R)) {
      return k;
    }
    if (u.w === ',' && k > R) return k;
    if (u.t === 'p' && u.w !== '.' && u.w !== '’' && u.w !== "'") break;
  }
  if (RECIPIENT_WORDS.has(t.lw) && t.lw !== 'the') return R + 1;
  if (t.cap && !PRONOUNS[t.lw]) {
    let k = R;
    while (k < S.te && tokens[k]!.cap && tokens[k]!.q < 0) k++;
    return k;
  }
  return R;
}

/** Where the content of a pre-posed cue starts: past the recipient, adjuncts up to "that", a comma or a colon. */
function contentStart(ctx: PatternContext, S: Sentence, R: number, tellType: boolean, toFrame = false): { start: number; colon: boolean } {
  const { tokens } = ctx;
  let k = R;
  if (tellType) k = skipRecipient(ctx, S, k);
  else if (tokens[k]?.lw === 'to' && (ctx.outletAt.has(k + 1) || RECIPIENT_WORDS.has(tokens[k + 1]?.lw ?? '') && tokens[k + 1]?.lw !== 'the')) {
    k = ctx.outletAt.get(k + 1)?.b ?? k + 2;
  }
  // Adjuncts before "that": "said on Monday that", "said in a statement that".
  const first = tokens[k];
  const adjunct = first && first.lw !== 'that' && !(toFrame && first.lw === 'to') && (PREPOSITIONS.has(first.lw) || WEEKDAYS.has(first.lw) || (tellType && (first.t === 'q' || first.cap)));
  if (first && adjunct) {
    // "that" wins over a comma: "said in Columbus, Ohio, that ..."; a quoted show name may sit between.
    let comma = -1;
    for (let m = k; m < Math.min(S.te, k + MAX_THAT_LOOKAHEAD); m++) {
      const u = tokens[m]!;
      if (u.lw === 'that' && u.q < 0) { k = m; comma = -1; break; }
      // "decided after a long review not to appeal": an intention verb's infinitive after the adjunct.
      if (toFrame && u.lw === 'to' && u.q < 0 && m > k && tokens[m + 1]?.t === 'w' && !tokens[m + 1]!.cap && !DETERMINERS.has(tokens[m + 1]!.lw) && tokens[m - 1]!.w !== ',') {
        k = tokens[m - 1]!.lw === 'not' ? m - 1 : m; comma = -1; break;
      }
      // Only a comma close to the cue closes an adjunct ("said on Monday, ..."), not one inside the content.
      if ((u.w === ',' || u.w === ':') && u.q < 0 && comma < 0 && m - k <= MAX_ADJUNCT_BEFORE_COMMA) comma = m;
      if (isEnd(u) && u.q < 0) break;
      if (u.q < 0 && u.t === 'w' && isFiniteCueWord(u.lw) && m > k) break;
    }
    const opened = tokens[k]!.lw === 'that' || (toFrame && k > R && (tokens[k]!.lw === 'to' || tokens[k]!.lw === 'not'));
    if (comma >= 0 && first.q < 0 && !opened) k = comma;
    else if (!opened) k = skipTimeAdjunct(ctx, S, k);
  }
  let colon = false;
  if (tokens[k]?.w === ':' && tokens[k]!.q < 0) { colon = true; }
  return { start: k, colon };
}

/** Skips "this weekend", "on Monday", "Tuesday night", "in a statement (on Monday)" right after a cue. */
function skipTimeAdjunct(ctx: PatternContext, S: Sentence, k: number): number {
  const { tokens } = ctx;
  const lw = (i: number): string => (i < S.te ? tokens[i]!.lw : '');
  let m = k;
  for (let guard = 0; guard < 3; guard++) {
    if ((lw(m) === 'this' || lw(m) === 'last' || lw(m) === 'next' || lw(m) === 'earlier' || lw(m) === 'later') && TIME_NOUNS.has(lw(m + 1))) m += 2;
    else if (lw(m) === 'on' && WEEKDAYS.has(lw(m + 1))) m += 2;
    else if (WEEKDAYS.has(lw(m)) && /day$|yesterday|today|tonight/.test(lw(m))) m += 1;
    else if (lw(m) === 'in' && (lw(m + 1) === 'a' || lw(m + 1) === 'an') && MEDIUM_NOUNS.has(lw(m + 2))) m += 3;
    else break;
    if (TIME_NOUNS.has(lw(m))) m++;
  }
  // "noting today is the start of a new year": before a finite verb the time word is the subject.
  if (m > k && m < S.te && tokens[m]!.q < 0 && !tokens[m]!.cap && isFiniteAuxiliary(lw(m))) return k;
  return m < S.te ? m : k;
}

/** Does a 'clause'-frame verb have a clause after it (that, a quote, a colon, a wh-word)? */
function hasClauseAfter(ctx: PatternContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  if (t.q >= 0 || t.w === ':') return true;
  if (t.lw === 'that' || WH_WORDS.has(t.lw)) return true;
  if (t.w === ',' && ctx.tokens[k + 1]?.t === 'q') return true;
  return false;
}

/** End of content for a pre-posed cue: the sentence end, or before a coordinated cue ("and added"). */
function preposedContentEnd(ctx: PatternContext, S: Sentence, from: number, relative = false): number {
  const { tokens } = ctx;
  for (let k = from; k < S.te; k++) {
    const t = tokens[k]!;
    if (t.q >= 0) continue;
    // "X, who said ..., told Reuters": the relative clause ends where the main verb comes.
    if (relative && t.w === ',' && k > from && tokens[k + 1]?.q! < 0 && isFiniteCueWord(tokens[k + 1]?.lw ?? '')) return k;
    // PolNeAR content is conservative: ", but ...", ", though ..." is the author's, not the source's.
    if (t.w === ',' && k > from + 2 && CONTRAST.has(tokens[k + 1]?.lw ?? '')) return k;
    if (t.w === ';' && k > from + 2) return k;
    // "... for use of the server but did not recommend prosecution": a second verb phrase, the author's.
    if (t.lw === 'but' && k > from + 2 && tokens[k + 1]?.t === 'w' && (AUXILIARIES.has(tokens[k + 1]!.lw) || GROUP_ADVERBS.has(tokens[k + 1]!.lw))) return k;
    // "... in a statement on Thursday": where it was said, not what.
    if (t.lw === 'in' && k > from + 1 && (tokens[k + 1]?.lw === 'a' || tokens[k + 1]?.lw === 'an') && MEDIUM_NOUNS.has(tokens[k + 2]?.lw ?? '') && (tokens[k + 3]?.q ?? -1) < 0) return k;
    // An aside after a dash or in parentheses at the clause's end is the author's.
    if ((DASHES.has(t.w) && t.w !== '-' || t.w === '(') && k > from + 3) return k;
    if (t.w === ',' && k > from && tokens[k + 1]?.t === 'w' && !tokens[k + 1]!.cap && /ing$/.test(tokens[k + 1]!.lw) && !LIST_PARTICIPLES.has(tokens[k + 1]!.lw) && tokens[k + 1]!.q < 0) return k;
    // A tag inside the sentence ("... because “...,” she said."): the content stops before it.
    if (k > from + 1 && (t.w === ',' || quoteEndingAt(ctx, k - 1)) && tagAt(ctx, S, t.w === ',' ? k + 1 : k)) return t.w === ',' ? k : k;
    if (t.w === ',' && k > from) {
      const n = tokens[k + 1];
      const f = n && n.q < 0 ? CUE_FORMS.get(n.lw) : undefined;
      if (f && f.some((x) => x.form === 'ing' && (x.verb.frame === 'any' || x.verb.frame === 'clause'))) return k;
    }
    // "..., and when pressed on it, she replied ...": a subordinate clause after ", and" is the author's narration.
    if (t.w === ',' && t.q < 0 && k > from + 2 && tokens[k + 1]?.lw === 'and' && SUBORDINATORS.has(tokens[k + 2]?.lw ?? '') && tokens[k + 2]!.lw !== 'as') return k;
    // "... the investigation, and Democrats accused the GOP ...": a second clause with its own speaker.
    if ((t.lw === 'and' || t.lw === 'but' || t.lw === 'while' || t.lw === 'whereas') && t.q < 0 && k > from + 2 && newSpeakerClauseAt(ctx, S, k + 1)) {
      return tokens[k - 1]?.w === ',' ? k - 1 : k;
    }
    if ((t.lw === 'and' || t.w === ',' || t.w === ';') && k > from) {
      // "... and added that ...": a second cue sharing the source.
      let m = k + 1;
      while (m < S.te && (GROUP_ADVERBS.has(tokens[m]!.lw) || AUXILIARIES.has(tokens[m]!.lw))) m++;
      const f = cueForms(tokens[m] ?? tokens[k]!);
      if (tokens[m] && f && t.lw === 'and' && tokens[m + 1]?.lw === 'to' && f.some((x) => (x.form === 'past' || x.form === 'present') && x.verb.frame === 'to')) {
        return tokens[k - 1]?.w === ',' ? k - 1 : k;
      }
      if (tokens[m] && f && f.some((x) => (x.form === 'past' || x.form === 'present') && x.verb.frame === 'any')) {
        const after = tokens[m + 1];
        const strong = t.lw === 'and' || after?.lw === 'that';
        if (after && strong && !isEnd(after)) return t.lw === 'and' && tokens[k - 1]?.w === ',' ? k - 1 : k;
      }
    }
  }
  return S.te;
}

/** Longest subject of a coordinated clause with its own speaker ("and Senate Democrats accused ..."). */
const MAX_COORD_SUBJECT = 4;

/**
 * Does a clause with its own speaker start at `k`: a short subject (a name, a pronoun, a
 * determiner phrase or a plural speaker noun), an optional verb group, then a finite
 * reporting verb of the any frame ("Democrats accused", "the White House has said")?
 */
function newSpeakerClauseAt(ctx: PatternContext, S: Sentence, k: number): boolean {
  const { tokens } = ctx;
  const t0 = tokens[k];
  if (!t0 || t0.t !== 'w' || t0.q >= 0) return false;
  const p = PRONOUNS[t0.lw];
  let m = k;
  if (p) m = k + 1;
  else {
    while (m < S.te && m - k < MAX_COORD_SUBJECT && tokens[m]!.t === 'w' && tokens[m]!.q < 0 && !CUE_FORMS.has(tokens[m]!.lw) && !AUXILIARIES.has(tokens[m]!.lw) && !CLAUSE_OPENERS.has(tokens[m]!.lw) && !PREPOSITIONS.has(tokens[m]!.lw)) m++;
    if (m === k || (m - k === 1 && t0.lw === 'the')) return false;
  }
  // "and human rights groups warned that ...": a lower-case subject whose head names speakers.
  const head = tokens[m - 1]!.lw;
  const speakerHead = !p && m > k && !tokens[m - 1]!.cap && (SPEAKER_NOUNS.has(head) || (head.endsWith('s') && SPEAKER_NOUNS.has(head.slice(0, -1))));
  if (!(t0.cap || (p && p.person === 3) || t0.lw === 'the' || SPEAKER_NOUNS.has(t0.lw) || speakerHead)) return false;
  while (m < S.te && tokens[m]!.q < 0 && (AUXILIARIES.has(tokens[m]!.lw) || GROUP_ADVERBS.has(tokens[m]!.lw))) m++;
  const v = tokens[m];
  if (!v || v.q >= 0 || v.t !== 'w' || v.cap || NOUN_LIKE.has(v.lw)) return false;
  const f = CUE_FORMS.get(v.lw);
  return !!f && f.some((x) => (x.form === 'past' || x.form === 'present' || (x.form === 'base' && m > k + 1)) && x.verb.frame === 'any');
}

/** Does the verb group [L, R) look passive ("was reported", "is expected")? */
function isPassive(ctx: PatternContext, L: number, i: number, forms: CueForm[]): boolean {
  if (!forms.some((f) => f.form === 'past' || f.form === 'participle')) return false;
  for (let k = L; k < i; k++) if (BE_FORMS.has(ctx.tokens[k]!.lw)) return true;
  return false;
}

function pushClaim(out: RawClaim[], c: RawClaim): void {
  out.push(c);
}

/** Content fragments covered by existing claims in this sentence (to skip nested cues). */
function insideExisting(out: RawClaim[], from: number, i: number): boolean {
  for (let k = out.length - 1; k >= from; k--) {
    for (const [a, b] of out[k]!.content) if (i >= a && i < b) return true;
  }
  return false;
}

/** All the families on one sentence. */
function findInSentence(ctx: PatternContext, si: number, out: RawClaim[]): void {
  const { tokens } = ctx;
  const S = ctx.sentences[si]!;
  const firstOfSentence = out.length;
  const isHeadline = S.para < ctx.firstBodyPara;
  for (let i = S.ts; i < S.te; i++) {
    const tk = tokens[i]!;
    if (tk.q >= 0 || tk.t !== 'w') continue;
    if (insideExisting(out, firstOfSentence, i)) continue;
    if (tk.lw === 'according' && tokens[i + 1]?.lw === 'to') {
      accordingTo(ctx, S, si, i, out);
      continue;
    }
    // "The plan seems to be failing": a sourceless attribution over the whole clause.
    if (SEEM_FORMS.has(tk.lw) && tokens[i + 1]?.lw === 'to' && tokens[i + 1]!.q < 0) {
      raisingClaim(ctx, S, si, groupStart(ctx, S, i), i + 1, out, 'attitude');
      continue;
    }
    const forms = cueForms(tk);
    if (!forms) continue;
    // "the United States", "Says" in a title-case headline is fine, a proper noun elsewhere is not.
    if (tk.cap && i !== S.ts && !isHeadline) continue;
    verbCue(ctx, S, si, i, forms, out, firstOfSentence);
  }
  outerTag(ctx, S, si, out, firstOfSentence);
  for (let i = S.ts + 1; i < S.te - 1; i++) {
    const tk = tokens[i]!;
    if (tk.q >= 0 || tk.t !== 'w' || tk.cap || !STANCE_ADJECTIVES.has(tk.lw) || insideExisting(out, firstOfSentence, i)) continue;
    if (out.slice(firstOfSentence).some((c) => c.cue[0] <= i && i < c.cue[1])) continue;
    stanceAdjective(ctx, S, si, i, out);
  }
  // Noun cues last: a verb cue outranks them, and they never swallow one.
  for (let i = S.ts; i < S.te; i++) {
    const tk = tokens[i]!;
    if (tk.q >= 0 || tk.t !== 'w' || insideExisting(out, firstOfSentence, i)) continue;
    if (tk.lw === 'in') { inView(ctx, S, si, i, out); continue; }
    if (!NOUN_CUES.has(tk.lw)) continue;
    const before = out.length;
    if (possessiveNounCue(ctx, S, si, i, out) && out.length > before) {
      const c = out[out.length - 1]!;
      const [a, b] = c.content[0]!;
      const swallows = out.slice(firstOfSentence, before).some((o) => o.cue[0] >= a && o.cue[0] < b || (o.src && o.src[0] >= c.cue[0] && o.src[0] < b));
      if (swallows) out.pop();
    }
  }
  if (out.length === firstOfSentence) {
    colonLabel(ctx, S, si, out, isHeadline);
    dashTag(ctx, S, si, out);
  }
}

/**
 * Reporting and belief verbs whose passive raises the subject of the reported clause ("X is
 * expected to", "X was said to", "X is believed to"): general English raising-to-subject verbs.
 */
const RAISING_PASSIVES = new Set(['expect', 'think', 'believe', 'say', 'report', 'rumor', 'rumour', 'allege', 'know', 'understand', 'estimate', 'suspect', 'predict', 'project', 'forecast', 'fear']);
/**
 * Verbs of charging and blaming whose passive names the one charged and hides who charged
 * ("was accused of", "have been blamed for", "is being criticized as"), with the preposition
 * that must follow: general English valency.
 */
const CHARGE_PASSIVES: Readonly<Record<string, readonly string[]>> = {
  accuse: ['of'], blame: ['for'], criticize: ['for', 'as'], criticise: ['for', 'as'], condemn: ['for', 'as'],
  fault: ['for'], praise: ['for', 'as'], denounce: ['as', 'for'], attack: ['for', 'as'], slam: ['for', 'as'],
  blast: ['for', 'as'], mock: ['for', 'as'], ridicule: ['for', 'as'], rebuke: ['for'], hail: ['as', 'for'],
  dismiss: ['as'], decry: ['as'], lambaste: ['for'], chastise: ['for'], deride: ['as', 'for'], label: ['as'], brand: ['as'],
};
/** Forms of "seem", a raising verb of appearance ("X seems to ..."), read as a sourceless attribution. */
const SEEM_FORMS = new Set(['seem', 'seems', 'seemed']);

/**
 * A sourceless attribution over a raising clause: the clause's subject, the cue ("is expected",
 * "seems") and the infinitive make the content, as PolNeAR marks it ("X is expected to win").
 */
function raisingClaim(ctx: PatternContext, S: Sentence, si: number, L: number, R: number, out: RawClaim[], cls: string, family = 'raising', nextAt = R + 1): void {
  const { tokens } = ctx;
  const n = tokens[nextAt];
  if (!n || n.t !== 'w' || n.cap || n.q >= 0) return;
  const subj = plainChunk(ctx, S, L);
  if (!subj) return;
  const first = tokens[subj[0]]!;
  // "He is expected to" reads as the writer's forecast; "he was accused of" as someone's charge.
  if (family === 'raising' && PRONOUNS[first.lw] && subj[1] - subj[0] === 1 && first.lw !== 'it' && first.lw !== 'they') return;
  const c = trimContent(ctx, subj[0], preposedContentEnd(ctx, S, R));
  if (!c) return;
  pushClaim(out, { src: null, cue: [L, R], content: [c], via: null, nested: false, family, cls, sent: si });
}

/** Longest topic noun phrase after a noun cue's preposition ("criticism of the new trade deal"). */
const MAX_TOPIC = 12;

/**
 * The end of a topic noun phrase after a noun cue: before the clause's verb ("Trump's criticism
 * of the deal was sharp"), a comma, or an adjunct.
 */
function nounPhraseEnd(ctx: PatternContext, S: Sentence, from: number, end: number): number {
  const { tokens } = ctx;
  let k = from;
  while (k < end && k - from < MAX_TOPIC) {
    const t = tokens[k]!;
    if (t.q < 0 && (t.w === ',' || t.w === ';' || (t.t === 'w' && !t.cap && ((k > from + 1 && /ed$/.test(t.lw)) || AUXILIARIES.has(t.lw) || isFiniteCueWord(t.lw) || IRREGULAR_PAST.has(t.lw) || RELATIVES.has(t.lw) || t.lw === 'that')))) break;
    if (t.q < 0 && t.t === 'p' && t.w !== '-' && t.w !== '’' && t.w !== "'" && t.w !== '.') break;
    k++;
  }
  if (k - from >= MAX_TOPIC) return Math.min(end, objectEnd(ctx, from, end));
  return Math.min(k, objectEnd(ctx, from, k));
}

/**
 * "In X's view, ..." / "In the view of X, ..." (and opinion, words, eyes, estimation...): a
 * prepositional cue with the possessor as source and the rest of the clause as content.
 */
function inView(ctx: PatternContext, S: Sentence, si: number, i: number, out: RawClaim[]): void {
  const { tokens } = ctx;
  const t1 = tokens[i + 1];
  if (!t1 || t1.q >= 0) return;
  let src: [number, number];
  let cueEnd: number;
  if (t1.lw === 'the' && VIEW_NOUNS.has(tokens[i + 2]?.lw ?? '') && tokens[i + 3]?.lw === 'of') {
    // "in the view of many economists,"
    let b = i + 4;
    while (b < S.te && b - i < 14 && tokens[b]!.w !== ',' && tokens[b]!.q < 0 && !isEnd(tokens[b])) b++;
    if (b === i + 4) return;
    src = [i + 4, b];
    cueEnd = i + 4;
  } else {
    // "in his view", "in Smith's view", "in the senator's words"
    let k = i + 1;
    while (k < S.te && k - i <= 5 && tokens[k]!.t === 'w' && !VIEW_NOUNS.has(tokens[k]!.lw)) k++;
    if (k >= S.te || !VIEW_NOUNS.has(tokens[k]!.lw) || k === i + 1) return;
    const owner = tokens[k - 1]!;
    const poss = POSSESSIVE_PRONOUNS.has(owner.lw) || /['’]s$/.test(owner.w) || owner.w === '’' || owner.w === "'";
    if (!poss) return;
    let a = k - 1;
    if (owner.w === '’' || owner.w === "'") a--;
    if (!POSSESSIVE_PRONOUNS.has(owner.lw)) while (a - 1 > i && tokens[a - 1]!.t === 'w') a--;
    src = [a, owner.w === '’' || owner.w === "'" ? k : k];
    cueEnd = k + 1;
    if (POSSESSIVE_PRONOUNS.has(owner.lw)) src = [k - 1, k];
    // "in his words" needs a quotation or clause after it; "in their eyes" / "his view" too.
  }
  const sep = tokens[cueEnd];
  let content: [number, number] | null;
  if (i === S.ts || tokens.slice(S.ts, i).every((t) => t.t !== 'w' || LEADING_FILLERS.has(t.lw))) {
    if (sep?.w !== ',' && sep?.w !== ':') return;
    if (cueEnd === i + 4) return; // "in the view of X" takes its content after the source: handled below
    content = trimContent(ctx, cueEnd + 1, preposedContentEnd(ctx, S, cueEnd + 1));
  } else if (tokens[i - 1]?.w === ',' && (isEnd(sep) || sep?.w === ',' && isEnd(tokens[cueEnd + 1]))) {
    // "..., in the senator's view."
    content = trimContent(ctx, skipDateline(ctx, S.ts, i - 1), i - 1);
  } else return;
  if (!content) return;
  pushClaim(out, { src, cue: [i, cueEnd], content: [content], via: null, nested: false, family: 'in-view', cls: 'prep', sent: si });
}

/** Longest stance holder without an appositive ("the senior management at the company"). */
const MAX_STANCE_SOURCE = 6;
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Subjects that make "is clear that" a sourceless judgement of the writer, not an attribution we read. */
const EXPLETIVES = new Set(['it', 'this', 'that', 'there', 'what', 'which']);

/**
 * Stance adjectives after "be": "Republicans were critical of the plan", "She is confident that
 * ...", "The union is willing to strike". The subject is the source; the verb group, the
 * adjective and its preposition are the cue; the complement to the clause's end is the content.
 */
function stanceAdjective(ctx: PatternContext, S: Sentence, si: number, i: number, out: RawClaim[]): void {
  const { tokens } = ctx;
  const L = groupStart(ctx, S, i);
  let be = false;
  for (let k = L; k < i; k++) if (BE_FORMS.has(tokens[k]!.lw) || tokens[k]!.lw === 'remain' || tokens[k]!.lw === 'remains' || tokens[k]!.lw === 'remained') be = true;
  if (!be && !['remain', 'remains', 'remained', 'seemed', 'seems', 'appeared', 'appears', 'sounded', 'grew', 'became'].includes(tokens[L - 1]?.lw ?? '')) return;
  const gL = be ? L : groupStart(ctx, S, L - 1);
  const next = tokens[i + 1]!;
  const allowed = STANCE_ADJECTIVES.get(tokens[i]!.lw)!;
  let cueEnd: number;
  let from: number;
  if (next.q < 0 && next.lw === 'that' && allowed.includes('that')) { cueEnd = i + 1; from = i + 1; }
  else if (next.q < 0 && next.lw === 'to' && allowed.includes('to') && tokens[i + 2]?.t === 'w' && !tokens[i + 2]!.cap) { cueEnd = i + 1; from = i + 1; }
  else if (next.q < 0 && next.lw !== 'that' && next.lw !== 'to' && allowed.includes(next.lw)) { cueEnd = i + 2; from = i + 2; }
  else if (next.q < 0 && next.lw === 'to' && allowed.includes('to')) { cueEnd = i + 2; from = i + 2; }
  else if (next.q < 0 && next.lw === 'whether' && allowed.includes('whether')) { cueEnd = i + 1; from = i + 1; }
  else return;
  const src = leftSource(ctx, S, gL);
  if (!src) return;
  // A stance holder is a short noun phrase or a name with its appositive, not a clause.
  if (src[1] - src[0] > MAX_STANCE_SOURCE && tokens[src[1] - 1]!.w !== ',') return;
  for (let k = src[0]; k < src[1]; k++) if (tokens[k]!.t === 'w' && !tokens[k]!.cap && (CUE_FORMS.has(tokens[k]!.lw) || AUXILIARIES.has(tokens[k]!.lw))) return;
  const last = tokens[src[1] - 1]!;
  if (src[1] - src[0] === 1 && (EXPLETIVES.has(last.lw) || (!last.cap && !PRONOUNS[last.lw] && !ANONYMOUS_OR_SPEAKER(last.lw)))) return;
  if (EXPLETIVES.has(tokens[src[0]]!.lw) && src[1] - src[0] === 1) return;
  const end = preposedContentEnd(ctx, S, from);
  const c = trimContent(ctx, from, end);
  if (!c || c[1] - c[0] < 2 && tokens[c[0]]!.t !== 'w') return;
  pushClaim(out, { src, cue: [gL, cueEnd], content: [c], via: null, nested: false, family: 'stance', cls: 'attitude', sent: si });
}

/** A lower-case one-word subject that can hold a stance ("officials", "Democrats" written lower, "critics"). */
function ANONYMOUS_OR_SPEAKER(lw: string): boolean {
  return SPEAKER_NOUNS.has(lw) || /s$/.test(lw);
}

/** How far from the sentence's end a closing tag's cue may sit ("..., a senior official told reporters on Monday."). */
const MAX_OUTER_TAG = 12;

/** Longest source of a closing tag that outranks earlier claims ("a senior administration official"). */
const MAX_OUTER_TAG_SOURCE = 6;

/** A closing tag's source: short, right after a comma, opening like a speaker ("a source", "officials", "Smith"). */
function shortTagSource(ctx: PatternContext, c: RawClaim): boolean {
  const { tokens } = ctx;
  if (!c.src) return false;
  const [a, b] = c.src;
  if (c.family === 'inverted') return b - a <= MAX_OUTER_TAG_SOURCE + 8;
  const first = tokens[a]!;
  return b - a <= MAX_OUTER_TAG_SOURCE && tokens[a - 1]?.w === ',' && (first.cap || !!PRONOUNS[first.lw] || DETERMINERS.has(first.lw) || SPEAKER_NOUNS.has(first.lw) || ANONYMOUS_OR_SPEAKER(first.lw));
}

/** Families a closing tag may replace: claims read forwards from a verb, whose content is the tag's. */
const OUTRANKED_FAMILIES = new Set(['preposed', 'coordinated', 'ing', 'stance', 'noun', 'passive']);

/**
 * "X decided to change course ..., a source said.": a closing tag outranks the claims read
 * inside its content (PolNeAR annotates the outermost attribution only). When the sentence ends
 * in a post-posed tag that is not yet a claim, the forward-read claims before it (none of them
 * a quotation) make way for it, if it then reads as a post-posed tag over them; otherwise
 * everything stays as it was.
 */
function outerTag(ctx: PatternContext, S: Sentence, si: number, out: RawClaim[], firstOfSentence: number): void {
  const { tokens } = ctx;
  if (out.length === firstOfSentence) return;
  for (let i = S.te - 1; i >= Math.max(S.ts + 2, S.te - MAX_OUTER_TAG); i--) {
    const tk = tokens[i]!;
    if (tk.q >= 0 || tk.t !== 'w' || tk.cap) continue;
    const forms = CUE_FORMS.get(tk.lw);
    if (!forms || NOUN_LIKE.has(tk.lw) || !forms.some((f) => (f.form === 'past' || f.form === 'present') && f.verb.frame === 'any' && f.verb.cls === 'statement')) continue;
    const kept = out.slice(firstOfSentence);
    // The tag may already be a claim whose content the earlier claims cut short.
    const existing = kept.find((c) => c.cue[0] <= i && i < c.cue[1]);
    if (existing && existing.family !== 'postposed' && existing.family !== 'inverted') return;
    const replaced = kept.filter((c) => c !== existing && (c.cue[0] < i || c.content.some(([a, b]) => i >= a && i < b)));
    if (!replaced.length || replaced.some((c) => !OUTRANKED_FAMILIES.has(c.family) || isDirect(ctx, c))) return;
    if (existing && existing.content[0]![0] <= replaced[0]!.cue[0]) return;
    out.length = firstOfSentence;
    for (const c of kept) if (!replaced.includes(c) && c !== existing) out.push(c);
    const before = out.length;
    verbCue(ctx, S, si, i, forms, out, firstOfSentence);
    const made = out.length > before ? out[out.length - 1]! : null;
    if (made && (made.family === 'postposed' || made.family === 'inverted') && made.content[0]![0] <= replaced[0]!.cue[0] && shortTagSource(ctx, made)) return;
    out.length = firstOfSentence;
    out.push(...kept);
    return;
  }
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

/**
 * A noun cue with a possessive source: "Trump’s claim that ...", "police’s earlier claim that",
 * "her promise to ...". The possessor is the source ("’s" included, as PolNeAR marks it).
 */
function possessiveNounCue(ctx: PatternContext, S: Sentence, si: number, i: number, out: RawClaim[]): boolean {
  const { tokens } = ctx;
  const kind = NOUN_CUES.get(tokens[i]!.lw);
  const next = tokens[i + 1];
  if (!next || next.q >= 0) return false;
  const wantsThat = !!kind && next.lw === 'that' && kind !== 'to';
  const wantsTo = !!kind && next.lw === 'to' && kind !== 'that' && tokens[i + 2]?.t === 'w' && !tokens[i + 2]!.cap;
  const colon = !!kind && next.w === ':' && tokens[i + 2]?.q! >= 0;
  // "Trump's criticism of the deal": the preposition joins the cue, the topic is the content.
  const wantsPrep = !wantsThat && !wantsTo && !colon && !!NOUN_PREP_CUES.get(tokens[i]!.lw)?.includes(next.lw) && !!tokens[i + 2] && tokens[i + 2]!.t !== 'p';
  if (!wantsThat && !wantsTo && !colon && !wantsPrep) return false;
  // Up to two adjectives between the possessor and the noun ("earlier claim", "repeated false claims").
  let k = i - 1;
  while (k > i - 3 && k >= S.ts && tokens[k]!.t === 'w' && !tokens[k]!.cap && !/['’]s$/.test(tokens[k]!.w) && !POSSESSIVE_PRONOUNS.has(tokens[k]!.lw) && !DETERMINERS.has(tokens[k]!.lw)) k--;
  const owner = tokens[k];
  if (!owner || k < S.ts || owner.q >= 0) return false;
  let src: [number, number];
  if (POSSESSIVE_PRONOUNS.has(owner.lw)) src = [k, k + 1];
  else if (/['’]s$/.test(owner.w) || ((owner.w === '’' || owner.w === "'") && tokens[k - 1]?.t === 'w')) {
    let a = owner.t === 'w' ? k : k - 1;
    while (a - 1 >= S.ts && tokens[a - 1]!.t === 'w' && (tokens[a - 1]!.cap || tokens[a - 1]!.w === '.') && !LEADING_FILLERS.has(tokens[a - 1]!.lw)) a--;
    if (a - 1 >= S.ts && tokens[a - 1]!.w === '.' ) { /* "Mr." handled as part of the run */ }
    src = [a, k + 1];
    if (!tokens[a]!.cap && !ANY_HEAD(tokens[a]!.lw.replace(/['’]s$/, ''))) return false;
  } else return false;
  const from = colon || wantsPrep ? i + 2 : i + 1;
  let end = colon ? S.te : preposedContentEnd(ctx, S, from);
  if (wantsPrep) end = nounPhraseEnd(ctx, S, from, end);
  const c = trimContent(ctx, from, end);
  if (!c) return false;
  out.push({ src, cue: [k + 1, colon || wantsPrep ? i + 2 : i + 1], content: [c], via: null, nested: false, family: 'noun', cls: 'noun', sent: si });
  return true;
}

/** "According to X, ..." and "..., according to X." */
function accordingTo(ctx: PatternContext, S: Sentence, si: number, i: number, out: RawClaim[]): void {
  const { tokens } = ctx;
  const cue: [number, number] = [i, i + 2];
  let srcEnd = i + 2;
  while (srcEnd < S.te && tokens[srcEnd]!.w !== ',' && !isEnd(tokens[srcEnd]) && tokens[srcEnd]!.t !== 'q' && tokens[srcEnd]!.w !== ';' && !(DASHES.has(tokens[srcEnd]!.w) && tokens[srcEnd]!.w !== '-')) srcEnd++;
  if (srcEnd === i + 2) return;
  const src: [number, number] = [i + 2, srcEnd];
  const atStart = i === S.ts || (i - S.ts <= 2 && tokens.slice(S.ts, i).every((t) => t.t === 'p' || LEADING_FILLERS.has(t.lw)));
  const afterComma = srcEnd < S.te && tokens[srcEnd]!.w === ',';
  const after = afterComma ? tokens[srcEnd + 1] : undefined;
  // "Beginning in 2014, according to X, Carlson brought ...": a short opener, the content follows.
  const shortOpener = afterComma && i - S.ts <= 6 && S.te - srcEnd > 6 && tokens[i - 1]?.w === ',';
  // "Trump, according to the White House, made a trip ...": the cue interrupts its content.
  const interposed = afterComma && tokens[i - 1]?.w === ',' && !!after && after.t === 'w' && !after.cap && !DETERMINERS.has(after.lw) && !RELATIVES.has(after.lw) && !ING_TAIL.test(after.lw) && S.te - srcEnd > 3;
  let content: [number, number] | null;
  if (interposed && !shortOpener) {
    const left = trimContent(ctx, skipDateline(ctx, S.ts, i), i - 1);
    const right = trimContent(ctx, srcEnd + 1, preposedContentEnd(ctx, S, srcEnd + 1));
    if (left && right) {
      pushClaim(out, { src, cue, content: [left, right], via: null, nested: false, family: 'according-to', cls: 'prep', sent: si });
      return;
    }
  }
  if (atStart || shortOpener || (tokens[i - 1]?.w !== ',' && afterComma && i - S.ts <= 3)) {
    content = trimContent(ctx, srcEnd + 1, S.te);
  } else {
    // Post-posed: the content is what precedes ", according to X".
    let b = i;
    if (tokens[b - 1]?.w === ',') b--;
    let a0 = skipDateline(ctx, S.ts, b);
    while (a0 < b && (tokens[a0]!.lw === 'and' || tokens[a0]!.lw === 'but' || tokens[a0]!.lw === 'so') && tokens[a0]!.q < 0) a0++;
    content = trimContent(ctx, a0, b);
    // The source runs to the sentence end (", the role at Org").
    let e = srcEnd;
    while (e < S.te && !isEnd(tokens[e]) && tokens[e]!.t !== 'q' && tokens[e]!.w !== ';' && !(DASHES.has(tokens[e]!.w) && tokens[e]!.w !== '-')) {
      const t = tokens[e]!;
      if (t.w === ',' && tokens[e + 1] && (RELATIVES.has(tokens[e + 1]!.lw) || ING_TAIL.test(tokens[e + 1]!.lw) || ['which', 'who', 'but', 'and', 'as', 'while'].includes(tokens[e + 1]!.lw))) break;
      e++;
    }
    while (e > srcEnd && tokens[e - 1]!.t === 'p') e--;
    src[1] = Math.max(srcEnd, e);
  }
  if (!content) return;
  pushClaim(out, { src, cue, content: [content], via: null, nested: false, family: 'according-to', cls: 'prep', sent: si });
}

/** A finite auxiliary or modal ("is", "doesn't", "would"): it opens a predicate, never a reported content. */
function isFiniteAuxiliary(lw: string): boolean {
  return FINITE_AUXILIARIES.has(lw) || lw === 'do' || lw === 'does' || lw === 'did' || (AUXILIARIES.has(lw) && /n['’]t$/.test(lw));
}

/** Objects that make "tell" an idiom rather than a report: "tell the truth", "told a lie", "tells jokes". */
const TELL_IDIOM = /^(?:the\s+truth|(?:a\s+)?lies?|(?:a\s+)?jokes?|(?:a\s+)?fib)\b/i;

/** Non-referential subjects: no one said anything ("If anyone was still wondering", "Lest one assume"). */
const NON_REFERENTIAL = new Set(['anyone', 'anybody']);
const HYPOTHETICAL_OPENERS = new Set(['if', 'lest', 'unless', 'whether']);

/**
 * A subject that is no source whatever its verb: a non-referential pronoun ("If anyone was still
 * wondering"), a generic "one" after "lest"/"if", or an event noun before an inference verb ("the
 * events could signal a change", "the move suggests"), where the author draws the inference.
 */
function notASource(ctx: PatternContext, src: [number, number], lemma: string): boolean {
  const { tokens } = ctx;
  let b = src[1];
  while (b > src[0] && tokens[b - 1]!.t !== 'w') b--;
  if (b <= src[0]) return false;
  const last = tokens[b - 1]!;
  if (NON_REFERENTIAL.has(last.lw) && b - src[0] <= 2) return true;
  const first = tokens[src[0]]!;
  if (b - src[0] === 2 && last.lw === 'one' && HYPOTHETICAL_OPENERS.has(first.lw)) return true;
  if (b - src[0] === 1 && last.lw === 'one' && HYPOTHETICAL_OPENERS.has(tokens[src[0] - 1]?.lw ?? '')) return true;
  // The head noun: the last word before a prepositional modifier ("Video of the incident shows").
  let head = last;
  for (let k = src[0] + 1; k < b; k++) if (PREPOSITIONS.has(tokens[k]!.lw)) { head = tokens[k - 1]!; break; }
  if (INFERENCE_VERBS.has(lemma) && !head.cap && EVENT_NOUNS.has(head.lw)) return true;
  // "a White House that lies as easily as it tells the truth": the second term of a comparison.
  if (tokens[src[0] - 1]?.lw === 'as' && tokens[src[0] - 3]?.lw === 'as' && tokens[src[0] - 2]!.t === 'w' && b - src[0] === 1) return true;
  return false;
}

/** Reporting verbs: pre-posed, post-posed, inverted, coordinated, -ing and passive frames. */
function verbCue(ctx: PatternContext, S: Sentence, si: number, i: number, forms: CueForm[], out: RawClaim[], firstOfSentence: number): void {
  const { tokens } = ctx;
  let L = groupStart(ctx, S, i);
  // "appeared to suggest", "tried to draw", "continued to call for": the catenative joins the cue.
  if (L === i && tokens[i - 1]?.lw === 'to' && tokens[i - 1]!.q < 0 && CATENATIVES.has(tokens[i - 2]?.lw ?? '') && tokens[i - 2]!.q < 0 && i - 2 >= S.ts && forms.some((f) => f.form === 'base')) {
    L = groupStart(ctx, S, i - 2);
  }
  let R = i + 1;
  const frames = new Set(forms.map((f) => f.verb.frame));
  const verb = forms[0]!.verb;
  // Particles kept in the cue ("called for", "pointed out").
  let particleOk = false;
  for (const f of forms) {
    if (f.verb.particles && tokens[R] && f.verb.particles.includes(tokens[R]!.lw) && tokens[R]!.q < 0) {
      R++;
      particleOk = true;
      break;
    }
  }
  if (verb.lemma === 'put') {
    if (particleOk) asPutIt(ctx, S, si, L, R, out, firstOfSentence);
    return;
  }
  const isIng = forms.every((f) => f.form === 'ing') && L === i;
  const finite = forms.some((f) => f.form === 'past' || f.form === 'present' || (f.form === 'base' && L < i));
  const tellType = forms.some((f) => RECIPIENT_VERBS.has(f.verb.lemma));
  const cls = forms.find((f) => f.verb.frame === 'any')?.verb.cls ?? verb.cls;
  const anyFrame = frames.has('any');
  const passive = isPassive(ctx, L, i, forms);

  // "X was quoted as saying": a passive whose subject is the source.
  if (tk(tokens, i).lw === 'saying' && tokens[i - 1]?.lw === 'as' && tokens[i - 2]?.lw === 'quoted') {
    const gL = groupStart(ctx, S, i - 2);
    const src = plainChunk(ctx, S, gL);
    const { start } = contentStart(ctx, S, i + 1, false);
    const c = trimContent(ctx, start, preposedContentEnd(ctx, S, start));
    if (c) pushClaim(out, { src, cue: [gL, i + 1], content: [c], via: null, nested: false, family: 'passive-quoted', cls: 'statement', sent: si });
    return;
  }

  // Passive with an expletive subject: "It was reported that ...", "It is believed that ...".
  if (passive) {
    const subj = tokens[L - 1];
    const next = tokens[R];
    // "The vote is expected to pass": a sourceless attribution over the whole clause.
    if (next?.lw === 'to' && next.q < 0 && forms.some((f) => RAISING_PASSIVES.has(f.verb.lemma))) {
      raisingClaim(ctx, S, si, L, R, out, cls);
      return;
    }
    // "Peacekeepers have been blamed for introducing cholera", "He was accused of lying": someone
    // unnamed charged the subject; the whole clause is the content, the preposition joins the cue.
    // ("was criticized for saying ..." is left to the -ing cue: the subject said it.)
    const afterPrep = tokens[R + 1];
    const ingCue = !!afterPrep && !!cueForms(afterPrep)?.some((f) => f.form === 'ing' && f.verb.frame === 'any');
    if (next && next.q < 0 && L > S.ts && !ingCue && forms.some((f) => CHARGE_PASSIVES[f.verb.lemma]?.includes(next.lw))) {
      raisingClaim(ctx, S, si, L, R + 1, out, 'evaluation', 'passive-charge', R + 1);
      return;
    }
    if (subj?.lw === 'it' && next && (next.lw === 'that' || next.q >= 0)) {
      const c = trimContent(ctx, R, S.te);
      if (c) pushClaim(out, { src: null, cue: [L, R], content: [c], via: null, nested: false, family: 'passive', cls, sent: si });
    }
    return;
  }

  // Inverted tag: "“...,” said X." / "..., says X."
  const prev = tokens[L - 1];
  const prevQuote = prev ? quoteEndingAt(ctx, L - 1) : null;
  const leftSrc = prev?.w === ',' ? leftSource(ctx, S, L) : null;
  const leftOpens = !!leftSrc && (leftSrc[0] === S.ts || tokens.slice(S.ts, leftSrc[0]).every((t) => t.t !== 'w' || LEADING_FILLERS.has(t.lw)) || (tokens[leftSrc[0] - 1]?.w === ',' && isClauseOpenerChunk(ctx, S, leftSrc[0] - 1)));
  // (A tell-type verb is never inverted: "“...,” told NBC News" names the recipient, not the source.)
  if (prev && L === i && !leftOpens && !tellType && (prev.w === ',' || prevQuote) && (anyFrame || frames.has('tag')) && !isIng && (forms.some((f) => f.form === 'past' || f.form === 'present'))) {
    const src = rightSource(ctx, S, R);
    if (src && (quoteTagBefore(ctx, L) || clauseEndsAfter(ctx, S, src[1]))) {
      const content = postposedContent(ctx, S, L, out, firstOfSentence);
      if (content) {
        const via = viaAfter(ctx, src[1], false, S)?.via ?? null;
        const frags = [content];
        const more = resumedQuote(ctx, S, src[1]);
        if (more) frags.push(more);
        pushClaim(out, { src, cue: [L, R], content: frags, via, nested: false, family: 'inverted', cls, sent: si });
        return;
      }
    }
  }

  if (isIng) {
    // "..., saying (that) ...": the source is the subject of the main clause.
    if (!anyFrame && !frames.has('to') && !frames.has('clause') && !particleOk) return;
    // "was criticised for saying ...", "after announcing ...": the main clause's subject speaks.
    const afterPrep = cls === 'statement' && !!prev && ING_PREPS.has(prev.lw) && prev.q < 0;
    // "footage of Trump saying ...": the name right before the -ing form speaks.
    let namedSrc: [number, number] | null = null;
    if (cls === 'statement' && prev && prev.t === 'w' && prev.cap && prev.q < 0 && !PRONOUNS[prev.lw] && !WEEKDAYS.has(prev.lw) && !MONTHS.has(prev.lw) && L - 1 > S.ts) {
      let a = L - 1;
      while (a - 1 > S.ts && a > L - 4 && tokens[a - 1]!.t === 'w' && tokens[a - 1]!.cap && tokens[a - 1]!.q < 0) a--;
      const before = tokens[a - 1];
      if (before && before.t === 'w' && !before.cap && (PREPOSITIONS.has(before.lw) || before.lw === 'heard' || before.lw === 'showed' || before.lw === 'shows')) namedSrc = [a, L];
    }
    if (prev?.w !== ',' && prev?.lw !== 'and' && prev?.lw !== 'by' && !afterPrep && !namedSrc) return;
    const { start, colon } = contentStart(ctx, S, R, tellType);
    if (frames.has('to') && !anyFrame && tokens[start]?.lw !== 'to') return;
    if (!anyFrame && frames.has('clause') && !hasClauseAfter(ctx, start)) return;
    const end = preposedContentEnd(ctx, S, start);
    const c = trimContent(ctx, start, end);
    if (!c) return;
    const prevSrc = out.length > firstOfSentence ? out[out.length - 1]!.src : null;
    const relative = prevSrc && prevSrc[1] - prevSrc[0] === 1 && RELATIVES.has(tokens[prevSrc[0]]!.lw);
    const src = namedSrc ?? (prevSrc && !relative ? prevSrc : sentenceSubject(ctx, S, afterPrep ? L - 1 : L));
    // The new frames need a clause or a quotation after the cue ("for saying that ...", "X saying, “...”").
    if ((afterPrep || namedSrc) && (!src || start > R + 1 || !(hasClauseAfter(ctx, start) || tokens[start]?.lw === 'that'))) return;
    const via = viaAfter(ctx, R, tellType, S)?.via ?? null;
    pushClaim(out, { src, cue: [L, colon ? start + 1 : R], content: [c], via, nested: false, family: 'ing', cls, sent: si });
    return;
  }

  // Left source: pre-posed or post-posed.
  let src = leftSource(ctx, S, L);
  let shared = false;
  if (!src && (prev?.lw === 'and' || prev?.w === ',') && out.length > firstOfSentence) {
    src = out[out.length - 1]!.src;
    shared = true;
  }
  if (!src && prev?.lw === 'and' && L === i && forms.some((f) => f.form === 'past' || f.form === 'present') && (anyFrame || particleOk)) {
    // "A reporter spotted Stein and reported her presence": the verb shares the sentence's subject.
    const subj = sentenceSubject(ctx, S, L - 1);
    if (subj && subj[1] < L - 1 && (tokens[subj[0]]!.cap || DETERMINERS.has(tokens[subj[0]]!.lw) || PRONOUNS[tokens[subj[0]]!.lw])) { src = subj; shared = true; }
  }
  if (!src) return;
  if (!shared && notASource(ctx, src, verb.lemma)) return;
  // "The state's confirmed caseload of Covid-19 is ...": after a possessive the -ed form modifies a
  // noun; only "that", a quotation or a colon after it reads "'s" as "has" ("The state's confirmed that").
  const srcLast = tokens[src[1] - 1]!;
  if (!shared && L === i && srcLast.q < 0 && (/['’]s$/.test(srcLast.w) || srcLast.w === '’' || srcLast.w === "'") && !PRONOUNS[srcLast.lw.replace(/['’]s$/, '')] && !['that', 'there', 'what', 'who', 'here'].includes(srcLast.lw.replace(/['’]s$/, ''))) {
    const n = tokens[R];
    if (!n || !(n.lw === 'that' || n.q >= 0 || n.t === 'q' || n.w === ':')) return;
  }
  if (L === i && NOUN_LIKE.has(tokens[i]!.lw) && !shared) {
    // "battleground states", "Trump's comments came": a noun, unless a clear subject and clause.
    const lastSrc = tokens[src[1] - 1]!;
    const nextTok = tokens[R];
    const possessive = /['’]s$/.test(lastSrc.w) || lastSrc.w === '’' || lastSrc.w === "'";
    const subjectOk = !!PRONOUNS[lastSrc.lw] || (lastSrc.cap && !possessive) || ANY_HEAD(lastSrc.lw) || lastSrc.w === ',' || (nextTok?.lw === 'that' && /s$/.test(lastSrc.lw))
      // "Video of the incident shows ...", "Another slide shows that ...": an artifact shows.
      || (EVIDENCE_VERBS.has(verb.lemma) && !possessive && isDocumentSource(ctx, src));
    // "Lynch notes they were appointed": a subject pronoun after the -s form makes it a verb.
    const pronounClause = !!nextTok && nextTok.q < 0 && SUBJECT_PRONOUNS.has(nextTok.lw) && anyFrame && tokens[R + 1]?.t === 'w' && !tokens[R + 1]!.cap;
    const clauseOk = !!nextTok && (pronounClause || (EVIDENCE_VERBS.has(verb.lemma) && isDocumentSource(ctx, src)) || nextTok.lw === 'that' || nextTok.q >= 0 || nextTok.w === ':' || (nextTok.lw === 'to' && frames.has('to')) || (nextTok.w === ',' && tokens[R + 1]?.q! >= 0) || particleOk);
    if (possessive || !subjectOk || !clauseOk) {
      if (!(quoteTagBefore(ctx, src[0]) && subjectOk && !possessive)) return;
    }
  }
  if (!finite && !(L < i)) {
    // A bare base form is a cue after a plural subject ("officials say"), not after "to" ("to say").
    if (!forms.some((f) => f.form === 'present' || f.form === 'past' || f.form === 'base')) return;
    if (forms.every((f) => f.form === 'ing' || f.form === 'participle')) return;
    const w = tokens[src[1] - 1]!.lw;
    if (!shared && (w === 'to' || w === 'the' || w === 'a' || w === 'an')) return;
  }
  const before = shared ? undefined : tokens[src[0] - 1];
  const contentBefore = before && src[0] > S.ts && (before.w === ',' || quoteEndingAt(ctx, src[0] - 1) || DASHES.has(before.w)) && (before.w !== ',' || !isClauseOpenerChunk(ctx, S, src[0] - 1));

  // "... policies Mr Mugabe's critics have long blamed on him": an evaluation verb whose object went
  // into a relative clause reports nothing of the clause before the comma.
  const gappedObject = cls === 'evaluation' && !quoteTagBefore(ctx, src[0]) && tokens[R]?.t === 'w' && tokens[R]!.q < 0 && CONTENT_NEVER_OPENS.has(tokens[R]!.lw);
  if (gappedObject) return;
  if (contentBefore && (anyFrame || frames.has('tag') || frames.has('clause')) && (quoteTagBefore(ctx, src[0]) || clauseEndsAfter(ctx, S, R, tellType))) {
    // Post-posed: "“...,” he said." / "The plan is dead, officials said on Monday."
    const content = postposedContent(ctx, S, src[0], out, firstOfSentence);
    if (content) {
      const via = viaAfter(ctx, R, tellType, S)?.via ?? null;
      const frags = [content];
      const more = resumedQuote(ctx, S, R);
      if (more) frags.push(more);
      pushClaim(out, { src, cue: [L, R], content: frags, via, nested: false, family: 'postposed', cls, sent: si });
      return;
    }
  }
  // Interposed: "The museum, Mr. Bush said, celebrated his heroes." Content on both sides of the tag.
  // (Not after a relative pronoun: "praised by the poet X, who tweeted, “...”" quotes after the cue.)
  if (contentBefore && anyFrame && tokens[R]?.w === ',' && tokens[R]!.q < 0 && src[1] - src[0] <= 6 && !(src[1] - src[0] === 1 && RELATIVES.has(tokens[src[0]]!.lw)) && forms.some((f) => f.form === 'past' || f.form === 'present')) {
    const left = postposedContent(ctx, S, src[0], out, firstOfSentence);
    const rightStart = R + 1;
    const right = trimContent(ctx, rightStart, preposedContentEnd(ctx, S, rightStart));
    if (left && right && !isEnd(tokens[rightStart])) {
      const via = viaAfter(ctx, R, tellType, S)?.via ?? null;
      pushClaim(out, { src, cue: [L, R], content: [left, right], via, nested: false, family: 'interposed', cls, sent: si });
      return;
    }
  }
  if (frames.has('tag') && !anyFrame && !frames.has('clause') && !frames.has('to') && !particleOk && tokens[R]?.w !== ':') return;
  if (frames.has('particle') && !anyFrame && !frames.has('clause') && !frames.has('to') && !particleOk) return;

  // Pre-posed: "X said (that) ...", "X told Y that ...", "X said: “...”".
  const { start, colon } = contentStart(ctx, S, R, tellType, frames.has('to'));
  const first = tokens[start];
  if (!first) return;
  // "before city officials had weighed in with any explanation, Trump said ...": the comma closes
  // the subordinate clause; what follows is the main clause, not its content ("As X noted, ..." is).
  const sub = tokens[src[0] - 1];
  if (sub && sub.q < 0 && SUBORDINATORS.has(sub.lw) && sub.lw !== 'as' && start > R && first.w === ',' && first.q < 0 && tokens[start + 1]?.t === 'w' && tokens[start + 1]!.q < 0) return;
  if (!anyFrame && !particleOk) {
    const toOk = (frames.has('to') && (first.lw === 'to' || (first.lw === 'not' && tokens[start + 1]?.lw === 'to'))) || (frames.has('tag') && first.w === ':');
    const clauseOk = frames.has('clause') && (hasClauseAfter(ctx, start) || (EVIDENCE_VERBS.has(verb.lemma) && isDocumentSource(ctx, src))
      || (forms.some((f) => BELIEF_VERBS.has(f.verb.lemma)) && bareClauseAt(ctx, S, start) && !(src[1] - src[0] === 1 && tokens[src[0]]!.lw === 'you')));
    if (!toOk && !clauseOk) return;
  }
  if (anyFrame && !particleOk && isEnd(first)) return;
  // "said before he died": an adjunct, not content.
  if (!particleOk && first.t === 'w' && ADJUNCT_OPENERS.has(first.lw)) return;
  // "The daily rise in deaths announced in New York state on Friday was 777": a participle, then a
  // prepositional phrase, then the sentence's own verb before any "that", comma or colon: a
  // reduced relative clause, not a cue.
  if (!particleOk && first.t === 'w' && first.q < 0 && CONTENT_NEVER_OPENS.has(first.lw)) {
    for (let k = start + 1; k < S.te && k - start <= MAX_THAT_LOOKAHEAD; k++) {
      const u = tokens[k]!;
      if (u.q >= 0 || u.t === 'q' || u.w === ',' || u.w === ':' || u.lw === 'that') break;
      if (u.t === 'w' && !u.cap && FINITE_AUXILIARIES.has(u.lw)) return;
    }
  }
  // "X reported and Y contributed" (a credit line) has no content.
  if (first.q < 0 && (first.lw === 'and' || first.lw === 'or')) return;
  // "The story the White House is telling doesn't paint ...", "The story, which I reported in July,
  // is ...", "the loopholes he cited are ...": the verb's object was relativised away; what follows
  // is the sentence's own predicate. ("which he said were at his side" keeps its claim: the
  // relativised word is the subject of the reported clause; so does an interposed tag, "The
  // difference now, he told me on Friday, is that ...".)
  const pred = first.w === ',' && first.q < 0 ? tokens[start + 1] : first;
  if (pred && pred.q < 0 && pred.t === 'w' && !pred.cap && isFiniteAuxiliary(pred.lw) && (cls === 'evaluation' || (tellType && start === R) || (start > R && (!contentBefore || RELATIVES.has(tokens[src[0]]!.lw))))) return;
  // "as easily as it tells the truth", "told a lie": an idiom of telling, not a reported content.
  if (verb.lemma === 'tell' && first.q < 0 && TELL_IDIOM.test(ctx.text.slice(first.s, tokens[Math.min(start + 2, S.te - 1)]!.e))) return;
  // "when I was reporting my book": reporting (in progress) a work of one's own is research, not a report.
  if (verb.lemma === 'report' && tokens[i]!.lw === 'reporting' && L < i && !particleOk && first.q < 0 && POSSESSIVE_PRONOUNS.has(first.lw) && !hasClauseAfter(ctx, start)) return;
  // "said it" / "said so" with nothing after: no content worth a claim.
  const relativeSrc = src[1] - src[0] === 1 && RELATIVES.has(tokens[src[0]]!.lw);
  let end = preposedContentEnd(ctx, S, start, relativeSrc);
  // "attacked Machado in early-morning tweets": a noun-phrase object ends before the adjunct.
  if ((cls === 'evaluation' || cls === 'phrasal' || particleOk) && isNounObject(ctx, S, start)) end = objectEnd(ctx, start, end);
  // "When Ailes suggested she wear tight outfits, she refused": a subordinate clause ends at its comma.
  const opener = tokens[src[0] - 1];
  if (opener && SUBORDINATORS.has(opener.lw) && src[0] - 1 <= S.ts + 1) {
    for (let k = start + 1; k < end; k++) if (tokens[k]!.w === ',' && tokens[k]!.q < 0) { end = k; break; }
  }
  let c = trimContent(ctx, start, end);
  if (colon && start + 1 >= S.te) {
    // "He said:" closing its paragraph: the quotation is the next paragraph.
    const next = ctx.sentences[si + 1];
    if (next && tokens[next.ts]!.q >= 0) { end = next.te; c = trimContent(ctx, next.ts, next.te); }
  }
  if (!c) return;
  if (c[1] - c[0] === 1 && tokens[c[0]]!.t === 'w' && ['it', 'so', 'this', 'that', 'nothing', 'more', 'yes', 'no'].includes(tokens[c[0]]!.lw) === false && !anyFrame) return;
  const via = viaAfter(ctx, R, tellType, S)?.via ?? null;
  const cueEnd = colon ? start + 1 : R;
  pushClaim(out, { src, cue: [L, cueEnd], content: [c], via, nested: false, family: shared ? 'coordinated' : 'preposed', cls, sent: si });
}

/** Longest adjunct after "As X put it" before the comma that opens the content ("in a statement to ... in July,"). */
const MAX_PUT_IT_ADJUNCT = 16;

/**
 * "..., as a Homeland Security memo put it." / "As Ms. Simonyan put it in a statement, RT is ...":
 * the speaker's own words, paraphrased on the other side of "as".
 */
function asPutIt(ctx: PatternContext, S: Sentence, si: number, L: number, R: number, out: RawClaim[], firstOfSentence: number): void {
  const { tokens } = ctx;
  const chunk = plainChunk(ctx, S, L);
  if (!chunk) return;
  // The chunk may hold "as" itself ("as a memo"): the source starts after it.
  const src: [number, number] = tokens[chunk[0]]!.lw === 'as' ? [chunk[0] + 1, chunk[1]] : chunk;
  if (src[0] >= src[1]) return;
  const as = src[0] - 1;
  if (tokens[as]?.lw !== 'as' || tokens[as]!.q >= 0) return;
  let content: [number, number] | null = null;
  if (tokens.slice(S.ts, as).every((t) => t.t !== 'w' || LEADING_FILLERS.has(t.lw))) {
    for (let k = R; k < S.te && k - R <= MAX_PUT_IT_ADJUNCT; k++) {
      const t = tokens[k]!;
      if (t.q >= 0) break;
      if (t.w === ',') { content = trimContent(ctx, k + 1, preposedContentEnd(ctx, S, k + 1)); break; }
    }
  } else if (((tokens[as - 1]?.w === ',' && tokens[as - 1]!.q < 0) || quoteTagBefore(ctx, as) || quoteEndingAt(ctx, as - 1)) && clauseEndsAfter(ctx, S, R)) {
    content = postposedContent(ctx, S, as, out, firstOfSentence);
  }
  if (content) pushClaim(out, { src, cue: [L, R], content: [content], via: null, nested: false, family: 'as-put-it', cls: 'statement', sent: si });
}

/** Prepositions and subordinators that open a time, place or circumstance adjunct after an object. */
const OBJECT_ADJUNCTS = new Set(['during', 'since', 'after', 'before', 'amid', 'while', 'when', 'despite', 'until', 'throughout', 'following', 'in', 'at', 'on', 'earlier', 'later', 'last', 'this', 'because']);
/** Words after in/at/on that make the phrase an adjunct rather than part of the object ("in a speech", "on Monday"). */
const ADJUNCT_HEADS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'early', 'late', 'recent', 'several', 'multiple', 'two', 'three', 'front', 'twitter', 'television', 'tv', 'camera']);

/** Does the content at `k` start with a noun phrase (not "that", a quote, an infinitive, a wh-clause or a bare clause)? */
function isNounObject(ctx: PatternContext, S: Sentence, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.q >= 0 || t.t !== 'w') return false;
  if (t.lw === 'that' || t.lw === 'to' || WH_WORDS.has(t.lw) || PREPOSITIONS.has(t.lw)) return false;
  return !bareClauseAt(ctx, S, k);
}

/** Where a noun-phrase object ends: before the first adjunct after it ("... in an interview", "... since Monday"). */
function objectEnd(ctx: PatternContext, from: number, end: number): number {
  const { tokens } = ctx;
  for (let k = from + 1; k < end; k++) {
    const t = tokens[k]!;
    if (t.q >= 0 || t.t !== 'w' || t.cap) continue;
    if (!OBJECT_ADJUNCTS.has(t.lw)) continue;
    const n = tokens[k + 1];
    if (t.lw === 'in' || t.lw === 'at' || t.lw === 'on') {
      if (!n || !(ADJUNCT_HEADS.has(n.lw.split('-')[0]!) || WEEKDAYS.has(n.lw) || /^\d/.test(n.w))) continue;
      // "in a Senate impeachment trial": a named thing is part of the object, not an adjunct.
      if (DETERMINERS.has(n.lw) && tokens[k + 2]?.cap) continue;
    }
    if ((t.lw === 'earlier' || t.lw === 'later' || t.lw === 'last' || t.lw === 'this') && !(n && (TIME_NOUNS.has(n.lw) || WEEKDAYS.has(n.lw) || n.lw === 'in'))) continue;
    return tokens[k - 1]?.w === ',' ? k - 1 : k;
  }
  return end;
}

/** Is the text right before token `pos` a quotation closed on its own comma, "?" or "!" ("“...,” he said")? */
function quoteTagBefore(ctx: PatternContext, pos: number): boolean {
  const { tokens } = ctx;
  let k = pos - 1;
  if (tokens[k]?.w === ',' && tokens[k]!.q < 0) k--;
  const q = quoteEndingAt(ctx, k);
  if (!q || !q.closed) return false;
  // The quotation must open its sentence: "“...,” he said" (not "On “Fox News Sunday,” he said ...").
  const S = k >= 0 ? ctx.sentences[ctx.sentOf[k]!] : undefined;
  if (S && q.ts > S.ts && !tokens.slice(S.ts, q.ts).every((t) => t.t !== 'w' || LEADING_FILLERS.has(t.lw))) return false;
  const inner = tokens[k - 1];
  return !!inner && (inner.w === ',' || inner.w === '?' || inner.w === '!' || inner.w === '—' || tokens[pos - 1]!.w === ',');
}

/** A quotation resumed after an interrupting tag: "“A,” she said, “B.”" gives “B.” as a second fragment. */
function resumedQuote(ctx: PatternContext, S: Sentence, from: number): [number, number] | null {
  const { tokens } = ctx;
  for (let k = from; k < S.te && k - from <= MAX_TAIL; k++) {
    const t = tokens[k]!;
    if (t.t === 'q' && t.q >= 0) {
      const q = ctx.quotes[t.q]!;
      if (q.ts !== k || !(tokens[k - 1]?.w === ',' || tokens[k - 1]?.w === ':' || tokens[k - 1]?.lw === 'but' || tokens[k - 1]?.lw === 'and')) return null;
      return trimContent(ctx, q.ts, q.te);
    }
    if (isEnd(t) || t.w === ';') return null;
    if (k > from && t.t === 'w' && CUE_FORMS.has(t.lw)) return null;
  }
  return null;
}

function tk(tokens: Token[], i: number): Token {
  return tokens[i]!;
}


/** Is the source an artifact (a poll, a report, a video)? */
function isDocumentSource(ctx: PatternContext, src: [number, number]): boolean {
  const { tokens } = ctx;
  for (let k = src[0]; k < src[1]; k++) {
    const t = tokens[k]!;
    if (t.t === 'w' && (DOCUMENT_HEADS.has(t.lw) || DATA_NOUNS.has(t.lw)) && (!t.cap || k === src[0])) return true;
  }
  return false;
}

const FINITE_AUX = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'has', 'have', 'had', 'can', 'may', 'might', 'must', 'does', 'did', 'do']);

/** A bare complement clause at k: a subject then, within a few words, a finite auxiliary ("bigotry and xenophobia are ..."). */
function bareClauseAt(ctx: PatternContext, S: Sentence, k: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k];
  if (!t || t.q >= 0 || t.t !== 'w') return false;
  if (t.lw === 'there' || (PRONOUNS[t.lw] && t.lw !== 'you')) return true;
  for (let m = k + 1; m < S.te && m - k <= 6; m++) {
    const u = tokens[m]!;
    if (u.t !== 'w' || u.q >= 0) return false;
    if (FINITE_AUX.has(u.lw) || /(?:n't|n’t)$/.test(u.lw)) return true;
    if (u.lw === 'that' || CLAUSE_OPENERS.has(u.lw) && u.lw !== 'and') return false;
  }
  return false;
}

/** A lower-case head noun that can be a speaker: "officials", "the report", "the campaign". */
function ANY_HEAD(lw: string): boolean {
  return SPEAKER_NOUNS.has(lw) || DOCUMENT_HEADS.has(lw);
}

/** Is the comma at `k` the end of an introductory phrase ("In a statement,") rather than of content? */
function isClauseOpenerChunk(ctx: PatternContext, S: Sentence, k: number): boolean {
  const { tokens } = ctx;
  const f = tokens[S.ts];
  if (!f) return false;
  const lw = f.lw;
  if (k - S.ts > (PREPOSITIONS.has(lw) ? 14 : 8)) return false;
  return PREPOSITIONS.has(lw) || lw === 'asked' || lw === 'speaking' || lw === 'responding' || lw === 'writing' || lw === 'however' || lw === 'meanwhile' || lw === 'but' || lw === 'and' || lw === 'still' || lw === 'instead' || lw === 'separately' || lw === 'yet' || WEEKDAYS.has(lw);
}

/** A dateline at the start of a sentence ("WASHINGTON ―", "HEMPSTEAD, N.Y. (UPI) —", "(Reuters) -") is not content: the token after it. */
function skipDateline(ctx: PatternContext, a: number, limit: number): number {
  const { tokens } = ctx;
  let k = a;
  while (k < limit && k - a < 12 && (tokens[k]!.t !== 'p' || tokens[k]!.w === ',' || tokens[k]!.w === '.' || tokens[k]!.w === '(' || tokens[k]!.w === ')') && !DASHES.has(tokens[k]!.w)) {
    if (tokens[k]!.t === 'w' && !tokens[k]!.cap && !/^\d/.test(tokens[k]!.w)) return a;
    k++;
  }
  const first = tokens[a]!;
  const capsOrAgency = (first.w === first.w.toUpperCase() && first.w.length > 2) || (first.w === '(' && tokens[a + 1]?.cap);
  if (k > a && k < limit && DASHES.has(tokens[k]!.w) && capsOrAgency) return k + 1;
  // "Washington (CNN)President Trump ...": an agency credit glued to the first word.
  for (let m = a; m < limit && m - a < 5; m++) {
    const t = tokens[m]!;
    if (t.w === ')' && m > a && tokens[m - 1]!.cap && tokens[m - 2]?.w === '(' && tokens[m + 1] && tokens[m + 1]!.s === t.e) return m + 1;
    if (t.t === 'w' && !t.cap) break;
  }
  return a;
}

/** Content of a post-posed cue: from the sentence start (or the previous claim's end) to the comma or quote before `srcStart`. */
function postposedContent(ctx: PatternContext, S: Sentence, srcStart: number, out: RawClaim[], firstOfSentence: number): [number, number] | null {
  const { tokens } = ctx;
  let a = S.ts;
  for (let k = firstOfSentence; k < out.length; k++) {
    // A claim inside this one's source ("the source, who said ..., told Reuters") does not bound it.
    if (out[k]!.cue[0] >= srcStart) continue;
    for (const [, b] of out[k]!.content) if (b <= srcStart) a = Math.max(a, b);
  }
  a = skipDateline(ctx, a, srcStart);
  // "And ...", "But ...": the conjunction links to the story, it is not said.
  while (a < srcStart && (tokens[a]!.lw === 'and' || tokens[a]!.lw === 'but' || tokens[a]!.lw === 'so') && tokens[a]!.q < 0) a++;
  // "As for complexity, ''...,'' said X": the quotation is the content.
  {
    let k = a;
    while (k < srcStart && k - a < 8 && tokens[k]!.q < 0 && tokens[k]!.w !== ',') k++;
    const q = tokens[k + 1] && tokens[k]!.w === ',' && tokens[k + 1]!.t === 'q' ? ctx.quotes[tokens[k + 1]!.q] : undefined;
    if (q && q.ts === k + 1 && (q.te === srcStart || q.te === srcStart - 1) && k > a) a = k + 1;
  }
  // A headline's section label ("US: ..., White House says") is not content.
  if (S.para < ctx.firstBodyPara) {
    let k = a;
    while (k < srcStart && k - a < 3 && tokens[k]!.cap && tokens[k]!.t === 'w') k++;
    if (k > a && tokens[k]?.w === ':') a = k + 1;
  }
  let b = srcStart;
  // "“...,” he said": the comma inside the quote belongs to the content; a comma after the quote does not.
  if (tokens[b - 1]?.w === ',' && tokens[b - 1]!.q < 0) b--;
  return trimContent(ctx, a, b);
}


/** The subject at the start of a sentence, for -ing cues with no earlier claim ("Smith left, saying ..."). */
function sentenceSubject(ctx: PatternContext, S: Sentence, before: number): [number, number] | null {
  const { tokens } = ctx;
  let a = skipDateline(ctx, S.ts, before);
  // Skip introductory phrases closed by a comma ("On Thursday, however,", "Chastened by the analyses,").
  for (let guard = 0; guard < 4; guard++) {
    while (a < before && (tokens[a]!.t === 'p' || (tokens[a]!.t === 'w' && LEADING_FILLERS.has(tokens[a]!.lw)))) a++;
    const t = tokens[a];
    if (!t || t.t !== 'w') break;
    // "Lest one assume Snyder is ... in November 2019, he ...": a subordinate clause up to its comma, longer than a phrase.
    const subordinate = SUBORDINATORS.has(t.lw) || t.lw === 'lest';
    const intro = subordinate || PREPOSITIONS.has(t.lw) || (!t.cap && /(?:ed|ing|ly)$/.test(t.lw)) || (t.cap && /(?:ed|ing|ly)$/.test(t.lw) && !tokens[a + 1]?.cap);
    if (!intro) break;
    let k = a;
    while (k < before && k - a < (subordinate ? 24 : 14) && tokens[k]!.w !== ',') k++;
    if (tokens[k]?.w !== ',' || k >= before) break;
    a = k + 1;
  }
  while (a < before && (tokens[a]!.t === 'p' || (tokens[a]!.t === 'w' && LEADING_FILLERS.has(tokens[a]!.lw)))) a++;
  const t0 = tokens[a];
  if (!t0 || t0.t !== 'w' || t0.q >= 0) return null;
  if (PRONOUNS[t0.lw]) return [a, a + 1];
  let b = a;
  while (b < before && b - a < 10) {
    const t = tokens[b]!;
    if (t.q >= 0 || (t.t === 'p' && t.w !== '.' && t.w !== '’' && t.w !== "'" && t.w !== '-')) break;
    if (t.t === 'w' && !t.cap && (AUXILIARIES.has(t.lw) || CUE_FORMS.has(t.lw) || IRREGULAR_PAST.has(t.lw) || /ed$/.test(t.lw) || CLAUSE_OPENERS.has(t.lw) && t.lw !== 'and')) break;
    b++;
  }
  if (b === a || b - a >= 10) return null;
  const last = tokens[b - 1]!;
  if (last.t !== 'w' || NOT_SOURCE_LAST.has(last.lw) || DETERMINERS.has(last.lw)) return null;
  return [a, b];
}

/** Is `word` written (capitalised) in the body, after the headline? One scan, for headline labels only. */
function namedInBody(ctx: PatternContext, word: string, asSurname: boolean): boolean {
  const { tokens } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.para < ctx.firstBodyPara || t.w !== word) continue;
    if (!asSurname) return true;
    const p = tokens[i - 1]!;
    // A surname: after a capitalised forename ("Bernie Sanders", "Mike Pence").
    if (p.t === 'w' && p.cap && p.para === t.para && !LEADING_FILLERS.has(p.lw) && !PREPOSITIONS.has(p.lw) && !DETERMINERS.has(p.lw)) return true;
  }
  return false;
}

/** "Name: content" labels: transcript speakers (all capitals) and headline labels ("Pat Caddell: ..."). */
function colonLabel(ctx: PatternContext, S: Sentence, si: number, out: RawClaim[], isHeadline: boolean): void {
  const { tokens } = ctx;
  let a = S.ts;
  if (tokens[a]?.t === 'q') a++;
  let k = a;
  while (k < S.te && k - a < 4 && tokens[k]!.t === 'w' && tokens[k]!.cap) k++;
  if (k === a || tokens[k]?.w !== ':' || k + 1 >= S.te) return;
  const words = tokens.slice(a, k);
  const allCaps = words.every((t) => t.w === t.w.toUpperCase() && /\p{L}{2,}/u.test(t.w));
  const personLike = words.length >= 2 && words.length <= 3 && namedInBody(ctx, words[words.length - 1]!.w, false);
  const single = words.length === 1 && (DOCUMENT_HEADS.has(words[0]!.lw) || ctx.outletAt.has(a) || namedInBody(ctx, words[0]!.w, true));
  if (!(allCaps && words[0]!.w.length >= 3 && !isHeadline) && !(isHeadline && (personLike || single))) return;
  // The paragraph's remainder (transcripts run over sentences).
  let end = S.te;
  while (end < tokens.length && tokens[end]!.para === S.para && !tokens[end]!.nl) end++;
  const c = trimContent(ctx, k + 1, end);
  if (!c) return;
  pushClaim(out, { src: [a, k], cue: [k, k + 1], content: [c], via: null, nested: false, family: 'colon-label', cls: 'punct', sent: si });
}

/** "“...” — Name": a quotation tagged with a dash and its speaker. */
function dashTag(ctx: PatternContext, S: Sentence, si: number, out: RawClaim[]): void {
  const { tokens } = ctx;
  for (let i = S.ts + 1; i < S.te - 1; i++) {
    const t = tokens[i]!;
    if (!DASHES.has(t.w) || t.q >= 0 || t.w === '-') continue;
    const q = quoteEndingAt(ctx, i - 1) ?? (tokens[i - 1]?.w === '.' ? quoteEndingAt(ctx, i - 2) : null);
    if (!q) continue;
    let b = i + 1;
    while (b < S.te && tokens[b]!.t === 'w' && (tokens[b]!.cap || tokens[b]!.w === '.') || tokens[b]?.w === '.' && tokens[b + 1]?.cap) b++;
    if (b === i + 1 || !tokens[i + 1]!.cap) continue;
    const content = trimContent(ctx, q.ts, q.te);
    if (!content) continue;
    pushClaim(out, { src: [i + 1, b], cue: [i, i + 1], content: [content], via: null, nested: false, family: 'dash-tag', cls: 'punct', sent: si });
  }
}

/**
 * Attributions inside a quotation: "..., as the president has stated" and "According to X, ...".
 * Only third-person sources: "as we have said" is the speaker repeating themself.
 */
function findNestedInQuotes(ctx: PatternContext, out: RawClaim[]): void {
  const { tokens, quotes } = ctx;
  for (const q of quotes) {
    for (let i = q.ts + 1; i < q.te - 1; i++) {
      const t = tokens[i]!;
      if (t.lw !== 'as' || t.t !== 'w') continue;
      // "as SOURCE (aux) CUE" closing a clause of the quote.
      let k = i + 1;
      while (k < q.te && k - i <= 5 && tokens[k]!.t === 'w' && !CUE_FORMS.has(tokens[k]!.lw) && !AUXILIARIES.has(tokens[k]!.lw)) k++;
      if (k === i + 1) continue;
      const srcTok = tokens[i + 1]!;
      if (PRONOUNS[srcTok.lw] && PRONOUNS[srcTok.lw]!.person !== 3) continue;
      let v = k;
      while (v < q.te && (AUXILIARIES.has(tokens[v]!.lw) || GROUP_ADVERBS.has(tokens[v]!.lw))) v++;
      const f = CUE_FORMS.get(tokens[v]?.lw ?? '');
      if (!f || !f.some((x) => x.verb.frame === 'any')) continue;
      const after = tokens[v + 1];
      if (!after || !(after.w === ',' || isEnd(after) || after.t === 'q')) continue;
      const sent = ctx.sentOf[i]!;
      if (tokens[i - 1]?.w === ',') {
        // Content before: from the quote's start (or its sentence start) to the comma.
        const S = ctx.sentences[sent]!;
        const from = Math.max(q.ts + 1, S.ts);
        let a = from;
        while (a < i && tokens[a]!.t === 'q') a++;
        const c = trimContent(ctx, a, i - 1);
        if (c) out.push({ src: [i + 1, k], cue: [k, v + 1], content: [c], via: null, nested: true, family: 'nested-as', cls: 'statement', sent });
      } else if (after.w === ',') {
        const S = ctx.sentences[sent]!;
        const c = trimContent(ctx, v + 2, Math.min(S.te, q.te - 1));
        if (c) out.push({ src: [i + 1, k], cue: [i, v + 1], content: [c], via: null, nested: true, family: 'nested-as', cls: 'statement', sent });
      }
    }
  }
}

/**
 * A quotation that goes on after its tag ("“A,” she said. “B.”"), or in the next paragraphs
 * with no cue of their own, joins the claim as further content fragments.
 */
function addContinuations(ctx: PatternContext, out: RawClaim[]): void {
  const { tokens, sentences } = ctx;
  const claimBySent = new Map<number, RawClaim[]>();
  for (const c of out) {
    const l = claimBySent.get(c.sent) ?? [];
    l.push(c);
    claimBySent.set(c.sent, l);
  }
  let last: RawClaim | null = null;
  let lastPara = -1;
  // A paraphrase closed by its tag ("..., Schiff said.") goes on only in a quotation of its own paragraph.
  let sameParaOnly = false;
  for (let si = 0; si < sentences.length; si++) {
    const S = sentences[si]!;
    const here = (claimBySent.get(si) ?? []).filter((c) => !c.nested);
    if (here.length) {
      const c = here[here.length - 1]!;
      const quoted = isDirect(ctx, c) || endsInQuote(ctx, c);
      last = quoted || c.family === 'postposed' || c.family === 'inverted' ? c : null;
      sameParaOnly = !quoted;
      lastPara = S.para;
      continue;
    }
    if (!last) continue;
    if (sameParaOnly && S.para !== lastPara) { last = null; continue; }
    // A sentence that is one quotation (its marks at both ends) with no claim of its own.
    const first = tokens[S.ts]!;
    if (first.q < 0) { last = null; continue; }
    const q = ctx.quotes[first.q]!;
    let e = q.te;
    while (e < S.te && tokens[e]!.t === 'p') e++;
    if (q.ts !== S.ts) { last = null; continue; }
    if (S.para !== lastPara && S.para !== lastPara + 1) { last = null; continue; }
    // The whole sentence when it goes on past the quotation ("''...'' for the top earners.").
    const c = e === S.te ? trimContent(ctx, q.ts, q.te) : S.para === lastPara ? trimContent(ctx, q.ts, S.te) : null;
    if (!c) { last = null; continue; }
    const covered = last.content[last.content.length - 1]![1];
    if (c && c[0] >= covered) last.content.push(c);
    lastPara = S.para;
  }
}

/** A claim whose content ends inside a quotation ("''...'' of the plans, X said."): quoted paragraphs after it go on. */
function endsInQuote(ctx: PatternContext, c: RawClaim): boolean {
  const frag = c.content[c.content.length - 1];
  if (!frag || c.family !== 'postposed' && c.family !== 'inverted') return false;
  const { tokens } = ctx;
  for (let k = frag[0]; k < frag[1]; k++) if (tokens[k]!.q >= 0 && tokens[k]!.t === 'q') return true;
  return false;
}

/** A raw claim whose content is a quotation: every fragment lies inside one quotation. */
export function isDirect(ctx: PatternContext, c: RawClaim): boolean {
  const { tokens } = ctx;
  return c.content.length > 0 && c.content.every(([x, y]) => tokens[x]!.q >= 0 && tokens[y - 1]!.q === tokens[x]!.q);
}
