/**
 * Helpers of the popup's component tests (jsdom): mount the popup against the connector
 * mock, wait for the view, press keys, find elements by their text.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { PopupView } from '../../src/messages';
import type { Settings } from '../../src/settings';
import { App } from '../../src/popup/App';
import { createMockConnector, type MockConnector, type MockOptions } from '../../src/popup/connector-mock';
import type { SavedFile } from '../../src/popup/download';

/** A mounted popup. */
export interface Mounted {
  root: HTMLElement;
  connector: MockConnector;
  closed: () => number;
  /** Files the popup saved (exports), in order. */
  saved: SavedFile[];
  unmount: () => void;
}

/** Lets pending promises and effects run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

/** Polls `check` (letting effects run between tries) until it holds, or throws after `timeoutMs`. */
export async function until(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
  }
}

/** Mounts the popup with a mock serving `view` and waits until it is shown. */
export async function mountPopup(view: PopupView, options: Partial<MockOptions> & { settings?: Settings } = {}): Promise<Mounted> {
  const root = document.createElement('div');
  document.body.appendChild(root);
  const connector = createMockConnector({ view, ...options });
  let closes = 0;
  const saved: SavedFile[] = [];
  await act(() => {
    render(
      <App connector={connector} onClose={() => { closes++; }} now={() => new Date('2026-11-28T01:00:00Z')} save={(f) => { saved.push(f); }} />,
      root,
    );
  });
  await flush();
  return {
    root,
    connector,
    closed: () => closes,
    saved,
    unmount: () => {
      render(null, root);
      root.remove();
    },
  };
}

/** Clicks an element inside `act`. */
export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(() => {
    (el as HTMLElement).click();
  });
  await flush();
}

/** Sends a keydown to `el` (bubbling, cancelable), inside `act`. */
export async function press(el: Element | null | undefined, key: string): Promise<KeyboardEvent> {
  if (!el) throw new Error('nothing to press on');
  const ev = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  await act(() => {
    el.dispatchEvent(ev);
  });
  await flush();
  return ev;
}

/** Types `value` into an input (an `input` event), inside `act`. */
export async function type(el: HTMLInputElement | null, value: string): Promise<void> {
  if (!el) throw new Error('no input');
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await flush();
}

/** The button whose visible text contains `text`. */
export function button(root: ParentNode, text: string | RegExp): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) =>
    typeof text === 'string' ? (b.textContent ?? '').includes(text) : text.test(b.textContent ?? ''));
}

/** The names of the speaker groups shown, in order. */
export function speakerNames(root: ParentNode): string[] {
  return [...root.querySelectorAll('.nc-speaker-name')].map((h) => h.textContent ?? '');
}
