/**
 * The one place the extension API enters the code. webextension-polyfill passes the
 * native `browser` namespace through where it exists (Firefox, Chromium 15x) and wraps
 * `chrome` where it does not. Only files under `platform/` import this module.
 */
import browser from 'webextension-polyfill';

/** The extension API namespace (`browser.*`), promise-based in every browser. */
export { browser };
/** Types of the extension API, for the other platform modules. */
export type { Browser, Runtime, Tabs, Scripting, Storage, Permissions } from 'webextension-polyfill';
