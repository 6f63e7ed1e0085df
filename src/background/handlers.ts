/**
 * The background's message handlers. Payloads arrive validated (`platform/messaging`
 * checks the sender and runs the validators of `messages.ts`); state lives in
 * `storage.session`, so a sleeping and restarted background loses nothing.
 */
import { analyzeArticle, extractArticle } from '../core/index';
import { MAX_ARTICLE_CHARS, type AnalyzeArticleResult, type AnalyzePageResult, type BackgroundMessageType } from '../messages';
import { setTabBadge } from '../platform/action';
import type { Handlers } from '../platform/messaging';
import { parseHtml } from '../platform/parse-html';
import { message } from '../platform/runtime';
import { removeTabState, setTabState } from '../platform/session-store';

/** The handlers of every message the background answers (a missing one fails to compile). */
export const backgroundHandlers: Handlers<BackgroundMessageType> = {
  'tab/claims': async ({ count }, sender) => {
    if (sender.tabId === null || sender.frameId !== 0) return { ok: false };
    if (count === null) await removeTabState(sender.tabId);
    else await setTabState(sender.tabId, { claims: count, updated: Date.now() });
    await setTabBadge(sender.tabId, count);
    return { ok: true };
  },
  'article/analyze': ({ article, detection, url }): AnalyzeArticleResult => {
    try {
      return { ok: true, analysis: analyzeArticle(article, detection, url) };
    } catch (err) {
      console.error('[news-context] analyzeArticle failed', err);
      return { ok: false, message: message('errorAnalysis', [], 'The analysis failed on this page.') };
    }
  },
  'article/analyze-page': ({ html, detection, url }, sender): AnalyzePageResult => {
    // Only the content script of a tab's top frame analyses its page (it runs nowhere else).
    if (sender.tabId === null || sender.frameId !== 0) return { ok: false, message: 'not a top-frame content script' };
    try {
      const t0 = performance.now();
      const article = extractArticle(parseHtml(html), url);
      const extractMs = performance.now() - t0;
      if (article.text.length > MAX_ARTICLE_CHARS) return { ok: false, tooLarge: article.text.length };
      const analysis = analyzeArticle(article, detection, url);
      analysis.timings.extractMs = extractMs;
      analysis.timings.totalMs = extractMs + analysis.timings.attributeMs;
      return { ok: true, analysis };
    } catch (err) {
      console.error('[news-context] page analysis failed', err);
      return { ok: false, message: message('errorAnalysis', [], 'The analysis failed on this page.') };
    }
  },
};

/** Clears a tab's toolbar badge and state when it starts loading a new document. */
export async function forgetTab(tabId: number, closed: boolean): Promise<void> {
  await removeTabState(tabId);
  if (!closed) await setTabBadge(tabId, null);
}
