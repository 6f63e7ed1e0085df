/**
 * The seed page the CLI shows by default (and the demo and e2e tests serve) stays what
 * `seeds/README.md` promises: the seed text's paragraphs unchanged, the blog's furniture
 * around them, the metadata a Blogger theme emits, and nothing that runs or loads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(__dirname, '..', '..');
const html = readFileSync(resolve(ROOT, 'seeds/seed.html'), 'utf8');
const seedText = readFileSync(resolve(ROOT, 'seeds/seed.txt'), 'utf8');
const { document } = parseHTML(html);
const blocks = seedText.split('\n\n');

/** The original, in the shared material beside the checkout (absent on a machine without it). */
const SHARED_SEED = resolve(ROOT, '../shared/seeds/000_6dbcb90c4370552a.txt');

describe('seeds/seed.txt', () => {
  test.skipIf(!existsSync(SHARED_SEED))('is the shared seed text exactly', () => {
    expect(seedText).toBe(readFileSync(SHARED_SEED, 'utf8'));
  });
});

describe('seeds/seed.html', () => {
  test('the post body holds the seed paragraphs, same wording and quotation marks, in order', () => {
    const paragraphs = Array.from(document.querySelectorAll('.post-body p')).map((p) => p.textContent);
    expect(paragraphs).toEqual(blocks.slice(3, -2));
  });

  test('headline, byline and the blog furniture of the seed text', () => {
    expect(document.querySelector('h1.post-title')?.textContent).toBe(blocks[0]);
    expect(document.querySelector('.post-author')?.textContent).toBe('By Ahmad Hadizat Omayoza, Mamos Nigeria');
    const headings = Array.from(document.querySelectorAll('h2, h4')).map((h) => h.textContent);
    expect(headings).toContain('Post a Comment');
    expect(headings).toContain('Translate »');
    expect(document.querySelector('nav')).not.toBeNull();
    expect(document.querySelector('aside, .sidebar')).not.toBeNull();
    expect(document.querySelector('form textarea')).not.toBeNull();
    expect(document.querySelector('footer')).not.toBeNull();
  });

  test('metadata as a Blogger theme emits it', () => {
    const meta = (prop: string): string | null | undefined =>
      document.querySelector(`meta[property="${prop}"], meta[name="${prop}"]`)?.getAttribute('content');
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(meta('og:site_name')).toBe('Mamos Nigeria');
    expect(meta('og:type')).toBe('article');
    expect(Number.isNaN(Date.parse(meta('article:published_time') ?? ''))).toBe(false);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https:\/\/www\.mamosnigeria\.com\//);
    const ld = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null') as Record<string, any>;
    expect(['BlogPosting', 'NewsArticle']).toContain(ld['@type']);
    expect(ld.headline).toBe(blocks[0]);
    expect(ld.author?.name).toBe('Ahmad Hadizat Omayoza');
    expect(ld.publisher?.name).toBe('Mamos Nigeria');
  });

  test('nothing runs and nothing loads: no scripts but JSON-LD, no external resources', () => {
    const scripts = Array.from(document.querySelectorAll('script'));
    expect(scripts.every((s) => s.getAttribute('type') === 'application/ld+json' && !s.hasAttribute('src'))).toBe(true);
    expect(document.querySelectorAll('[src], link[rel="stylesheet"], link[rel~="icon"], iframe, object, embed')).toHaveLength(0);
    expect(html).not.toMatch(/\bon[a-z]+\s*=/i);
    expect(html).not.toMatch(/url\(\s*['"]?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/@import/i);
  });
});
