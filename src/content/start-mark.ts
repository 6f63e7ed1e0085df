/**
 * When the content script started to run. Imported first by `main.ts`, so it is evaluated
 * before the rest of the bundle and the script's start-up cost can be measured.
 */
export const SCRIPT_START: number = performance.now();
