/**
 * Detection and extraction on hostile inputs: an empty document, no body, a 5 MB page,
 * 100,000 nodes, nesting 5,000 deep. Each gets an answer and no exception; a walk that
 * recursed or grew quadratically would overflow the stack or run past vitest's timeout here
 * (5,000-deep nesting took minutes before the walks were made linear). Times are not asserted
 * (figures: `npm run eval:extract`, and the report of issue 3).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { detectArticle } from '../../src/core/detect/detect-article';
import { extractArticle } from '../../src/core/extract/extract-article';

const SENTENCE = 'The quick brown fox jumps over the lazy dog, the official said on Tuesday. ';
const PARA = `<p>${SENTENCE.repeat(4)}</p>`;
const URL_ = 'https://example.com/2024/01/02/a-story-about-foxes';

function run(html: string): { verdict: string; paragraphs: number; chars: number } {
  const doc = parseHTML(html).document as unknown as Document;
  const d = detectArticle(doc, URL_);
  const a = extractArticle(doc, URL_);
  for (const p of a.paragraphs) expect(p.end).toBeLessThanOrEqual(a.text.length);
  return { verdict: d.verdict, paragraphs: a.paragraphs.length, chars: a.text.length };
}

describe('hostile pages get an answer', () => {
  test('an empty document', () => {
    expect(run('')).toEqual({ verdict: 'not-article', paragraphs: 0, chars: 0 });
  });

  test('a document with no body', () => {
    expect(run('<html><head><title>Only a title</title></head></html>').verdict).toBe('not-article');
  });

  test('a 5 MB article', () => {
    const html = `<html><body><article><h1>Foxes seen jumping over dogs all over town</h1>${PARA.repeat(Math.ceil((5 * 1024 * 1024) / PARA.length))}</article></body></html>`;
    expect(html.length).toBeGreaterThan(5 * 1024 * 1024);
    const r = run(html);
    expect(r.verdict).toBe('article');
    expect(r.chars).toBeGreaterThan(4_000_000);
  }, 120_000);

  test('a page of 100,000 nodes', () => {
    const html = `<html><body>${'<div><span>a</span></div>'.repeat(50_000)}</body></html>`;
    expect(run(html).verdict).toBe('not-article');
  }, 120_000);

  test('nesting 5,000 deep', () => {
    const html = `<html><body>${'<div>'.repeat(5000)}${PARA}${'</div>'.repeat(5000)}</body></html>`;
    const r = run(html);
    expect(r.chars).toBeGreaterThan(200);
  }, 120_000);

  test('inline elements nested 5,000 deep', () => {
    const html = `<html><body><p>${'<span>'.repeat(5000)}${SENTENCE}${'</span>'.repeat(5000)}</p></body></html>`;
    expect(() => run(html)).not.toThrow();
  }, 120_000);
});
