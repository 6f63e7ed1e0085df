/**
 * The message map shared by the content script, the background and the popup.
 * One entry per message, keyed `area/verb`: its request payload and its response.
 * Messages are untrusted input: every receiver checks the sender (in `platform/messaging`)
 * and validates the payload here with {@link validateRequest} before any handler runs.
 *
 * Pure: no extension API, so the validators are unit-tested in Node.
 */
import type { Detection, PageAnalysis } from './core/index';

/** What the popup shows for a tab. */
export type PopupView =
  | { status: 'analysing' }
  /** Browser pages, the extension store, the PDF viewer: we cannot run there. */
  | { status: 'unreachable'; url: string | null }
  | { status: 'not-article'; detection: Detection }
  /** The reader turned the extension off for this site (settings, "never run on"); `host` is the tab's. */
  | { status: 'blocked'; host: string }
  /** The page is larger than we analyse within budget. */
  | { status: 'too-large'; chars: number }
  | { status: 'ready'; analysis: PageAnalysis; badgesVisible: boolean }
  | { status: 'error'; message: string };

/**
 * The answer of the background to `article/analyze-page`: an analysis, an article too large
 * to analyse (its text's length), or a failure.
 */
export type AnalyzePageResult =
  | { ok: true; analysis: PageAnalysis }
  | { ok: false; message: string }
  | { ok: false; tooLarge: number };

/** The messages, keyed `area/verb`. */
export interface MessageMap {
  /** popup -> content: analyse the page (again), optionally even if it is not an article. */
  'page/analyze': { request: { force: boolean }; response: PopupView };
  /** popup -> content: the current state without new work. */
  'page/state': { request: Record<string, never>; response: PopupView };
  /** popup -> content: scroll to claim `index` and highlight its sentence. */
  'page/scroll-to-claim': { request: { index: number }; response: { ok: boolean } };
  /** popup -> content: show or hide the inline badges. */
  'page/set-badges': { request: { visible: boolean }; response: { ok: boolean } };
  /** content -> background: the tab's claim count, for the toolbar badge (null clears it). */
  'tab/claims': { request: { count: number | null }; response: { ok: boolean } };
  /**
   * content -> background: extract, attribute and summarize a page away from its main
   * thread. `html` is the page as serialised (`documentElement.outerHTML`); the background
   * parses it, runs the core's `extractArticle` and `analyzeArticle`, and answers with the
   * analysis, whose paragraph paths the content script anchors in the live page. `url` is
   * the page's `location.href` (http, https or file), or null.
   */
  'article/analyze-page': {
    request: { html: string; detection: Detection; url: string | null };
    response: AnalyzePageResult;
  };
}

/** Every message name. */
export type MessageType = keyof MessageMap;
/** The request payload of message `T`. */
export type RequestOf<T extends MessageType> = MessageMap[T]['request'];
/** The response of message `T`. */
export type ResponseOf<T extends MessageType> = MessageMap[T]['response'];

/** Messages the content script answers. */
export type ContentMessageType = 'page/analyze' | 'page/state' | 'page/scroll-to-claim' | 'page/set-badges';
/** Messages the background answers. */
export type BackgroundMessageType = 'tab/claims' | 'article/analyze-page';

/** The envelope every message travels in. */
export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}

/** Largest article text we analyse (characters); beyond it the popup says `too-large`. About 150,000 words. */
export const MAX_ARTICLE_CHARS = 1_000_000;
/**
 * Page text beyond which not even detection runs (characters): twice the largest article,
 * so boilerplate never tips a real article over (a 5 MB page held the main thread for over
 * a minute before this check).
 */
export const MAX_PAGE_CHARS = 2 * MAX_ARTICLE_CHARS;
/**
 * Largest serialised page sent for extraction (characters of HTML): markup, inline scripts
 * and styles run to several times the text of a news page (the corpus's largest: 2.6 MB of
 * HTML), so eight times {@link MAX_PAGE_CHARS}; at most 32 MB of JSON, inside Chromium's
 * 64 MiB message limit. A larger page gets `too-large`.
 */
export const MAX_PAGE_HTML_CHARS = 8 * MAX_PAGE_CHARS;
/** Bounds on strings and lists in a payload; generous for real pages, small enough to refuse junk. */
const MAX_SHORT_STRING = 10_000;
const MAX_SIGNALS = 200;
/** Largest claim count a tab can report for its toolbar badge. */
const MAX_CLAIM_COUNT = 100_000;

const MESSAGE_TYPES: readonly MessageType[] = [
  'page/analyze',
  'page/state',
  'page/scroll-to-claim',
  'page/set-badges',
  'tab/claims',
  'article/analyze-page',
];

