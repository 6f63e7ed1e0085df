/** Every message is validated at the boundary: good payloads pass (cleaned), bad ones are refused. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/index';
import {
  MAX_ARTICLE_CHARS,
  MAX_PAGE_HTML_CHARS,
  isMessageType,
  parseEnvelope,
  validateArticle,
  validatePopupView,
  validateRequest,
  type MessageType,
} from '../../src/messages';

const analysis = analyzeText('According to NBC News, the officials met Lavrov in April.\n\nJohn Kirby told CBS News that the administration was aware.');
const article = analysis.article;
const detection = { verdict: 'article' as const, score: 3, signals: ['input:text'] };

describe('validateRequest', () => {
  it.each<[MessageType, unknown, unknown]>([
    ['page/analyze', { force: true }, { force: true }],
    ['page/analyze', { force: false, extra: 1 }, { force: false }],
    ['page/state', {}, {}],
    ['page/scroll-to-claim', { index: 3 }, { index: 3 }],
    ['page/set-badges', { visible: false }, { visible: false }],
    ['tab/claims', { count: 12 }, { count: 12 }],
    ['tab/claims', { count: null }, { count: null }],
    ['article/analyze-page', { html: '<html><body><p>Hi</p></body></html>', detection, url: 'https://a.example/x', extra: 1 }, { html: '<html><body><p>Hi</p></body></html>', detection, url: 'https://a.example/x' }],
    ['article/analyze-page', { html: '', detection, url: null }, { html: '', detection, url: null }],
  ])('accepts %s %j', (type, payload, expected) => {
    expect(validateRequest(type, payload)).toEqual(expected);
  });

  it.each<[MessageType, unknown]>([
    ['page/analyze', {}],
    ['page/analyze', { force: 'yes' }],
    ['page/analyze', null],
    ['page/state', { sneaky: true }],
    ['page/scroll-to-claim', { index: -1 }],
    ['page/scroll-to-claim', { index: 1.5 }],
    ['page/scroll-to-claim', { index: '2' }],
    ['page/set-badges', { visible: 1 }],
    ['tab/claims', { count: -3 }],
    ['tab/claims', { count: Number.NaN }],
    ['tab/claims', { count: 1e9 }],
    ['tab/claims', []],
    ['article/analyze', { article, detection: { verdict: 'maybe', score: 1, signals: [] }, url: null }],
    ['article/analyze', { article, detection, url: 42 }],
    ['article/analyze', { article: { ...article, text: 7 }, detection, url: null }],
    ['article/analyze-page', { html: 42, detection, url: null }],
    ['article/analyze-page', { html: ['<p>'], detection, url: null }],
    ['article/analyze-page', { detection, url: null }],
    ['article/analyze-page', { html: '<p>x</p>', detection: { ...detection, score: 'high' }, url: null }],
    ['article/analyze-page', { html: '<p>x</p>', detection, url: 7 }],
    ['article/analyze-page', '<html></html>'],
  ])('refuses %s %j', (type, payload) => {
    expect(validateRequest(type, payload)).toBeNull();
  });

  it('refuses a serialised page over the size cap, and accepts one at it', () => {
    expect(validateRequest('article/analyze-page', { html: 'x'.repeat(MAX_PAGE_HTML_CHARS + 1), detection, url: null })).toBeNull();
    expect(validateRequest('article/analyze-page', { html: 'x'.repeat(MAX_PAGE_HTML_CHARS), detection, url: null })).not.toBeNull();
  });

  it('accepts an extracted article and drops unknown fields', () => {
    const got = validateRequest('article/analyze', { article: { ...article, injected: '<img onerror>' }, detection, url: 'https://example.com/a' });
    expect(got).not.toBeNull();
    expect(got!.article).toEqual(article);
    expect('injected' in got!.article).toBe(false);
  });
});

describe('validateArticle', () => {
  it('refuses paragraphs and links outside the text', () => {
    const n = article.text.length;
    expect(validateArticle({ ...article, paragraphs: [{ start: 0, end: n + 1, path: null, tag: 'p' }] })).toBeNull();
    expect(validateArticle({ ...article, paragraphs: [{ start: 5, end: 2, path: null, tag: 'p' }] })).toBeNull();
    expect(validateArticle({ ...article, paragraphs: [{ start: 0, end: 2, path: [0, -1], tag: 'p' }] })).toBeNull();
    expect(validateArticle({ ...article, links: [{ start: 0, end: 3, text: 'x', href: 'javascript:alert(1)' }] })).toBeNull();
    expect(validateArticle({ ...article, links: [{ start: 0, end: 3, text: 'x', href: 'https://nbc.example/' }] })).not.toBeNull();
  });

  it('refuses oversized text and junk', () => {
    expect(validateArticle({ ...article, text: 'x'.repeat(MAX_ARTICLE_CHARS + 1), paragraphs: [] })).toBeNull();
    expect(validateArticle({ ...article, byline: 'Ahmad' })).toBeNull();
    expect(validateArticle({ ...article, provenance: [{ kind: 'made-up', outlet: null, evidence: '', url: null }] })).toBeNull();
    expect(validateArticle(null)).toBeNull();
    expect(validateArticle([article])).toBeNull();
  });
});

describe('envelopes and views', () => {
  it('knows its message types', () => {
    expect(isMessageType('page/analyze')).toBe(true);
    expect(isMessageType('page/eval')).toBe(false);
    expect(parseEnvelope({ type: 'tab/claims', payload: { count: 1 } })).toEqual({ type: 'tab/claims', payload: { count: 1 } });
    expect(parseEnvelope({ type: 'tab/claims' })).toBeNull();
    expect(parseEnvelope({ type: '__proto__', payload: {} })).toBeNull();
    expect(parseEnvelope('tab/claims')).toBeNull();
  });

  it.each([
    [{ status: 'analysing' }, true],
    [{ status: 'unreachable', url: 'chrome://extensions' }, true],
    [{ status: 'not-article', detection }, true],
    [{ status: 'too-large', chars: 2_000_000 }, true],
    [{ status: 'ready', analysis, badgesVisible: true }, true],
    [{ status: 'error', message: 'boom' }, true],
    [{ status: 'ready', analysis: {}, badgesVisible: true }, false],
    [{ status: 'not-article', detection: {} }, false],
    [{ status: 'weird' }, false],
    [undefined, false],
  ])('popup view %#', (view, ok) => {
    expect(validatePopupView(view) !== null).toBe(ok);
  });
});
