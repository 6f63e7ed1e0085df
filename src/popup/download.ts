/**
 * Saving the summary as a file, without the `downloads` permission: a temporary object
 * URL on an `<a download>` element, clicked and revoked.
 */
import { hostOf } from './wording';
import type { ExportFormat } from './export';

/** A file to save. */
export interface SavedFile {
  name: string;
  text: string;
  type: string;
}

/** How long the object URL lives after the click: the browser reads it asynchronously. */
const REVOKE_AFTER_MS = 60_000;

/** "news-context-mamosnigeria.com-2026-11-28.md": the page's host and the day, never path characters. */
export function exportFileName(url: string | null, format: ExportFormat, date: Date): string {
  const host = (hostOf(url) ?? 'page').replace(/[^a-z0-9.-]/gi, '-');
  const day = date.toISOString().slice(0, 10);
  return `news-context-${host}-${day}.${format === 'json' ? 'json' : 'md'}`;
}

/** The summary as a file in `format`. */
export function summaryFile(text: string, url: string | null, format: ExportFormat, date: Date): SavedFile {
  return {
    name: exportFileName(url, format, date),
    text,
    type: format === 'json' ? 'application/json' : 'text/markdown',
  };
}

/** Saves `file` through the browser's download of an object URL. Does nothing where object URLs are missing. */
export function downloadFile(file: SavedFile): void {
  if (typeof URL.createObjectURL !== 'function') return;
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
