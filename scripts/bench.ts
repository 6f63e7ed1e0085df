/**
 * `npm run bench`: figures anyone can reproduce on their machine. Prints (stdout):
 * 1. per-page time of each core stage (detection, extraction, attribution, summary) on the
 *    news pages of `../shared/corpus` (zyte, extra, readability news-article), as median,
 *    95th percentile and maximum, next to @mozilla/readability on a clone of the same page
 *    in the same run, as ratios;
 * 2. the cost on 1,000 / 10,000 / 100,000-word articles built from real article text, in
 *    ms and ms per 1,000 words, to show how it grows;
 * 3. the size of each bundle (content script, background, popup), minified and gzipped,
 *    with what each is made of;
 * 4. the memory the analysis keeps once it is done;
 * 5. in real headless Chromium (when /usr/bin/chromium exists): `scripts/bench-detect-browser.ts`,
 *    detection's first run step by step in an isolated world, as the content script meets it;
 *    then `scripts/bench-browser.ts` with the built extension: the long tasks of the largest
 *    news pages and a 10,000-word article with and without the extension, the work before
 *    detection (its longest piece and total), and load to badges (a few minutes; `--only`
 *    without `browser` skips it).
 *
 * Options: `--reps N` (runs per page, median kept; default 3), `--limit N` (first N news
 * pages), `--only pages,scale,bundles,memory,browser`. Progress goes to stderr.
 * Benchmarks print figures; nothing here asserts a time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { build, transform } from 'esbuild';
import type { Metafile, Plugin } from 'esbuild';
import { parseHTML } from 'linkedom';
import { articleFromText, detectArticle, extractArticle, findClaims, summarizeClaims } from '../src/core/index';
import type { Article, Claim, PageAnalysis } from '../src/core/index';
import { analyzePage } from '../src/core/index';
import { fmtBytes, fmtMs, fmtRatio, median, seededRandom, shuffled, spread, table } from './bench-stats';
import { CORPUS_DIR, hasCorpus, listCorpus, readPage } from './corpus';
import type { CorpusPage } from './corpus';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Article sizes of the growth table, in words. */
const SCALE_WORDS = [1_000, 10_000, 100_000];
/** Runs per size (median kept): fewer on the big ones, whose own run time already averages out noise. */
const SCALE_REPS = [9, 5, 3];
/** Pages analysed and kept for the memory figure: enough to average out per-page noise. */
const MEMORY_PAGES = 40;
/** Same-page repeats for the leak check: growth over this many runs would show a leak. */
const MEMORY_REPEATS = 200;

type Section = 'pages' | 'scale' | 'bundles' | 'memory' | 'browser';

interface BenchOptions {
  reps: number;
  limit: number;
  only: Set<Section>;
}

function parseOptions(argv: string[]): BenchOptions {
  const opts: BenchOptions = { reps: 3, limit: Infinity, only: new Set(['pages', 'scale', 'bundles', 'memory', 'browser']) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a.startsWith('--reps')) opts.reps = Math.max(1, Number(value()));
    else if (a.startsWith('--limit')) opts.limit = Math.max(1, Number(value()));
    else if (a.startsWith('--only')) opts.only = new Set(value().split(',') as Section[]);
    else throw new Error(`unknown option ${a} (use --reps N, --limit N, --only pages,scale,bundles,memory,browser)`);
  }
  return opts;
}

const progress = (msg: string): void => {
  process.stderr.write(`${msg}\n`);
};

/** Times `fn` once, in milliseconds, and returns its value. */
function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Readability on a clone (it mutates the document it parses), as an extension would run it. */
function runReadability(doc: Document): void {
  new Readability(doc.cloneNode(true) as Document).parse();
}

// ---------------------------------------------------------------------------------------
// 1. Per-page stage times on the corpus news pages
// ---------------------------------------------------------------------------------------

const STAGES = ['detection', 'extraction', 'attribution', 'summary'] as const;
type Stage = (typeof STAGES)[number];

interface PageTimes {
  id: string;
  bytes: number;
  words: number;
  claims: number;
  parse: number;
  stages: Record<Stage, number>;
  readability: number;
}

