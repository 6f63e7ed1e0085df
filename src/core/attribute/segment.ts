/**
 * Segmentation for the attribution engine: tokens with offsets, quotations paired over the
 * whole article by a state machine, and sentences that never split inside a quotation.
 * Every function here is a single pass over its input.
 */
import { ABBREVIATIONS, CLAUSE_OPENERS, CUE_FORMS, LEADING_FILLERS } from './lexicon';

/** A token of the article text. */
export interface Token {
  /** Start and end offsets in the text. */
  s: number;
  e: number;
  /** The token as written, and lower-cased. */
  w: string;
  lw: string;
  /** `w` word, `p` punctuation, `q` quotation mark. */
  t: 'w' | 'p' | 'q';
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Index of the paragraph holding it. */
  para: number;
  /** Index of the quotation it is inside (marks included), or -1. */
  q: number;
  /** A line break comes between this token and the previous one. */
  nl: boolean;
}

/** A quotation: from its opening mark to just after its closing mark. */
export interface Quote {
  start: number;
  end: number;
  /** Token range [ts, te). */
  ts: number;
  te: number;
  para: number;
  /** False when the closing mark was missing (closed at the paragraph's end) . */
  closed: boolean;
  /** True when the opening mark was missing (recovered from a stray closing mark). */
  recovered: boolean;
}

/** A sentence: token range [ts, te) and character range [start, end). */
export interface Sentence {
  ts: number;
  te: number;
  start: number;
  end: number;
  para: number;
}

/** A paragraph range as the engine uses it. */
export interface ParaRange {
  start: number;
  end: number;
  tag: string;
}

const QUOTE_CHARS = '"“”„‟«»\'‘’‚‛‹›';
const DOUBLE_OPEN = new Set(['“', '„', '‟', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_OPEN = new Set(['‘', '‚', '‛', '‹']);
const SINGLE_CLOSE = new Set(['’', '›']);

// Character classes, computed once per code unit and cached: 1 word character, 2 other.
const WORD_CLASS = new Uint8Array(65536);
const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}]/u;
const UPPER_CLASS = new Uint8Array(65536);

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return true; // astral letters: keep surrogate pairs inside words
  let k = WORD_CLASS[c]!;
  if (k === 0) {
    k = WORD_CHAR_RE.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_CLASS[c] = k;
  }
  return k === 1;
}

function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  let k = UPPER_CLASS[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = ch !== ch.toLowerCase() ? 1 : 2;
    UPPER_CLASS[c] = k;
  }
  return k === 1;
}

