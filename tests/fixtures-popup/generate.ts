/**
 * Regenerates the popup's fixture views by running the real pipeline, never by hand:
 *   npx tsx tests/fixtures-popup/generate.ts
 * then review the diff. Timings are zeroed so that a regenerated file differs only where
 * the analysis itself changed.
 *
 * - seed-text.json:  `analyzeText` on ../shared/seeds/000_6dbcb90c4370552a.txt (the brief's input)
 * - seed-page.json:  `analyzePage` on seeds/seed.html (the same article with its page furniture)
 * - no-claims.json:  `analyzePage` on no-claims.html, a short news page nobody is quoted in
 * - not-article.json: the detection of a real non-article page of the corpus
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyzePage, analyzeText, detectArticle, type PageAnalysis } from '../../src/core/index';
import type { PopupView } from '../../src/messages';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const SEED_TXT = path.resolve(repoRoot, '../shared/seeds/000_6dbcb90c4370552a.txt');
const SEED_HTML = path.resolve(repoRoot, 'seeds/seed.html');
const SEED_URL = 'https://www.mamosnigeria.com/2023/07/us-biden-didnt-approve-secret-us-russia.html';
const NON_ARTICLE = path.resolve(repoRoot, '../shared/corpus/nonarticle/htmldate-cache__blog.wordpress.com.html');

function stable(analysis: PageAnalysis): PageAnalysis {
  return { ...analysis, timings: { detectMs: 0, extractMs: 0, attributeMs: 0, totalMs: 0 } };
}

function write(name: string, view: PopupView): void {
  writeFileSync(path.join(here, name), JSON.stringify(view, null, 2) + '\n');
  const claims = view.status === 'ready' ? `${view.analysis.claims.length} claims` : view.status;
  console.log(`${name}: ${claims}`);
}

function documentOf(file: string): Document {
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

write('seed-text.json', { status: 'ready', analysis: stable(analyzeText(readFileSync(SEED_TXT, 'utf8'), SEED_URL)), badgesVisible: true });

const page = analyzePage(documentOf(SEED_HTML), SEED_URL, { force: true });
if (page.ok) write('seed-page.json', { status: 'ready', analysis: stable(page.analysis), badgesVisible: true });
else console.error('seed-page.json: the seed page did not analyse');

const noClaims = analyzePage(documentOf(path.join(here, 'no-claims.html')), 'https://news.example.org/2024/05/city-bike-lanes', { force: true });
if (noClaims.ok) write('no-claims.json', { status: 'ready', analysis: stable(noClaims.analysis), badgesVisible: true });
else console.error('no-claims.json: the page did not analyse');

const nonArticleUrl = 'https://blog.wordpress.com/';
write('not-article.json', { status: 'not-article', detection: detectArticle(documentOf(NON_ARTICLE), nonArticleUrl) });
