/**
 * The measurements the article gate decides on, read-only, in two stages: the markup (metadata,
 * JSON-LD, microdata, the URL and a handful of selector queries: cheap, a fixed number of DOM
 * calls) and the text (one walk over the body's nodes: cost grows with the page). The walk is a
 * generator that yields every few hundred nodes, so that the content script can spread it
 * over idle slices of the page's main thread; Node and the tests drain it at once. Kept apart
 * from the scoring so that the evaluation script can print the measurements.
 */
import { contentRootOf, hostOf, readMetas, rootOf, tagOf } from '../extract/dom';
import { ARTICLE_TYPES, NON_ARTICLE_TYPES, hasType, microdataTypes, readJsonLd, typesOf } from '../extract/json-ld';

/** A paragraph counts as running text from this many characters on (a sentence or two). */
const MIN_PARAGRAPH_CHARS = 80;
/** ...and when less than this share of its text is link text (teaser blurbs are mostly links). */
const MAX_PARAGRAPH_LINK_SHARE = 0.35;

/** What the gate measured on a page. */
export interface DetectionFeatures {
  /** Article types found in JSON-LD (lower-cased), in order. */
  ldArticleTypes: string[];
  /** How many JSON-LD objects have an article type (several = a list of teasers). */
  ldArticleCount: number;
  /** Non-article page types found in JSON-LD (collectionpage, product...). */
  ldOtherTypes: string[];
  /** Article types found in microdata. */
  microdataArticleTypes: string[];
  microdataArticleCount: number;
  /** Non-article types found in microdata (product, question, lodgingbusiness...). */
  microdataOtherTypes: string[];
  /** `<meta name="generator">`, lower-cased (forum and wiki engines say so). */
  generator: string | null;
  /** `og:type`, lower-cased, or null. */
  ogType: string | null;
  /** Whether a publication-date meta tag or `<time datetime>` in a byline-like place exists. */
  hasDateMeta: boolean;
  /**
   * Whether a short text in the page reads as a date ("December 16, 2016", "2016-12-16", "16.12.2016") or a `<time>` exists.
   * Texts are read for it only when `hasDateMeta` is false (the gate needs it only then).
   */
  hasVisibleDate: boolean;
  /** Whether a short text in the page reads as a byline ("By Jane Doe", "Von Jane Doe"); looked for only when `hasByline` is false. */
  hasVisibleByline: boolean;
  /** Whether an author is named by `rel=author`, `itemprop=author` or a byline class. */
  hasByline: boolean;
  /** Whether an author is named in meta tags only (often the site's designer). */
  hasMetaAuthor: boolean;
  /** Running-text paragraphs (see the constants above) and their characters. */
  textParagraphs: number;
  textChars: number;
  /** The largest group of running-text paragraphs under one parent: count and characters. */
  mainParagraphs: number;
  mainChars: number;
  /** Whether the first `<h1>` sits right above the main text (within a few levels of a common container). */
  headlineNearText: boolean;
  /** `<article>` elements, and those with running text of their own (over 500 chars). */
  articleElements: number;
  substantialArticles: number;
  /** Headings (h2-h4) that are mostly a link: teaser headlines of a list page. */
  teaserHeadings: number;
  /** `<h1>` elements. */
  h1Count: number;
  /** A page-type word in the title ("Forum", "Shop", "Terms", "Documentation"...), lower-cased, or null. */
  titlePageType: string | null;
  /** A headline: an `<h1>` (or the og:title) of several words that the page title repeats. */
  hasHeadline: boolean;
  /** Path of the URL: segments, and whether it looks like a story (a dated or long slug, an id). */
  urlSegments: number;
  urlLooksLikeStory: boolean;
  urlIsRoot: boolean;
  /** The URL path carries a date (/2019/11/18/, /2016/12/): how news sites file stories. */
  urlDated: boolean;
  /** Whether the text walk ran (the markup stage alone leaves every text measurement at zero). */
  textMeasured: boolean;
  /** Characters of text in the body that the walk saw (it stops early on huge pages; see {@link TextWalkLimits}). */
  bodyChars: number;
  /** Input fields: forms of a shop, a forum, a search page. */
  forms: number;
  /** `<pre>` and `<code>` blocks (docs, snippets). */
  codeBlocks: number;
}

