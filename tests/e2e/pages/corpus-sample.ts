/**
 * A fixed, mixed sample of the shared corpus for browser sweeps and benchmarks: news and
 * other articles, non-articles from every folder, and the largest pages. Read from
 * `../shared/corpus` at test time; nothing is copied into the project.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../harness';

/** One sampled page. */
export interface CorpusEntry {
  /** Short name for reports, e.g. `zyte/1a2b3c4d`. */
  name: string;
  file: string;
  /** The address it was saved from, when known (its path is kept when serving it). */
  url: string | null;
  /** What the corpus says it is. */
  kind: 'article' | 'non-article';
}

/** Rows of an `index.tsv`, keyed by column name. */
function readIndex(folder: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(join(corpusDir, folder, 'index.tsv'), 'utf8').trimEnd().split('\n');
  const cols = head!.split('\t');
  return rows.map((r) => {
    const cells = r.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}

/** Every `step`-th item of `items`, starting at `offset`, at most `max`. */
function every<T>(items: T[], step: number, max: number, offset = 0): T[] {
  const out: T[] = [];
  for (let i = offset; i < items.length && out.length < max; i += step) out.push(items[i]!);
  return out;
}

/** The sample: `perFolder` pages from each of readability, zyte and extra, non-articles, and the largest pages. */
export function corpusSample(perFolder = 16, nonArticles = 14, largest = 3): CorpusEntry[] {
  const out: CorpusEntry[] = [];
  const readability = readIndex('readability')
    .filter((r) => r.kind !== 'test-fixture')
    .sort((a, b) => a.name!.localeCompare(b.name!));
  for (const r of every(readability, Math.max(1, Math.floor(readability.length / perFolder)), perFolder)) {
    out.push({ name: `readability/${r.name}`, file: join(corpusDir, 'readability', r.name!, 'source.html'), url: r.source_url || null, kind: r.kind === 'non-article' ? 'non-article' : 'article' });
  }
  const zyte = readIndex('zyte').sort((a, b) => a.id!.localeCompare(b.id!));
  for (const r of every(zyte, Math.floor(zyte.length / perFolder), perFolder)) {
    out.push({ name: `zyte/${r.id!.slice(0, 8)}`, file: join(corpusDir, 'zyte/html', `${r.id}.html`), url: r.url || null, kind: 'article' });
  }
  const extra = readIndex('extra').sort((a, b) => a.path!.localeCompare(b.path!));
  for (const r of every(extra, Math.floor(extra.length / perFolder), perFolder, 3)) {
    out.push({ name: r.path!.replace(/\.html?$/, ''), file: join(corpusDir, r.path!), url: r.url || null, kind: 'article' });
  }
  const non = readIndex('nonarticle').sort((a, b) => a.file!.localeCompare(b.file!));
  for (const r of every(non, Math.floor(non.length / nonArticles), nonArticles, 1)) {
    out.push({ name: `nonarticle/${r.file!.replace(/\.html?$/, '')}`, file: join(corpusDir, 'nonarticle', r.file!), url: r.url || null, kind: 'non-article' });
  }
  // The largest pages of the corpus, whatever they are.
  const taken = new Set(out.map((e) => e.file));
  for (const e of largestPages(largest + out.length).filter((e) => !taken.has(e.file)).slice(0, largest)) out.push(e);
  return out;
}

/** The `n` largest pages of the corpus (all folders), largest first. */
export function largestPages(n: number, kind?: CorpusEntry['kind']): CorpusEntry[] {
  const all: { file: string; size: number; name: string; kind: CorpusEntry['kind'] }[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      const st = statSync(p);
      if (st.isDirectory()) walk(p, `${rel}${f}/`);
      else if (/\.html?$/.test(f) && !/expected/.test(f)) {
        all.push({ file: p, size: st.size, name: `${rel}${f}`.replace(/\/source\.html$|\.html?$/, ''), kind: rel.startsWith('nonarticle') ? 'non-article' : 'article' });
      }
    }
  };
  walk(corpusDir, '');
  return all
    .filter((e) => !kind || e.kind === kind)
    .sort((a, b) => b.size - a.size)
    .slice(0, n)
    .map((e) => ({ name: e.name, file: e.file, url: null, kind: e.kind }));
}

/**
 * The `n` largest news articles of the corpus: zyte and extra pages, and readability pages
 * its index calls `news-article`; largest first.
 */
export function largestNewsPages(n: number): CorpusEntry[] {
  const news = new Set(readIndex('readability').filter((r) => r.kind === 'news-article').map((r) => join(corpusDir, 'readability', r.name!, 'source.html')));
  const urls = new Map<string, string>();
  for (const r of readIndex('zyte')) urls.set(join(corpusDir, 'zyte/html', `${r.id}.html`), r.url ?? '');
  for (const r of readIndex('extra')) urls.set(join(corpusDir, r.path!), r.url ?? '');
  for (const r of readIndex('readability')) urls.set(join(corpusDir, 'readability', r.name!, 'source.html'), r.source_url ?? '');
  return largestPages(10_000, 'article')
    .filter((e) => !e.file.includes('/readability/') || news.has(e.file))
    .slice(0, n)
    .map((e) => ({ ...e, url: urls.get(e.file) || null }));
}

/** The path to serve `entry` at: its original path (URL signals matter to detection), made unique by `index`. */
export function servedPath(entry: CorpusEntry, index: number): string {
  let path = '/page.html';
  if (entry.url) {
    try {
      path = new URL(entry.url).pathname || '/';
    } catch {
      // keep the default
    }
  }
  return `/c${index}${path.startsWith('/') ? path : `/${path}`}`;
}
