/**
 * Styles for the extension's shadow roots in pages. A constructable stylesheet, shared by
 * every shadow root of a document, where the engine lets a content script adopt one: it
 * puts no text node in the page's flat tree (a `<style>` element does, and Chromium's
 * find-in-page then fails to match text that runs across a badge). Elsewhere (Firefox's
 * content-script wrappers may refuse the assignment) a `<style>` element is the fallback.
 */

const sheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();

function sharedSheet(doc: Document, css: string): CSSStyleSheet | null {
  const View = doc.defaultView as (Window & { CSSStyleSheet?: typeof CSSStyleSheet }) | null;
  const Ctor = View?.CSSStyleSheet ?? (typeof CSSStyleSheet === 'function' ? CSSStyleSheet : undefined);
  if (!Ctor || typeof Ctor.prototype.replaceSync !== 'function') return null;
  let perDoc = sheets.get(doc);
  if (!perDoc) sheets.set(doc, (perDoc = new Map()));
  let sheet = perDoc.get(css);
  if (!sheet) {
    sheet = new Ctor();
    sheet.replaceSync(css);
    perDoc.set(css, sheet);
  }
  return sheet;
}

/** Applies `css` to `root`; returns how: `adopted` (shared sheet) or `element` (a `<style>`). */
export function applyShadowStyles(root: ShadowRoot, css: string): 'adopted' | 'element' {
  const doc = root.ownerDocument;
  try {
    const sheet = sharedSheet(doc, css);
    if (sheet && 'adoptedStyleSheets' in root) {
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length === 1) return 'adopted';
    }
  } catch {
    // The engine refused: fall back to an element.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return 'element';
}
