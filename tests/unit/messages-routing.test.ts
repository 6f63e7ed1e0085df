/**
 * The message boundary with a fake extension API (webextension-polyfill mocked): the
 * router drops foreign senders and malformed payloads, the background handlers keep
 * per-tab state and the toolbar badge, and the popup's real connector injects the content
 * script on demand and recognises pages it cannot reach.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown, sender: Record<string, unknown>, sendResponse: (r: unknown) => void) => true | undefined;

const fake = vi.hoisted(() => {
  const state = {
    listeners: [] as Listener[],
    session: new Map<string, unknown>(),
    local: new Map<string, unknown>(),
    badges: new Map<number, string>(),
    tabs: new Map<number, { id: number; url?: string; incognito: boolean }>(),
    active: 1,
    /** What the content script in a tab answers; undefined: no content script yet. */
    contentReply: new Map<number, (m: unknown) => unknown>(),
    injected: [] as number[],
    injectError: null as string | null,
    contentAfterInject: (_m: unknown): unknown => ({ status: 'analysing' }),
  };
  const area = (m: Map<string, unknown>) => ({
    get: async (k: string) => (m.has(k) ? { [k]: m.get(k) } : {}),
    set: async (o: Record<string, unknown>) => void Object.entries(o).forEach(([k, v]) => m.set(k, v)),
    remove: async (k: string) => void m.delete(k),
  });
  const browser = {
    runtime: {
      id: 'ext-id',
      getURL: (p: string) => `chrome-extension://ext-id/${p}`,
      onMessage: { addListener: (l: Listener) => state.listeners.push(l), removeListener: () => undefined },
      sendMessage: async () => undefined,
      openOptionsPage: async () => undefined,
    },
    i18n: { getMessage: () => '' },
    storage: { session: area(state.session), local: area(state.local), onChanged: { addListener: () => undefined } },
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void state.badges.set(tabId, text),
      setBadgeBackgroundColor: async () => undefined,
      getBadgeText: async ({ tabId }: { tabId: number }) => state.badges.get(tabId) ?? '',
    },
    tabs: {
      query: async () => [state.tabs.get(state.active)],
      get: async (id: number) => {
        const t = state.tabs.get(id);
        if (!t) throw new Error('No tab with id');
        return t;
      },
      sendMessage: async (tabId: number, m: unknown) => {
        const reply = state.contentReply.get(tabId);
        if (!reply) throw new Error('Could not establish connection. Receiving end does not exist.');
        return reply(m);
      },
      create: async () => undefined,
    },
    scripting: {
      executeScript: async ({ target }: { target: { tabId: number } }) => {
        if (state.injectError) throw new Error(state.injectError);
        state.injected.push(target.tabId);
        state.contentReply.set(target.tabId, state.contentAfterInject);
        return [];
      },
    },
    permissions: { contains: async () => false, request: async () => false, remove: async () => true, getAll: async () => ({ origins: [] }) },
  };
  return { state, browser };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const { listen } = await import('../../src/platform/messaging');
const { backgroundHandlers } = await import('../../src/background/handlers');
const { createExtensionConnector, isUnreachableUrl, tabIdFromParams } = await import('../../src/ui/connector-extension');
const { analyzeText } = await import('../../src/core/index');
const { MAX_PAGE_HTML_CHARS } = await import('../../src/messages');

/** Delivers `message` to the installed listener as `sender`; resolves with the response, or null when dropped. */
function deliver(message: unknown, sender: Record<string, unknown>): Promise<unknown> {
  const l = fake.state.listeners[fake.state.listeners.length - 1]!;
  return new Promise((resolve) => {
    const kept = l(message, sender, resolve);
    if (kept !== true) resolve(null);
  });
}

