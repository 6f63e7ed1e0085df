// @vitest-environment jsdom
/**
 * The content script's page controller on the seed page (jsdom, extension API faked, the
 * background's work run in-process as the Chromium service worker does it: the serialised
 * page parsed with linkedom, extracted and attributed): analyse, badges anchored in the
 * live page, a page that grows without a new article, single-page navigation to another
 * article.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const sent = vi.hoisted(() => ({ claims: [] as (number | null)[], analyses: 0 }));

vi.mock('webextension-polyfill', async () => {
  const { analyzeArticle, extractArticle } = await import('../../src/core/index');
  const { parseHtml } = await import('../../src/platform/parse-html');
  return {
    default: {
      runtime: {
        id: 'ext-id',
        getURL: (p: string) => `chrome-extension://ext-id/${p}`,
        onMessage: { addListener: () => undefined },
        sendMessage: async (m: { type: string; payload: { html: string; detection: never; url: string; count: number | null } }) => {
          if (m.type === 'tab/claims') {
            sent.claims.push(m.payload.count);
            return { ok: true };
          }
          sent.analyses++;
          if (m.type !== 'article/analyze-page') throw new Error(`unexpected message ${m.type}`);
          // As the background does: a structured clone in, plain data out.
          const { html, detection, url } = structuredClone(m.payload);
          const article = extractArticle(parseHtml(html, 'linkedom'), url);
          return structuredClone({ ok: true, analysis: analyzeArticle(article, detection, url) });
        },
      },
      i18n: { getMessage: () => '' },
      storage: { local: { get: async () => ({}) }, onChanged: { addListener: () => undefined } },
    },
  };
});

const { PageController } = await import('../../src/content/controller');

const root = resolve(__dirname, '../..');
const seed = readFileSync(resolve(root, 'seeds/seed.html'), 'utf8');
const badgeLabels = (): string[] =>
  Array.from(document.querySelectorAll('news-context-badge')).flatMap((h) =>
    Array.from(h.shadowRoot?.querySelectorAll<HTMLElement>('.chip') ?? []).map((c) => c.dataset.label ?? ''),
  );
const until = async (ok: () => boolean, ms = 5000): Promise<void> => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('the page controller', () => {
  let ctl: InstanceType<typeof PageController>;
  beforeAll(async () => {
    history.replaceState({}, '', '/2023/07/us-biden-didnt-approve-secret-us-russia.html');
    document.documentElement.innerHTML = seed.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
    ctl = new PageController(document);
    await ctl.start();
  });
  afterAll(() => {
    ctl.stop();
    expect(document.querySelectorAll('news-context-badge, news-context-highlight')).toHaveLength(0);
  });

  it('analyses the seed, reports its claim count and badges its sentences', async () => {
    const view = await ctl.analyze(false);
    expect(view.status).toBe('ready');
    const claims = view.status === 'ready' ? view.analysis.claims.length : 0;
    expect(claims).toBeGreaterThan(5);
    expect(sent.claims.at(-1)).toBe(claims);
    await until(() => badgeLabels().includes('Kirby'));
    // Badges go in slices: wait until their number settles.
    let last = -1;
    await until(() => {
      const n = badgeLabels().length;
      const settled = n === last;
      last = n;
      return settled;
    });
    expect(ctl.state().status).toBe('ready');
  });

  it('keeps its analysis when the page grows with text that is not a new article', async () => {
    const before = sent.analyses;
    const badges = badgeLabels().length;
    const aside = document.createElement('aside');
    aside.textContent = 'Advertisement. '.repeat(60);
    document.body.append(aside);
    await new Promise((r) => setTimeout(r, 1500)); // the watcher's debounce, then a quiet look
    expect(ctl.state().status).toBe('ready');
    expect(badgeLabels()).toHaveLength(badges);
    // Extraction runs in the background: the grown page is sent once, its article text is
    // the same, so the view and the badges stay.
    expect(sent.analyses).toBe(before + 1);
    expect((await ctl.analyze(false)).status).toBe('ready');
  });

  it('follows a single-page navigation to another article and drops the old badges', async () => {
    history.pushState({}, '', '/2023/07/finance-minister-resigns.html');
    const body = document.querySelector('.post-body')!;
    body.replaceChildren(
      ...[
        'The minister of finance resigned on Tuesday, according to Reuters.',
        'Jane Doe, a spokesperson for the ministry, told the Associated Press that the decision was final.',
        '“We will not comment further,” she said.',
      ].map((t) => Object.assign(document.createElement('p'), { textContent: t })),
    );
    await until(() => badgeLabels().includes('Doe'));
    expect(badgeLabels()).not.toContain('Kirby');
    expect(sent.claims).toContain(null); // the old count was cleared first
    const view = ctl.state();
    expect(view.status).toBe('ready');
    expect(view.status === 'ready' && view.analysis.url).toMatch(/finance-minister-resigns/);
  });

  it('scrolls to a claim and hides and shows its badges', async () => {
    const view = ctl.state();
    if (view.status !== 'ready') throw new Error('not ready');
    // jsdom has no layout.
    window.scrollTo = () => undefined;
    Range.prototype.getBoundingClientRect = () => ({ top: 0, left: 0, width: 10, height: 10 }) as DOMRect;
    Range.prototype.getClientRects = () => [{ top: 0, left: 0, width: 10, height: 10 }] as unknown as DOMRectList;
    expect(ctl.scrollToClaim(0)).toEqual({ ok: true });
    expect(document.querySelector('news-context-highlight')).not.toBeNull();
    expect(ctl.scrollToClaim(999)).toEqual({ ok: false });
    await ctl.setBadges(false);
    expect(ctl.state()).toMatchObject({ status: 'ready', badgesVisible: false });
    await ctl.setBadges(true);
    expect(ctl.state()).toMatchObject({ status: 'ready', badgesVisible: true });
  });
});
