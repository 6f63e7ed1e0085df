/**
 * The content script's entry: runs once per page, however many times it is injected
 * (the popup injects it on demand; automatic mode registers it for every page). An
 * instance left orphaned by an extension update gives way to the new one, which first
 * removes the old instance's badges.
 */
// First import: evaluated before every other module of the bundle.
import { SCRIPT_START } from './start-mark';
import { isContextValid } from '../platform/runtime';
import { BADGE_TAG } from './badges';
import { startContent } from './controller';
import { HIGHLIGHT_TAG } from './highlight';

/** Marks this isolated world as running the content script; holds the running instance's liveness check. */
const LOADED_KEY = '__newsContextContent';
const g = globalThis as Record<string, unknown>;
const previous = g[LOADED_KEY] as { alive(): boolean } | undefined;
if (!previous || !previous.alive()) {
  if (previous) {
    for (const el of Array.from(document.querySelectorAll(`${BADGE_TAG}, ${HIGHLIGHT_TAG}`))) el.remove();
  }
  g[LOADED_KEY] = { alive: isContextValid };
  startContent();
}
// The script's whole synchronous start: the bundle's modules evaluated and the controller started
// (detection comes later, in idle slices).
try {
  performance.measure('news-context:init', { start: SCRIPT_START, end: performance.now() });
} catch {
  // Diagnostics only.
}
