/**
 * Command-line arguments of `npm run analyze`: parsed into plain options, no side effects.
 */

/** How the CLI prints its results. */
export type OutputFormat = 'json' | 'text';

/** What the command line asked for. */
export interface CliOptions {
  /** Files to analyse, as given (relative paths stay relative). Empty means the seed page. */
  files: string[];
  /** The page URL to analyse the files under, or null. */
  url: string | null;
  /** The format asked for, or null to choose by whether stdout is a terminal. */
  format: OutputFormat | null;
  help: boolean;
}

/** The result of {@link parseArgs}: options, or a usage error to print. */
export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: string };

/** The `--help` text. */
export const USAGE = `Usage: npm run --silent analyze -- [FILE...] [--url URL] [--json | --text]

Analyses saved news pages and article texts: who said what, and which outlet
originally reported the story.

  FILE        an .html/.htm file (parsed as a page) or a .txt file (plain
              article text, paragraphs separated by blank lines; offsets in
              the output index the file). Other files are sniffed: markup is a
              page, anything else text; \`-\` reads standard input the same way.
              No FILE: the seed page seeds/seed.html.
  --url URL   the address the page was saved from (used for every FILE).
  --json      one JSON object per FILE, one per line (default when stdout is
              not a terminal).
  --text      a readable report (default on a terminal). Colours only on a
              terminal; NO_COLOR turns them off.
  -h, --help  this text.

Exit status: 0 when every FILE was analysed, 1 when one could not be read or
parsed (each gets a one-line error on stderr), 2 on a usage error.
`;

/**
 * Parses the CLI arguments (without the `node script` prefix). Accepts `--url=URL`,
 * `--url URL`, and `--` before file names that start with a dash. The last of
 * `--json`/`--text` wins.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: CliOptions = { files: [], url: null, format: null, help: false };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      options.files.push(arg);
    } else if (arg === '--') {
      onlyFiles = true;
    } else if (arg === '--json') {
      options.format = 'json';
    } else if (arg === '--text') {
      options.format = 'text';
    } else if (arg === '-h' || arg === '--help') {
      options.help = true;
    } else if (arg === '--url' || arg.startsWith('--url=')) {
      const value = arg === '--url' ? argv[++i] : arg.slice('--url='.length);
      if (value === undefined || value === '') return { ok: false, error: '--url needs a URL' };
      if (!isHttpUrl(value)) return { ok: false, error: `--url: not an http(s) URL: ${value}` };
      options.url = value;
    } else {
      return { ok: false, error: `unknown option: ${arg}` };
    }
  }
  return { ok: true, options };
}

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
