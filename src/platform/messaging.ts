/**
 * Typed messaging over `runtime`/`tabs` messages. Senders get the response type from
 * the message map; receivers get a router that drops anything not sent by this
 * extension and validates every payload before a handler sees it.
 */
import {
  parseEnvelope,
  validateRequest,
  type Envelope,
  type MessageType,
  type RequestOf,
  type ResponseOf,
} from '../messages';
import { browser, type Runtime } from './browser-api';

/** What a handler learns about the sender, already checked to be this extension. */
export interface SenderInfo {
  /** The tab of a content script sender; null for extension pages. */
  tabId: number | null;
  /** The frame of a content script sender (0 is the top frame). */
  frameId: number | null;
  url: string | null;
}

/**
 * What a handler returns to refuse a message its sender may not send (a check only the
 * handler can make). The sender gets no answer (`undefined`), as for a message the router
 * drops, never an error object it could mistake for a reply.
 */
export const REFUSE: unique symbol = Symbol('news-context/refuse');

/** A handler of message `T`: its response, or {@link REFUSE}. */
export type Handler<T extends MessageType> = (
  payload: RequestOf<T>,
  sender: SenderInfo,
) => Promise<ResponseOf<T> | typeof REFUSE> | ResponseOf<T> | typeof REFUSE;

/** A complete set of handlers for the messages `T`: a missing one fails to compile. */
export type Handlers<T extends MessageType> = { [K in T]: Handler<K> };

/** Sends a message to the background; resolves with its typed response. */
export async function sendToBackground<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const envelope: Envelope<T> = { type, payload };
  return (await browser.runtime.sendMessage(envelope)) as ResponseOf<T>;
}

/** Sends a message to the top frame's content script in `tabId`; rejects when none listens. */
export async function sendToTab<T extends MessageType>(tabId: number, type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const envelope: Envelope<T> = { type, payload };
  return (await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 })) as ResponseOf<T>;
}

/** True when an error from {@link sendToTab} means no content script is listening in the tab. */
export function isNoReceiverError(err: unknown): boolean {
  const msg = err instanceof Error ? err.message : String(err);
  // Chromium: "Could not establish connection. Receiving end does not exist."
  // Firefox: "Could not establish connection. Receiving end does not exist." as well.
  return /receiving end does not exist|could not establish connection/i.test(msg);
}

/** Options of {@link listen}. */
export interface ListenOptions {
  /** Accept only senders that are content scripts (have a tab). */
  requireTab?: boolean;
  /** Accept only senders that are extension pages (no tab, or an extension URL). */
  requireExtensionPage?: boolean;
}

/**
 * Installs the one message listener of this context. Messages from other extensions or
 * web pages, unknown types, senders the options exclude and malformed payloads are ignored
 * (no response is sent, so the sender sees an error or `undefined`); a handler that returns
 * {@link REFUSE} answers `undefined`. Returns a function that removes the listener.
 */
export function listen<T extends MessageType>(handlers: Handlers<T>, options: ListenOptions = {}): () => void {
  const ownId = browser.runtime.id;
  const extensionOrigin = browser.runtime.getURL('');
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (r: unknown) => void): true | undefined => {
    if (sender.id !== ownId) return undefined;
    const envelope = parseEnvelope(message);
    if (!envelope || !Object.prototype.hasOwnProperty.call(handlers, envelope.type)) return undefined;
    const tabId = sender.tab?.id ?? null;
    const url = sender.url ?? null;
    if (options.requireTab && tabId === null) return undefined;
    if (options.requireExtensionPage && !(url !== null && url.startsWith(extensionOrigin))) return undefined;
    const type = envelope.type as T;
    const payload = validateRequest(type, envelope.payload);
    if (payload === null) return undefined;
    const handler = handlers[type] as Handler<T>;
    Promise.resolve()
      .then(() => handler(payload, { tabId, frameId: sender.frameId ?? null, url }))
      .then((response) => sendResponse(response === REFUSE ? undefined : response), (err: unknown) => {
        console.error('[news-context]', type, err);
        sendResponse(undefined);
      });
    // Keep the channel open for the asynchronous response (works natively in both browsers).
    return true;
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  return () => browser.runtime.onMessage.removeListener(listener as Parameters<typeof browser.runtime.onMessage.removeListener>[0]);
}
