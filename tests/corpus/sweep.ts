/**
 * Shared body of the corpus sweeps: every page of the given folders goes through detection and
 * extraction without an exception, detection's markup-only shortcut gives the verdict that the
 * full measurement (markup and text walk) gives, and the article keeps its contract (paragraphs and links
 * index `text`, paths resolve, links are absolute http(s)). One file per folder group, so
 * vitest runs them side by side.
 */
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { detectArticle, scoreFeatures } from '../../src/core/detect/detect-article';
import { measurePage } from '../../src/core/detect/features';
import { elementAtPath } from '../../src/core/extract/dom';
import { extractArticle } from '../../src/core/extract/extract-article';
import { type CorpusFolder, hasCorpus, listCorpus, readPage } from '../../scripts/corpus';

export function sweep(folders: CorpusFolder[]): void {
  test.skipIf(!hasCorpus())(`every page of ${folders.join(', ')} is detected and extracted without an exception`, () => {
    const problems: string[] = [];
    const pages = listCorpus(folders);
    for (const page of pages) {
      const doc = parseHTML(readPage(page)).document as unknown as Document;
      try {
        const d = detectArticle(doc, page.url);
        if (!['article', 'not-article', 'unsure'].includes(d.verdict)) problems.push(`${page.id}: verdict ${d.verdict}`);
        const walked = scoreFeatures(measurePage(doc, page.url), page.url);
        if (walked.verdict !== d.verdict) problems.push(`${page.id}: ${d.verdict} (${d.signals.join(' ')}), ${walked.verdict} once the text is walked`);
        const a = extractArticle(doc, page.url);
        const text = a.text;
        let last = -1;
        for (const p of a.paragraphs) {
          if (p.start < last || p.end < p.start || p.end > text.length) problems.push(`${page.id}: paragraph ${p.start}-${p.end}`);
          last = p.end;
          if (p.path && !elementAtPath(doc, p.path)) problems.push(`${page.id}: path ${p.path.join('.')} does not resolve`);
        }
        for (const l of a.links) {
          if (text.slice(l.start, l.end) !== l.text || !/^https?:\/\//.test(l.href)) problems.push(`${page.id}: link ${l.href}`);
        }
        if (a.title && !text.startsWith(a.title)) problems.push(`${page.id}: text does not start with the title`);
      } catch (e) {
        problems.push(`${page.id}: threw ${(e as Error).stack ?? e}`);
      }
    }
    expect(problems).toEqual([]);
    expect(pages.length).toBeGreaterThan(50);
  });
}
