/** Every message is validated at the boundary: good payloads pass (cleaned), bad ones are refused. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/index';
import {
  MAX_PAGE_HTML_CHARS,
  isMessageType,
  parseEnvelope,
  validatePopupView,
  validateRequest,
  type MessageType,
} from '../../src/messages';

const analysis = analyzeText('According to NBC News, the officials met Lavrov in April.\n\nJohn Kirby told CBS News that the administration was aware.');
const html = '<html><body><p>Officials said the talks were informal.</p></body></html>';
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
    ['article/analyze-page', { html, detection, url: 'file:///home/me/saved.html' }, { html, detection, url: 'file:///home/me/saved.html' }],
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
    ['article/analyze-page', { html, detection: { verdict: 'maybe', score: 1, signals: [] }, url: null }],
    ['article/analyze-page', { html, detection: { ...detection, signals: [7] }, url: null }],
    ['article/analyze-page', { html, detection: 'article', url: null }],
    ['article/analyze-page', { html, detection, url: { href: 'https://a.example/x' } }],
    ['article/analyze-page', { html, detection, url: 'javascript:alert(1)' }],
    ['article/analyze-page', { html, detection, url: ' javascript:alert(1)//https:' }],
    ['article/analyze-page', { html, detection, url: 'data:text/html,<script>alert(1)</script>' }],
    ['article/analyze-page', { html: null, detection, url: null }],
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

  it('accepts a serialised page and drops unknown fields from its detection', () => {
    const got = validateRequest('article/analyze-page', { html, detection: { ...detection, injected: '<img onerror>' }, url: 'https://example.com/a' });
    expect(got).not.toBeNull();
    expect(got!.detection).toEqual(detection);
    expect('injected' in got!.detection).toBe(false);
  });

  it('refuses a page URL longer than a short string, and accepts one at the limit', () => {
    const url = (n: number) => `https://a.example/${'x'.repeat(n - 'https://a.example/'.length)}`;
    expect(validateRequest('article/analyze-page', { html, detection, url: url(10_001) })).toBeNull();
    expect(validateRequest('article/analyze-page', { html, detection, url: url(10_000) })).not.toBeNull();
  });

  it('refuses a detection with more signals than the cap, and accepts one at it', () => {
    const signals = (n: number) => Array.from({ length: n }, (_, i) => `s${i}`);
    expect(validateRequest('article/analyze-page', { html, detection: { ...detection, signals: signals(201) }, url: null })).toBeNull();
    expect(validateRequest('article/analyze-page', { html, detection: { ...detection, signals: signals(200) }, url: null })).not.toBeNull();
  });
});

describe('envelopes and views', () => {
  it('knows its message types', () => {
    expect(isMessageType('page/analyze')).toBe(true);
    expect(isMessageType('page/eval')).toBe(false);
    expect(isMessageType('article/analyze-page')).toBe(true);
    // Removed when extraction moved to the background: now an unknown type like any other.
    expect(isMessageType('article/analyze')).toBe(false);
    expect(parseEnvelope({ type: 'article/analyze', payload: { article: analysis.article, detection, url: null } })).toBeNull();
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
    [{ status: 'blocked', host: 'news.example.org' }, true],
    [{ status: 'blocked', host: '<img src=x onerror=alert(1)>' }, true], // text the popup shows as text
    [{ status: 'blocked', host: '' }, false],
    [{ status: 'blocked', host: 'x'.repeat(10_001) }, false],
    [{ status: 'blocked', host: 42 }, false],
    [{ status: 'blocked' }, false],
    [{ status: 'ready', analysis: {}, badgesVisible: true }, false],
    [{ status: 'not-article', detection: {} }, false],
    [{ status: 'weird' }, false],
    [undefined, false],
  ])('popup view %#', (view, ok) => {
    expect(validatePopupView(view) !== null).toBe(ok);
  });

  it('keeps only the fields of a blocked view', () => {
    expect(validatePopupView({ status: 'blocked', host: 'a.example', message: 'extra' })).toEqual({ status: 'blocked', host: 'a.example' });
  });
});
