/**
 * The plain, serializable types passed between the stages of the core.
 *
 * Everything here is JSON: no DOM nodes, class instances or Maps, so a value of
 * any of these types is a message payload and a fixture file as it stands.
 * The field names of {@link PageAnalysis} are a contract that the CLI's `--json`
 * output and other tools read: add fields, never rename them.
 */

/** A range of the article text, by JavaScript string offsets (UTF-16 code units). */
export interface Span {
  start: number;
  end: number;
  /** Exactly `article.text.slice(start, end)`. */
  text: string;
  /** For a span interrupted by something else (a quote split by its cue): its pieces, in order. */
  fragments?: Span[];
}

/** The verdict of the cheap article gate. */
export type Verdict = 'article' | 'not-article' | 'unsure';

/** What {@link detectArticle} decided and why. */
export interface Detection {
  verdict: Verdict;
  /** Higher is more article-like; the verdict thresholds live in `detect/`. */
  score: number;
  /** Short machine-readable reasons, e.g. `jsonld:NewsArticle`, `og:type=article`, `teasers:14`. */
  signals: string[];
}

/** One block of article text (a paragraph, a heading, a list item) and where it came from. */
export interface Paragraph {
  /** Offsets of the paragraph in `Article.text`. */
  start: number;
  end: number;
  /**
   * Where the block is in the document it was extracted from: child-element indices from
   * `document.documentElement` down to the block element. Stable under `cloneNode(true)`,
   * so a path found on a clone resolves in the live page. `null` for text that has no DOM
   * node of its own (plain-text input, JSON-LD `articleBody`).
   */
  path: number[] | null;
  /** `p`, `h2`, `li`, `blockquote`... (lower-case tag name), or `text` for plain input. */
  tag: string;
}

/** Kinds of provenance evidence that extraction can find in a page. */
export type ProvenanceKind =
  | 'jsonld-isBasedOn'
  | 'jsonld-sourceOrganization'
  | 'jsonld-author-organization'
  | 'meta-original-source'
  | 'meta-syndication-source'
  | 'canonical-other-domain'
  | 'wire-credit'
  | 'originally-appeared'
  | 'wire-byline';

/** A sign in the page that the story came from another outlet, with its evidence. */
export interface ProvenanceSignal {
  kind: ProvenanceKind;
  /** The outlet's display name, when known (resolved through the outlet knowledge base where possible). */
  outlet: string | null;
  /** The text or markup value that shows it, e.g. `WASHINGTON (Reuters) -` or a meta tag's content. */
  evidence: string;
  /** A URL the signal points to, when it has one. */
  url: string | null;
}

/** A hyperlink inside the article body, placed by offsets in `Article.text`. */
export interface ArticleLink {
  start: number;
  end: number;
  /** The link text. */
  text: string;
  /** Absolute URL (resolved against the page URL); only http(s) links are kept. */
  href: string;
}

/** The article as extraction hands it on: clean text plus metadata. */
export interface Article {
  title: string | null;
  /** People and/or organisations; never "By", dates or "Staff". */
  byline: string[];
  publisher: string | null;
  /** ISO 8601. */
  published: string | null;
  /** ISO 8601. */
  modified: string | null;
  /** BCP 47 language tag, e.g. `en` or `en-US`. */
  language: string | null;
  canonicalUrl: string | null;
  /** The body: paragraphs joined by `\n\n`. All spans index this string. */
  text: string;
  paragraphs: Paragraph[];
  provenance: ProvenanceSignal[];
  links: ArticleLink[];
}

/** Kinds of speaker. */
export type SpeakerKind = 'person' | 'organization' | 'outlet' | 'anonymous' | 'document' | 'unknown';

/** Who a claim is resolved to. */
export interface Speaker {
  /** The fullest name found for the speaker ("John Kirby", "NBC News", "two sources"). */
  name: string;
  kind: SpeakerKind;
  /** Role from an appositive or title ("national security spokesperson for the White House"). */
  role: string | null;
}

/** One attribution: who (source), how (cue), what (content). */
export interface Claim {
  /** The source as written ("He", "a spokesperson for the state department"); null when absent. */
  source: Span | null;
  cue: Span;
  content: Span;
  /** The source resolved (pronouns and surnames followed back to the full speaker). */
  speaker: Speaker;
  /** The outlet the statement was given to ("told CBS News" gives `CBS News`), else null. */
  via: string | null;
  /** True when the content is a direct quotation. */
  direct: boolean;
  /** True when this claim sits inside another claim's content (the president quoted by Kirby). */
  nested?: boolean;
}

/** A speaker with the number of claims resolved to it. */
export interface SpeakerSummary extends Speaker {
  claims: number;
  /** Outlets the speaker's statements were given to. */
  via: string[];
  /** Indices into `PageAnalysis.claims`. */
  claimIndices: number[];
}

/** An outlet the article mentions as a source of information. */
export interface OutletCitation {
  name: string;
  /** Mentions as a source of information (citations), not as the subject of the news. */
  mentions: number;
  /** How many statements were given to it ("told CBS News"). */
  asRecipient: number;
  /** The hyperlink the article puts on or next to a mention, if any. */
  link: string | null;
}

/** The outlet the article credits with first reporting its central news. */
export interface OriginalReporter {
  name: string;
  /** The sentence (or provenance value) that shows it. */
  evidence: string;
  link?: string | null;
}

/**
 * Where the article's statements come from, counted over speakers (groups) and claims.
 * Computed by the core so that the popup, the CLI and exports agree.
 */
export interface SourceMix {
  /** Named people: speakers of kind `person`. */
  namedPeople: number;
  organizations: number;
  outlets: number;
  documents: number;
  /** Speaker groups of kind `anonymous`, and the claims they make. */
  anonymousGroups: number;
  anonymousClaims: number;
  /** Claims relayed from other outlets: made by an outlet, or given to one (`via`). */
  relayedClaims: number;
  /** Claims the publisher obtained itself (told to the publisher or its reporters). */
  firstHandClaims: number;
  totalClaims: number;
}

/** How long each stage took, in milliseconds. */
export interface Timings {
  detectMs: number;
  extractMs: number;
  attributeMs: number;
  totalMs: number;
}

/** The whole analysis of one page or text: what the CLI prints and the popup shows. */
export interface PageAnalysis {
  url: string | null;
  detection: Detection;
  article: Article;
  claims: Claim[];
  speakers: SpeakerSummary[];
  outlets: OutletCitation[];
  originalReporter: OriginalReporter | null;
  /** The wire service credited for the story (e.g. `Reuters`), else null. */
  wire: string | null;
  sourceMix: SourceMix;
  timings: Timings;
}
