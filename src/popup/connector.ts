/**
 * The popup's only way to the rest of the extension. The real implementation talks to
 * the active tab through `platform/`; the mock serves fixture summaries so the popup is
 * built and tested without an extension.
 *
 * FIRST DRAFT (lead): the popup helper owns this interface and may extend it.
 */
import type { PopupView } from '../messages';
import type { Settings } from '../settings';

/** What the popup can ask for. */
export interface Connector {
  /** The current tab's view, analysing it if it has not been analysed yet. */
  load(): Promise<PopupView>;
  /** Analyse the page even though detection said it is not an article. */
  analyzeAnyway(): Promise<PopupView>;
  /** Scroll the page to claim `index` and highlight its sentence. */
  scrollToClaim(index: number): Promise<void>;
  /** Show or hide the inline badges on the page. */
  setBadgesVisible(visible: boolean): Promise<void>;
  getSettings(): Promise<Settings>;
  setSettings(settings: Settings): Promise<void>;
  /** Ask the browser for the optional host permission of automatic mode; true if granted. */
  requestAutoPermission(): Promise<boolean>;
  /** Open a URL the article links to ("read the original") in a new tab. */
  openLink(url: string): Promise<void>;
  /** Copy text to the clipboard. */
  copyText(text: string): Promise<void>;
}
