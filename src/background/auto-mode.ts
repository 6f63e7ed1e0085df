/**
 * Automatic mode: the content script is registered for the web pages the reader granted
 * host access to (all of them, or the sites they picked) while automatic analysis is on
 * in the settings, and unregistered as soon as either is withdrawn.
 */
import { grantedWebOrigins } from '../platform/permissions';
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
    const [settings, origins] = await Promise.all([loadSettings(), grantedWebOrigins()]);
    return syncAutoContentScript(settings.autoAnalyze && origins.length > 0, origins, settings.neverRunOn);
  });
  queue = next.catch((err: unknown) => console.error('[news-context] automatic mode', err));
  return next;
}
