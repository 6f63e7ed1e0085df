/**
 * The background's message handlers. Payloads arrive validated (`platform/messaging`
 * checks the sender and runs the validators of `messages.ts`); state lives in
 * `storage.session`, so a sleeping and restarted background loses nothing.
 */
import { analyzeArticle } from '../core/index';
import type { AnalyzeArticleResult, BackgroundMessageType } from '../messages';
import { setTabBadge } from '../platform/action';
import type { Handlers } from '../platform/messaging';
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
};

/** Clears a tab's toolbar badge and state when it starts loading a new document. */
export async function forgetTab(tabId: number, closed: boolean): Promise<void> {
  await removeTabState(tabId);
  if (!closed) await setTabBadge(tabId, null);
}
