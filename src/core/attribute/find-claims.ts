import type { Article, Claim } from '../model';

/**
 * Finds every attributed claim in the article text: source, cue and content as spans,
 * with the speaker resolved. Pure function of the text and paragraphs.
 *
 * PLACEHOLDER: issue 4 replaces this with the real attribution engine.
 */
export function findClaims(article: Pick<Article, 'text' | 'paragraphs'>): Claim[] {
  const claims: Claim[] = [];
  const re = /According to ([A-Z][\w.]*(?: [A-Z][\w.]*)*), ([^.]+)\./g;
  const { text } = article;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const cueStart = m.index;
    const srcStart = cueStart + 'According to '.length;
    const srcEnd = srcStart + m[1]!.length;
    const contentStart = srcEnd + 2;
    const contentEnd = contentStart + m[2]!.length;
    claims.push({
      source: { start: srcStart, end: srcEnd, text: text.slice(srcStart, srcEnd) },
      cue: { start: cueStart, end: cueStart + 12, text: text.slice(cueStart, cueStart + 12) },
      content: { start: contentStart, end: contentEnd, text: text.slice(contentStart, contentEnd) },
      speaker: { name: m[1]!, kind: 'unknown', role: null },
      via: null,
      direct: false,
    });
  }
  return claims;
}
