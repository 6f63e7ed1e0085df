/**
 * Renders the popup with the mock connector into a static page, so it can be looked at and
 * screenshotted without the extension:
 *   npx tsx scripts/popup-preview.ts [--shots] [--docs]
 * writes artifacts/popup-preview/index.html (open it with ?view=NAME, NAME one of the
 * views below, or `options` for the options page); --shots saves light and dark screenshots of every view there with
 * headless Chromium (/usr/bin/chromium through puppeteer-core); --docs also copies the
 * seed's to docs/popup-light.png and docs/popup-dark.png.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { PopupView } from '../src/messages';
import {
  analysingView, attributedSeedView, blockedView, errorView, hostileView, noClaimsView, notArticleView,
  seedPageView, seedTextView, tooLargeView, unreachableView,
} from '../tests/fixtures-popup/views';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(repoRoot, 'artifacts/popup-preview');

/** The views of the preview, by name. `seed` is the real pipeline's output on the seed page. */
const VIEWS: Record<string, () => PopupView> = {
  seed: seedPageView,
  'seed-text': seedTextView,
  attributed: attributedSeedView,
  'no-claims': noClaimsView,
  'not-article': notArticleView,
  analysing: analysingView,
  unreachable: unreachableView,
  blocked: blockedView,
  'too-large': tooLargeView,
  error: errorView,
  hostile: hostileView,
};

const ENTRY = `
import { render } from 'preact';
import { App } from './src/popup/App';
import { OptionsApp } from './src/options/OptionsApp';
import { createMockConnector } from './src/popup/connector-mock';
const views = JSON.parse(document.getElementById('nc-views').textContent);
const params = new URLSearchParams(location.search);
const name = params.get('view') || 'seed';
const root = document.getElementById('app');
if (name === 'options') {
  document.getElementById('nc-style').href = 'options.css';
  const settings = { version: 1, autoAnalyze: true, badges: true, neverRunOn: ['example.com', 'news.example.org'], exportFormat: 'markdown' };
  render(<OptionsApp connector={createMockConnector({ view: { status: 'analysing' }, settings, permission: true })} />, root);
} else {
  const view = views[name] || { status: 'error', message: 'No preview view named ' + name };
  const never = view.status === 'analysing';
  // On the blocked view, "Analyse this page once" shows the attributed seed.
  render(<App connector={createMockConnector({ view, unblockedView: views.attributed, delayMs: never ? 1e9 : 0 })} onClose={() => undefined} />, root);
}
`;

/** Writes the preview page, its script and the popup's stylesheet. */
export async function writePreview(): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  await build({
    stdin: { contents: ENTRY, resolveDir: repoRoot, loader: 'tsx', sourcefile: 'preview-entry.tsx' },
    bundle: true,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    outfile: path.join(outDir, 'preview.js'),
    logLevel: 'warning',
  });
  copyFileSync(path.join(repoRoot, 'src/popup/popup.css'), path.join(outDir, 'popup.css'));
  copyFileSync(path.join(repoRoot, 'src/options/options.css'), path.join(outDir, 'options.css'));
  const views = Object.fromEntries(Object.entries(VIEWS).map(([name, make]) => [name, make()]));
  // "<" escaped so that no page text can close the script element.
  const json = JSON.stringify(views).replace(/</g, '\\u003c');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark">
<title>News Context popup preview</title><link id="nc-style" rel="stylesheet" href="popup.css"></head>
<body><div id="app"></div>
<script type="application/json" id="nc-views">${json}</script>
<script src="preview.js"></script></body></html>
`;
  const file = path.join(outDir, 'index.html');
  writeFileSync(file, html);
  return file;
}

/** Screenshots every view in light and dark; returns the files written. */
async function screenshots(file: string): Promise<string[]> {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const written: string[] = [];
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 380, height: 600, deviceScaleFactor: 2 });
    for (const name of [...Object.keys(VIEWS), 'options']) {
      await page.setViewport({ width: name === 'options' ? 720 : 380, height: 600, deviceScaleFactor: 2 });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.goto(`${pathToFileURL(file).href}?view=${name}`, { waitUntil: 'load' });
        await page.waitForSelector('.nc-main > *, .nc-options .nc-card');
        await new Promise((r) => setTimeout(r, 150));
        // What the toolbar popup shows (380 x 600, Chrome's largest popup), then the whole page.
        const out = path.join(outDir, `${name}-${scheme}.png`);
        await page.screenshot({ path: out as `${string}.png` });
        const full = path.join(outDir, `${name}-${scheme}-full.png`);
        await page.screenshot({ path: full as `${string}.png`, fullPage: true });
        written.push(out, full);
      }
    }
  } finally {
    await browser.close();
  }
  return written;
}

const args = new Set(process.argv.slice(2));
const file = await writePreview();
console.log(`preview: ${path.relative(repoRoot, file)}?view=${Object.keys(VIEWS).join('|')}`);
if (args.has('--shots') || args.has('--docs')) {
  const shots = await screenshots(file);
  console.log(`screenshots: ${shots.length} in ${path.relative(repoRoot, outDir)}`);
  if (args.has('--docs')) {
    mkdirSync(path.join(repoRoot, 'docs'), { recursive: true });
    const best = process.env.PREVIEW_DOCS_VIEW ?? 'seed';
    copyFileSync(path.join(outDir, `${best}-light.png`), path.join(repoRoot, 'docs/popup-light.png'));
    copyFileSync(path.join(outDir, `${best}-dark.png`), path.join(repoRoot, 'docs/popup-dark.png'));
    console.log('docs/popup-light.png, docs/popup-dark.png');
  }
}
