/** The live page as HTML, for extraction in the extension's background. Reads the DOM only. */

/**
 * The page as HTML for the background's parser: its doctype (so the parser picks the same
 * mode) and `documentElement.outerHTML`. Native serialisation, a few ms on the largest
 * pages. The extension's own elements carry their content in shadow roots, which are not
 * serialised.
 */
export function serializePage(doc: Document): string {
  const html = doc.documentElement?.outerHTML ?? '';
  return doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>${html}` : html;
}
