/**
 * Detection in steps (what the content script spreads over idle slices of the page's main
 * thread): the markup-only shortcut never changes a verdict, the text walk yields, stops on
 * huge pages and survives a page that changes between steps; the word splitter's ASCII path
 * agrees with the Unicode one; the idle-slice driver returns the result, stops when stale and
 * takes no new step once its slice is used up.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { detectArticle, detectSteps, scoreFeatures } from '../../src/core/detect/detect-article';
import { type DetectionFeatures, drain, emptyFeatures, measurePage, measureText, wordsOf } from '../../src/core/detect/features';
import { IDLE_SLICE_MS, runInIdleSlices } from '../../src/content/slices';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const SEED_URL = 'https://www.mamosnigeria.com/2023/07/us-biden-didnt-approve-secret-us-russia.html';
const seedHtml = (): string => readFileSync(resolve(__dirname, '../../seeds/seed.html'), 'utf8');
const PARAGRAPH = `<p>${'The minister said on Tuesday that the plan would go ahead despite objections from the opposition. '.repeat(3)}</p>`;

/** Counts the steps of a generator run to its end, and returns its value. */
function stepsOf<T>(g: Generator<void, T, void>): { steps: number; value: T } {
  let steps = 0;
  for (;;) {
    const r = g.next();
    if (r.done) return { steps, value: r.value };
    steps++;
  }
}

/** Random measurements of a page whose text was walked. */
const measuredFeatures: fc.Arbitrary<DetectionFeatures> = fc
  .record({
    ld: fc.subarray(['newsarticle', 'article', 'blogposting']),
    ldArticleCount: fc.nat(6),
    ldOther: fc.subarray(['collectionpage', 'itemlist', 'product']),
    md: fc.subarray(['newsarticle', 'article']),
    mdCount: fc.nat(5),
    mdOther: fc.subarray(['question', 'offer', 'product']),
    generator: fc.constantFrom(null, 'mediawiki 1.39', 'wordpress 6.2'),
    ogType: fc.constantFrom(null, 'article', 'website', 'video.other', 'product'),
    flags: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
    nums: fc.array(fc.nat(20_000), { minLength: 9, maxLength: 9 }),
    titlePageType: fc.constantFrom(null, 'forum', 'shop'),
    urlSegments: fc.nat(6),
  })
  .map((r) => ({
    ...emptyFeatures(),
    ldArticleTypes: r.ld,
    ldArticleCount: r.ld.length ? Math.max(1, r.ldArticleCount) : 0,
    ldOtherTypes: r.ldOther,
    microdataArticleTypes: r.md,
    microdataArticleCount: r.md.length ? Math.max(1, r.mdCount) : 0,
    microdataOtherTypes: r.mdOther,
    generator: r.generator,
    ogType: r.ogType,
    hasDateMeta: r.flags[0]!,
    hasVisibleDate: r.flags[1]!,
    hasVisibleByline: r.flags[2]!,
    hasByline: r.flags[3]!,
    hasMetaAuthor: r.flags[4]!,
    headlineNearText: r.flags[5]!,
    hasHeadline: r.flags[6]!,
    urlIsRoot: r.flags[7]!,
    urlDated: r.flags[8]!,
    urlLooksLikeStory: r.flags[8]! || r.nums[8]! % 2 === 0,
    mainChars: r.nums[0]!,
    mainParagraphs: r.nums[1]! % 60,
    textChars: r.nums[0]! + r.nums[2]!,
    textParagraphs: r.nums[3]! % 80,
    articleElements: r.nums[4]! % 30,
    substantialArticles: r.nums[5]! % 3,
    teaserHeadings: r.nums[6]! % 40,
    codeBlocks: r.nums[7]! % 12,
    h1Count: r.nums[8]! % 3,
    titlePageType: r.titlePageType,
    urlSegments: r.urlSegments,
    textMeasured: true,
  }));

/** The same page as the markup stage sees it: every measurement of the walk at its zero value. */
function beforeWalk(f: DetectionFeatures): DetectionFeatures {
  return {
    ...f,
    textMeasured: false,
    hasVisibleDate: false,
    hasVisibleByline: false,
    textParagraphs: 0,
    textChars: 0,
    mainParagraphs: 0,
    mainChars: 0,
    headlineNearText: false,
    bodyChars: 0,
    codeBlocks: 0,
  };
}

describe('the markup-only shortcut', () => {
  test('scores the text at its worst: never above the walked score, so an article before the walk is one after it', () => {
    const urls = fc.constantFrom(null, 'https://example.com/', 'https://example.com/2024/05/01/a-story-with-a-long-slug', 'https://example.com/terms-of-use');
    fc.assert(
      fc.property(measuredFeatures, urls, (f, url) => {
        const full = scoreFeatures(f, url);
        const early = scoreFeatures(beforeWalk(f), url);
        expect(early.score).toBeLessThanOrEqual(full.score);
        if (early.verdict === 'article') expect(full.verdict).toBe('article');
      }),
      { numRuns: 2_000 },
    );
  });

  test('decides the seed page from its markup alone, and says so', () => {
    const { steps, value } = stepsOf(detectSteps(doc(seedHtml()), SEED_URL));
    expect(value.detection.verdict).toBe('article');
    expect(value.detection.signals).toContain('text:unmeasured');
    expect(value.features.textMeasured).toBe(false);
    // The same page measured in full: the same verdict, and a walked text.
    const full = measurePage(doc(seedHtml()), SEED_URL);
    expect(full.textMeasured).toBe(true);
    expect(full.mainChars).toBeGreaterThan(2000);
    expect(scoreFeatures(full, SEED_URL).verdict).toBe('article');
    expect(steps).toBeGreaterThan(3);
  });

  test('walks the text when the markup leaves the verdict open', () => {
    const html = `<html><head><title>Council approves new budget plan</title></head><body><h1>Council approves new budget plan</h1>${PARAGRAPH.repeat(12)}</body></html>`;
    const d = detectArticle(doc(html), 'https://cityherald.example/2024/05/01/council-approves-new-budget-plan');
    expect(d.signals).not.toContain('text:unmeasured');
    expect(d.signals.some((s) => s.startsWith('text:') && s !== 'text:unmeasured')).toBe(true);
  });
});

