#!/usr/bin/env node
// Runs `web-ext lint` on the Firefox build (dist/firefox, built first if missing).
// Fails on any error, and on any warning except Preact's known UNSAFE_VAR_ASSIGNMENT in
// the popup and options bundles (its dangerouslySetInnerHTML code path, never used by us).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(root, 'dist/firefox');
/** Warnings we accept: [code, file] — only Preact's, only in the Preact bundles. */
const ALLOWED_WARNINGS = [
  ['UNSAFE_VAR_ASSIGNMENT', 'popup.js'],
  ['UNSAFE_VAR_ASSIGNMENT', 'options.js'],
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

const fmt = (m) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`;
const errors = result.errors ?? [];
const warnings = result.warnings ?? [];
const allowed = warnings.filter((w) => ALLOWED_WARNINGS.some(([code, file]) => w.code === code && w.file === file));
const unexpected = warnings.filter((w) => !allowed.includes(w));

console.log(`lint-ext: ${errors.length} errors, ${warnings.length} warnings (${allowed.length} known Preact), ${(result.notices ?? []).length} notices`);
for (const e of errors) console.error(`error${fmt(e)}`);
for (const w of unexpected) console.error(`warning${fmt(w)}`);
for (const w of allowed) console.log(`allowed${fmt(w)}`);
process.exit(errors.length || unexpected.length ? 1 : 0);
