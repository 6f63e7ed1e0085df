// @vitest-environment jsdom
/**
 * Component tests of the popup against the connector mock: every state says something,
 * the seed shows its original reporter and speakers, filter, search, keyboard and export
 * work, and hostile page text stays text.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PopupView } from '../../src/messages';
import { displayName } from '../../src/popup/wording';
import { DEFAULT_SETTINGS } from '../../src/settings';
import { button, click, mountPopup, press, speakerNames, type, until, type Mounted } from '../fixtures-popup/render';
import {
  analysingView, attributedSeedView, blockedView, errorView, HOSTILE, hostileView, noClaimsView, notArticleView,
  seedPageView, tooLargeView, unreachableView,
} from '../fixtures-popup/views';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  document.title = '';
});

async function mount(view: PopupView, options: Parameters<typeof mountPopup>[1] = {}): Promise<Mounted> {
  mounted = await mountPopup(view, options);
  return mounted;
}

function ready(view: PopupView) {
  if (view.status !== 'ready') throw new Error('not a ready view');
  return view.analysis;
}

describe('states', () => {
  it.each([
    ['analysing', analysingView(), /Analysing this page/],
    ['unreachable', unreachableView(), /off-limits to extensions/],
    ['not an article', notArticleView(), /doesn’t look like a news article/],
    ['blocked site', blockedView(), /Off for news\.example\.org/],
    ['too large', tooLargeView(), /too long to analyse/],
    ['error', errorView(), /Something went wrong/],
    ['nothing attributed', noClaimsView(), /Nothing attributed on this page/],
  ])('%s: says so in words', async (_name, view, text) => {
    const { root } = await mount(view, { delayMs: view.status === 'analysing' ? 1e6 : 0 });
    expect(root.textContent).toMatch(text);
    expect(root.querySelector('.nc-main')!.children.length).toBeGreaterThan(0);
  });

  it('shows the analysing state before the view arrives, never a blank box', async () => {
    const { root } = await mount(attributedSeedView(), { delayMs: 1500 });
    expect(root.textContent).toMatch(/Analysing this page/);
    expect(root.querySelector('.nc-popup')?.getAttribute('aria-busy')).toBe('true');
    await until(() => /Originally reported by/.test(root.textContent ?? ''), 'the analysis');
  });

  it('turns a failing connector into the error state with its message and a retry', async () => {
    const { root, connector } = await mount(attributedSeedView(), { failWith: 'The extension was reloaded.' });
    expect(root.textContent).toMatch(/Something went wrong/);
    expect(root.textContent).toContain('The extension was reloaded.');
    await click(button(root, 'Try again'));
    expect(connector.calls.load).toBe(2);
    await click(button(root, 'Open settings')); // e.g. the site is turned off in the settings
    expect(connector.calls.optionsOpened).toBe(1);
  });

  it('asks again while the page is still analysing, then shows the result', async () => {
    const { root, connector } = await mount(errorView());
    const seedView = attributedSeedView();
    let calls = 0;
    connector.load = async () => (++calls < 3 ? analysingView() : seedView);
    await click(button(root, 'Try again'));
    expect(root.textContent).toMatch(/Analysing this page/);
    await until(() => root.querySelector('.nc-origin-name')?.textContent === 'NBC News', 'the analysis');
    expect(calls).toBe(3);
  });

  it('turns a view of an unknown shape into the error state', async () => {
    const { root } = await mount({ status: 'bogus' } as unknown as PopupView);
    expect(root.textContent).toMatch(/Something went wrong/);
  });

  it('not an article: "analyse anyway" asks again with force and shows the result', async () => {
    const { root, connector } = await mount(notArticleView(), { forcedView: attributedSeedView() });
    await click(button(root, 'Analyse anyway'));
    expect(connector.calls.analyzeAnyway).toBe(1);
    expect(root.querySelector('.nc-origin-name')?.textContent).toBe('NBC News');
  });

  it('not an article: says "may not be" when detection was unsure', async () => {
    const { root } = await mount({ status: 'not-article', detection: { verdict: 'unsure', score: 0.4, signals: ['paragraphs:3'] } });
    expect(root.textContent).toMatch(/may not be a news article/);
    expect(button(root, 'Analyse anyway')).toBeDefined();
  });

  it('not an article: the detection signals are shown on request', async () => {
    const view = notArticleView();
    if (view.status !== 'not-article') throw new Error('fixture');
    const { root } = await mount(view);
    expect(root.querySelector('.nc-signals')).toBeNull();
    await click(button(root, 'How this page was read'));
    const shown = [...root.querySelectorAll('.nc-signals code')].map((c) => c.textContent);
    expect(shown).toEqual(view.detection.signals);
  });
});

describe('a site the reader turned off', () => {
  it('says so calmly: an info state with the host, not an error', async () => {
    const { root, connector } = await mount(blockedView());
    const state = root.querySelector('.nc-state');
    expect(state?.classList.contains('nc-state--info')).toBe(true);
    expect(state?.getAttribute('role')).toBe('status');
    expect(root.querySelector('[role=alert]')).toBeNull();
    expect(root.querySelector('.nc-state-title')?.textContent).toBe('Off for news.example.org');
    expect(root.textContent).toMatch(/You turned News Context off for this site/);
    // Both actions are real buttons in the tab order.
    for (const label of ['Analyse this page once', 'Open settings']) {
      const b = button(root.querySelector('.nc-state')!, label);
      expect(b?.type, label).toBe('button');
      expect(b?.tabIndex, label).toBe(0);
    }
    expect(connector.calls).toMatchObject({ load: 1, ignoreBlock: 0, analyzeAnyway: 0 });
  });

  it('shows a host with markup-like characters as text', async () => {
    const { root } = await mount({ status: 'blocked', host: HOSTILE.markup });
    expect(root.querySelector('.nc-state-title')?.textContent).toBe(`Off for ${HOSTILE.markup}`);
    expect(root.querySelector('.nc-state img')).toBeNull();
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(document.title).not.toBe('pwned');
  });

  it('"analyse this page once" asks past the block, then shows the analysis', async () => {
    const { root, connector } = await mount(blockedView(), { unblockedView: attributedSeedView() });
    await click(button(root, 'Analyse this page once'));
    expect(connector.calls).toMatchObject({ load: 2, ignoreBlock: 1, analyzeAnyway: 0 });
    expect(connector.calls.savedSettings).toEqual([]); // the settings are not touched
    expect(root.querySelector('.nc-origin-name')?.textContent).toBe('NBC News');
  });

  it('once past the block, "analyse anyway" on a non-article stays past it', async () => {
    const { root, connector } = await mount(blockedView(), { unblockedView: notArticleView(), forcedView: attributedSeedView() });
    await click(button(root, 'Analyse this page once'));
    expect(root.textContent).toMatch(/doesn’t look like a news article/);
    await click(button(root, 'Analyse anyway'));
    expect(connector.calls).toMatchObject({ analyzeAnyway: 1, ignoreBlock: 2 });
    expect(root.querySelector('.nc-origin-name')?.textContent).toBe('NBC News');
  });

  it('"open settings" opens the options page and leaves the state as it is', async () => {
    const { root, connector } = await mount(blockedView());
    await click(button(root, 'Open settings'));
    expect(connector.calls.optionsOpened).toBe(1);
    expect(connector.calls.ignoreBlock).toBe(0);
    expect(root.querySelector('.nc-state-title')?.textContent).toBe('Off for news.example.org');
  });
});

describe('the mock connector on a blocked site', () => {
  it('answers blocked unless asked to ignore the block, as the real connector does', async () => {
    const { createMockConnector } = await import('../../src/popup/connector-mock');
    const seed = attributedSeedView();
    const c = createMockConnector({ view: blockedView(), forcedView: seed, unblockedView: notArticleView() });
    expect(await c.load()).toEqual(blockedView());
    expect(await c.analyzeAnyway()).toEqual(blockedView());
    expect((await c.load({ ignoreBlock: true })).status).toBe('not-article');
    expect(await c.analyzeAnyway({ ignoreBlock: true })).toEqual(seed);
    expect(c.calls).toMatchObject({ load: 2, analyzeAnyway: 2, ignoreBlock: 2 });
  });
});

describe('the seed', () => {
  it('the real pipeline\'s seed view renders its header, and its original reporter when it has one', async () => {
    const view = seedPageView();
    const a = ready(view);
    const { root } = await mount(view);
    if (a.article.title) expect(root.querySelector('.nc-headline')?.textContent).toBe(a.article.title);
    const origin = root.querySelector('.nc-origin-name')?.textContent ?? null;
    expect(origin).toBe(a.originalReporter?.name ?? null);
    expect(speakerNames(root)).toEqual(a.speakers.length ? [...a.speakers].sort((x, y) => y.claims - x.claims).map((s) => displayName(s.name)) : []);
  });

  it('the real pipeline\'s seed view says what ../shared/seeds/EXPECTED.md asks of the popup', async () => {
    const { root } = await mount(seedPageView());
    expect(root.querySelector('.nc-article-meta')?.textContent).toMatch(/Mamos Nigeria.*By Ahmad Hadizat Omayoza/);
    expect(root.querySelector('.nc-origin-name')?.textContent).toBe('NBC News');
    expect(root.querySelector('.nc-cited')?.textContent).toContain('CBS News');
    const names = speakerNames(root);
    expect(names[0]).toBe('NBC News');
    expect(names).toEqual(expect.arrayContaining(['John Kirby', 'Joe Biden']));
    const kirby = [...root.querySelectorAll('.nc-speaker')].find((s) => s.querySelector('.nc-speaker-name')?.textContent === 'John Kirby')!;
    expect(kirby.querySelector('.nc-speaker-meta')?.textContent).toMatch(/national security spokesperson.*White House.*via CBS News/);
    expect(root.querySelector('.nc-mix-line')?.textContent).toMatch(/of 15 statements come from unnamed sources;.*none was obtained by the publisher itself\.$/);
  });

  it('puts "Originally reported by NBC News" first, CBS News among the outlets also cited', async () => {
    const { root } = await mount(attributedSeedView());
    const main = root.querySelector('.nc-main')!;
    const sections = [...main.children].map((c) => c.className);
    expect(sections[0]).toBe('nc-article');
    expect(sections[1]).toBe('nc-origin');
    expect(root.querySelector('.nc-origin-name')?.textContent).toBe('NBC News');
    expect(root.querySelector('.nc-cited')?.textContent).toMatch(/CBS News.*1 mention.*1 statement given to it/);
    expect(root.querySelector('.nc-article-meta')?.textContent).toMatch(/Mamos Nigeria.*By Ahmad Hadizat Omayoza.*2023/);
  });

  it('keeps the evidence sentence one click away and opens the original through the connector', async () => {
    const { root, connector } = await mount(attributedSeedView());
    expect(root.querySelector('.nc-evidence')).toBeNull();
    const toggle = button(root, 'Why we think so')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await click(toggle);
    expect(root.querySelector('.nc-evidence')?.textContent).toMatch(/^According to NBC News, the former US officials/);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await press(root.querySelector('.nc-evidence'), 'Escape');
    expect(root.querySelector('.nc-evidence')).toBeNull();
    expect(mounted!.closed()).toBe(0); // Escape closed the evidence, not the popup
    const link = [...root.querySelectorAll('a')].find((a) => a.textContent?.includes('Read the original'))!;
    expect(link.getAttribute('href')).toMatch(/^https:\/\/www\.nbcnews\.com\//);
    await click(link);
    expect(connector.calls.opened).toEqual([link.getAttribute('href')]);
  });

  it('draws the source mix and says it in words', async () => {
    const { root } = await mount(attributedSeedView());
    const segs = root.querySelectorAll('.nc-mix-bar .nc-mix-seg');
    expect(segs.length).toBe(4);
    expect(root.querySelector('.nc-mix-line')?.textContent).toBe(
      '7 of 15 statements come from unnamed sources; 5 are relayed from other outlets; none was obtained by the publisher itself.',
    );
    const legend = [...root.querySelectorAll('.nc-mix-row')].map((r) => r.textContent);
    expect(legend.find((l) => l?.startsWith('Unnamed sources'))).toMatch(/7 statements/);
  });

  it('groups speakers, most-cited first, with kind, role and "via outlet"', async () => {
    const { root } = await mount(attributedSeedView());
    const names = speakerNames(root);
    expect(names[0]).toBe('NBC News');
    const counts = [...root.querySelectorAll('.nc-speaker-count [aria-hidden]')].map((c) => Number(c.textContent));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const kirby = [...root.querySelectorAll('.nc-speaker')].find((s) => s.querySelector('.nc-speaker-name')?.textContent === 'John Kirby')!;
    expect(kirby.querySelector('.nc-kind')?.textContent).toBe('Person');
    expect(kirby.querySelector('.nc-speaker-meta')?.textContent).toBe('national security spokesperson for the White House · via CBS News');
    const tags = [...kirby.querySelectorAll('.nc-claim-tag')].map((t) => t.textContent);
    expect(tags).toEqual(['Paraphrase', 'Quote']);
    expect(kirby.querySelector('.nc-claim--quote .nc-claim-text')?.textContent).toMatch(/^“Yet, I need to clarify.*dynamic manner”$/);
  });

  it('marks a quote nested inside another statement', async () => {
    const { root } = await mount(attributedSeedView());
    const biden = [...root.querySelectorAll('.nc-speaker')].find((s) => s.querySelector('.nc-speaker-name')?.textContent === 'Joe Biden')!;
    expect(biden.querySelector('.nc-claim-tag')?.textContent).toBe('Quote · quoted inside another statement');
  });
});

describe('filter and search', () => {
  it('filters by kind and back', async () => {
    const { root } = await mount(attributedSeedView());
    await click(button(root, 'Unnamed sources'));
    const names = speakerNames(root);
    expect(names).toEqual(['State Department spokesperson', 'Former diplomats', 'Former Western official', 'Six people briefed on the discussions', 'Two sources']);
    expect(button(root, 'Unnamed sources')!.getAttribute('aria-pressed')).toBe('true');
    await click(button(root, /^All/));
    expect(speakerNames(root)).toHaveLength(10);
  });

  it('searches names (all their claims) and words (only the matching claims)', async () => {
    const { root } = await mount(attributedSeedView());
    const search = root.querySelector<HTMLInputElement>('input[type=search]');
    await type(search, 'kirby');
    expect(speakerNames(root)).toEqual(['John Kirby']);
    expect(root.querySelectorAll('.nc-claim')).toHaveLength(2);
    await type(search, 'lavrov');
    const texts = [...root.querySelectorAll('.nc-claim-text')].map((c) => c.textContent);
    expect(texts.length).toBe(3);
    for (const t of texts) expect(t?.toLowerCase()).toContain('lavrov');
    expect(root.querySelector('mark')?.textContent).toBe('Lavrov');
  });

  it('says when nothing matches and offers to show everything', async () => {
    const { root } = await mount(attributedSeedView());
    const search = root.querySelector<HTMLInputElement>('input[type=search]');
    await type(search, 'zzzz');
    expect(root.textContent).toContain('Nothing matches “zzzz”.');
    await click(button(root, 'Show everything'));
    expect(speakerNames(root)).toHaveLength(10);
  });

  it('Escape in the search clears it before it closes anything', async () => {
    const { root } = await mount(attributedSeedView());
    const search = root.querySelector<HTMLInputElement>('input[type=search]')!;
    await type(search, 'kirby');
    await press(search, 'Escape');
    expect(search.value).toBe('');
    expect(mounted!.closed()).toBe(0);
    await press(search, 'Escape');
    expect(mounted!.closed()).toBe(1);
  });
});

describe('keyboard and jumping to claims', () => {
  it('clicking a claim asks the page to scroll to it', async () => {
    const view = attributedSeedView();
    const a = ready(view);
    const { root, connector } = await mount(view);
    const kirbyQuote = [...root.querySelectorAll<HTMLButtonElement>('.nc-claim')].find((b) => b.textContent?.includes('Yet, I need'))!;
    await click(kirbyQuote);
    const index = Number(kirbyQuote.dataset.claim);
    expect(connector.calls.scrolledTo).toEqual([index]);
    expect(a.claims[index]!.content.text).toContain('Yet, I need to clarify');
    expect(kirbyQuote.getAttribute('aria-current')).toBe('true');
  });

  it('the claims are one tab stop; arrows, Home and End move; Enter jumps', async () => {
    const { root, connector } = await mount(attributedSeedView());
    const claims = () => [...root.querySelectorAll<HTMLButtonElement>('.nc-claim')];
    expect(claims().filter((b) => b.tabIndex === 0)).toHaveLength(1);
    const first = claims()[0]!;
    first.focus();
    await press(first, 'ArrowDown');
    expect(document.activeElement).toBe(claims()[1]);
    expect(claims().filter((b) => b.tabIndex === 0)).toEqual([claims()[1]]);
    await press(document.activeElement, 'End');
    expect(document.activeElement).toBe(claims().at(-1));
    await press(document.activeElement, 'Home');
    expect(document.activeElement).toBe(claims()[0]);
    await press(document.activeElement, 'ArrowUp');
    expect(document.activeElement).toBe(root.querySelector('input[type=search]'));
    await press(document.activeElement, 'ArrowDown');
    expect(document.activeElement).toBe(claims()[0]);
    // A native button turns Enter into a click; jsdom does not, so click as the browser would.
    await click(document.activeElement);
    expect(connector.calls.scrolledTo).toEqual([Number(claims()[0]!.dataset.claim)]);
  });

  it('every control is a native button, link or input (reachable with Tab)', async () => {
    const { root } = await mount(attributedSeedView());
    for (const el of root.querySelectorAll('[onclick], [role=button]')) expect(el.tagName).toMatch(/BUTTON|A/);
    for (const b of root.querySelectorAll('button')) expect(b.getAttribute('type')).toBe('button');
  });

  it('Escape with nothing open closes the popup', async () => {
    const { root } = await mount(attributedSeedView());
    await press(root.querySelector('.nc-claim'), 'Escape');
    expect(mounted!.closed()).toBe(1);
  });
});

describe('badges, settings and export', () => {
  it('the badges switch hides and shows the page\'s badges', async () => {
    const { root, connector } = await mount(attributedSeedView());
    const sw = root.querySelector('[role=switch]')!;
    expect(sw.getAttribute('aria-checked')).toBe('true');
    await click(sw);
    expect(sw.getAttribute('aria-checked')).toBe('false');
    await click(sw);
    expect(connector.calls.badges).toEqual([false, true]);
  });

  it('has no badges switch where there are no badges', async () => {
    const { root } = await mount(noClaimsView());
    expect(root.querySelector('[role=switch]')).toBeNull();
  });

  it('opens the options page', async () => {
    const { root, connector } = await mount(unreachableView());
    await click(root.querySelector('[aria-label=Settings]'));
    expect(connector.calls.optionsOpened).toBe(1);
  });

  it('copies Markdown with the URL, the original reporter and evidence sentences', async () => {
    const { root, connector } = await mount(attributedSeedView());
    await click(button(root, 'Copy as Markdown'));
    const md = connector.calls.copied[0]!;
    expect(md).toMatch(/^# US: Biden didn’t approve/);
    expect(md).toContain('- Page: <https://www.mamosnigeria.com/2023/07/us-biden-didnt-approve-secret-us-russia.html>');
    expect(md).toContain('## Originally reported by\n\n**NBC News** (<https://www.nbcnews.com/');
    expect(md).toContain('  > John Kirby, the national security spokesperson for the White House, also disclosed to CBS News that the administration was aware of the informal discussions.');
    expect(md).toContain('2026-11-28T01:00:00.000Z');
    expect(root.textContent).toContain('Copied as Markdown');
  });

  it('copies JSON of the documented shape', async () => {
    const { root, connector } = await mount(attributedSeedView());
    await click(button(root, 'Copy as JSON'));
    const json = JSON.parse(connector.calls.copied[0]!);
    expect(json.format).toBe('news-context-summary');
    expect(json.url).toMatch(/^https:\/\/www\.mamosnigeria\.com\//);
    expect(json.originalReporter.name).toBe('NBC News');
    expect(json.speakers[0].name).toBe('NBC News');
    expect(json.speakers[0].claims[0].evidence).toMatch(/^According to NBC News, .*New York\.$/);
  });

  it('offers the preferred export format first', async () => {
    const { root } = await mount(attributedSeedView(), { settings: { ...DEFAULT_SETTINGS, exportFormat: 'json' } });
    const first = root.querySelector('.nc-export .nc-button--primary');
    expect(first?.textContent).toBe('Copy as JSON');
  });

  it('saves the summary as a file in the preferred format', async () => {
    const { root, saved } = await mount(attributedSeedView());
    await click(button(root, 'Save as .md file'));
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ name: 'news-context-mamosnigeria.com-2026-11-28.md', type: 'text/markdown' });
    expect(saved[0]!.text).toMatch(/^# US: Biden/);
    expect(root.textContent).toContain('Saved to your downloads');
    mounted!.unmount();
    mounted = await mountPopup(attributedSeedView(), { settings: { ...DEFAULT_SETTINGS, exportFormat: 'json' } });
    await click(button(mounted.root, 'Save as .json file'));
    expect(mounted.saved[0]?.name).toBe('news-context-mamosnigeria.com-2026-11-28.json');
    expect(JSON.parse(mounted.saved[0]!.text).format).toBe('news-context-summary');
  });

  it('says when the clipboard refuses', async () => {
    const { root, connector } = await mount(attributedSeedView());
    connector.copyText = async () => { throw new Error('denied'); };
    await click(button(root, 'Copy as Markdown'));
    expect(root.textContent).toContain('Could not copy');
  });
});

describe('hostile page text', () => {
  it('renders markup as text and never links anything but http(s)', async () => {
    const { root } = await mount(hostileView());
    expect(root.querySelector('img, script, iframe, object, embed')).toBeNull();
    for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(root.querySelector('.nc-headline')?.textContent).toBe(`${HOSTILE.markup} headline`);
    expect(root.querySelector('.nc-origin-name')?.textContent).toBe(HOSTILE.markup);
    expect(root.textContent).not.toContain('Read the original'); // its link is javascript:
    expect(root.querySelector('.nc-cited')?.textContent).toContain('Data Outlet');
    expect(root.querySelector('.nc-cited a')).toBeNull(); // data: link dropped
    await click(button(root, 'Why we think so'));
    expect(root.querySelector('.nc-evidence')?.textContent).toBe(HOSTILE.script);
    expect(document.title).not.toBe('pwned');
  });

  it('keeps hostile strings out of the exports\' links and markup', async () => {
    const { root, connector } = await mount(hostileView());
    await click(button(root, 'Copy as Markdown'));
    await click(button(root, 'Copy as JSON'));
    const [md, json] = connector.calls.copied as [string, string];
    expect(md).not.toMatch(/(?<!\\)<(img|script)/);
    expect(md).not.toMatch(/\(<?javascript:|\(<?data:/);
    expect(md).toContain('\\<img src=x onerror="document.title=\'pwned\'"\\>');
    const parsed = JSON.parse(json);
    expect(parsed.originalReporter.link).toBeNull();
    expect(parsed.outlets.map((o: { link: string | null }) => o.link)).toEqual([null, null]);
  });
});
