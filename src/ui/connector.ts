/**
 * The popup's and the options page's only way to the rest of the extension. The real
 * implementation (`connector-extension.ts`) talks to the active tab through `platform/`;
 * the mock (`connector-mock.ts`) serves fixture views so the popup is built and tested
 * without an extension.
 */
import type { PopupView } from '../messages';
import type { Settings } from '../settings';

/** How the popup asks for a tab's view. */
export interface AnalyzeOptions {
  /**
   * Analyse even on a site the reader turned off in the settings ("never run on"), for
   * this request only: the settings stay as they are. Without it such a site answers
   * `{ status: 'blocked' }` and the page is not touched.
   */
  ignoreBlock?: boolean;
}

/** What the popup can ask for. */
export interface Connector {
  /** The current tab's view, analysing it if it has not been analysed yet. */
  load(options?: AnalyzeOptions): Promise<PopupView>;
  /** Analyse the page even though detection said it is not an article. */
  analyzeAnyway(options?: AnalyzeOptions): Promise<PopupView>;
  /** Scroll the page to claim `index` and highlight its sentence. */
  scrollToClaim(index: number): Promise<void>;
  /** Show or hide the inline badges on the page. */
  setBadgesVisible(visible: boolean): Promise<void>;
  /** The stored settings, already validated by `parseSettings`. */
  getSettings(): Promise<Settings>;
  /** Stores the settings (the platform validates them again with `parseSettings`). */
  setSettings(settings: Settings): Promise<void>;
  /** Ask the browser for the optional host permission of automatic mode; true if granted. */
  requestAutoPermission(): Promise<boolean>;
  /** True when the optional host permission of automatic mode is granted now. */
  hasAutoPermission(): Promise<boolean>;
  /** Give the optional host permission back; true if it is no longer granted. */
  revokeAutoPermission(): Promise<boolean>;
  /** Open the extension's options page. */
  openOptionsPage(): Promise<void>;
  /** Open a URL the article links to ("read the original") in a new tab. */
  openLink(url: string): Promise<void>;
  /** Copy text to the clipboard. */
  copyText(text: string): Promise<void>;
}

/** The part of {@link Connector} the options page uses. */
export type SettingsConnector = Pick<
  Connector,
  'getSettings' | 'setSettings' | 'requestAutoPermission' | 'hasAutoPermission' | 'revokeAutoPermission'
>;
