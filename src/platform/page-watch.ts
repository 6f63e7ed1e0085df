/**
 * Watching a page for single-page-app navigation and late-loaded text, for the content
 * script. The Navigation API reports history-API navigations where the browser has it;
 * elsewhere URL changes are noticed on `popstate` and by checking `location.href`
 * whenever the DOM changes (an SPA that changes its URL also changes its DOM).
 */

/** What changed on the page. */
export interface PageChange {
  /** The URL changed since the last report (SPA navigation). */
  urlChanged: boolean;
  /** Characters of text added to the page by DOM mutations since the last report. */
  addedChars: number;
}

/** Options of {@link watchPage}. */
export interface WatchOptions {
  /** Quiet time before a change is reported, in ms. */
  debounceMs: number;
  /** Nodes (and their subtrees) whose mutations are ours and must be ignored. */
  isOwnNode: (node: Node) => boolean;
  signal: AbortSignal;
}

interface NavigationLike extends EventTarget {
  currentEntry?: unknown;
}

/**
 * Calls `onChange` (debounced) after the URL changes or text is added to the page.
 * Stops when `signal` aborts. Does not modify the page.
 */
export function watchPage(onChange: (change: PageChange) => void, options: WatchOptions): void {
  const { signal } = options;
  let lastUrl = location.href;
  let addedChars = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = (): void => {
    if (signal.aborted) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const urlChanged = location.href !== lastUrl;
      lastUrl = location.href;
      const change = { urlChanged, addedChars };
      addedChars = 0;
      if (change.urlChanged || change.addedChars > 0) onChange(change);
    }, options.debounceMs);
  };

  const observer = new MutationObserver((records) => {
    let relevant = false;
    for (const r of records) {
      if (options.isOwnNode(r.target)) continue;
      for (const n of Array.from(r.addedNodes)) {
        if (options.isOwnNode(n)) continue;
        addedChars += n.nodeType === Node.TEXT_NODE || n.nodeType === Node.ELEMENT_NODE ? (n.textContent?.length ?? 0) : 0;
        relevant = true;
      }
      if (r.type === 'characterData') {
        addedChars += (r.target.textContent?.length ?? 0) > 0 ? 1 : 0;
        relevant = true;
      }
    }
    if (relevant || location.href !== lastUrl) schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });

  const nav = (globalThis as { navigation?: NavigationLike }).navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    nav.addEventListener('navigatesuccess', schedule, { signal });
  }
  addEventListener('popstate', schedule, { signal });
  addEventListener('hashchange', schedule, { signal });

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
