/**
 * Parsing a page's serialised HTML into a `Document` in the extension's background, where
 * extraction runs away from the page's main thread. Chosen by feature detection:
 * - a native `DOMParser` where the background has one (Firefox's event page): the browser's
 *   own HTML parser, so the tree (and every paragraph path) is the one the page has;
 * - linkedom where it has none (Chromium's service worker has no DOM): a DOM without a
 *   browser, which the core's extraction is tested on in Node. The Firefox build replaces it
 *   with a stand-in that throws (build.mjs): a third of the background that Firefox never runs.
 * Neither runs scripts, loads resources or renders anything: the text stays data.
 */
import { parseHTML } from 'linkedom';

/** Which parser {@link parseHtml} uses in this context. */
export type HtmlParserKind = 'native' | 'linkedom';

/** The parser available here: the native `DOMParser` when present, else linkedom. */
export function htmlParserKind(): HtmlParserKind {
  return typeof DOMParser === 'function' ? 'native' : 'linkedom';
}

/**
 * Parses `html` (a whole page, as `documentElement.outerHTML` gives it) into a detached
 * `Document`. Inert: no script runs and nothing loads. Never throws for malformed markup.
 */
export function parseHtml(html: string, kind: HtmlParserKind = htmlParserKind()): Document {
  if (kind === 'native') return new DOMParser().parseFromString(html, 'text/html');
  return parseHTML(html).document as unknown as Document;
}
