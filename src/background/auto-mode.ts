/**
 * Automatic mode: the content script is registered for every web page while the reader
 * has both switched it on in the settings and granted the optional host permission, and
 * unregistered as soon as either is withdrawn.
 */
import { AUTO_ORIGINS, hasAutoPermission } from '../platform/permissions';
import { syncAutoContentScript } from '../platform/scripting';
import { loadSettings } from '../platform/settings-store';

let queue: Promise<unknown> = Promise.resolve();

/**
 * Brings the registration in line with the settings and the permission. Calls are
 * serialised (events can fire together at start-up); resolves to whether the script is
 * registered afterwards.
 */
export function syncAutoMode(): Promise<boolean> {
  const next = queue.then(async () => {
    const [settings, granted] = await Promise.all([loadSettings(), hasAutoPermission()]);
    return syncAutoContentScript(settings.autoAnalyze && granted, AUTO_ORIGINS, settings.neverRunOn);
  });
  queue = next.catch((err: unknown) => console.error('[news-context] automatic mode', err));
  return next;
}
