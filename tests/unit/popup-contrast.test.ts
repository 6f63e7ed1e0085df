/**
 * The popup's and the options page's palettes, read from their stylesheets, meet WCAG AA
 * contrast in light and dark:
 * 4.5:1 for every text colour on every background it is drawn on, 3:1 for the colour
 * marks (chart, swatches, switch) against the page background.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(path.resolve(__dirname, '../../src/popup/popup.css'), 'utf8');
const optionsCss = readFileSync(path.resolve(__dirname, '../../src/options/options.css'), 'utf8');

function variables(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of block.matchAll(/--nc-([a-z0-9-]+):\s*(#[0-9a-f]{6})/gi)) out[m[1]!] = m[2]!;
  return out;
}

/** The light and dark palettes declared by a stylesheet (`:root`, then its dark media block). */
function palettes(sheet: string): { light: Record<string, string>; dark: Record<string, string> } {
  const at = sheet.indexOf('@media (prefers-color-scheme: dark)');
  const light = variables(sheet.slice(0, at));
  return { light, dark: { ...light, ...variables(sheet.slice(at, sheet.indexOf('* {'))) } };
}

const { light, dark } = palettes(css);
const options = palettes(optionsCss);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

/** [text, background] pairs the stylesheet draws. */
const TEXT_PAIRS: [string, string][] = [
  ['text', 'bg'], ['muted', 'bg'], ['accent', 'bg'], ['error', 'bg'], ['warning', 'bg'],
  ['text', 'surface'], ['muted', 'surface'], ['muted', 'surface-2'], ['text', 'accent-soft'],
  ['accent', 'surface'], ['accent', 'accent-soft'],
  ['accent-text', 'accent'], ['bg', 'text'],
  ['text', 'origin-bg'], ['muted', 'origin-bg'], ['origin-text', 'origin-bg'], ['accent', 'origin-bg'],
  ['text', 'mark'],
];

const MARKS = ['kind-person', 'kind-organization', 'kind-outlet', 'kind-anonymous', 'accent'];

describe.each([['light', light], ['dark', dark]] as const)('%s palette', (_name, palette) => {
  it.each(TEXT_PAIRS)('%s on %s reaches 4.5:1', (fg, bg) => {
    expect(palette[fg], fg).toBeDefined();
    expect(palette[bg], bg).toBeDefined();
    expect(contrast(palette[fg]!, palette[bg]!)).toBeGreaterThanOrEqual(4.5);
  });
  it.each(MARKS)('%s marks reach 3:1 against the background', (mark) => {
    expect(contrast(palette[mark]!, palette.bg!)).toBeGreaterThanOrEqual(3);
  });
});

/** [text, background] pairs of the options page. */
const OPTIONS_PAIRS: [string, string][] = [
  ['text', 'bg'], ['muted', 'bg'], ['accent', 'bg'], ['ok', 'bg'], ['error', 'bg'],
  ['text', 'surface'], ['muted', 'surface'], ['accent-text', 'accent'], ['bg', 'text'], ['text', 'warning-bg'],
];

describe.each([['options light', options.light], ['options dark', options.dark]] as const)('%s palette', (_name, palette) => {
  it.each(OPTIONS_PAIRS)('%s on %s reaches 4.5:1', (fg, bg) => {
    expect(palette[fg], fg).toBeDefined();
    expect(palette[bg], bg).toBeDefined();
    expect(contrast(palette[fg]!, palette[bg]!)).toBeGreaterThanOrEqual(4.5);
  });
});
