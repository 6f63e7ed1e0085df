import { findClaims } from './attribute/find-claims';
import { detectArticle } from './detect/detect-article';
import { articleFromText, extractArticle } from './extract/extract-article';
import type { Article, Detection, PageAnalysis } from './model';
import { summarizeClaims } from './summarize/summarize';

/** Options of {@link analyzePage}. */
export interface AnalyzeOptions {
  /** Analyse even when detection says the page is not an article ("analyse anyway"). */
  force?: boolean;
  /**
   * The page's detection, made elsewhere (the content script detects on the live page, the
   * background analyses its serialised copy): the page is not detected again.
   */
  detection?: Detection;
  /** Longest article text to attribute (characters); a longer one gets `too-large`. */
  maxArticleChars?: number;
}

/** The result of {@link analyzePage}: an analysis, or the reason there is none. */
export type PageResult =
  | { ok: true; analysis: PageAnalysis }
  | { ok: false; reason: 'not-an-article'; detection: Detection }
  | { ok: false; reason: 'too-large'; chars: number };

const now = (): number => performance.now();

/**
 * Runs the whole pipeline on a document: detect (unless `options.detection` is given),
 * extract, attribute, summarize. Reads `doc` only; does not mutate it. A page that is not an
 * article (or is unsure) gets `{ ok: false }` unless `force` is set; an article text over
 * `maxArticleChars` is not attributed.
 */
export function analyzePage(doc: Document, url: string | null, options: AnalyzeOptions = {}): PageResult {
  const t0 = now();
  const detection = options.detection ?? detectArticle(doc, url);
  const t1 = now();
  if (detection.verdict !== 'article' && !options.force) {
    return { ok: false, reason: 'not-an-article', detection };
  }
  const article = extractArticle(doc, url);
  const t2 = now();
  if (article.text.length > (options.maxArticleChars ?? Infinity)) return { ok: false, reason: 'too-large', chars: article.text.length };
  const analysis = analyzeArticle(article, detection, url);
  analysis.timings.detectMs = t1 - t0;
  analysis.timings.extractMs = t2 - t1;
  analysis.timings.totalMs = now() - t0;
  return { ok: true, analysis };
}

/**
 * Attributes and summarizes an already extracted article. This is the part that can run
 * away from the page (in the extension's background), since its input is plain data.
 */
export function analyzeArticle(article: Article, detection: Detection, url: string | null): PageAnalysis {
  const t0 = now();
  const claims = findClaims(article);
  const summary = summarizeClaims(article, claims);
  const attributeMs = now() - t0;
  return {
    url,
    detection,
    article,
    claims,
    ...summary,
    timings: { detectMs: 0, extractMs: 0, attributeMs, totalMs: attributeMs },
  };
}

/**
 * Analyses plain article text (paragraphs separated by blank lines). Offsets index `text`.
 */
export function analyzeText(text: string, url: string | null = null): PageAnalysis {
  const t0 = now();
  const article = articleFromText(text);
  const detection: Detection = { verdict: 'article', score: 1, signals: ['input:text'] };
  const t1 = now();
  const analysis = analyzeArticle(article, detection, url);
  analysis.timings.extractMs = t1 - t0;
  analysis.timings.totalMs = now() - t0;
  return analysis;
}
