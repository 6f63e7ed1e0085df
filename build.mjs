#!/usr/bin/env node
// Builds the extension for Chromium and Firefox from one source.
//
//   node build.mjs [--target=chrome|firefox] [--watch] [--test] [--no-zip]
//
// dist/chrome/ and dist/firefox/ are load-unpacked folders; dist/news-context-<target>-<version>.zip
// are their packages (web-ext build). --test (or NEWS_CONTEXT_TEST=1) also writes
// dist/firefox-test/: the Firefox build plus host access to http://127.0.0.1/*, which the
// end-to-end tests need because a driver cannot click in Firefox. It is never zipped.
import { context, build as esbuild } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const targetArg = args.find((a) => a.startsWith('--target='))?.slice(9);
const TARGETS = targetArg ? [targetArg] : ['chrome', 'firefox'];
const WATCH = flag('watch');
const TEST = flag('test') || process.env.NEWS_CONTEXT_TEST === '1';
const ZIP = !WATCH && !flag('no-zip');
for (const t of TARGETS) {
  if (t !== 'chrome' && t !== 'firefox') {
    console.error(`build: unknown target "${t}" (chrome or firefox)`);
    process.exit(2);
  }
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));

/** The host access the Firefox test build gets at install (as if automatic mode were granted for the fixture server). */
export const TEST_HOST_PERMISSIONS = ['http://127.0.0.1/*'];

/**
 * The per-browser manifest: the source manifest with a short, explicit list of edits.
 * Exported for the manifest unit test.
 */
export function deriveManifest(src, target, { version, test = false } = {}) {
  const m = structuredClone(src);
  m.version = version;
  if (target === 'chrome') {
    // Chromium runs the service worker; `scripts` and `preferred_environment` are Firefox's
    // (Chromium warns about them), and it ignores `browser_specific_settings`.
    m.background = { service_worker: m.background.service_worker };
    delete m.browser_specific_settings;
  }
  if (target === 'firefox' && test) {
    m.host_permissions = [...TEST_HOST_PERMISSIONS];
  }
  return m;
}

/** Entry points: [source, output name, format]. The popup and options pages may not exist yet. */
const ENTRIES = [
  ['src/background/main.ts', 'background', 'iife'],
  ['src/content/main.ts', 'content', 'iife'],
  ['src/popup/main.tsx', 'popup', 'iife'],
  ['src/options/main.tsx', 'options', 'iife'],
];
/** Static files copied next to the bundles: [source, destination]. */
const STATIC = [
  ['src/popup/popup.html', 'popup.html'],
  ['src/popup/popup.css', 'popup.css'],
  ['src/options/options.html', 'options.html'],
  ['src/options/options.css', 'options.css'],
];

/**
 * CommonJS packages esbuild cannot see to be free of side effects: declared so, they are
 * dropped from bundles that import the core but never call them (Readability in the content script and popup).
 */
const SIDE_EFFECT_FREE = ['@mozilla/readability'];

function sideEffectFree(packages) {
  return {
    name: 'side-effect-free',
    setup(build) {
      const filter = new RegExp(`^(${packages.map((p) => p.replace(/[/.]/g, '\\$&')).join('|')})$`);
      build.onResolve({ filter }, async (args) => {
        if (args.pluginData?.sideEffectFree) return undefined;
        const r = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: { sideEffectFree: true } });
        return r.errors.length ? undefined : { path: r.path, sideEffects: false };
      });
    },
  };
}

/**
 * The core is pure (STYLE.md §3: no module runs anything when imported), but esbuild keeps
 * any module whose top level builds data (lexicons, the outlet knowledge base) once it is
 * imported, even through `core/index` for one function. Declared free of side effects, the
 * modules a bundle never calls are dropped: the content script keeps detection only.
 */