const DATE_META_KEYS = [
  'article:published_time', 'article:modified_time', 'datepublished', 'date', 'pubdate', 'publishdate',
  'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'og:published_time',
  'article.published', 'published_time', 'publish-date', 'cxenseparse:recs:publishtime', 'dc.date.created',
];

/** Measures a page for the gate, both stages at once. Reads `doc` only. */
export function measurePage(doc: Document, url: string | null): DetectionFeatures {
  const f = emptyFeatures();
  drain(markupSteps(f, doc, url));
  drain(measureText(f, doc));
  return f;
}

/** Runs a generator to its end. */
export function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Measurements of nothing yet. */
export function emptyFeatures(): DetectionFeatures {
  return {
    ldArticleTypes: [], ldArticleCount: 0, ldOtherTypes: [], microdataArticleTypes: [], microdataArticleCount: 0, microdataOtherTypes: [], generator: null,
    ogType: null, hasDateMeta: false, hasVisibleDate: false, hasVisibleByline: false, hasByline: false, hasMetaAuthor: false, textParagraphs: 0, textChars: 0, mainParagraphs: 0,
    mainChars: 0, headlineNearText: false, articleElements: 0, substantialArticles: 0, teaserHeadings: 0, h1Count: 0, hasHeadline: false, titlePageType: null, urlSegments: 0,
    urlLooksLikeStory: false, urlIsRoot: false, urlDated: false, textMeasured: false, bodyChars: 0, forms: 0, codeBlocks: 0,
  };
}

/**
 * The markup stage, into `f`: every measurement but those of the text walk (which keep their
 * zero values, `textMeasured` false), a fixed number of selector queries whatever the page's
 * size. It yields between groups of queries (each a fraction of a millisecond; up to about two
 * on a page of tens of thousands of elements, met for the first time).
 */
export function* markupSteps(f: DetectionFeatures, doc: Document, url: string | null): Generator<void, void, void> {
  measureUrl(f, url);
  if (!rootOf(doc)) return;
  yield;

  for (const node of readJsonLd(doc)) {
    if (hasType(node, ARTICLE_TYPES)) {
      f.ldArticleCount++;
      for (const t of typesOf(node)) if (ARTICLE_TYPES.has(t) && !f.ldArticleTypes.includes(t)) f.ldArticleTypes.push(t);
    } else {
      for (const t of typesOf(node)) if (NON_ARTICLE_TYPES.has(t) && !f.ldOtherTypes.includes(t)) f.ldOtherTypes.push(t);
    }
  }
  yield;
  for (const t of microdataTypes(doc)) {
    if (ARTICLE_TYPES.has(t)) {
      f.microdataArticleCount++;
      if (!f.microdataArticleTypes.includes(t)) f.microdataArticleTypes.push(t);
    } else if (NON_ARTICLE_TYPES.has(t) && !f.microdataOtherTypes.includes(t)) {
      f.microdataOtherTypes.push(t);
    }
  }

  yield;

  const metas = readMetas(doc);
  f.ogType = metas.get('og:type')?.toLowerCase() ?? null;
  f.generator = metas.get('generator')?.toLowerCase() ?? null;
  yield;
  f.hasDateMeta =
    DATE_META_KEYS.some((k) => metas.has(k)) || !!doc.querySelector('[itemprop~="datePublished"], time[pubdate], article time[datetime]');
  f.hasMetaAuthor = metas.has('author') || metas.has('article:author') || metas.has('sailthru.author') || metas.has('parsely-author');
  yield;
  f.hasByline = !!doc.querySelector('[rel~="author"], [itemprop~="author"], [class*="byline" i]');
  yield;

  f.articleElements = doc.querySelectorAll('article').length;
  if (f.articleElements > 0 && f.articleElements <= 200) {
    let i = 0;
    for (const a of Array.from(doc.querySelectorAll('article'))) {
      if ((a.textContent ?? '').length > 1500 && runningText(a) > 500) f.substantialArticles++;
      if (++i % 8 === 0) yield;
    }
  }
  yield;
  let headings = 0;
  for (const h of Array.from(doc.querySelectorAll('h2, h3, h4'))) {
    if (++headings % 64 === 0) yield;
    const text = (h.textContent ?? '').trim();
    if (text.length < 15) continue;
    let linked = 0;
    for (const a of Array.from(h.querySelectorAll('a'))) linked += (a.textContent ?? '').trim().length;
    const parentLink = h.parentElement?.closest('a');
    if (parentLink || linked >= text.length * 0.6) f.teaserHeadings++;
  }
  yield;
  const h1s = doc.querySelectorAll('h1');
  f.h1Count = h1s.length;
  f.hasHeadline = hasHeadline(doc, h1s, metas.get('og:title') ?? null);
  yield;
  f.titlePageType = titleOf(doc).match(TITLE_PAGE_TYPE)?.[0]?.toLowerCase() ?? null;
  yield;
  f.forms = doc.querySelectorAll('input:not([type="hidden"]), select, textarea').length;
}

