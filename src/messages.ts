/**
 * The message map shared by the content script, the background and the popup.
 * One entry per message, keyed `area/verb`: its request payload and its response.
 * Every handler validates its payload at the boundary (see `validate*` below): messages
 * are untrusted input.
 *
 * FIRST DRAFT (lead): the extension helper owns this file and may extend it; keep the
 * `PopupView` union stable, the popup is built against it.
 */
import type { Detection, PageAnalysis } from './core/index';

/** What the popup shows for a tab. */
export type PopupView =
  | { status: 'analysing' }
  /** Browser pages, the extension store, the PDF viewer: we cannot run there. */
  | { status: 'unreachable'; url: string | null }
  | { status: 'not-article'; detection: Detection }
  /** The page is larger than we analyse within budget. */
  | { status: 'too-large'; chars: number }
  | { status: 'ready'; analysis: PageAnalysis; badgesVisible: boolean }
  | { status: 'error'; message: string };

/** The messages, keyed `area/verb`. */
export interface MessageMap {
  /** popup -> content: analyse the page (again), optionally even if it is not an article. */
  'page/analyze': { request: { force: boolean }; response: PopupView };
  /** popup -> content: the current state without new work. */
  'page/state': { request: Record<string, never>; response: PopupView };
  /** popup -> content: scroll to claim `index` and highlight its sentence. */
  'page/scroll-to-claim': { request: { index: number }; response: { ok: boolean } };
  /** popup -> content: show or hide the inline badges. */
  'page/set-badges': { request: { visible: boolean }; response: { ok: boolean } };
  /** content -> background: the tab's claim count, for the toolbar badge (null clears it). */
  'tab/claims': { request: { count: number | null }; response: { ok: boolean } };
}

export type MessageType = keyof MessageMap;
export type RequestOf<T extends MessageType> = MessageMap[T]['request'];
export type ResponseOf<T extends MessageType> = MessageMap[T]['response'];

/** The envelope every message travels in. */
export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}
