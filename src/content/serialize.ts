/** The live page as HTML, for extraction in the extension's background. Reads the DOM only. */

/** Script types whose text extraction reads (JSON-LD metadata); every other script's text is code. */
const DATA_SCRIPT = /^\s*application\/ld\+json\s*$/i;
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * The page as HTML for the background's parser: its doctype (so the parser picks the same
 * mode) and `documentElement.outerHTML`, with the text of its code scripts and style sheets
 * left out (see {@link withoutCode}). Native serialisation, a few ms on the largest pages.
 * The extension's own elements carry their content in shadow roots, which are not serialised.
 */
export function serializePage(doc: Document): string {
  const html = withoutCode(doc, doc.documentElement?.outerHTML ?? '');
  return doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>${html}` : html;
}

/**
 * `html` (the serialisation of `doc`) without the text of its `<script>` (JSON-LD aside) and
 * `<style>` elements: on news pages that is most of the HTML (2.5–2.8 MB of CNN's pages are
 * 0.3–0.4 MB without it), which the message to the background would copy and the background
 * would parse for nothing. The elements themselves stay, so every element of the copy sits
 * where it sits in the page and paragraph paths found on the copy lead back to the page.
 * An HTML script's or style's text is serialised raw, so it is found in `html`, in document
 * order, right after the `>` of its opening tag and right before its closing tag; text that
 * cannot be found so is left as it is. Linear in the length of `html`.
 */
export function withoutCode(doc: Document, html: string): string {
  const parts: string[] = [];
  let pos = 0;
  for (const el of Array.from(doc.querySelectorAll('script, style'))) {
    if (el.namespaceURI !== HTML_NS) continue;
    if (el.localName === 'script' && DATA_SCRIPT.test(el.getAttribute('type') ?? '')) continue;
    const text = el.textContent ?? '';
    if (!text) continue;
    const close = `</${el.localName}>`;
    let at = html.indexOf(text, pos);
    while (at >= 0 && !(html.charCodeAt(at - 1) === 62 /* > */ && html.startsWith(close, at + text.length))) at = html.indexOf(text, at + 1);
    if (at < 0) continue;
    parts.push(html.slice(pos, at));
    pos = at + text.length;
  }
  if (pos === 0) return html;
  parts.push(html.slice(pos));
  return parts.join('');
}
