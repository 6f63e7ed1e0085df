/**
 * The CLI's contract: `npm run analyze` run as a child process on the seed page, a text
 * file and a missing file; the JSON key names other tools read; every span indexing
 * `article.text`; offsets of a .txt indexing the file itself. Plus the argument parser and
 * the report's wrapping, in process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { visibleLength, wrapText } from '../../src/cli/report';
import { inputKind, runCli } from '../../src/cli/run-cli';
import type { CliIo } from '../../src/cli/run-cli';

const ROOT = resolve(__dirname, '..', '..');
const SEED_HTML = 'seeds/seed.html';
const SEED_TXT = 'seeds/seed.txt';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI the way `npm run analyze` does (tsx), with stdout a pipe (not a TTY). */
function runAnalyze(args: string[], env: Record<string, string> = {}, input = ''): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const strOrNull = (v: unknown): boolean => v === null || typeof v === 'string';

/** Asserts a span's shape and that it indexes `text`; recurses into fragments. */
function expectSpan(span: unknown, text: string, where: string): void {
  expect(isObj(span), where).toBe(true);
  const s = span as { start: unknown; end: unknown; text: unknown; fragments?: unknown };
  expect(Number.isInteger(s.start), `${where}.start`).toBe(true);
  expect(Number.isInteger(s.end), `${where}.end`).toBe(true);
  const start = s.start as number;
  const end = s.end as number;
  expect(start, `${where}.start`).toBeGreaterThanOrEqual(0);
  expect(end, `${where}.end`).toBeGreaterThanOrEqual(start);
  expect(end, `${where}.end`).toBeLessThanOrEqual(text.length);
  expect(s.text, `${where}.text`).toBe(text.slice(start, end));
  if (s.fragments !== undefined) {
    expect(Array.isArray(s.fragments), `${where}.fragments`).toBe(true);
    (s.fragments as unknown[]).forEach((f, i) => {
      expectSpan(f, text, `${where}.fragments[${i}]`);
      const fr = f as { start: number; end: number };
      expect(fr.start >= start && fr.end <= end, `${where}.fragments[${i}] inside its span`).toBe(true);
    });
  }
}

/** Asserts the JSON contract of issue 2 on one output line. */
function expectContract(obj: Json, file: string): void {
  expect(obj.file).toBe(file);
  expect(strOrNull(obj.url)).toBe(true);

  const det = obj.detection as Json;
  expect(['article', 'not-article', 'unsure']).toContain(det.verdict);
  expect(typeof det.score).toBe('number');
  expect(Array.isArray(det.signals) && det.signals.every((s) => typeof s === 'string')).toBe(true);

  const art = obj.article as Json;
  for (const k of ['title', 'publisher', 'published', 'language', 'canonicalUrl']) {
    expect(k in art, `article.${k}`).toBe(true);
    expect(strOrNull(art[k]), `article.${k}`).toBe(true);
  }
  expect(Array.isArray(art.byline) && (art.byline as unknown[]).every((b) => typeof b === 'string')).toBe(true);
  expect(typeof art.text).toBe('string');
  const text = art.text as string;

  expect(Array.isArray(obj.claims)).toBe(true);
  (obj.claims as Json[]).forEach((c, i) => {
    const at = `claims[${i}]`;
    if (c.source !== null) expectSpan(c.source, text, `${at}.source`);
    expectSpan(c.cue, text, `${at}.cue`);
    expectSpan(c.content, text, `${at}.content`);
    const sp = c.speaker as Json;
    expect(typeof sp.name, `${at}.speaker.name`).toBe('string');
    expect(['person', 'organization', 'outlet', 'anonymous', 'document', 'unknown']).toContain(sp.kind);
    expect(strOrNull(sp.role), `${at}.speaker.role`).toBe(true);
    expect(strOrNull(c.via), `${at}.via`).toBe(true);
    expect(typeof c.direct, `${at}.direct`).toBe('boolean');
  });

  expect(Array.isArray(obj.speakers)).toBe(true);
  for (const s of obj.speakers as Json[]) {
    expect(typeof s.name).toBe('string');
    expect(typeof s.kind).toBe('string');
    expect(strOrNull(s.role)).toBe(true);
    expect(Number.isInteger(s.claims)).toBe(true);
  }
  const claimCount = (obj.speakers as Json[]).reduce((n, s) => n + (s.claims as number), 0);
  expect(claimCount, 'every claim belongs to one speaker').toBe((obj.claims as unknown[]).length);

  expect(Array.isArray(obj.outlets)).toBe(true);
  for (const o of obj.outlets as Json[]) {
    expect(typeof o.name).toBe('string');
    expect(Number.isInteger(o.mentions)).toBe(true);
    expect(Number.isInteger(o.asRecipient)).toBe(true);
    expect(strOrNull(o.link)).toBe(true);
  }
  if (obj.originalReporter !== null) {
    const r = obj.originalReporter as Json;
    expect(typeof r.name).toBe('string');
    expect(typeof r.evidence).toBe('string');
  }
  expect(strOrNull(obj.wire)).toBe(true);
  const t = obj.timings as Json;
  for (const k of ['detectMs', 'extractMs', 'attributeMs', 'totalMs']) {
    expect(typeof t[k], `timings.${k}`).toBe('number');
    expect(t[k] as number).toBeGreaterThanOrEqual(0);
  }
}