/** Minimum words of a headline: section and site names are shorter. */
const MIN_HEADLINE_WORDS = 4;

/** What separates words: anything but a letter or a digit, in any script. */
const NON_WORD = /[^\p{L}\p{N}]+/u;
/**
 * Texts in ASCII, give or take the typographic spaces, dashes, quotes and bullets of titles (none
 * a letter or a digit): their words are split on `[^a-z0-9]`, which on them is {@link NON_WORD}
 * exactly, without compiling the Unicode classes (about a millisecond, once per page).
 */
const ASCII_TITLE = /^[\x00-\x7f\u00a0\u00ab\u00b7\u00bb\u200b\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]*$/;

/** The lower-cased words of `s`. */
export function wordsOf(s: string): string[] {
  const lower = s.toLowerCase();
  return lower.split(ASCII_TITLE.test(lower) ? /[^a-z0-9]+/ : NON_WORD).filter(Boolean);
}

/**
 * Words that name a kind of page other than a story when a title carries them (usually in its
 * site-name part: "… | Anglerboard – Forum", "Install Docker Engine | Docker Documentation").
 * English and German, the languages of the corpus' non-article pages. ("Wiki" is a fan or project
 * wiki's reference page; "Wikipedia" does not match.)
 */
const TITLE_PAGE_TYPE =
  /\b(?:forums?|foren|shops?|kaufen|bestellen|warenkorb|terms of (?:use|service)|licen[cs]e|privacy policy|impressum|datenschutz|nutzungsbedingungen|documentation|download|branchenbuch|directory|wiki)\b/i;

function titleOf(doc: Document): string {
  try {
    return doc.title ?? '';
  } catch {
    return '';
  }
}

/** Whether the page has a story headline: a long enough `<h1>` whose words the title (or og:title) repeats. */
function hasHeadline(doc: Document, h1s: NodeListOf<Element>, ogTitle: string | null): boolean {
  const title = titleOf(doc);
  const titleWords = new Set([...wordsOf(title), ...wordsOf(ogTitle ?? '')]);
  for (let i = 0; i < h1s.length && i < 5; i++) {
    const words = wordsOf(h1s[i]!.textContent ?? '');
    if (words.length < MIN_HEADLINE_WORDS || words.length > 40) continue;
    const shared = words.filter((w) => titleWords.has(w)).length;
    if (shared >= words.length * 0.8) return true;
  }
  return false;
}

/** Characters of running-text paragraphs directly inside `el` (for `<article>` elements). */
function runningText(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) {
    const len = (p.textContent ?? '').trim().length;
    if (len >= MIN_PARAGRAPH_CHARS) n += len;
  }
  return n;
}

/** Inline tags: their text belongs to the nearest block ancestor. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'samp',
  'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'ins', 'del', 'label', 'big', 'tt', 'strike', 'nobr', 'wbr', 'br',
]);
/** Subtrees whose text is never article text. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'nav', 'footer', 'aside', 'select', 'button', 'iframe',
  'object', 'canvas', 'head', 'textarea', 'option',
]);
const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';
/** Dates as pages print them near a headline. */
const VISIBLE_DATE = new RegExp(
  `(?:\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d\\d\\b)|(?:\\b\\d{1,2}\\.?\\s+(?:${MONTHS})\\.?,?\\s+(?:19|20)\\d\\d\\b)|(?:\\b(?:19|20)\\d\\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\\d|3[01])\\b)|(?:\\b(?:0?[1-9]|[12]\\d|3[01])[./](?:0?[1-9]|1[0-2])[./](?:19|20)\\d\\d\\b)|(?:\\b\\d+\\s+(?:hours?|minutes?|days?)\\s+ago\\b)`,
  'i',
);
/** A byline as printed: "By Jane Doe", "BY JANE DOE", "Von Jane Doe", "Par Jean Dupont". */
const VISIBLE_BYLINE = /^(?:by|von|par|por|door|di|av|af)\s*:?\s+[\p{Lu}\p{Lt}]/u;
/** First characters of the words `VISIBLE_BYLINE` starts with: other texts are not tested. */
const BYLINE_FIRST = new Set([...'bvpdaf'].map((c) => c.charCodeAt(0)));

