/**
 * Shadow hosts a page cannot take over. A page may define a custom element under one of our
 * tag names whose constructor grabs a shadow root first (see the squatter page in
 * tests/e2e/pages/pathological.ts); an element of that name created in the page's document is
 * upgraded at once, and our `attachShadow` then throws. So the host is made in an inert
 * document of our own (no custom element registry), gets its shadow root there, and only then
 * is adopted into the page's document. When it is inserted the page's constructor may run and
 * fail on the shadow root we already attached: that failure is the page's (its element stays
 * ours, un-upgraded), and our badge is shown.
 */

/** One inert document per page document, made on first use. */
const inertDocs = new WeakMap<Document, Document>();

/**
 * Creates an element named `tag` for `doc` with an open shadow root attached, safe from a
 * page-defined custom element of the same name. Style and fill the root after this returns
 * (constructed stylesheets must belong to `doc`, the host's document by then).
 */
export function createShadowHost(doc: Document, tag: string): { host: HTMLElement; root: ShadowRoot } {
  let inert = inertDocs.get(doc);
  if (!inert) {
    inert = doc.implementation.createHTMLDocument('');
    inertDocs.set(doc, inert);
  }
  const made = inert.createElement(tag);
  const root = made.attachShadow({ mode: 'open' });
  const host = doc.adoptNode(made);
  return { host, root };
}
