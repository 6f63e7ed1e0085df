/**
 * The CLI's work, apart from the process it runs in: read each file, analyse it with the
 * core (a page through linkedom, a text as is), print JSON lines or a readable report.
 * Node only; the core stays pure.
 */
import { readFileSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyzePage, analyzeText } from '../core/index';
import type { PageAnalysis } from '../core/index';
import { parseArgs, USAGE } from './args';
import type { OutputFormat } from './args';
import { formatReport } from './report';

/** Where the CLI writes, and what it knows about the terminal. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal: picks the default format and allows colours. */
  isTTY: boolean;
  /** Terminal width, when known. */
  columns?: number;
  /** Environment, for `NO_COLOR`. */
  env?: Record<string, string | undefined>;
  /** Directory relative file names are read from (defaults to the process's). */
  cwd?: string;
}

/** Exit statuses of {@link runCli}. */
export const EXIT = { ok: 0, fileFailed: 1, usage: 2 } as const;

/** The seed page the CLI analyses when no file is given: `seeds/seed.html` in the repo. */
export const SEED_PAGE = fileURLToPath(new URL('../../seeds/seed.html', import.meta.url));

/** Width used when the terminal's is unknown (output piped to a file). */
const DEFAULT_COLUMNS = 80;

/** Bytes inspected for NUL characters to tell binary files from text. */
const BINARY_SNIFF_BYTES = 8192;

/** How a file is read: as a page or as plain text. */
export type InputKind = 'html' | 'text';

/**
 * Decides how to read a file: by extension (`.html`, `.htm`, `.xhtml` are pages, `.txt` is
 * text), else by content (markup at the start makes a page).
 */
export function inputKind(file: string, content: string): InputKind {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.txt') return 'text';
  return /^\uFEFF?\s*</.test(content) ? 'html' : 'text';
}

/** A file that could not be read or analysed, with a one-line reason. */
class FileError extends Error {}

/** Stands for standard input (file name `-`). */
const STDIN = 0;

function readInput(path: string | typeof STDIN): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String((err as Error).message);
    throw new FileError(reason);
  }
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) throw new FileError('not a text file (binary content)');
  return bytes.toString('utf8');
}

/**
 * Analyses one file's content. A page is parsed with linkedom and analysed with `force`,
 * so a page that is not an article still gets its detection and whatever the stages find.
 * A text is analysed as is: `article.text` is `content` exactly.
 */
export function analyzeFile(file: string, content: string, url: string | null): PageAnalysis {
  if (inputKind(file, content) === 'text') return analyzeText(content, url);
  const { document } = parseHTML(content);
  if (!document.documentElement) throw new FileError('could not be parsed as HTML');
  const result = analyzePage(document as unknown as Document, url, { force: true });
  if (!result.ok) throw new FileError(`not analysed: ${result.reason}`);
  return result.analysis;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Runs the CLI on `argv` (the arguments after the script name) and returns its exit
 * status. Every file is tried; a failure is reported on stderr and the others go on.
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`analyze: ${parsed.error}\n${USAGE}`);
    return EXIT.usage;
  }
  const { options } = parsed;
  if (options.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const cwd = io.cwd ?? process.cwd();
  const format: OutputFormat = options.format ?? (io.isTTY ? 'text' : 'json');
  const color = format === 'text' && io.isTTY && !io.env?.NO_COLOR;
  const width = io.columns ?? DEFAULT_COLUMNS;
  const files = options.files.length ? options.files : [displayPath(SEED_PAGE, cwd)];

  let status: number = EXIT.ok;
  let printed = 0;
  for (const file of files) {
    let analysis: PageAnalysis;
    try {
      const content = readInput(file === '-' ? STDIN : resolve(cwd, file));
      analysis = analyzeFile(file, content, options.url);
    } catch (err) {
      // A bug in a stage must not hide the other files' results: report it like a bad file.
      const reason = err instanceof FileError ? err.message : `analysis failed: ${(err as Error)?.message ?? String(err)}`;
      io.stderr(`analyze: ${file}: ${oneLine(reason)}\n`);
      status = EXIT.fileFailed;
      continue;
    }
    if (format === 'json') {
      io.stdout(`${JSON.stringify({ file, ...analysis })}\n`);
    } else {
      io.stdout(`${printed ? '\n\n' : ''}${formatReport(file, analysis, { color, width })}\n`);
    }
    printed++;
  }
  return status;
}

/** `path` relative to `cwd` when it lies below it, else absolute. */
function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
