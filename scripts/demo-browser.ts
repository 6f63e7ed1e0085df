/**
 * The demo's second half: the built extension at work on the seed page in real headless
 * Chromium. Serves `seeds/seed.html` on 127.0.0.1, clicks the toolbar button, waits for
 * the popup's analysis and the inline badges, prints what they say and saves screenshots
 * to `artifacts/demo-popup.png` and `artifacts/demo-page.png`.
 *
 * Without `/usr/bin/chromium` (or $CHROMIUM_PATH) it says how to get it and exits 0: the
 * CLI half of the demo has already shown the analysis.
 */
import { existsSync } from 'node:fs';
import {
  CHROMIUM_PATH,
  bodyText,
  launchChromium,
  readBadges,
  screenshot,
  startFixtureServer,
  waitFor,
  type ChromiumSession,
} from '../tests/e2e/harness';

/** How long the popup may take to show its analysis on a loaded machine. */
const POPUP_TIMEOUT_MS = 30_000;

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`\nNo Chromium at ${CHROMIUM_PATH}: skipping the in-browser demo (apt-get install -y chromium, or run .ci/run --setup-only).`);
    return;
  }
  console.log('\n== The extension in headless Chromium, on the seed page');
  const server = await startFixtureServer();
  let chrome: ChromiumSession | null = null;
  try {
    chrome = await launchChromium();
    const page = await chrome.browser.newPage();
    await page.goto(server.url('/seed.html'), { waitUntil: 'load' });
    const popup = await chrome.openPopup(page);
    const text = await waitFor(async () => {
      const t = await bodyText(popup);
      return /originally reported by/i.test(t) || /not an article|nothing attributed|error/i.test(t) ? t : null;
    }, 'the popup to show its analysis', POPUP_TIMEOUT_MS);
    const badges = await waitFor(async () => {
      const b = await readBadges(page);
      return b.count > 0 ? b : null;
    }, 'badges on the page', POPUP_TIMEOUT_MS);
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    console.log(`popup: ${lines.slice(0, 12).join(' | ')}`);
    console.log(`badges on the page: ${badges.count} (${[...new Set(badges.labels)].join(', ')})`);
    console.log(`toolbar badge: ${await chrome.actionBadge(page)}`);
    console.log(`screenshots: ${await screenshot(popup, 'demo-popup', true)}, ${await screenshot(page, 'demo-page', true)}`);
  } finally {
    await chrome?.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(`demo: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