/** The news pages: every zyte and extra page, and Readability's pages of kind news-article. */
function newsPages(): CorpusPage[] {
  return listCorpus(['zyte', 'extra', 'readability']).filter((p) => p.folder !== 'readability' || p.kind === 'news-article');
}

function timePage(page: CorpusPage, reps: number): PageTimes {
  const html = readPage(page);
  const [doc, parse] = timed(() => parseDocument(html));
  const samples: Record<Stage | 'readability', number[]> = {
    detection: [], extraction: [], attribution: [], summary: [], readability: [],
  };
  let article: Article | null = null;
  let claims: Claim[] = [];
  for (let r = 0; r < reps; r++) {
    const [, d] = timed(() => detectArticle(doc, page.url));
    const [a, e] = timed(() => extractArticle(doc, page.url));
    const [c, t] = timed(() => findClaims(a));
    const [, s] = timed(() => summarizeClaims(a, c));
    const [, rd] = timed(() => runReadability(doc));
    samples.detection.push(d);
    samples.extraction.push(e);
    samples.attribution.push(t);
    samples.summary.push(s);
    samples.readability.push(rd);
    article = a;
    claims = c;
  }
  return {
    id: page.id,
    bytes: Buffer.byteLength(html),
    words: article ? countWords(article.text) : 0,
    claims: claims.length,
    parse,
    stages: {
      detection: median(samples.detection),
      extraction: median(samples.extraction),
      attribution: median(samples.attribution),
      summary: median(samples.summary),
    },
    readability: median(samples.readability),
  };
}

const countWords = (text: string): number => (text.match(/\S+/g) ?? []).length;

function benchPages(opts: BenchOptions): void {
  const pages = newsPages().slice(0, opts.limit);
  progress(`pages: ${pages.length} news pages from ${CORPUS_DIR}, ${opts.reps} runs each`);
  // Warm the JIT on a few pages first, so the first pages measured are not the slowest for that reason alone.
  for (const p of pages.slice(0, 5)) safely(() => timePage(p, 1));
  const results: PageTimes[] = [];
  const failures: string[] = [];
  pages.forEach((p, i) => {
    if (i % 50 === 0) progress(`  ${i}/${pages.length}`);
    try {
      results.push(timePage(p, opts.reps));
    } catch (err) {
      failures.push(`${p.id}: ${(err as Error).message}`);
    }
  });

  const rd = results.map((r) => r.readability);
  const rdSpread = spread(rd);
  const rows: string[][] = [];
  const addRow = (name: string, values: number[]): void => {
    const s = spread(values);
    const perPageRatio = median(results.map((r, i) => values[i]! / Math.max(r.readability, 1e-3)));
    rows.push([
      name, fmtMs(s.median), fmtMs(s.p95), fmtMs(s.max),
      fmtRatio(s.median / rdSpread.median), fmtRatio(s.p95 / rdSpread.p95), fmtRatio(s.max / rdSpread.max), fmtRatio(perPageRatio),
    ]);
  };
  for (const stage of STAGES) addRow(stage, results.map((r) => r.stages[stage]));
  addRow('all four stages', results.map((r) => STAGES.reduce((n, s) => n + r.stages[s], 0)));
  rows.push(['Readability (clone + parse)', fmtMs(rdSpread.median), fmtMs(rdSpread.p95), fmtMs(rdSpread.max), '1.00x', '1.00x', '1.00x', '1.00x']);
  const parse = spread(results.map((r) => r.parse));
  rows.push(['(linkedom parse, for scale)', fmtMs(parse.median), fmtMs(parse.p95), fmtMs(parse.max), '', '', '', '']);

  const words = spread(results.map((r) => r.words));
  const bytes = spread(results.map((r) => r.bytes));
  console.log(`\n## 1. Per-page time of each stage: ${results.length} news pages of the corpus (${opts.reps} runs per page, median kept)`);
  console.log(`Pages: HTML median ${fmtBytes(bytes.median)}, max ${fmtBytes(bytes.max)}; extracted text median ${words.median} words, max ${words.max}; ${results.reduce((n, r) => n + r.claims, 0)} claims found in all.`);
  console.log('Ratios compare each figure with Readability\'s same figure; "per page" is the median over pages of stage time / Readability time on that page.\n');
  console.log(table(['stage', 'median ms', 'p95 ms', 'max ms', 'vs Rd median', 'vs Rd p95', 'vs Rd max', 'per page'], rows));

  const slowest = [...results]
    .sort((a, b) => STAGES.reduce((n, s) => n + b.stages[s], 0) - STAGES.reduce((n, s) => n + a.stages[s], 0))
    .slice(0, 5);
  console.log('\nSlowest pages (all four stages):');
  console.log(
    table(
      ['page', 'HTML', 'words', 'detect', 'extract', 'attribute', 'summary', 'Readability'],
      slowest.map((r) => [
        r.id, fmtBytes(r.bytes), String(r.words),
        ...STAGES.map((s) => fmtMs(r.stages[s])), fmtMs(r.readability),
      ]),
    ),
  );
  if (failures.length) {
    console.log(`\n${failures.length} page(s) threw (a bug to fix):`);
    for (const f of failures.slice(0, 10)) console.log(`  ${f}`);
  }
}

