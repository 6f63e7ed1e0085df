import type { Detection } from '../model';

/**
 * The cheap gate: is this page an article? Runs in a few milliseconds on any page,
 * before anything expensive. Reads `doc` only; does not mutate it.
 *
 * PLACEHOLDER: issue 3 replaces this with the real signal-based detector.
 */
export function detectArticle(doc: Document, _url: string | null): Detection {
  const signals: string[] = [];
  const paragraphs = doc.querySelectorAll('p').length;
  if (paragraphs >= 3) signals.push(`paragraphs:${paragraphs}`);
  const verdict = paragraphs >= 3 ? 'article' : 'not-article';
  return { verdict, score: paragraphs, signals };
}
