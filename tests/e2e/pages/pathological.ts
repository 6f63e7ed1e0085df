/**
 * Pathological pages, generated at test time (some are megabytes): huge text, huge
 * element counts, deep nesting, a page that sabotages built-ins and claims our element
 * names, a strict CSP, frames, a frameset, and a page that never stops mutating. Each is
 * an article built around the seed's paragraphs, so that the extension has work to do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../harness';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The seed article's paragraphs (those long enough to carry attributions). */
export function seedParagraphs(): string[] {
  return readFileSync(join(repoRoot, 'seeds/seed.txt'), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length > 12);
}

/** The head of an article page: title, og, JSON-LD, date; `extra` goes at its end. */
export function articleHead(title: string, extra = ''): string {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, author: { '@type': 'Person', name: 'Test Writer' }, publisher: { '@type': 'Organization', name: 'Test Times' }, datePublished: '2023-07-07T19:12:00Z' });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)} | Test Times</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Test Times">
<meta property="article:published_time" content="2023-07-07T19:12:00Z">
<script type="application/ld+json">${ld}</script>${extra}</head>`;
}

/** Paragraph HTML of about `chars` characters of the seed's text, each paragraph made unique. */
export function paragraphsOf(chars: number, wrap = (p: string) => `<p>${esc(p)}</p>`): string[] {
  const seed = seedParagraphs();
  const out: string[] = [];
  let n = 0;
  for (let round = 1; n < chars; round++) {
    for (const p of seed) {
      const text = `${p} (Part ${round}.)`;
      out.push(wrap(text));
      n += text.length;
      if (n >= chars) break;
    }
  }
  return out;
}

/** An article page around `body` (already HTML). */
export function articlePage(title: string, body: string, headExtra = ''): string {
  return `${articleHead(title, headExtra)}
<body><header><a href="/">Test Times</a></header><main><article>
<h1>${esc(title)}</h1><p class="byline">By Test Writer</p>
${body}
</article></main><footer>© Test Times</footer></body></html>`;
}

/** About 5 MB of article text: larger than the extension analyses (MAX_ARTICLE_CHARS). */
export function hugeTextPage(bytes = 5_000_000): string {
  return articlePage('A report of five megabytes', paragraphsOf(bytes).join('\n'));
}

/** An article of 100,000 elements: every word its own `<span>`. */
export function manyElementsPage(elements = 100_000): string {
  const paras: string[] = [];
  let count = 0;
  for (const p of paragraphsOf(elements * 8, (t) => t)) {
    const words = p.split(/\s+/);
    paras.push(`<p>${words.map((w) => `<span>${esc(w)}</span>`).join(' ')}</p>`);
    count += words.length + 1;
    if (count >= elements) break;
  }
  return articlePage('An article of a hundred thousand elements', paras.join('\n'));
}

/**
 * An article whose paragraphs sit `visibleDepth` elements deep, beside a hidden subtree
 * nested `depth` deep that holds text too. The HTML parser caps nesting (512 in Chromium),
 * so an inline script builds both with DOM calls before DOMContentLoaded. The deepest
 * part is `display: none` because browsers themselves cannot lay out thousands of nested
 * boxes (Chromium's renderer crashes at about 3,000 visible levels, without any extension);
 * the extension's DOM walks still have to go all the way down.
 */
export function deepPage(depth = 5_000, visibleDepth = 1_000): string {
  const paras = JSON.stringify(seedParagraphs());
  return articlePage(
    'An article nested five thousand deep',
    `<div id="deep-visible"></div><div id="deep-hidden" style="display:none"></div>