function isSpaceCode(c: number): boolean {
  return c <= 32 || c === 160 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A subject pronoun with a clitic auxiliary ("he’s", "they’re", "i’m", "she’ll"). */
const CLITIC_RE = /^(he|she|it|they|we|i|you|who|that|there)(['’](?:s|ll|re|ve|d|m))$/;

// Inside a word, these join two word characters ("didn’t", "U.S", "AT&T", "well-known").
const JOINERS = new Set([39, 0x2019, 45, 38, 46]);

/**
 * Splits `text` into tokens, tagging each with its paragraph; quotation fields are filled by
 * {@link pairQuotes}. A hand-written scanner: one pass, no regular expression per token.
 */
export function tokenize(text: string, paras: ParaRange[]): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let p = 0;
  let nl = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      if (c === 10) nl = true;
      i++;
      continue;
    }
    let j = i + 1;
    let t: Token['t'];
    let upper = false;
    // A soft hyphen (an invisible line-break hint: "­sources", "news­paper") belongs to the word it touches.
    const soft = c === 0xad && isWordCode(text.charCodeAt(i + 1));
    if (soft || isWordCode(c)) {
      upper = isUpperCode(soft ? text.charCodeAt(i + 1) : c);
      let hasUpper = upper;
      for (;;) {
        while (j < n && (isWordCode(text.charCodeAt(j)) || (text.charCodeAt(j) === 0xad && isWordCode(text.charCodeAt(j + 1))))) { if (!hasUpper && isUpperCode(text.charCodeAt(j))) hasUpper = true; j++; }
        if (j + 1 < n && JOINERS.has(text.charCodeAt(j)) && (isWordCode(text.charCodeAt(j + 1)) || (text.charCodeAt(j + 1) === 0xad && isWordCode(text.charCodeAt(j + 2))))) { j++; continue; }
        break;
      }
      t = 'w';
      let w = text.slice(i, j);
      let lw = hasUpper ? w.toLowerCase() : w;
      if (lw.includes('\u00ad')) lw = lw.replace(/\u00ad/g, '');
      while (p < paras.length - 1 && i >= paras[p]!.end) p++;
      // "He’s claiming", "She’ll present": a pronoun and its clitic auxiliary are two tokens.
      const m = CLITIC_RE.exec(lw);
      if (m) {
        const cut = i + m[1]!.length;
        tokens.push({ s: i, e: cut, w: w.slice(0, m[1]!.length), lw: m[1]!, t, cap: upper, para: p, q: -1, nl });
        w = w.slice(m[1]!.length);
        lw = lw.slice(m[1]!.length);
        tokens.push({ s: cut, e: j, w, lw, t, cap: false, para: p, q: -1, nl: false });
      } else {
        tokens.push({ s: i, e: j, w, lw, t, cap: upper, para: p, q: -1, nl });
      }
    } else {
      if ((c === 46 || c === 45) && text.charCodeAt(j) === c) { while (j < n && text.charCodeAt(j) === c) j++; }
      // Two apostrophes or two backticks stand for a double quotation mark (older wire and NYT archives).
      const pair = (c === 39 || c === 96) && text.charCodeAt(j) === c;
      if (pair) j++;
      const w = text.slice(i, j);
      t = pair || (j === i + 1 && QUOTE_CHARS.includes(w)) ? 'q' : 'p';
      while (p < paras.length - 1 && i >= paras[p]!.end) p++;
      tokens.push({ s: i, e: j, w, lw: w, t, cap: false, para: p, q: -1, nl });
    }
    nl = false;
    i = j;
  }
  return tokens;
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

/**
 * Pairs quotation marks over the whole article and marks each token with its quotation.
 * Straight, curly and low-9 double marks and guillemets; single marks only when the article
 * uses them as its main quotation marks. A quotation never crosses a paragraph: one left open
 * closes at the paragraph's end; a closing mark with no opener recovers its quotation back to
 * the previous quotation, a colon or the paragraph start.
 */
export function pairQuotes(text: string, tokens: Token[]): Quote[] {
  // Single marks are the main marks when double marks are (nearly) absent and
  // single openers at word starts are common (British style).
  let doubles = 0;
  let singleOpeners = 0;
  for (const tk of tokens) {
    if (tk.t !== 'q') continue;
    if (tk.w === '"' || tk.w === "''" || tk.w === '``' || DOUBLE_OPEN.has(tk.w) || DOUBLE_CLOSE.has(tk.w)) doubles++;
    else if (SINGLE_OPEN.has(tk.w) || (tk.w === "'" && isSpace(text[tk.s - 1]))) singleOpeners++;
  }
  const useSingle = doubles < 2 && singleOpeners >= 2;
  const OPEN = useSingle ? SINGLE_OPEN : DOUBLE_OPEN;
  const CLOSE = useSingle ? SINGLE_CLOSE : DOUBLE_CLOSE;
  const AMBIG = useSingle ? "'" : '"';

  const quotes: Quote[] = [];
  let openTok = -1;
  let nested = false; // a quotation inside the open one, with the same marks
  let para = -1;
  let lastQuoteEndTok = -1; // token after the last quotation in this paragraph
  let lastColonTok = -1;
  const push = (ts: number, te: number, closed: boolean, recovered: boolean): void => {
    const start = tokens[ts]!.s;
    const end = tokens[te - 1]!.e;
    quotes.push({ start, end, ts, te, para: tokens[ts]!.para, closed, recovered });
    lastQuoteEndTok = te;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tk = tokens[i]!;
    if (tk.para !== para) {
      if (openTok >= 0) push(openTok, i, false, false);
      openTok = -1;
      nested = false;
      para = tk.para;
      lastQuoteEndTok = i;
      lastColonTok = -1;
    }
    if (tk.t === 'p' && tk.w === ':' && openTok < 0) lastColonTok = i;
    if (tk.t !== 'q') continue;
    const isOpen = OPEN.has(tk.w) || (tk.w === '``' && !useSingle);
    const isClose = CLOSE.has(tk.w);
    const ambig = tk.w === AMBIG || (tk.w === "''" && !useSingle);
    if (!isOpen && !isClose && !ambig) continue;
    // A single right mark inside a word run is an apostrophe ("Ukraines’ ", "'90s").
    const before = text[tk.s - 1];
    const after = text[tk.e];
    const spaceBefore = isSpace(before) || (before !== undefined && '([{—–-'.includes(before));
    const spaceAfter = isSpace(after) || (after !== undefined && /[.,;:!?)\]—–-]/.test(after));
    if (openTok < 0) {
      if (isOpen || (ambig && !spaceAfter) || (isClose && spaceBefore)) {
        openTok = i;
      } else if ((isClose || ambig) && !spaceBefore) {
        if (useSingle && !spaceAfter) continue; // apostrophe
        // A closing mark with no opener: recover the quotation.
        let from = Math.max(lastQuoteEndTok, lastColonTok + 1);
        if (from < 0) from = 0;
        while (from < i && tokens[from]!.para !== tk.para) from++;
        if (from < i) push(from, i + 1, true, true);
      }
    } else {
      if (isOpen && spaceBefore && !spaceAfter && !useSingle) {
        // An opener while open: a quotation inside the quotation ("... what he calls “hell” ...").
        if (!nested) { nested = true; continue; }
        // A second one: the outer quotation lost its closing mark.
        push(openTok, i, false, false);
        openTok = i;
        nested = false;
      } else if (isClose || ambig || (isOpen && !spaceBefore)) {
        if (useSingle && isClose && !spaceAfter && /\p{L}/u.test(after ?? '')) continue; // apostrophe
        if (nested) { nested = false; continue; }
        push(openTok, i + 1, true, false);
        openTok = -1;
      }
    }
  }
  if (openTok >= 0) push(openTok, tokens.length, false, false);
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi]!;
    for (let i = q.ts; i < q.te; i++) tokens[i]!.q = qi;
  }
  return quotes;
}