const jsonLines = (stdout: string): Json[] => {
  const lines = stdout.split('\n');
  expect(lines.pop(), 'stdout ends with a newline').toBe('');
  return lines.map((l) => JSON.parse(l) as Json);
};

describe('analyze CLI as a child process', () => {
  let dir: string;
  // Text with CRLF line ends, astral characters and odd quotes: offsets must still index the file.
  const trickyText =
    'Minister says “no deal” 🇳🇬\r\n\r\n“We will not sign,” the minister said on Monday. 😀 According to Reuters, talks stalled.\r\n\r\n' +
    'A spokesperson told the BBC that the offer “remains open”.\n\n\n';

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'nc-cli-'));
    writeFileSync(join(dir, 'tricky.txt'), trickyText);
    writeFileSync(join(dir, 'binary.html'), Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0xff, 0x00, 0x10]));
    writeFileSync(join(dir, 'page.dat'), '<!doctype html><title>T</title><p>He said “hello”.</p>');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('seed page, seed text and a missing file: one JSON line per readable file, error on stderr, exit 1', () => {
    const missing = join(dir, 'does-not-exist.html');
    const r = runAnalyze([SEED_HTML, missing, SEED_TXT, '--json']);
    expect(r.status).toBe(1);
    const errLines = r.stderr.trim().split('\n');
    expect(errLines).toHaveLength(1);
    expect(errLines[0]).toContain(missing);

    const [page, text] = jsonLines(r.stdout);
    expect(page).toBeDefined();
    expect(text).toBeDefined();
    expectContract(page!, SEED_HTML);
    expectContract(text!, SEED_TXT);

    // The page's text comes from the article, not from the page furniture around it.
    const pageText = (page!.article as Json).text as string;
    expect(pageText).toContain('Six people briefed on the discussions told NBC News');
    expect(pageText).not.toContain('Popular Posts');
    // A .txt is analysed as is: article.text is the file.
    expect((text!.article as Json).text).toBe(readFileSync(join(ROOT, SEED_TXT), 'utf8'));
    expect((text!.claims as unknown[]).length, 'the seed text has attributions').toBeGreaterThan(0);
  });

  test('offsets of a .txt index the file exactly (CRLF, emoji, curly quotes)', () => {
    const file = join(dir, 'tricky.txt');
    const r = runAnalyze([file, '--url', 'https://example.com/story']);
    expect(r.status).toBe(0);
    const [obj] = jsonLines(r.stdout);
    expectContract(obj!, file);
    expect(obj!.url).toBe('https://example.com/story');
    const fileText = readFileSync(file, 'utf8');
    expect((obj!.article as Json).text).toBe(fileText);
    for (const c of obj!.claims as Json[]) {
      const content = c.content as { start: number; end: number; text: string };
      expect(fileText.slice(content.start, content.end)).toBe(content.text);
    }
  });

  test('no FILE analyses the seed page; JSON is the default when stdout is not a terminal', () => {
    const r = runAnalyze([]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(1);
    expectContract(lines[0]!, SEED_HTML);
  });

  test('--text prints a readable report without colours when not on a terminal', () => {
    const r = runAnalyze(['--text', SEED_HTML]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(SEED_HTML);
    expect(r.stdout).toContain('Biden didn’t approve secret US-Russia talks');
    expect(r.stdout).toMatch(/Who said what/);
    expect(r.stdout).toMatch(/Original reporter/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    for (const line of r.stdout.split('\n')) expect(visibleLength(line)).toBeLessThanOrEqual(100);
  });

  test('unreadable files are reported one line each and the rest still analysed', () => {
    const r = runAnalyze([join(dir, 'binary.html'), dir, join(dir, 'page.dat')]);
    expect(r.status).toBe(1);
    const errLines = r.stderr.trim().split('\n');
    expect(errLines).toHaveLength(2);
    expect(errLines[0]).toContain('binary.html');
    expect(errLines[1]).toContain(dir);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(1);
    expectContract(lines[0]!, join(dir, 'page.dat'));
    // Sniffed as a page: the markup is not part of the text.
    expect((lines[0]!.article as Json).text).not.toContain('<p>');
  });

  test('`-` reads standard input: a text, offsets indexing it', () => {
    const r = runAnalyze(['-'], {}, trickyText);
    expect(r.status).toBe(0);
    const [obj] = jsonLines(r.stdout);
    expectContract(obj!, '-');
    expect((obj!.article as Json).text).toBe(trickyText);
  });

  test('--help prints usage and exits 0; an unknown option exits 2 with nothing on stdout', () => {
    const help = runAnalyze(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: /);
    const bad = runAnalyze(['--frobnicate', SEED_HTML]);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('--frobnicate');
  });
});

describe('runCli in process', () => {
  const capture = (isTTY: boolean, env: Record<string, string> = {}) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY, columns: 60, env, cwd: ROOT };
    return { io, out, err };
  };

  test('on a terminal the report is the default, coloured, and wrapped to the width', () => {
    const { io, out } = capture(true);
    expect(runCli([SEED_TXT], io)).toBe(0);
    const text = out.join('');
    expect(text).toMatch(/\u001b\[/);
    for (const line of text.split('\n')) expect(visibleLength(line)).toBeLessThanOrEqual(60);
  });

  test('NO_COLOR turns colours off on a terminal; --json wins over the terminal default', () => {
    const plain = capture(true, { NO_COLOR: '1' });
    runCli([SEED_TXT], plain.io);
    expect(plain.out.join('')).not.toMatch(/\u001b\[/);
    const json = capture(true);
    runCli([SEED_TXT, '--json'], json.io);
    expect(() => JSON.parse(json.out.join(''))).not.toThrow();
  });
});

describe('parseArgs', () => {
  test.each([
    [['a.html', '--url', 'https://x.org/a', '--text'], { files: ['a.html'], url: 'https://x.org/a', format: 'text' }],
    [['--url=http://x.org/', 'a.txt', 'b.html', '--json'], { files: ['a.txt', 'b.html'], url: 'http://x.org/', format: 'json' }],
    [['--json', '--text'], { files: [], url: null, format: 'text' }],
    [['--', '--weird-name.txt'], { files: ['--weird-name.txt'], url: null, format: null }],
  ])('%j', (argv, expected) => {
    const r = parseArgs(argv);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.options).toMatchObject(expected);
  });

  test.each([[['--url']], [['--url', 'ftp://x.org/']], [['--url', 'not a url']], [['-x']]])('rejects %j', (argv) => {
    expect(parseArgs(argv).ok).toBe(false);
  });
});

describe('helpers', () => {
  test('inputKind goes by extension, then by content', () => {
    expect(inputKind('a.HTML', 'plain')).toBe('html');
    expect(inputKind('a.txt', '<p>markup</p>')).toBe('text');
    expect(inputKind('a.dat', '\uFEFF  <!doctype html>')).toBe('html');
    expect(inputKind('a', 'Just words.')).toBe('text');
  });

  test('wrapText keeps words whole and lines within the width', () => {
    const text = 'According to NBC News, the former US officials and two former White House aides met Lavrov in April in New York.';
    const wrapped = wrapText(text, 30, '  - ', '    ');
    const lines = wrapped.split('\n');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[0]!.startsWith('  - ')).toBe(true);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(30);
    expect(wrapped.replace(/\s+/g, ' ').replace(/^ - /, '').trim()).toBe(text);
    expect(wrapText('supercalifragilistic', 5)).toBe('supercalifragilistic');
  });
});