function coreSideEffectFree() {
  const core = join(root, 'src/core') + '/';
  return {
    name: 'core-side-effect-free',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, async (args) => {
        if (args.pluginData?.coreResolved) return undefined;
        const r = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { coreResolved: true } });
        if (r.errors.length || !r.path.startsWith(core)) return undefined;
        return { path: r.path, sideEffects: false };
      });
    },
  };
}

/**
 * linkedom (the background's HTML parser where there is no DOMParser, see
 * src/platform/parse-html.ts) parses a `<style>` element's CSS only when its `.sheet` is
 * read, with cssomnom (200 KB minified, 30% of the background). Neither the core nor
 * Readability reads `.sheet`: an empty stylesheet stands in for it.
 */
function stubCssParser() {
  return {
    name: 'stub-css-parser',
    setup(build) {
      build.onResolve({ filter: /^cssomnom\/parse$/ }, () => ({ path: 'cssomnom-parse-stub', namespace: 'stub' }));
      build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
        contents: '// Empty stylesheet: nothing in the bundle reads a <style> element\'s sheet (build.mjs).\nexport function parse() { return { cssRules: [] }; }\n',
        loader: 'js',
      }));
    },
  };
}

function placeholderPage(name) {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>News Context</title>
<body><p>The ${name} page is not built yet (src/${name}/main.tsx is missing).</p></body></html>\n`;
}

/**
 * Bundles minified: the content script only. It is parsed and compiled in every page it
 * runs in, before detection, where our budget is 5 ms (issue 6); minified it is about half
 * the size. No source map ships in the packages (nothing to load from a page, and AMO's
 * reviewers rebuild from the sources with `node build.mjs`). The other bundles stay
 * readable: scripts/lint-ext.mjs traces each web-ext warning to its module through their
 * `// path` comments (a warning in the minified content.js has no module, so no exception).
 */
const MINIFIED = new Set(['content']);

/**
 * `import browser from 'webextension-polyfill'` (src/platform/browser-api.ts) compiles to
 * esbuild's CommonJS interop, which copies every property of the module's export into a new
 * object. In Chromium 15x that export is the native `browser` namespace, whose properties
 * instantiate API bindings when looked at: 0.4 ms or so of the content script's start-up in
 * every page (scripts/bench-browser.ts, `init`). The default import is served the export itself.
 */
function polyfillWithoutInterop() {
  return {
    name: 'polyfill-without-interop',
    setup(build) {
      build.onResolve({ filter: /^webextension-polyfill$/ }, (args) =>
        args.namespace === 'polyfill' ? undefined : { path: 'webextension-polyfill', namespace: 'polyfill' },
      );
      build.onLoad({ filter: /.*/, namespace: 'polyfill' }, () => ({
        contents: "// The polyfill's export as the default export, without interop (build.mjs).\nexport default require('webextension-polyfill');\n",
        loader: 'js',
        resolveDir: root,
      }));
    },
  };
}

/**
 * Firefox's background is an event page with a DOM: src/platform/parse-html.ts parses with its
 * native DOMParser there and never with linkedom, which is a third of the Chrome background.
 * The Firefox builds get a stand-in that says so, should it ever be called.
 */
function withoutLinkedom() {
  return {
    name: 'without-linkedom',
    setup(build) {
      build.onResolve({ filter: /^linkedom$/ }, () => ({ path: 'linkedom', namespace: 'without-linkedom' }));
      build.onLoad({ filter: /.*/, namespace: 'without-linkedom' }, () => ({
        contents:
          "// linkedom is left out of the Firefox build: its background parses with DOMParser (build.mjs).\n" +
          "export function parseHTML() { throw new Error('linkedom is not in the Firefox build'); }\n",
        loader: 'js',
      }));
    },
  };
}

/** The esbuild plugins of every bundle for `target` (scripts/bench.ts bundles with the same ones). */
export function bundlePlugins(target = 'chrome') {
  const plugins = [sideEffectFree(SIDE_EFFECT_FREE), coreSideEffectFree(), stubCssParser(), polyfillWithoutInterop()];
  if (target === 'firefox') plugins.push(withoutLinkedom());
  return plugins;
}

/** esbuild options for the entries of `target` that are (`minified`) or are not minified. */
function esbuildOptions(outdir, minified, target) {
  const entryPoints = {};
  for (const [src, out] of ENTRIES) {
    if (MINIFIED.has(out) !== minified) continue;
    if (existsSync(join(root, src))) entryPoints[out] = join(root, src);
    else console.warn(`build: ${src} is missing; ${out}.html will be a placeholder page`);
  }
  return {
    entryPoints,
    outdir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome120', 'firefox128'],
    minify: minified,
    legalComments: 'none',
    plugins: bundlePlugins(target),
    charset: 'utf8',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
    metafile: true,
  };
}

function copyStatic(outdir) {
  for (const [src, dest] of STATIC) {
    const from = join(root, src);
    if (existsSync(from)) cpSync(from, join(outdir, dest));
    else if (dest.endsWith('.html')) writeFileSync(join(outdir, dest), placeholderPage(dest.replace('.html', '')));
  }
  cpSync(join(root, '_locales'), join(outdir, '_locales'), { recursive: true });
  mkdirSync(join(outdir, 'icons'), { recursive: true });
  for (const f of readdirSync(join(root, 'icons'))) {
    if (/^icon-\d+\.png$/.test(f)) cpSync(join(root, 'icons', f), join(outdir, 'icons', f));
  }
}

function writeManifest(outdir, target, test) {
  const m = deriveManifest(source, target, { version: pkg.version, test });
  writeFileSync(join(outdir, 'manifest.json'), `${JSON.stringify(m, null, 2)}\n`);
}

function report(outdir, metafile) {
  const sizes = Object.entries(metafile.outputs)
    .filter(([f]) => f.endsWith('.js'))
    .map(([f, o]) => `${f.split('/').pop()} ${(o.bytes / 1024).toFixed(1)} KiB`);
  console.log(`build: ${outdir.replace(root + '/', '')}: ${sizes.join(', ')}`);
}

async function zip(target) {
  const { default: webExt } = await import('web-ext');
  const filename = `news-context-${target}-${pkg.version}.zip`;
  await webExt.cmd.build(
    { sourceDir: join(root, 'dist', target), artifactsDir: join(root, 'dist'), filename, overwriteDest: true },
    { shouldExitProgram: false, showReadyMessage: false },
  );
  console.log(`build: dist/${filename}`);
}

async function buildTarget(target, test) {
  const name = test ? `${target}-test` : target;
  const outdir = join(root, 'dist', name);
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const builds = [esbuildOptions(outdir, false, target), esbuildOptions(outdir, true, target)].filter((o) => Object.keys(o.entryPoints).length);
  const finish = () => {
    copyStatic(outdir);
    writeManifest(outdir, target, test);
  };
  if (WATCH) {
    for (const options of builds) {
      const ctx = await context({
        ...options,
        plugins: [...options.plugins, { name: 'copy', setup: (b) => b.onEnd((r) => { if (!r.errors.length) { finish(); console.log(`build: ${name} rebuilt`); } }) }],
      });
      await ctx.watch();
    }
    return;
  }
  const results = await Promise.all(builds.map((options) => esbuild(options)));
  finish();
  report(outdir, { outputs: Object.assign({}, ...results.map((r) => r.metafile.outputs)) });
  if (ZIP && !test) await zip(target);
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  try {
    for (const t of TARGETS) await buildTarget(t, false);
    if (TEST && TARGETS.includes('firefox')) await buildTarget('firefox', true);
    if (WATCH) console.log('build: watching for changes (Ctrl-C to stop)');
  } catch (err) {
    console.error(`build: failed: ${err?.message ?? err}`);
    process.exit(1);
  }
}
