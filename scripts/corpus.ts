/**
 * Lists the pages of the shared real-page corpus (`../shared/corpus`) with their truth,
 * for the evaluation scripts and the corpus tests. Node only (reads files); never imported
 * by `src/`.
 *
 * Folders (see `../shared/corpus/README.md`):
 * - `zyte/`: article pages with a body truth (`gt/<id>.json` `articleBody`);
 * - `extra/`: English news pages, with title/author truth in `index.tsv` (`gt_title`,
 *   `gt_author`, taken from the source repos' sidecars) and a few body/site-name sidecars;
 * - `readability/`: Readability's test pages with `expected-metadata.json`; `kind` in
 *   `index.tsv` says news-article, other-article, non-article or test-fixture;
 * - `nonarticle/`: pages that are not articles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the corpus is: `../shared/corpus` from the project root, or `$CORPUS_DIR`. */
export const CORPUS_DIR = resolve(
  process.env.CORPUS_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'corpus'),
);

export type CorpusFolder = 'zyte' | 'extra' | 'readability' | 'nonarticle';

/** What the detection eval counts a page as: positive, negative, or left out (`test-fixture`). */
export type DetectionClass = 'positive' | 'negative' | 'excluded';

/** Truth known for a page; a missing field means the corpus has no truth for it. */
export interface CorpusTruth {
  /** Article body text (zyte `articleBody`, newspaper4k `expected.txt`). */
  body?: string;
  title?: string;
  /** As written in the truth file (may hold several names, "and", an e-mail...). */
  byline?: string;
  /** Site or publisher name (Readability `siteName`, newspaper4k `meta_site_name`). */
  publisher?: string;
}

/** One saved page of the corpus. */
export interface CorpusPage {
  /** `folder/name`, unique and stable: a short label for reports and test names. */
  id: string;
  folder: CorpusFolder;
  /** Absolute path of the HTML file. */
  file: string;
  /** The page's original URL (a stand-in `http://fakehost/...` for Readability pages without one). */
  url: string;
  /** Readability's `kind` (news-article, other-article, non-article, test-fixture), else null. */
  kind: string | null;
  detection: DetectionClass;
  truth: CorpusTruth;
}

function readTsv(path: string): Record<string, string>[] {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const header = (lines.shift() ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    const row: Record<string, string> = {};
    header.forEach((h, i) => (row[h] = cells[i] ?? ''));
    return row;
  });
}

function readJson(path: string): Record<string, unknown> | null {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** Decodes the `\xa0`-style escapes that `index.tsv` cells carry for non-ASCII spaces. */
const unescapeCell = (s: string): string => s.replace(/\\x([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

function zytePages(): CorpusPage[] {
  const dir = join(CORPUS_DIR, 'zyte');
  return readTsv(join(dir, 'index.tsv')).map((row) => {
    const id = row.id!;
    const gt = readJson(join(dir, 'gt', `${id}.json`)) ?? {};
    return {
      id: `zyte/${id.slice(0, 12)}`,
      folder: 'zyte' as const,
      file: join(dir, 'html', `${id}.html`),
      url: str(gt.url) ?? row.url ?? `http://${row.domain}/`,
      kind: null,
      detection: 'positive' as const,
      truth: { body: typeof gt.articleBody === 'string' ? gt.articleBody : undefined },
    };
  });
}

function extraPages(): CorpusPage[] {
  const dir = join(CORPUS_DIR, 'extra');
  return readTsv(join(dir, 'index.tsv')).map((row) => {
    const rel = row.path!.replace(/^extra\//, '');
    const file = join(dir, rel);
    const truth: CorpusTruth = {};
    if (row.gt_title) truth.title = unescapeCell(row.gt_title);
    if (row.gt_author) truth.byline = unescapeCell(row.gt_author);
    const base = file.replace(/\.html$/, '');
    if (existsSync(`${base}.expected.txt`)) truth.body = readFileSync(`${base}.expected.txt`, 'utf8');
    const meta = readJson(`${base}.metadata.json`);
    if (meta && str(meta.meta_site_name)) truth.publisher = str(meta.meta_site_name);
    return {
      id: `extra/${rel.replace(/\.html$/, '')}`,
      folder: 'extra' as const,
      file,
      url: row.url || `http://${row.outlet_domain}/`,
      kind: null,
      detection: 'positive' as const,
      truth,
    };
  });
}

function readabilityPages(): CorpusPage[] {
  const dir = join(CORPUS_DIR, 'readability');
  return readTsv(join(dir, 'index.tsv')).map((row) => {
    const name = row.name!;
    const meta = readJson(join(dir, name, 'expected-metadata.json')) ?? {};
    const kind = row.kind ?? null;
    const truth: CorpusTruth = {};
    if (str(meta.title)) truth.title = str(meta.title);
    if (str(meta.byline)) truth.byline = str(meta.byline);
    if (str(meta.siteName)) truth.publisher = str(meta.siteName);
    return {
      id: `readability/${name}`,
      folder: 'readability' as const,
      file: join(dir, name, 'source.html'),
      url: row.source_url || `http://fakehost/test/${name}.html`,
      kind,
      detection:
        kind === 'test-fixture' ? ('excluded' as const) : kind === 'non-article' ? ('negative' as const) : ('positive' as const),
      truth,
    };
  });
}

function nonarticlePages(): CorpusPage[] {
  const dir = join(CORPUS_DIR, 'nonarticle');
  return readTsv(join(dir, 'index.tsv')).map((row) => ({
    id: `nonarticle/${row.file!.replace(/\.html$/, '')}`,
    folder: 'nonarticle' as const,
    file: join(dir, row.file!),
    url: row.url || 'http://example.invalid/',
    kind: row.page_type || null,
    detection: 'negative' as const,
    truth: {},
  }));
}

/**
 * Every page of the corpus (all four folders), in a stable order. Throws when the corpus
 * is missing; use {@link hasCorpus} first where its absence should skip rather than fail.
 */
export function listCorpus(folders: CorpusFolder[] = ['zyte', 'extra', 'readability', 'nonarticle']): CorpusPage[] {
  const out: CorpusPage[] = [];
  for (const f of folders) {
    if (f === 'zyte') out.push(...zytePages());
    else if (f === 'extra') out.push(...extraPages());
    else if (f === 'readability') out.push(...readabilityPages());
    else out.push(...nonarticlePages());
  }
  return out;
}

/** Whether the shared corpus is present. */
export function hasCorpus(): boolean {
  return existsSync(join(CORPUS_DIR, 'zyte', 'index.tsv'));
}

/** The page's HTML. */
export function readPage(page: CorpusPage): string {
  return readFileSync(page.file, 'utf8');
}