<script>
  (function () {
    function nest(el, n) { for (var i = 0; i < n; i++) { var d = document.createElement(i % 2 ? 'div' : 'section'); el.appendChild(d); el = d; } return el; }
    function depthOf(el) { var k = 0; for (var n = el; n; n = n.parentElement) k++; return k; }
    var shown = nest(document.getElementById('deep-visible'), ${visibleDepth});
    ${paras}.forEach(function (t) { var p = document.createElement('p'); p.textContent = t; shown.appendChild(p); });
    var hidden = nest(document.getElementById('deep-hidden'), ${depth});
    var p = document.createElement('p'); p.textContent = ${paras}[0]; hidden.appendChild(p);
    document.documentElement.dataset.depth = String(depthOf(hidden));
    document.documentElement.dataset.visibleDepth = String(depthOf(shown));
  })();
</script>`,
  );
}

/**
 * A page whose own scripts sabotage the built-ins the extension uses (in the page's world:
 * the content script's isolated world must not see it) and claim our custom element names.
 */
export function builtinsPage(): string {
  const sabotage = `<script>
  (function () {
    window.__sabotageRan = [];
    var boom = function (name) { return function () { window.__sabotageRan.push(name); throw new Error('sabotaged ' + name); }; };
    Array.prototype.map = boom('Array.prototype.map');
    Array.prototype.forEach = boom('Array.prototype.forEach');
    Array.prototype.filter = boom('Array.prototype.filter');
    Array.from = boom('Array.from');
    JSON.parse = boom('JSON.parse');
    JSON.stringify = boom('JSON.stringify');
    Object.keys = boom('Object.keys');
    Object.entries = boom('Object.entries');
    String.prototype.split = boom('String.prototype.split');
    String.prototype.trim = boom('String.prototype.trim');
    String.prototype.replace = boom('String.prototype.replace');
    RegExp.prototype.exec = boom('RegExp.prototype.exec');
    RegExp.prototype.test = boom('RegExp.prototype.test');
    Element.prototype.attachShadow = boom('Element.prototype.attachShadow');
    Element.prototype.querySelectorAll = boom('Element.prototype.querySelectorAll');
    Document.prototype.createElement = boom('Document.prototype.createElement');
    Document.prototype.createTreeWalker = boom('Document.prototype.createTreeWalker');
    Node.prototype.appendChild = boom('Node.prototype.appendChild');
    Node.prototype.insertBefore = boom('Node.prototype.insertBefore');
    Text.prototype.splitText = boom('Text.prototype.splitText');
    window.getComputedStyle = boom('getComputedStyle');
    window.MutationObserver = boom('MutationObserver');
    window.Promise = boom('Promise');
    window.setTimeout = boom('setTimeout');
    window.requestIdleCallback = boom('requestIdleCallback');
    performance.now = boom('performance.now');
    Object.defineProperty(Object.prototype, 'payload', { get: boom('Object.prototype.payload'), configurable: true });
    Object.defineProperty(Object.prototype, 'status', { set: boom('Object.prototype.status'), configurable: true });
    // Our element names, taken by the page first.
    class Squatter extends HTMLElement {
      constructor() { super(); window.__squatterBuilt = (window.__squatterBuilt || 0) + 1; }
      connectedCallback() { window.__squatterConnected = (window.__squatterConnected || 0) + 1; }
    }
    customElements.define('news-context-badge', Squatter);
    customElements.define('news-context-highlight', class extends Squatter {});
  })();
</script>`;
  return articlePage('Secret talks, on a page that breaks the built-ins', paragraphsOf(6_000).join('\n'), sabotage);
}

/**
 * A page that takes our element names with a class that grabs a closed shadow root of its
 * own first and fills it, so the extension's elements of those names cannot get theirs.
 */
export function squatterPage(): string {
  const squat = `<script>
  (function () {
    window.__squatted = 0;
    class Squatter extends HTMLElement {
      constructor() { super(); var r = this.attachShadow({ mode: 'closed' }); r.textContent = 'squatted'; window.__squatted++; }
    }
    customElements.define('news-context-badge', Squatter);
    customElements.define('news-context-highlight', class extends Squatter {});
  })();
