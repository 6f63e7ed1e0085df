#!/usr/bin/env node
// Runs `web-ext lint` on the Firefox build (dist/firefox, built first if missing).
// Fails on any error and on any warning except the known, reviewed ones below. Bundles are
// not minified, so each warning is traced to its source module through esbuild's
// `// path` comments, and an exception holds only for that module.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(root, 'dist/firefox');

/** Accepted warnings: code, bundle, source module, and why. */
const KNOWN = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    files: ['popup.js', 'options.js'],
    module: /^node_modules\/preact\//,
    why: "Preact's dangerouslySetInnerHTML path; our components never use it",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    files: ['background.js'],
    module: /^node_modules\/@mozilla\/readability\/Readability\.js$/,
    why: 'Readability rewrites its own deep clone of the page (no browsing context: nothing loads or runs), as Firefox Reader View does',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    files: ['background.js'],
    module: /^node_modules\/linkedom\/esm\/(?:shared\/utils|interface\/element)\.js$/,
    why: "linkedom's own innerHTML setters on its DOM without a browser (the background's parser where there is no DOMParser): nothing renders, loads or runs",
  },
];

if (!existsSync(join(sourceDir, 'manifest.json'))) {
  const b = spawnSync(process.execPath, [join(root, 'build.mjs'), '--target=firefox', '--no-zip'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const webExt = join(root, 'node_modules/.bin/web-ext');
const run = spawnSync(webExt, ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let result;
try {
  result = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
} catch {
  console.error('lint-ext: could not read web-ext output');
  console.error(run.stdout, run.stderr);
  process.exit(1);
}

/** The source module of line `line` (1-based) of a bundle: the nearest `// path` comment above it. */
const bundles = new Map();
function moduleAt(file, line) {
  if (!file || !line) return null;
  if (!bundles.has(file)) {
    const p = join(sourceDir, file);
    bundles.set(file, existsSync(p) ? readFileSync(p, 'utf8').split('\n') : []);
  }
  const lines = bundles.get(file);
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const m = /^\s*\/\/ ((?:node_modules|src)\/\S+)$/.exec(lines[i]);
    if (m) return m[1];
  }
  return null;
}

const fmt = (m, mod) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}${mod ? ` (${mod})` : ''} ${m.message}`;
const errors = result.errors ?? [];
const warnings = (result.warnings ?? []).map((w) => ({ w, mod: moduleAt(w.file, w.line) }));
const isKnown = ({ w, mod }) => KNOWN.find((k) => k.code === w.code && k.files.includes(w.file) && mod && k.module.test(mod));
const allowed = warnings.filter(isKnown);
const unexpected = warnings.filter((x) => !isKnown(x));

console.log(`lint-ext: ${errors.length} errors, ${warnings.length} warnings (${allowed.length} known), ${(result.notices ?? []).length} notices`);
for (const e of errors) console.error(`error${fmt(e)}`);
for (const x of unexpected) console.error(`warning${fmt(x.w, x.mod)}`);
for (const x of allowed) console.log(`known${fmt(x.w, x.mod)}: ${isKnown(x).why}`);
process.exit(errors.length || unexpected.length ? 1 : 0);
