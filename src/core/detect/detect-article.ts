import type { Detection, Verdict } from '../model';
import { type DetectionFeatures, type TextWalkLimits, drain, emptyFeatures, markupSteps, measureText } from './features';

/**
 * Score thresholds: at or above ARTICLE_AT the page is an article; below NOT_ARTICLE_BELOW it
 * is not; in between the gate is unsure (the toolbar button still offers an analysis).
 * Set on `../shared/corpus` (npm run eval:detect): recall 0.983 with unsure as a miss, false
 * positives 2 of 69; each of issue 3's minimums is met with a margin of one page, so a change
 * to any weight below needs that script run again.
 */
const ARTICLE_AT = 4;
const NOT_ARTICLE_BELOW = 2;

/**
 * URL path segments of pages that are not stories: legal pages, shops, forums, docs,
 * accounts. A whole segment (extension aside), or a legal word starting one ("terms-of-use").
 */
const NON_STORY_SEGMENT =
  /^(?:(?:terms|privacy|legal|licen[cs]es?|impressum|imprint|datenschutz|agb|cookie)(?:[-_].*)?|tos|about|about-us|contact|faq|help|support|docs?|documentation|forums?|threads?|community|products?|shop|store|cart|checkout|category|categories|tags?|search|login|signin|signup|register|account|users?|profile|downloads?|status|jobs|careers|service_disruptions)(?:\.\w+)?$/i;

/** Microdata types of forums, Q&A, shops and listings (comments and products inside articles are not here). */
const NON_ARTICLE_MICRODATA = new Set([
  'qapage', 'question', 'answer', 'offer', 'aggregateoffer', 'lodgingbusiness', 'localbusiness', 'softwareapplication',
  'discussionforumposting', 'profilepage', 'jobposting',
]);

/** og:type values that name something other than an article. */
const NON_ARTICLE_OG = /^(?:video|music|product|profile|book|object|image|photo|place|business|company)|[:.](?:photo|review|product|video)/;

/**
 * The cheap gate: is this page an article? Scores schema.org types (JSON-LD, microdata),
 * `og:type`, date and author metadata, the shape of the main text (running-text paragraphs
 * grouped under one parent), teaser lists, and the URL; the verdict comes with the signals
 * that decided it. Reads `doc` only, does not mutate it. Runs {@link detectSteps} to its end.
 */
export function detectArticle(doc: Document, url: string | null): Detection {
  return drain(detectSteps(doc, url)).detection;
}

/** A verdict and the measurements behind it. */
export interface PageDetection {
  detection: Detection;
  features: DetectionFeatures;
}

/**
 * The gate in steps, for a caller that spreads the work over slices of a busy thread (the
 * content script). First the markup, a fixed cost; when it alone makes the page an article
 * whatever the text turns out to be (the text scored at its worst: none, no visible date or
 * byline, code everywhere), the text walk is skipped, the verdict is the same as with it, and
 * the signals say `text:unmeasured` (the score is then a lower bound). Otherwise the walk, which
 * yields every few hundred nodes. With `limits.maxChars`, a page whose text exceeds it ends the
 * walk early: `features.bodyChars` says so, and the verdict is meaningless.
 */
export function* detectSteps(doc: Document, url: string | null, limits: TextWalkLimits = {}): Generator<void, PageDetection, void> {
  const f = emptyFeatures();
  yield* markupSteps(f, doc, url);
  yield;
  const early = scoreFeatures(f, url);
  if (early.verdict === 'article') return { detection: early, features: f };
  yield;
  yield* measureText(f, doc, limits);
  yield;
  return { detection: scoreFeatures(f, url), features: f };
}

/**
 * Turns measurements into a verdict, with a signal for every contribution to the score. Before
 * the text walk (`f.textMeasured` false), the text is scored at its worst, which no page's text
 * can score below (each rule is monotone in its measurement: more main text, a visible date or
 * byline, fewer code blocks never lower the score), and those rules leave no signal of their
 * own: one `text:unmeasured` stands for them.
 */
