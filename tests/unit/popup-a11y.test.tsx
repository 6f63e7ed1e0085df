// @vitest-environment jsdom
/**
 * An axe-core check of every popup state (and of the seed with its disclosures open and a
 * filter applied): no violations. jsdom does no layout, so axe cannot judge colour
 * contrast here; the palette's contrast is checked by computation in popup-contrast.test.ts.
 */
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { PopupView } from '../../src/messages';
import { button, click, mountPopup, type, type Mounted } from '../fixtures-popup/render';
import {
  analysingView, attributedSeedView, blockedView, errorView, hostileView, noClaimsView, notArticleView,
  seedPageView, tooLargeView, unreachableView,
} from '../fixtures-popup/views';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function violations(): Promise<string[]> {
  document.documentElement.lang = 'en';
  document.title = 'News Context';
  const result = await axe.run(document, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core)', () => {
  it.each([
    ['analysing', analysingView()],
    ['unreachable', unreachableView()],
    ['not an article', notArticleView()],
    ['blocked site', blockedView()],
    ['too large', tooLargeView()],
    ['error', errorView()],
    ['nothing attributed', noClaimsView()],
    ['seed (real pipeline)', seedPageView()],
    ['seed (attributed)', attributedSeedView()],
    ['hostile', hostileView()],
  ] as [string, PopupView][])('%s: no violations', async (_name, view) => {
    mounted = await mountPopup(view, { delayMs: view.status === 'analysing' ? 1e6 : 0 });
    expect(await violations()).toEqual([]);
  });

  it('the seed with evidence, details, a filter and a search: no violations', async () => {
    mounted = await mountPopup(attributedSeedView());
    const { root } = mounted;
    await click(button(root, 'Why we think so'));
    await click(button(root, 'How this page was read'));
    await click(button(root, 'Unnamed sources'));
    await type(root.querySelector('input[type=search]'), 'former');
    expect(await violations()).toEqual([]);
    await type(root.querySelector('input[type=search]'), 'no such words');
    expect(await violations()).toEqual([]);
  });
});
