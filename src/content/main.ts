/**
 * The content script's entry: runs once per page, however many times it is injected
 * (the popup injects it on demand; automatic mode registers it for every page).
 */
import { startContent } from './controller';

/** Marks this isolated world as already running the content script. */
const LOADED_KEY = '__newsContextContentLoaded';
const g = globalThis as Record<string, unknown>;
if (!g[LOADED_KEY]) {
  g[LOADED_KEY] = true;
  startContent();
}