export function scoreFeatures(f: DetectionFeatures, url: string | null): Detection {
  const signals: string[] = [];
  let score = 0;
  const measured = f.textMeasured;
  const add = (points: number, signal: string): void => {
    score += points;
    signals.push(`${signal}${points >= 0 ? '+' : ''}${points}`);
  };
  /** A contribution of the text walk: scored, but named only when the text was measured. */
  const addText = (points: number, signal: string): void => {
    if (measured) add(points, signal);
    else score += points;
  };
  // Measurements of the walk; at their worst until it ran.
  const codeBlocks = measured ? f.codeBlocks : Number.MAX_SAFE_INTEGER;

  // Structured data: the page says what it is.
  const ldTeaserList = f.ldArticleCount > 3;
  if (f.ldArticleTypes.length && !ldTeaserList) add(4, `jsonld:${f.ldArticleTypes[0]}`);
  else if (ldTeaserList) add(-1, `jsonld:articles×${f.ldArticleCount}`);
  else if (f.microdataArticleTypes.length && f.microdataArticleCount <= 3) add(2, `microdata:${f.microdataArticleTypes[0]}`);
  const articleTyped = f.ldArticleTypes.length > 0 || f.microdataArticleTypes.length > 0 || f.ogType === 'article';
  if (!articleTyped && f.ldOtherTypes.length) add(-3, `jsonld:${f.ldOtherTypes[0]}`);
  const mdOther = f.microdataOtherTypes.find((t) => NON_ARTICLE_MICRODATA.has(t));
  if (mdOther) add(-2, `microdata:${mdOther}`);
  if (f.ogType === 'article') add(1, 'og:type=article');
  else if (f.ogType && NON_ARTICLE_OG.test(f.ogType)) add(-2, `og:type=${f.ogType}`);
  if (f.hasDateMeta) add(1, 'meta:published');
  if (f.hasByline || f.hasVisibleByline) add(1, 'byline');
  else if (f.hasMetaAuthor && articleTyped) add(1, 'meta:author');
  if (f.hasHeadline) add(1, 'headline');
  if (f.headlineNearText && f.mainChars >= 500) add(1, 'headline-over-text');
  if (!f.hasDateMeta && !f.hasVisibleDate) addText(-1, 'no-date');

  // The main text: one block of running paragraphs is what an article looks like.
  const text = `text:${f.mainChars}/${f.mainParagraphs}`;
  if (f.mainChars >= 4000 && f.mainParagraphs >= 8) add(4, text);
  else if ((f.mainChars >= 2000 && f.mainParagraphs >= 4) || (f.mainChars >= 1000 && f.mainParagraphs >= 8)) add(3, text);
  else if (f.mainChars >= 1000 && f.mainParagraphs >= 3) add(2, text);
  else if (f.mainChars >= 500) add(1, text);
  else if (f.mainChars < 250) addText(-2, text);

  // Lists of teasers: many headline links or many short <article> cards, little text of its own.
  if (f.articleElements >= 5 && f.substantialArticles === 0) add(-2, `teasers:${f.articleElements}`);
  else if (f.teaserHeadings >= 12 && f.mainChars < 1500) addText(-1, `teaser-headings:${f.teaserHeadings}`);
  // Code everywhere and no article markup: documentation.
  if (codeBlocks >= 5 && !articleTyped) addText(-1, `code:${codeBlocks}`);

  // The URL.
  if (f.urlIsRoot) add(-3, 'url:root');
  else if (f.urlDated) add(2, 'url:dated');
  else if (f.urlLooksLikeStory) add(1, 'url:story');
  if (f.generator?.startsWith('mediawiki')) add(-1, 'generator:mediawiki');
  if (f.titlePageType) add(-3, `title:${f.titlePageType}`);
  if (url && pathOfUrl(url).split('/').some((seg) => NON_STORY_SEGMENT.test(seg))) add(-2, 'url:non-story');

  // Text alone (no markup, byline, date, headline or story URL says "article") is a document,
  // a paste or a listing as often as a story: at most unsure.
  const evidence =
    articleTyped || f.hasDateMeta || f.hasByline || f.hasVisibleByline || f.hasHeadline || f.urlDated || f.urlLooksLikeStory;
  if (!evidence && score >= ARTICLE_AT) {
    signals.push('text-only');
    score = ARTICLE_AT - 1;
  }
  if (!measured) signals.push('text:unmeasured');
  const verdict: Verdict = score >= ARTICLE_AT ? 'article' : score < NOT_ARTICLE_BELOW ? 'not-article' : 'unsure';
  return { verdict, score, signals };
}

function pathOfUrl(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return '';
  }
}
