/**
 * A connector that serves fixed views, for component tests, the static preview and
 * development without an extension. It records what the popup asked for, so tests can
 * check that a click reached the page.
 */
import type { PopupView } from '../messages';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../settings';
import type { AnalyzeOptions, Connector } from '../ui/connector';

/** How the mock behaves. */
export interface MockOptions {
  /** What `load()` answers. */
  view: PopupView;
  /** What `analyzeAnyway()` answers; the same as `view` when absent. */
  forcedView?: PopupView;
  /**
   * When `view` is the blocked state: what the page answers once the popup asks to ignore
   * the block (`{ ignoreBlock: true }`); without it, even `analyzeAnyway()` answers `view`,
   * as the real connector does. The same as `view` when absent.
   */
  unblockedView?: PopupView;
  settings?: Settings;
  /** Milliseconds before `load()` and `analyzeAnyway()` answer (to show the analysing state). */
  delayMs?: number;
  /** Whether the optional host permission starts granted. */
  permission?: boolean;
  /** Whether the browser grants the permission when asked. */
  grantOnRequest?: boolean;
  /** Make `load()` reject with this message (a broken extension context). */
  failWith?: string;
}

/** Everything the popup asked the mock for, in order. */
export interface MockCalls {
  load: number;
  analyzeAnyway: number;
  /** How many of those asked to ignore the reader's block of the site. */
  ignoreBlock: number;
  scrolledTo: number[];
  badges: boolean[];
  opened: string[];
  copied: string[];
  savedSettings: Settings[];
  optionsOpened: number;
}

/** A {@link Connector} backed by fixtures, with the calls it received. */
export interface MockConnector extends Connector {
  calls: MockCalls;
  /** Whether the optional host permission is granted now. */
  permissionGranted(): boolean;
}

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Makes a mock connector serving `options.view`. */
export function createMockConnector(options: MockOptions): MockConnector {
  let settings = parseSettings(options.settings ?? DEFAULT_SETTINGS);
  let granted = options.permission ?? false;
  const calls: MockCalls = {
    load: 0, analyzeAnyway: 0, ignoreBlock: 0, scrolledTo: [], badges: [], opened: [], copied: [], savedSettings: [], optionsOpened: 0,
  };
  const answer = async (view: PopupView): Promise<PopupView> => {
    if (options.delayMs) await wait(options.delayMs);
    if (options.failWith) throw new Error(options.failWith);
    return structuredClone(view);
  };
  /** The view of one request: a blocked site stays blocked unless asked to ignore it. */
  const pick = (forced: boolean, request: AnalyzeOptions | undefined): PopupView => {
    const ignore = request?.ignoreBlock === true;
    if (ignore) calls.ignoreBlock++;
    if (options.view.status === 'blocked') {
      if (!ignore) return options.view;
      const page = options.unblockedView ?? options.view;
      return forced ? options.forcedView ?? page : page;
    }
    return forced ? options.forcedView ?? options.view : options.view;
  };
  return {
    calls,
    permissionGranted: () => granted,
    load(request) {
      calls.load++;
      return answer(pick(false, request));
    },
    analyzeAnyway(request) {
      calls.analyzeAnyway++;
      return answer(pick(true, request));
    },
    async scrollToClaim(index) {
      calls.scrolledTo.push(index);
    },
    async setBadgesVisible(visible) {
      calls.badges.push(visible);
    },
    async getSettings() {
      return structuredClone(settings);
    },
    async setSettings(next) {
      settings = parseSettings(next);
      calls.savedSettings.push(structuredClone(settings));
    },
    async requestAutoPermission() {
      if (options.grantOnRequest ?? true) granted = true;
      return granted;
    },
    async hasAutoPermission() {
      return granted;
    },
    async revokeAutoPermission() {
      granted = false;
      return true;
    },
    async openOptionsPage() {
      calls.optionsOpened++;
    },
    async openLink(url) {
      calls.opened.push(url);
    },
    async copyText(text) {
      calls.copied.push(text);
    },
  };
}
