#!/usr/bin/env node
// Renders icons/icon.svg to the PNG sizes the manifest lists, with headless Chromium
// (puppeteer-core). The PNGs are committed; run this after changing the SVG:
//   node scripts/build-icons.mjs [--chromium=/usr/bin/chromium]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [16, 32, 48, 128];
const chromium = process.argv.find((a) => a.startsWith('--chromium='))?.slice(11) ?? '/usr/bin/chromium';
const svg = readFileSync(join(root, 'icons/icon.svg'), 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const userDataDir = mkdtempSync(join(tmpdir(), 'nc-icons-'));
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  pipe: true,
  userDataDir,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.waitForFunction(() => document.images[0]?.complete);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(join(root, `icons/icon-${size}.png`), png);
    console.log(`icons/icon-${size}.png ${png.length} bytes`);
  }
} finally {
  await browser.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