const CONTENT = { id: 'ext-id', tab: { id: 7 }, frameId: 0, url: 'https://news.example/a' };
/** An extension page (the popup): a sender of ours without a tab. */
const POPUP = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
/** A small article page, for `article/analyze-page`. */
const PAGE_HTML = `<!DOCTYPE html><html><head><title>Talks | News</title></head><body><article><h1>Talks</h1>${[
  'According to NBC News, the officials met in April in a hotel near the border to discuss the war.',
  'John Kirby told <a href="javascript:alert(1)">CBS News</a> that the administration was aware of the meeting but did not approve it.',
  'The talks covered prisoners, grain exports and the <a href="/nuclear">safety of the nuclear plant</a>, two people said.',
].map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const PAGE_DETECTION = { verdict: 'article', score: 5, signals: [] };

beforeEach(() => {
  fake.state.listeners.length = 0;
  fake.state.session.clear();
  fake.state.local.clear();
  fake.state.badges.clear();
  fake.state.tabs.clear();
  fake.state.contentReply.clear();
  fake.state.injected.length = 0;
  fake.state.injectError = null;
});

describe('the background router', () => {
  beforeEach(() => {
    listen(backgroundHandlers, { requireTab: true });
  });

  it('sets the toolbar badge and the session state of the sending tab, and clears both', async () => {
    expect(await deliver({ type: 'tab/claims', payload: { count: 15 } }, CONTENT)).toEqual({ ok: true });
    expect(fake.state.badges.get(7)).toBe('15');
    expect(fake.state.session.get('tab:7')).toMatchObject({ claims: 15 });
    expect(await deliver({ type: 'tab/claims', payload: { count: null } }, CONTENT)).toEqual({ ok: true });
    expect(fake.state.badges.get(7)).toBe('');
    expect(fake.state.session.has('tab:7')).toBe(false);
  });

  it('drops other extensions, pages without a tab, malformed payloads and unknown types', async () => {
    expect(await deliver({ type: 'tab/claims', payload: { count: 3 } }, { ...CONTENT, id: 'evil-id' })).toBeNull();
    expect(await deliver({ type: 'tab/claims', payload: { count: 3 } }, { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' })).toBeNull();
    expect(await deliver({ type: 'tab/claims', payload: { count: '3' } }, CONTENT)).toBeNull();
    expect(await deliver({ type: 'page/eval', payload: 'alert(1)' }, CONTENT)).toBeNull();
    expect(await deliver({ type: 'page/analyze', payload: { force: true } }, CONTENT)).toBeNull(); // a content message, not the background's
    expect(fake.state.badges.size).toBe(0);
  });

  it('ignores counts from sub-frames', async () => {
    expect(await deliver({ type: 'tab/claims', payload: { count: 2 } }, { ...CONTENT, frameId: 3 })).toEqual({ ok: false });
    expect(fake.state.badges.size).toBe(0);
  });

  it('drops the removed article/analyze, from a content script and from an extension page', async () => {
    // The payload it used to accept: an article the content script had extracted.
    const { article, detection } = analyzeText('According to NBC News, the officials met in April.');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await deliver({ type: 'article/analyze', payload: { article, detection, url: 'https://news.example/a' } }, CONTENT)).toBeNull();
      expect(await deliver({ type: 'article/analyze', payload: { article, detection, url: null } }, POPUP)).toBeNull();
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });

  it('extracts and attributes a serialised page sent by a top-frame content script', async () => {
    const html = PAGE_HTML;
    const detection = PAGE_DETECTION;
    const res = (await deliver({ type: 'article/analyze-page', payload: { html, detection, url: 'https://news.example/a' } }, CONTENT)) as {
      ok: boolean;
      analysis: {
        claims: unknown[];
        url: string;
        article: { text: string; paragraphs: { start: number; end: number; path: number[] | null }[]; links: { start: number; end: number; href: string }[] };
      };
    };
    expect(res.ok).toBe(true);
    expect(res.analysis.url).toBe('https://news.example/a');
    expect(res.analysis.article.text).toContain('John Kirby told CBS News');
    expect(res.analysis.article.paragraphs.filter((p) => Array.isArray(p.path)).length).toBeGreaterThanOrEqual(3);
    expect(res.analysis.claims.length).toBeGreaterThan(0);
    // What the background extracts keeps the guarantees it once checked on an extracted
    // article: every paragraph and link inside the text, links absolute http(s), never `javascript:`.
    const n = res.analysis.article.text.length;
    for (const p of res.analysis.article.paragraphs) expect(p.start >= 0 && p.start <= p.end && p.end <= n).toBe(true);
    expect(res.analysis.article.links.map((l) => l.href)).toEqual(['https://news.example/nuclear']);
    for (const l of res.analysis.article.links) expect(l.start >= 0 && l.start <= l.end && l.end <= n).toBe(true);
    // Sub-frames, extension pages and malformed payloads get no analysis.
    expect(await deliver({ type: 'article/analyze-page', payload: { html, detection, url: null } }, { ...CONTENT, frameId: 2 })).toMatchObject({ ok: false });
    expect(await deliver({ type: 'article/analyze-page', payload: { html, detection, url: null } }, POPUP)).toBeNull();
    expect(await deliver({ type: 'article/analyze-page', payload: { html: 5, detection, url: null } }, CONTENT)).toBeNull();
  });

  it.each<[string, unknown]>([
    ['no html', { detection: PAGE_DETECTION, url: null }],
    ['html as a number', { html: 12, detection: PAGE_DETECTION, url: null }],
    ['a bad verdict', { html: PAGE_HTML, detection: { ...PAGE_DETECTION, verdict: 'pwned' }, url: null }],
    ['a javascript: page URL', { html: PAGE_HTML, detection: PAGE_DETECTION, url: 'javascript:alert(1)' }],
    ['html over the size cap', { html: 'x'.repeat(MAX_PAGE_HTML_CHARS + 1), detection: PAGE_DETECTION, url: null }],
  ])('drops article/analyze-page with %s from a content script', async (_name, payload) => {
    expect(await deliver({ type: 'article/analyze-page', payload }, CONTENT)).toBeNull();
  });

  it('refuses tab-less senders in the handlers too: no answer, no effect, when installed without requireTab', async () => {
    listen(backgroundHandlers);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      // The router lets them through here; the handlers answer nothing (not an error object).
      expect(await deliver({ type: 'article/analyze-page', payload: { html: PAGE_HTML, detection: PAGE_DETECTION, url: null } }, POPUP)).toBeUndefined();
      expect(await deliver({ type: 'tab/claims', payload: { count: 3 } }, POPUP)).toBeUndefined();
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
    expect(fake.state.badges.size).toBe(0);
    expect(fake.state.session.size).toBe(0);
    // A content script in a tab is still answered.
    expect(await deliver({ type: 'article/analyze-page', payload: { html: PAGE_HTML, detection: PAGE_DETECTION, url: null } }, CONTENT)).toMatchObject({ ok: true });
  });
});

describe('the popup connector', () => {
  const ready = { status: 'not-article', detection: { verdict: 'not-article', score: 0, signals: [] } };

  it('injects the content script when nobody listens, then asks it to analyse', async () => {
    fake.state.tabs.set(1, { id: 1, url: 'https://news.example/a', incognito: false });
    const seen: unknown[] = [];
    fake.state.contentAfterInject = (m) => {
      seen.push(m);
      return ready;
    };
    expect(await createExtensionConnector().load()).toEqual(ready);
    expect(fake.state.injected).toEqual([1]);
    expect(seen).toEqual([{ type: 'page/analyze', payload: { force: false } }]);
  });

  it('does not inject twice when the content script answers', async () => {
    fake.state.tabs.set(1, { id: 1, url: 'https://news.example/a', incognito: false });
    fake.state.contentReply.set(1, () => ready);
    await createExtensionConnector().analyzeAnyway();
    expect(fake.state.injected).toEqual([]);
  });

  it('says unreachable for browser pages without trying, and when scripting is refused', async () => {
    fake.state.tabs.set(1, { id: 1, url: 'chrome://extensions/', incognito: false });
    expect(await createExtensionConnector().load()).toEqual({ status: 'unreachable', url: 'chrome://extensions/' });
    expect(fake.state.injected).toEqual([]);
    fake.state.tabs.set(1, { id: 1, url: 'https://news.example/b', incognito: false });
    fake.state.injectError = 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.';
    expect(await createExtensionConnector().load()).toMatchObject({ status: 'unreachable' });
  });

  /** A tab on a site the reader turned off; returns the stored settings and what reaches the page. */
  function blockedSite(): { settings: Record<string, unknown>; seen: unknown[] } {
    fake.state.tabs.set(1, { id: 1, url: 'https://www.blocked.example/a', incognito: false });
    const settings = { version: 1, autoAnalyze: false, badges: true, neverRunOn: ['blocked.example'], exportFormat: 'json' };
    fake.state.local.set('settings', settings);
    const seen: unknown[] = [];
    fake.state.contentAfterInject = (m) => {
      seen.push(m);
      return ready;
    };
    return { settings, seen };
  }

  it('answers blocked for a site the reader turned off, without touching the page', async () => {
    const { settings, seen } = blockedSite();
    const connector = createExtensionConnector();
    expect(await connector.load()).toEqual({ status: 'blocked', host: 'www.blocked.example' });
    expect(await connector.analyzeAnyway()).toEqual({ status: 'blocked', host: 'www.blocked.example' });
    expect(await connector.load({ ignoreBlock: false })).toEqual({ status: 'blocked', host: 'www.blocked.example' });
    expect(fake.state.injected).toEqual([]);
    expect(seen).toEqual([]);
    expect(fake.state.local.get('settings')).toEqual(settings);
  });

  it('analyses a blocked site when asked to ignore the block, this once, the settings unchanged', async () => {
    const { settings, seen } = blockedSite();
    const connector = createExtensionConnector();
    expect(await connector.load({ ignoreBlock: true })).toEqual(ready);
    expect(await connector.analyzeAnyway({ ignoreBlock: true })).toEqual(ready);
    expect(fake.state.injected).toEqual([1]);
    expect(seen).toEqual([{ type: 'page/analyze', payload: { force: false } }, { type: 'page/analyze', payload: { force: true } }]);
    expect(fake.state.local.get('settings')).toEqual(settings);
    // The next request without the override finds the site turned off again.
    expect(await connector.load()).toEqual({ status: 'blocked', host: 'www.blocked.example' });
  });

  it('refuses a reply that is not a view', async () => {
    fake.state.tabs.set(1, { id: 1, url: 'https://news.example/c', incognito: false });
    fake.state.contentReply.set(1, () => ({ status: 'ready', analysis: '<img src=x onerror=alert(1)>' }));
    expect(await createExtensionConnector().load()).toMatchObject({ status: 'error' });
  });

  it.each([
    ['chrome://settings', true],
    ['about:addons', true],
    ['moz-extension://x/popup.html', true],
    ['view-source:https://a.example/', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['https://chrome.google.com/webstore/detail/x', true],
    ['https://addons.mozilla.org/en-US/firefox/', true],
    ['https://example.com/report.PDF', true],
    ['https://www.nbcnews.com/politics/a', false],
    ['http://127.0.0.1:8080/seed.html', false],
    ['file:///home/me/saved.html', false],
    ['not a url', true],
  ])('unreachable %s: %s', (url, expected) => {
    expect(isUnreachableUrl(url)).toBe(expected);
  });

  it.each([
    ['?tabId=42', 42],
    ['?tabId=-1', null],
    ['?tabId=4e2', null],
    ['?tabId=', null],
    ['', null],
  ])('tab id from %j', (search, expected) => {
    expect(tabIdFromParams(new URLSearchParams(search))).toBe(expected);
  });
});