function safely(fn: () => unknown): void {
  try {
    fn();
  } catch {
    // Warm-up only: failures are counted in the measured pass.
  }
}

// ---------------------------------------------------------------------------------------
// 2. Growth with article length
// ---------------------------------------------------------------------------------------

/** Real article paragraphs: the zyte truth bodies (prose written by newsrooms). */
function realParagraphs(): string[] {
  const paras: string[] = [];
  for (const page of listCorpus(['zyte'])) {
    for (const p of (page.truth.body ?? '').split(/\n+/)) {
      const t = p.trim();
      if (countWords(t) >= 8) paras.push(t);
    }
  }
  return paras;
}

/**
 * An article of about `words` words: real paragraphs in a seeded random order, repeated
 * (each pass in a new order) when the pool runs out.
 */
function buildText(pool: string[], words: number, seed: number): string {
  const random = seededRandom(seed);
  const out: string[] = [];
  let n = 0;
  while (n < words) {
    for (const p of shuffled(pool, random)) {
      out.push(p);
      n += countWords(p);
      if (n >= words) break;
    }
  }
  return out.join('\n\n');
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A plain news page around `text`: header, one `<article>` with a paragraph per block, footer. */
function buildPage(text: string): string {
  const paras = text.split('\n\n').map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench story</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Bench Times">
<meta property="article:published_time" content="2024-01-02T10:00:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>Bench story</h1><p class="byline">By A. Writer</p>
${paras}
</article></main><footer>© Bench Times</footer></body></html>`;
}

function benchScale(): void {
  const pool = realParagraphs();
  progress(`scale: ${pool.length} real paragraphs in the pool`);
  const rows: string[][] = [];
  SCALE_WORDS.forEach((target, k) => {
    const reps = SCALE_REPS[k] ?? 3;
    const text = buildText(pool, target, 42 + k);
    const words = countWords(text);
    const html = buildPage(text);
    progress(`  ${words} words, ${reps} runs`);
    const samples: Record<string, number[]> = { parse: [], detect: [], extract: [], attribute: [], summary: [], textIn: [], readability: [] };
    let claims = 0;
    for (let r = 0; r < reps; r++) {
      const [doc, p] = timed(() => parseDocument(html));
      const [, d] = timed(() => detectArticle(doc, 'https://bench.example/story'));
      const [a, e] = timed(() => extractArticle(doc, 'https://bench.example/story'));
      const [c, t] = timed(() => findClaims(a));
      const [, s] = timed(() => summarizeClaims(a, c));
      const [, ti] = timed(() => articleFromText(text));
      const [, rd] = timed(() => runReadability(doc));
      samples.parse!.push(p);
      samples.detect!.push(d);
      samples.extract!.push(e);
      samples.attribute!.push(t);
      samples.summary!.push(s);
      samples.textIn!.push(ti);
      samples.readability!.push(rd);
      claims = c.length;
    }
    const m = (k: string): number => median(samples[k]!);
    const per1k = (v: number): string => fmtMs((v / words) * 1000);
    rows.push([
      words.toLocaleString('en'), String(claims),
      fmtMs(m('detect')), fmtMs(m('extract')), per1k(m('extract')),
      fmtMs(m('attribute')), per1k(m('attribute')),
      fmtMs(m('summary')), fmtMs(m('readability')), per1k(m('readability')), fmtMs(m('parse')),
    ]);
  });
  console.log('\n## 2. Growth with article length (real paragraphs of the zyte corpus, shuffled and repeated; median of runs)');
  console.log('Linear growth shows as a steady "per 1k words" column.\n');
  console.log(
    table(
      ['words', 'claims', 'detect ms', 'extract ms', 'per 1k words', 'attribute ms', 'per 1k words', 'summary ms', 'Readability ms', 'per 1k words', '(parse ms)'],
      rows,
    ),
  );
}

// ---------------------------------------------------------------------------------------
// 3. Bundle sizes
// ---------------------------------------------------------------------------------------

/** The bundles the issue asks about, plus the options page. */
const BUNDLES = ['content', 'background', 'popup', 'options'] as const;
/** Bundles that must be there for the "as built" table (options is optional). */
const REQUIRED_BUNDLES = ['content', 'background', 'popup'] as const;

/**
 * Mirrors build.mjs: CommonJS packages declared free of side effects, so a bundle that
 * imports the core but never calls them drops them (Readability in the background).
 */
const SIDE_EFFECT_FREE = new Set(['@mozilla/readability']);

const sideEffectFree: Plugin = {
  name: 'side-effect-free',
  setup(b) {
    b.onResolve({ filter: /^@mozilla\/readability$/ }, async (args) => {
      if (!SIDE_EFFECT_FREE.has(args.path) || (args.pluginData as { again?: boolean } | undefined)?.again) return undefined;
      const r = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: { again: true } });
      return r.errors.length ? undefined : { path: r.path, sideEffects: false };
    });
  },
};

/** The plugins build.mjs bundles with (the core side-effect free, linkedom's CSS parser stubbed); ours as a fallback. */
async function buildPlugins(): Promise<Plugin[]> {
  try {
    const mod = (await import('../build.mjs' as string)) as { bundlePlugins?: () => Plugin[] };
    if (mod.bundlePlugins) return mod.bundlePlugins();
  } catch {
    // An older build.mjs: the figures below then differ from the shipped ones.
  }
  return [sideEffectFree];
}

/** Entry point of each bundle, found by convention (the build's own list lives in build.mjs). */
function findEntry(name: (typeof BUNDLES)[number]): string | null {
  for (const base of ['index', 'main', name]) {
    for (const ext of ['ts', 'tsx']) {
      const file = join(ROOT, 'src', name, `${base}.${ext}`);
      if (existsSync(file)) return file;
    }
  }
  return null;
}

/** Where a bundle's bytes come from: `src/core/<stage>`, `src/<area>`, or an npm package. */
function origin(input: string): string {
  const nm = input.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = input.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const parts = input.split('/');
  // The core by stage (detect, extract, attribute, outlets, summarize): the heavy part of two bundles.
  if (parts[0] === 'src' && parts[1] === 'core' && parts.length > 3) return `src/core/${parts[2]}`;
  return parts[0] === 'src' && parts.length > 2 ? `src/${parts[1]}` : parts.slice(0, 2).join('/');
}

async function benchBundles(): Promise<void> {
  console.log('\n## 3. Bundle sizes (minified with esbuild, then gzip -9)');
  const rows: string[][] = [];
  const distDir = join(ROOT, 'dist', 'chrome');
  const haveDist = REQUIRED_BUNDLES.every((b) => existsSync(join(distDir, `${b}.js`)));
  if (haveDist) {
    // Firefox's background leaves linkedom out (its event page has DOMParser): both targets shown.
    for (const target of ['chrome', 'firefox']) {
      for (const b of BUNDLES.filter((x) => existsSync(join(ROOT, 'dist', target, `${x}.js`)))) {
        if (target === 'firefox' && b !== 'background') continue;
        const code = readFileSync(join(ROOT, 'dist', target, `${b}.js`), 'utf8');
        const min = (await transform(code, { minify: true, loader: 'js', legalComments: 'none' })).code;
        rows.push([`dist/${target}/${b}.js`, fmtBytes(Buffer.byteLength(code)), fmtBytes(Buffer.byteLength(min)), fmtBytes(gzipSync(min, { level: 9 }).length)]);
      }
    }
    console.log('\nAs built (dist/chrome, and the background of dist/firefox, the one file that differs; "minified" re-minifies the file, which changes nothing if the build already did):\n');
    console.log(table(['file', 'as built', 'minified', 'gzipped'], rows));
  } else {
    console.log('\n(dist/chrome has no built bundles: run `npm run build` for the shipped figures; sizes below are bundled here.)');
  }

  // Bundled here with a metafile, to show what each bundle is made of.
  const breakdown: string[][] = [];
  const ownRows: string[][] = [];
  for (const b of BUNDLES) {
    const entry = findEntry(b);
    if (!entry) {
      ownRows.push([b, 'no entry found', '', '']);
      continue;
    }
    const res = await build({
      entryPoints: [entry], bundle: true, minify: true, write: false, metafile: true, outdir: join(ROOT, 'dist', 'bench'),
      format: 'iife', target: ['chrome120', 'firefox128'], platform: 'browser', logLevel: 'silent', charset: 'utf8',
      jsx: 'automatic', jsxImportSource: 'preact', legalComments: 'none', plugins: await buildPlugins(),
    });
    const out = res.outputFiles.find((f) => f.path.endsWith('.js'))!;
    ownRows.push([`${b} (${relative(ROOT, entry)})`, fmtBytes(out.contents.length), fmtBytes(gzipSync(out.contents, { level: 9 }).length)]);
    const meta: Metafile = res.metafile;
    const byOrigin = new Map<string, number>();
    for (const o of Object.values(meta.outputs)) {
      for (const [input, info] of Object.entries(o.inputs)) {
        byOrigin.set(origin(input), (byOrigin.get(origin(input)) ?? 0) + info.bytesInOutput);
      }
    }
    const total = [...byOrigin.values()].reduce((n, v) => n + v, 0);
    for (const [o, bytes] of [...byOrigin.entries()].filter(([, v]) => v > 0).sort((x, y) => y[1] - x[1])) {
      breakdown.push([b, o, fmtBytes(bytes), `${((bytes / total) * 100).toFixed(0)}%`]);
    }
  }
  console.log('\nBundled from the entry points by this script, minified (same settings as build.mjs otherwise):\n');
  console.log(table(['bundle', 'minified', 'gzipped'], ownRows));
  if (breakdown.length) {
    console.log('\nWhat each bundle is made of (minified bytes by origin):\n');
    console.log(table(['bundle', 'from', 'minified', 'share'], breakdown));
  }
}

// ---------------------------------------------------------------------------------------
// 4. Memory kept after analysis
// ---------------------------------------------------------------------------------------

/** `global.gc`, enabled at run time when node was not started with --expose-gc. */
function getGc(): (() => void) | null {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

function heapAfterGc(gc: (() => void) | null): number {
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed;
}

function benchMemory(): void {
  const gc = getGc();
  const pages = newsPages().slice(0, MEMORY_PAGES);
  progress(`memory: ${pages.length} pages${gc ? '' : ' (no gc available: figures are rough)'}`);
  const docs = pages.map((p) => ({ doc: parseDocument(readPage(p)), url: p.url }));
  // One warm-up pass, so lazily built tables (lexicons, regexes) count as start-up, not as kept memory.
  for (const { doc, url } of docs.slice(0, 3)) safely(() => analyzePage(doc, url, { force: true }));

  const base = heapAfterGc(gc);
  let kept: PageAnalysis[] = [];
  for (const { doc, url } of docs) {
    const r = analyzePage(doc, url, { force: true });
    if (r.ok) kept.push(r.analysis);
  }
  const withResults = heapAfterGc(gc);
  const jsonBytes = kept.reduce((n, a) => n + JSON.stringify(a).length, 0);
  const keptCount = kept.length;
  kept = [];
  const afterDrop = heapAfterGc(gc);

  const one = docs[0]!;
  // Warm-up runs first: V8 keeps feedback and optimised code for the first runs, which is not a leak.
  for (let i = 0; i < MEMORY_REPEATS / 4; i++) analyzePage(one.doc, one.url, { force: true });
  // Three rounds: a leak grows every round; heap noise (the DOM library's caches settling) does not.
  const rounds: number[] = [];
  for (let round = 0; round < 3; round++) {
    const before = heapAfterGc(gc);
    for (let i = 0; i < MEMORY_REPEATS; i++) analyzePage(one.doc, one.url, { force: true });
    rounds.push(heapAfterGc(gc) - before);
  }

  console.log(`\n## 4. Memory kept after analysis (heapUsed after ${gc ? 'forced GC' : 'no GC: rough'}; the pages' own DOMs are parsed beforehand and excluded)`);
  console.log('Differences of a few hundred KiB either way are heap noise (the parsed pages hold tens of MiB); a leak shows as growth in every round.\n');
  console.log(
    table(
      ['measure', 'value'],
      [
        [`results of ${keptCount} pages, while kept`, `${fmtBytes(withResults - base)} (${fmtBytes((withResults - base) / Math.max(1, keptCount))} per page)`],
        ['their JSON size, for comparison', `${fmtBytes(jsonBytes)} (${fmtBytes(jsonBytes / Math.max(1, keptCount))} per page)`],
        ['left after dropping the results (incl. caches the DOM library keeps)', fmtBytes(afterDrop - base)],
        [`heap change over 3 rounds of ${MEMORY_REPEATS} runs on one page`, rounds.map(fmtBytes).join(', ')],
      ],
    ),
  );
}

// ---------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  console.log(`# News Context benchmark: node ${process.version}, ${new Date().toISOString()}`);
  const needsCorpus = opts.only.has('pages') || opts.only.has('scale') || opts.only.has('memory');
  if (needsCorpus && !hasCorpus()) {
    console.log(`\nThe corpus is missing (${CORPUS_DIR}): page, growth and memory figures need it. Put it at ../shared/corpus or set CORPUS_DIR.`);
    opts.only = new Set([...opts.only].filter((s) => s === 'bundles'));
  }
  if (opts.only.has('pages')) benchPages(opts);
  if (opts.only.has('scale')) benchScale();
  if (opts.only.has('bundles')) await benchBundles();
  if (opts.only.has('memory')) benchMemory();
  if (opts.only.has('browser')) benchBrowser();
}

// ---------------------------------------------------------------------------------------
// 5. The page's main thread in a real browser
// ---------------------------------------------------------------------------------------

/** The Chromium the end-to-end tests drive (TOOLCHAIN.md). */
const CHROMIUM = '/usr/bin/chromium';

/** Runs scripts/bench-browser.ts (which builds dist/ when stale) and passes its figures on. */
function benchBrowser(): void {
  console.log('\n## 5. The page\'s main thread in headless Chromium, with the built extension');
  if (!existsSync(CHROMIUM)) {
    console.log(`\n(${CHROMIUM} is missing: install Chromium (TOOLCHAIN.md) for these figures, or run \`npx tsx scripts/bench-browser.ts\` where it is.)`);
    return;
  }
  console.log('');
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  // Detection as the content script meets it (first run, isolated world), step by step; then the whole extension.
  for (const script of ['bench-detect-browser.ts', 'bench-browser.ts']) {
    const r = spawnSync(tsx, [join(ROOT, 'scripts', script)], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], timeout: 30 * 60_000 });
    if (r.status !== 0) console.log(`\n(${script} exited with ${r.status ?? r.signal}: see its errors above)`);
    console.log('');
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