</script>`;
  return articlePage('Secret talks, on a page that squats our element names', paragraphsOf(6_000).join('\n'), squat);
}

/** The seed article under the strictest CSP (served with `STRICT_CSP`). */
export function strictCspPage(): string {
  return articlePage('Secret talks, under a strict policy', paragraphsOf(6_000).join('\n'));
}

/** Forbids everything a page can forbid, Trusted Types included. */
export const STRICT_CSP = "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; font-src 'none'; connect-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

/** An article whose page also holds frames: a same-origin article, a srcdoc article, a nested frame. */
export function framesPage(): string {
  const inner = articlePage('The framed article', paragraphsOf(3_000).join('\n')).replace(/"/g, '&quot;');
  return articlePage(
    'Secret talks, with frames',
    `${paragraphsOf(6_000).join('\n')}
<iframe id="f-same" src="/framed.html" width="600" height="300"></iframe>
<iframe id="f-srcdoc" srcdoc="${inner}" width="600" height="300"></iframe>
<iframe id="f-nested" srcdoc="&lt;iframe src=&quot;/framed.html&quot;&gt;&lt;/iframe&gt;" width="600" height="300"></iframe>`,
  );
}

/** The page the frames load. */
export function framedPage(): string {
  return articlePage('The framed article', paragraphsOf(3_000).join('\n'));
}

/** A frameset document: no body at all. */
export function framesetPage(): string {
  return `${articleHead('Secret talks, in a frameset')}
<frameset cols="50%,50%"><frame src="/framed.html"><frame src="/framed.html"></frameset></html>`;
}

/**
 * An article that never stops changing: a ticker rewrites its text every 50 ms, a live
 * feed adds 600 characters every 900 ms (more than the extension's re-analysis threshold,
 * spaced beyond its debounce), and an old item is removed each time.
 */
export function mutatingPage(): string {
  const paras = JSON.stringify(seedParagraphs());
  return articlePage(
    'Secret talks, live',
    `${paragraphsOf(6_000).join('\n')}
<aside><p id="ticker">0</p><ul id="feed"></ul></aside>
<script>
  (function () {
    var paras = ${paras}, n = 0, t = 0;
    window.__mutations = 0;
    setInterval(function () { document.getElementById('ticker').textContent = 'Markets ' + (++t); window.__mutations++; }, 50);
    setInterval(function () {
      var feed = document.getElementById('feed');
      var li = document.createElement('li');
      li.textContent = paras[n % paras.length] + ' ' + paras[(n + 1) % paras.length] + ' (live ' + (++n) + ')';
      feed.appendChild(li);
      if (feed.children.length > 5) feed.removeChild(feed.firstChild);
      window.__mutations++;
    }, 900);
  })();
</script>`,
  );
}

/**
 * A long story with no article markup (no JSON-LD, og:type, date or byline), a headline and
 * `paragraphs` paragraphs with inline markup and links: only its text can decide, so detection
 * walks it all (some 60,000 nodes at 6,000 paragraphs). With `recordTurns`, a page-world timer
 * loop records in `window.__turns` when the page gets its own turns.
 */
export function unmarkedStoryPage(paragraphs = 6_000, { recordTurns = false } = {}): string {
  const p = (i: number): string =>
    `<p>Paragraph ${i}: the <span>minister</span> said on <b>Tuesday</b> that the <a href="/x${i}">plan</a> would go ahead despite objections.</p>`;
  const turns = recordTurns
    ? `<script>
  window.__turns = [];
  (function turn() { window.__turns.push(performance.now()); if (window.__turns.length < 20000) setTimeout(turn, 0); })();
</script>`
    : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council approves the new budget plan after a long debate</title>
${turns}</head>
<body><main><h1>Council approves the new budget plan after a long debate</h1>
${Array.from({ length: paragraphs }, (_, i) => p(i)).join('\n')}
</main></body></html>`;
}
