/**
 * The background's entry (a service worker in Chromium, an event page in Firefox). Every
 * listener is registered synchronously at the top level, so events that wake the
 * background are delivered.
 */
import { listen } from '../platform/messaging';
import { onPermissionsChanged } from '../platform/permissions';
import { onLifecycle } from '../platform/runtime';
import { onSettingsChanged } from '../platform/settings-store';
import { onTabLoading, onTabRemoved, onTabReplaced } from '../platform/tabs';
import { syncAutoMode } from './auto-mode';
import { backgroundHandlers, forgetTab } from './handlers';

listen(backgroundHandlers, { requireTab: true });
onTabLoading((tabId) => void forgetTab(tabId, false));
onTabRemoved((tabId) => void forgetTab(tabId, true));
onTabReplaced((tabId) => void forgetTab(tabId, true));
onLifecycle(() => void syncAutoMode());
onPermissionsChanged(() => void syncAutoMode());
onSettingsChanged(() => void syncAutoMode());
void syncAutoMode();
