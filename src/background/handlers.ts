/**
 * The background's message handlers. Payloads arrive validated (`platform/messaging`
 * checks the sender and runs the validators of `messages.ts`); state lives in
 * `storage.session`, so a sleeping and restarted background loses nothing.
 *
 * Every message here comes from a content script. The background listens with
 * `requireTab`, so the router already drops senders without a tab (extension pages); each
 * handler refuses them again with {@link REFUSE} (no answer, exactly as the router's drop),
 * so installed without that option they still get nothing.
 */
import { analyzePage } from '../core/index';
import { MAX_ARTICLE_CHARS, type AnalyzePageResult, type BackgroundMessageType } from '../messages';
import { setTabBadge } from '../platform/action';
import { REFUSE, type Handlers } from '../platform/messaging';
import { parseHtml } from '../platform/parse-html';
import { message } from '../platform/runtime';
import { removeTabState, setTabState } from '../platform/session-store';

/** The handlers of every message the background answers (a missing one fails to compile). */
export const backgroundHandlers: Handlers<BackgroundMessageType> = {
  'tab/claims': async ({ count }, sender) => {
    if (sender.tabId === null) return REFUSE;
    // Our content script runs only in top frames; a sub-frame's count is not the tab's.
    if (sender.frameId !== 0) return { ok: false };
    if (count === null) await removeTabState(sender.tabId);
    else await setTabState(sender.tabId, { claims: count, updated: Date.now() });
    await setTabBadge(sender.tabId, count);
    return { ok: true };
  },
  'article/analyze-page': ({ html, detection, url }, sender): AnalyzePageResult | typeof REFUSE => {
    // Only the content script of a tab's top frame analyses its page (it runs nowhere else).
    // A sender without a tab is no content script: refused, no answer (see above). A
    // sub-frame is answered with a failure, as `tab/claims` answers it.
    if (sender.tabId === null) return REFUSE;
    if (sender.frameId !== 0) return { ok: false, message: 'not a top-frame content script' };
    try {
      // The content script detected on the live page (and asked, or was forced): analysed as it is.
      const result = analyzePage(parseHtml(html), url, { detection, force: true, maxArticleChars: MAX_ARTICLE_CHARS });
      if (result.ok) return { ok: true, analysis: result.analysis };
      if (result.reason === 'too-large') return { ok: false, tooLarge: result.chars };
      return { ok: false, message: message('errorAnalysis', [], 'The analysis failed on this page.') };
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
