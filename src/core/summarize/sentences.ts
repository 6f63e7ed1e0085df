/**
 * Sentence bounds in article text, good enough to quote a sentence as evidence: splits at
 * . ! ? (and a closing quotation mark after them) followed by a space and a capital or an
 * opening mark, never across a paragraph break, and not after common abbreviations.
 */

/** Abbreviations that end with a period without ending a sentence (titles, initials, months). */
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st jr sr inc corp co ltd no vs etc ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n d.c a.m p.m e.g i.e').split(' '),
);

/** The farthest a sentence may reach from a position, each way: bounds the work on text with no sentence ends. */
const SENTENCE_REACH = 800;

/** Is there a sentence end in `text` right before `pos` (pos is the start of the next sentence)? */
function endsSentenceAt(text: string, punct: number): boolean {
  const ch = text.charAt(punct);
  if (ch === '!' || ch === '?') return true;
  if (ch !== '.') return false;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, punct - 12), punct))?.[1]?.toLowerCase() ?? '';
  if (ABBREVIATIONS.has(word)) return false;
  if (/^\p{L}$/u.test(word)) return false; // an initial: "John F. Kennedy"
  return true;
}

/** The bounds of the sentence that contains `pos`: `{ start, end }`, the end after its final mark. */
export function sentenceBounds(text: string, pos: number): { start: number; end: number } {
  // Work on a bounded window, so that text without sentence ends or line breaks stays linear.
  const floor = Math.max(0, pos - SENTENCE_REACH);
  const ceiling = Math.min(text.length, pos + SENTENCE_REACH);
  const win = text.slice(floor, ceiling);
  const at = pos - floor;
  const paraStart = win.lastIndexOf('\n', at - 1) + 1;
  let paraEnd = win.indexOf('\n', at);
  if (paraEnd < 0) paraEnd = win.length;
  const boundary = /[.!?]["”’')\]]*\s+(?=["“‘'(\[]?[\p{Lu}\p{N}])/gu;
  let start = paraStart;
  let end = paraEnd;
  boundary.lastIndex = paraStart;
  for (let m = boundary.exec(win); m && m.index < paraEnd; m = boundary.exec(win)) {
    if (!endsSentenceAt(win, m.index)) continue;
    const next = m.index + m[0].length;
    if (next <= at) start = next;
    else {
      end = m.index + m[0].trimEnd().length;
      break;
    }
  }
  return { start: floor + start, end: floor + Math.max(start, end) };
}

/** The sentence that contains `pos`, trimmed. */
export function sentenceAt(text: string, pos: number): string {
  const { start, end } = sentenceBounds(text, pos);
  return text.slice(start, end).trim();
}
