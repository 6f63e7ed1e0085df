/** The toolbar button: its per-tab badge. */
import { browser } from './browser-api';

/** Badge colours: readable white-on-blue in light and dark toolbars. */
const BADGE_BACKGROUND = '#1f5fbf';
const BADGE_TEXT = '#ffffff';
/** Counts above this show as "999+": the badge holds about four characters. */
const MAX_SHOWN = 999;

/** The badge text for a claim count: empty for null, "999+" beyond the limit. */
export function badgeText(count: number | null): string {
  if (count === null) return '';
  return count > MAX_SHOWN ? `${MAX_SHOWN}+` : String(count);
}

/** Shows `count` on the toolbar button for `tabId` only; null clears it. Ignores closed tabs. */
export async function setTabBadge(tabId: number, count: number | null): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: badgeText(count) });
    if (count !== null) {
      await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_BACKGROUND });
      // setBadgeTextColor is newer than the rest of the action API: feature-detect it.
      const action = browser.action as typeof browser.action & {
        setBadgeTextColor?: (d: { tabId: number; color: string }) => Promise<void>;
      };
      if (typeof action.setBadgeTextColor === 'function') await action.setBadgeTextColor({ tabId, color: BADGE_TEXT });
    }
  } catch {
    // The tab closed between the message and the call: nothing to show.
  }
}

/** The badge text currently shown for `tabId` (tests and diagnostics). */
export async function getTabBadge(tabId: number): Promise<string> {
  return browser.action.getBadgeText({ tabId });
}