/** Whether `s` has an ASCII digit: every form `VISIBLE_DATE` matches has one. */
function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
/** Short texts only are tested against the patterns above (dates and bylines are short). */
const MAX_SHORT_TEXT = 120;

/** Text nodes looked at, at most: bounds the walk on huge pages (an article shows long before). */
const MAX_TEXT_NODES = 40_000;
/** Nodes visited between two yields of the walk: small enough for a slice of a few milliseconds. */
const NODES_PER_STEP = 200;
/**
 * Steps of the walk, at most (nodes of any kind, in units of {@link NODES_PER_STEP}): bounds it
 * also where text nodes are rare, or where the page moves nodes around between two steps.
 */
const MAX_STEPS = 1_500;

/** Where the text walk may stop early. */
export interface TextWalkLimits {
  /**
   * Stop once the text seen exceeds this many characters (`bodyChars` then tells the caller
   * that the page is too large to analyse; the other text measurements are partial).
   */
  maxChars?: number;
}

interface BlockStat {
  chars: number;
  linked: number;
  /** `<br>` inside the block: text laid out with line breaks instead of paragraphs. */
  breaks: number;
}

/** The nearest ancestor of `node` that is not an inline element (or `root`), and whether a link was crossed. */
function blockOf(node: Node, root: Element): { block: Element | null; linked: boolean } {
  let block = node.parentElement;
  let linked = false;
  // Bounded: inline elements nested thousands deep must not make each text node cost the depth.
  for (let i = 0; block && block !== root && INLINE.has(tagOf(block)) && i < 64; i++) {
    if (tagOf(block) === 'a') linked = true;
    block = block.parentElement;
  }
  return { block, linked };
}

/**
 * The text stage: one iterative walk over the body's text. Each text node is credited to its
 * nearest block ancestor (links noted), blocks of running text are grouped under their parent
 * (lifted through single-child wrappers), and the largest group is the main text. Yields every
 * {@link NODES_PER_STEP} nodes; the page may change between steps (a node removed meanwhile
 * ends the walk early, never an exception).
 */