const END_PUNCT = new Set(['.', '?', '!', '…', '...']);

function startsSentence(tk: Token | undefined): boolean {
  if (!tk) return true;
  return tk.cap || tk.t === 'q' || /^[\p{N}(\[]/u.test(tk.w) || tk.nl;
}

/** Longest sentence, in tokens, before it is cut at a comma (news sentences run to about 80). */
const MAX_SENTENCE_TOKENS = 200;

/** Longest speaker name between a quotation and its tag ("“...?” Sen. Claire McCaskill (D-Mo.) said"). */
const MAX_TAG_GAP = 10;

/** After a quotation ending in "?" or ".": does a speaker tag follow ("“...?” Trump said")? Then it is one sentence. */
function tagFollows(tokens: Token[], from: number): boolean {
  const para = tokens[from]!.para;
  const first = tokens[from]!;
  if (LEADING_FILLERS.has(first.lw) || CLAUSE_OPENERS.has(first.lw) || first.lw === 'i' || first.lw === 'we' || first.lw === 'you') return false;
  for (let j = from; j < tokens.length && j - from <= MAX_TAG_GAP; j++) {
    const t = tokens[j]!;
    if (t.para !== para || t.t === 'q' || (j > from && t.nl)) return false;
    if (t.t === 'p') {
      if (t.w === '.' && j > from && ABBREVIATIONS.has(tokens[j - 1]!.lw)) continue;
      if (t.w === '.' && j > from && tokens[j - 1]!.w.length === 1) continue;
      if (t.w === '(' || t.w === ')' || t.w === ',' || t.w === '-' || t.w === '’' || t.w === "'") continue;
      return false;
    }
    if (j > from && !t.cap) {
      const f = CUE_FORMS.get(t.lw);
      if (f && f.some((x) => x.form === 'past' || x.form === 'present')) {
        // A tag ends its clause: "“...?” Trump said." / "said Friday,"; "She says it ..." is a new sentence.
        const n = tokens[j + 1];
        const n2 = tokens[j + 2];
        if (!n || (n.t === 'p' && !(n.w === ',' && n2?.t === 'q'))) return true;
        return /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|later|then|again|afterward|afterwards)$/.test(n.lw) && (!n2 || n2.t === 'p');
      }
      if (CLAUSE_OPENERS.has(t.lw) && t.lw !== 'and') return false;
    }
  }
  return false;
}

/**
 * Splits the tokens into sentences: at end punctuation outside quotations (not after an
 * abbreviation or an initial), after a closing mark that ends a sentence, and at line breaks.
 */
export function splitSentences(tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let ts = 0;
  const close = (te: number): void => {
    if (te > ts) out.push({ ts, te, start: tokens[ts]!.s, end: tokens[te - 1]!.e, para: tokens[ts]!.para });
    ts = te;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tk = tokens[i]!;
    const next = tokens[i + 1];
    if (i > ts && (tk.para !== tokens[i - 1]!.para || tk.nl)) {
      close(i);
    }
    // Text with no sentence ends (a list, a dump) is cut into bounded pieces: every later
    // per-sentence step stays linear in the text.
    if (i - ts >= MAX_SENTENCE_TOKENS && (tk.w === ',' || tk.w === ';' || i - ts >= 2 * MAX_SENTENCE_TOKENS)) close(i + 1);
    if (!next) continue;
    if (tk.q >= 0) {
      // Only a closing mark right after end punctuation can end a sentence inside quotes.
      if (tk.t === 'q' && next.q !== tk.q && i > 0 && END_PUNCT.has(tokens[i - 1]!.w) && startsSentence(next) && next.para === tk.para && !next.nl && !tagFollows(tokens, i + 1)) {
        close(i + 1);
      }
      continue;
    }
    if (tk.t !== 'p' || !END_PUNCT.has(tk.w)) continue;
    if (next.para !== tk.para || !startsSentence(next)) continue;
    if (tk.w === '.' && i > ts) {
      const prev = tokens[i - 1]!;
      if (prev.e === tk.s && prev.t === 'w') {
        if (ABBREVIATIONS.has(prev.lw) && !(prev.lw === 'u.s' && next.nl)) continue;
        if (prev.w.length === 1 && prev.cap) continue; // an initial: "John F. Kennedy"
        if (prev.w.includes('.') && !next.nl) continue; // "G.K.", "D-N.C.": initials and abbreviations
      }
    }
    close(i + 1);
  }
  close(tokens.length);
  return out;
}