describe('the text walk', () => {
  test('yields every few hundred nodes, so that a slice can stop between two steps', () => {
    const html = `<html><body>${`<div><span>one</span> <b>two</b> <i>three</i></div>`.repeat(2_000)}</body></html>`;
    const f = emptyFeatures();
    const { steps } = stepsOf(measureText(f, doc(html)));
    expect(steps).toBeGreaterThan(20);
    expect(f.textMeasured).toBe(true);
  });

  test('stops once the text passes maxChars, and says how much it saw', () => {
    const html = `<html><body>${PARAGRAPH.repeat(400)}</body></html>`;
    const limited = emptyFeatures();
    drain(measureText(limited, doc(html), { maxChars: 20_000 }));
    expect(limited.bodyChars).toBeGreaterThan(20_000);
    expect(limited.bodyChars).toBeLessThan(25_000);
    const whole = emptyFeatures();
    drain(measureText(whole, doc(html)));
    expect(whole.bodyChars).toBeGreaterThan(100_000);
  });

  test('survives a page that removes and moves nodes between two steps', () => {
    const d = doc(`<html><body>${`<section><p>${'Some words of a paragraph here. '.repeat(5)}</p><div><span>a</span><span>b</span></div></section>`.repeat(600)}</body></html>`);
    const f = emptyFeatures();
    const walk = measureText(f, d);
    let steps = 0;
    for (let r = walk.next(); !r.done; r = walk.next()) {
      steps++;
      // Between steps the page rewrites itself: sections go, others move to the front.
      const sections = d.querySelectorAll('section');
      sections[steps % sections.length]?.remove();
      const last = d.body.lastElementChild;
      if (last) d.body.insertBefore(last, d.body.firstChild);
      expect(steps).toBeLessThan(10_000);
    }
    expect(f.textMeasured).toBe(true);
  });
});

describe('words of titles', () => {
  /** The Unicode definition that `wordsOf` must match on every text. */
  const unicodeWords = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const typographic = ['\u00a0', '\u00ab', '\u00b7', '\u00bb', '\u200b', '\u2013', '\u2014', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2026'];

  test('the ASCII path splits exactly as the Unicode classes do', () => {
    const char = fc.oneof(fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), fc.constantFrom(...typographic));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 80 }).map((cs) => cs.join('')), (s) => {
        expect(wordsOf(s)).toEqual(unicodeWords(s));
      }),
      { numRuns: 3_000 },
    );
  });

  test('other scripts go through the Unicode classes', () => {
    for (const s of ['Ärzte fordern mehr Geld – für alle', 'Сенат одобрил бюджет', '東京で大雨 2024年', 'Café “crème” à 3€']) {
      expect(wordsOf(s)).toEqual(unicodeWords(s));
    }
  });
});

describe('idle slices', () => {
  /** A step that keeps the thread busy for `ms`. */
  function* busySteps(count: number, ms: number): Generator<void, string, void> {
    for (let i = 0; i < count; i++) {
      const until = performance.now() + ms;
      while (performance.now() < until) {
        // busy
      }
      yield;
    }
    return 'done';
  }

  test('runs the steps to their end and returns their value', async () => {
    const r = await runInIdleSlices('test', busySteps(5, 0), () => false);
    expect(r?.value).toBe('done');
    expect(r?.slices).toBeGreaterThanOrEqual(1);
  });

  test('takes no new step once a slice has run its time', async () => {
    // Each step is at least 1 ms, and a slice takes none once IDLE_SLICE_MS have passed: at
    // most floor(IDLE_SLICE_MS) + 1 steps in a slice.
    const steps = 12;
    const r = await runInIdleSlices('test', busySteps(steps, 1), () => false);
    expect(r?.value).toBe('done');
    expect(r!.slices).toBeGreaterThanOrEqual(Math.ceil(steps / (Math.floor(IDLE_SLICE_MS) + 1)));
  });

  test('abandons the steps when the result is no longer wanted', async () => {
    let taken = 0;
    function* counted(): Generator<void, number, void> {
      for (;;) {
        taken++;
        const until = performance.now() + 1;
        while (performance.now() < until) {
          // busy
        }
        yield;
      }
    }
    let stale = false;
    const running = runInIdleSlices('test', counted(), () => stale);
    setTimeout(() => (stale = true), 20);
    expect(await running).toBeNull();
    const after = taken;
    await new Promise((r) => setTimeout(r, 30));
    expect(taken).toBe(after);
  });
});