export function* measureText(f: DetectionFeatures, doc: Document, limits: TextWalkLimits = {}): Generator<void, void, void> {
  f.textMeasured = true;
  const body = contentRootOf(doc);
  if (!body) return;
  const maxChars = limits.maxChars ?? Infinity;
  let seenChars = 0;
  let step = NODES_PER_STEP;
  let steps = 0;
  const blocks = new Map<Element, BlockStat>();
  // Sibling text nodes (and `<br>`s) share a parent, hence a block: the block of the last parent
  // looked up is kept, so that the inline-ancestor climb and the map lookup run once per parent.
  let lastParent: Node | null = null;
  let lastBlock: Element | null = null;
  let lastLinked = false;
  let lastStat: BlockStat | undefined;
  const lookUp = (n: Node): void => {
    const parent = n.parentNode;
    if (parent === lastParent) return;
    const { block, linked } = blockOf(n, body);
    lastParent = parent;
    lastBlock = block;
    lastLinked = linked;
    lastStat = block ? blocks.get(block) : undefined;
  };
  let node: Node | null = body.firstChild;
  let budget = MAX_TEXT_NODES;
  while (node && budget > 0) {
    if (--step === 0) {
      if (++steps >= MAX_STEPS) break;
      step = NODES_PER_STEP;
      yield;
    }
    let descend = false;
    const type = node.nodeType;
    if (type === 3) {
      budget--;
      const text = (node.nodeValue ?? '').trim();
      const len = text.length;
      if (len > 0) {
        seenChars += len;
        if (seenChars > maxChars) {
          f.bodyChars = seenChars;
          return;
        }
        if (len <= MAX_SHORT_TEXT) {
          // The patterns only where the metadata has not already answered, and only on texts that can match.
          if (!f.hasVisibleDate && !f.hasDateMeta && hasDigit(text) && VISIBLE_DATE.test(text)) f.hasVisibleDate = true;
          if (!f.hasVisibleByline && !f.hasByline && BYLINE_FIRST.has(text.charCodeAt(0)) && VISIBLE_BYLINE.test(text)) {
            f.hasVisibleByline = true;
          }
        }
        lookUp(node);
        if (lastBlock) {
          let st = lastStat;
          if (!st) blocks.set(lastBlock, (st = lastStat = { chars: 0, linked: 0, breaks: 0 }));
          st.chars += len;
          if (lastLinked) st.linked += len;
        }
      }
    } else if (type === 1) {
      const el = node as Element;
      const tag = tagOf(el);
      // The attributes are read only when there is a subtree to enter or skip.
      descend = !!el.firstChild && !SKIP.has(tag) && el.getAttribute('role') !== 'navigation' && !el.hasAttribute('hidden');
      if (tag === 'pre' || tag === 'code') f.codeBlocks++;
      else if (tag === 'time') f.hasVisibleDate = true;
      else if (tag === 'br') {
        lookUp(el);
        const st = lastStat ?? blocks.get(lastBlock ?? body);
        if (st) st.breaks++;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== body && !node.nextSibling) node = node.parentNode;
    node = !node || node === body ? null : node.nextSibling;
  }

  yield;
  const groups = new Map<Element, BlockStat>();
  let n = 0;
  for (const [block, st] of blocks) {
    if (++n % NODES_PER_STEP === 0) yield;
    f.bodyChars += st.chars;
    if (st.chars < MIN_PARAGRAPH_CHARS || st.linked > st.chars * MAX_PARAGRAPH_LINK_SHARE) continue;
    f.textParagraphs++;
    f.textChars += st.chars;
    let key = block.parentElement ?? block;
    // (firstElementChild/nextElementSibling rather than childElementCount, which some DOMs count child by child)
    for (let i = 0; i < 3 && key !== body && key.parentElement && onlyChild(key); i++) key = key.parentElement;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { chars: 0, linked: 0, breaks: 0 }));
    g.chars += st.chars;
    // Paragraphs: one per block, or the blank-line breaks of a block laid out with <br>.
    g.breaks += 1 + Math.min(Math.floor(st.breaks / 2), Math.floor(st.chars / 200));
  }
  let mainKey: Element | null = null;
  for (const [key, g] of groups) {
    if (g.chars > f.mainChars) {
      f.mainChars = g.chars;
      f.mainParagraphs = g.breaks;
      mainKey = key;
    }
  }
  // The headline and the text under one container a few levels up: the shape of a story page.
  const h1 = doc.querySelector('h1');
  if (mainKey && h1) {
    let box: Element | null = mainKey;
    for (let i = 0; i < HEADLINE_TEXT_LEVELS && box && box !== body; i++, box = box.parentElement) {
      if (box.contains(h1)) {
        f.headlineNearText = true;
        break;
      }
    }
  }
}

/** Whether `el` has exactly one element child. */
function onlyChild(el: Element): boolean {
  const first = el.firstElementChild;
  return !!first && !first.nextElementSibling;
}

/** Levels above the main text's parent within which the headline must sit. */
const HEADLINE_TEXT_LEVELS = 4;

function measureUrl(f: DetectionFeatures, url: string | null): void {
  if (!url || !hostOf(url)) return;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return;
  }
  const segments = u.pathname.split('/').filter((s) => s && !/^(index|default|home)\.\w+$/i.test(s));
  f.urlSegments = segments.length;
  f.urlIsRoot = segments.length === 0 && !/(?:^|[?&])(?:p|id|story|article)=/i.test(u.search);
  const last = segments[segments.length - 1] ?? '';
  const path = u.pathname;
  const datedPath = /\/(19|20)\d\d[/-](0?[1-9]|1[0-2])(?:[/-]|$)/.test(path) || /\/(19|20)\d\d(0[1-9]|1[0-2])[0-3]\d\//.test(path);
  const longSlug = segments.some((s) => s.split(/[-_]/).filter((w) => /[a-z]/i.test(w)).length >= 4);
  const storyId = /\d{5,}/.test(path) || /(?:^|[?&])(?:id|story|article|p)=\d+/i.test(u.search);
  f.urlDated = datedPath;
  f.urlLooksLikeStory = datedPath || longSlug || (storyId && segments.length >= 1) || /\.(s?html?|php|aspx?)$/i.test(last) && segments.length >= 2;
}
