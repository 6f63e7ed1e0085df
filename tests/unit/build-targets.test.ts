/**
 * What build.mjs puts in each target's bundles, from esbuild's own account of their inputs:
 * the Firefox background leaves linkedom out (its event page parses with DOMParser), the
 * Chrome one keeps it (its service worker has no DOM); neither content script carries an
 * HTML parser, Readability or the outlet knowledge base; no bundle goes through esbuild's
 * CommonJS interop for the polyfill.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
let bundlePlugins: (target?: string) => Plugin[];

beforeAll(async () => {
  ({ bundlePlugins } = (await import(pathToFileURL(resolve(root, 'build.mjs')).href)) as { bundlePlugins: (target?: string) => Plugin[] });
});

/** The input files of `entry` bundled for `target`, and the bundle's text. */
async function bundle(entry: string, target: 'chrome' | 'firefox'): Promise<{ inputs: string[]; code: string }> {
  const res = await build({
    entryPoints: [resolve(root, entry)], bundle: true, write: false, metafile: true, minify: false, format: 'iife',
    platform: 'browser', target: ['chrome120', 'firefox128'], logLevel: 'silent', outdir: resolve(root, 'dist/unit-build-test'),
    plugins: bundlePlugins(target),
  });
  const out = res.outputFiles.find((f) => f.path.endsWith('.js'))!;
  return { inputs: Object.keys(res.metafile.inputs), code: out.text };
}

const fromPackage = (inputs: string[], pkg: string): string[] => inputs.filter((i) => i.includes(`node_modules/${pkg}/`));

describe('the background of each target', () => {
  it('Chrome keeps linkedom; Firefox leaves it out and keeps Readability', async () => {
    const chrome = await bundle('src/background/main.ts', 'chrome');
    const firefox = await bundle('src/background/main.ts', 'firefox');
    expect(fromPackage(chrome.inputs, 'linkedom').length).toBeGreaterThan(10);
    expect(fromPackage(firefox.inputs, 'linkedom')).toEqual([]);
    expect(firefox.code).toContain('linkedom is not in the Firefox build');
    for (const b of [chrome, firefox]) expect(fromPackage(b.inputs, '@mozilla/readability').length).toBeGreaterThan(0);
    expect(firefox.code.length).toBeLessThan(chrome.code.length * 0.6);
  });
});

describe('the content script', () => {
  it.each(['chrome', 'firefox'] as const)('%s: detection only, no parser, Readability or outlet base, no polyfill interop', async (target) => {
    const { inputs, code } = await bundle('src/content/main.ts', target);
    expect(fromPackage(inputs, 'linkedom')).toEqual([]);
    // Readability's module may be reached through the core's index; none of its code may stay.
    expect(code).not.toContain('_grabArticle');
    expect(code).not.toContain('__copyProps');
    expect(code).not.toMatch(/reuters|associated press/i);
    expect(inputs.some((i) => i.endsWith('src/core/detect/features.ts'))).toBe(true);
  });
});