type Rec = Record<string, unknown>;

const isRecord = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const isShortString = (x: unknown): x is string => typeof x === 'string' && x.length <= MAX_SHORT_STRING;
const isNullableShort = (x: unknown): x is string | null => x === null || isShortString(x);
const isIndex = (x: unknown, max: number): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= max;
const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
/**
 * A page's URL as a content script reads it, or null: content scripts run only in http,
 * https and file pages, so any other scheme (`javascript:`, `data:`) is junk.
 */
const isPageUrl = (x: unknown): x is string | null => x === null || (isShortString(x) && /^(?:https?|file):/i.test(x));

/** True when `x` is a known message name. */
export function isMessageType(x: unknown): x is MessageType {
  return typeof x === 'string' && (MESSAGE_TYPES as readonly string[]).includes(x);
}

/** Checks the shape of a message envelope (not its payload); returns it typed, or null. */
export function parseEnvelope(x: unknown): { type: MessageType; payload: unknown } | null {
  if (!isRecord(x) || !isMessageType(x.type) || !('payload' in x)) return null;
  return { type: x.type, payload: x.payload };
}

/** Validates a {@link Detection}; returns a clean copy or null. */
export function validateDetection(x: unknown): Detection | null {
  if (!isRecord(x)) return null;
  const { verdict, score, signals } = x;
  if (verdict !== 'article' && verdict !== 'not-article' && verdict !== 'unsure') return null;
  if (!isFiniteNumber(score)) return null;
  if (!Array.isArray(signals) || signals.length > MAX_SIGNALS || !signals.every(isShortString)) return null;
  return { verdict, score, signals: [...signals] };
}

/**
 * Validates the payload of message `type`. Returns the payload typed (a clean copy for
 * structured payloads) or null when it is malformed. Never throws.
 */
export function validateRequest<T extends MessageType>(type: T, payload: unknown): RequestOf<T> | null {
  return (VALIDATORS[type] as (p: unknown) => RequestOf<T> | null)(payload);
}

const VALIDATORS: { [K in MessageType]: (p: unknown) => RequestOf<K> | null } = {
  'page/analyze': (p) => (isRecord(p) && typeof p.force === 'boolean' ? { force: p.force } : null),
  'page/state': (p) => (isRecord(p) && Object.keys(p).length === 0 ? {} : null),
  'page/scroll-to-claim': (p) => (isRecord(p) && isIndex(p.index, MAX_CLAIM_COUNT) ? { index: p.index } : null),
  'page/set-badges': (p) => (isRecord(p) && typeof p.visible === 'boolean' ? { visible: p.visible } : null),
  'tab/claims': (p) =>
    isRecord(p) && (p.count === null || isIndex(p.count, MAX_CLAIM_COUNT)) ? { count: p.count as number | null } : null,
  'article/analyze-page': (p) => {
    if (!isRecord(p) || typeof p.html !== 'string' || p.html.length > MAX_PAGE_HTML_CHARS) return null;
    const detection = validateDetection(p.detection);
    if (!detection || !isPageUrl(p.url)) return null;
    return { html: p.html, detection, url: p.url };
  },
};

const POPUP_STATUSES = ['analysing', 'unreachable', 'not-article', 'blocked', 'too-large', 'ready', 'error'];

/**
 * A light check of a {@link PopupView} coming back from a content script: the status and
 * the fields the popup reads first. Returns the view or null.
 */
export function validatePopupView(x: unknown): PopupView | null {
  if (!isRecord(x) || typeof x.status !== 'string' || !POPUP_STATUSES.includes(x.status)) return null;
  switch (x.status) {
    case 'analysing':
      return { status: 'analysing' };
    case 'unreachable':
      return isNullableShort(x.url) ? { status: 'unreachable', url: x.url } : null;
    case 'not-article': {
      const detection = validateDetection(x.detection);
      return detection ? { status: 'not-article', detection } : null;
    }
    case 'blocked':
      return isShortString(x.host) && x.host.length > 0 ? { status: 'blocked', host: x.host } : null;
    case 'too-large':
      return isIndex(x.chars, Number.MAX_SAFE_INTEGER) ? { status: 'too-large', chars: x.chars } : null;
    case 'ready': {
      const a = x.analysis;
      if (!isRecord(a) || !isRecord(a.article) || !Array.isArray(a.claims) || !Array.isArray(a.speakers)) return null;
      if (typeof x.badgesVisible !== 'boolean') return null;
      return x as unknown as PopupView;
    }
    default:
      return isShortString(x.message) ? { status: 'error', message: x.message } : null;
  }
}
