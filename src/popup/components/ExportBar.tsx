import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageAnalysis } from '../../core/index';
import { downloadFile, summaryFile, type SavedFile } from '../download';
import { exportSummary, type ExportFormat } from '../export';
import { t } from '../../ui/i18n';

/** Props of {@link ExportBar}. */
export interface ExportBarProps {
  analysis: PageAnalysis;
  /** The reader's preferred format (settings); offered first. */
  preferred: ExportFormat;
  copy: (text: string) => Promise<void>;
  /** The time stamped on the export; now by default. */
  now?: () => Date;
  /** Saves a file; a download of an object URL by default. */
  save?: (file: SavedFile) => void;
}

/** How long "Copied" stays on screen. */
const FEEDBACK_MS = 2500;

/**
 * Copy the summary as Markdown or JSON (the preferred format first), or save it as a file
 * in the preferred format, with spoken feedback.
 */
export function ExportBar({ analysis, preferred, copy, now = () => new Date(), save = downloadFile }: ExportBarProps) {
  const [feedback, setFeedback] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const formats: ExportFormat[] = preferred === 'json' ? ['json', 'markdown'] : ['markdown', 'json'];
  const run = async (format: ExportFormat) => {
    const text = exportSummary(analysis, format, { exportedAt: now().toISOString() });
    let message: string;
    try {
      await copy(text);
      message = format === 'json' ? t('popupCopiedJson') : t('popupCopiedMarkdown');
    } catch {
      message = t('popupCopyFailed');
    }
    setFeedback(message);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setFeedback(''), FEEDBACK_MS);
  };
  const saveFile = () => {
    const date = now();
    const text = exportSummary(analysis, preferred, { exportedAt: date.toISOString() });
    try {
      save(summaryFile(text, analysis.url, preferred, date));
      setFeedback(t('popupSaved'));
    } catch {
      setFeedback(t('popupSaveFailed'));
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setFeedback(''), FEEDBACK_MS);
  };
  return (
    <div class="nc-export">
      {formats.map((f, i) => (
        <button
          key={f}
          type="button"
          class={i === 0 ? 'nc-button nc-button--primary' : 'nc-button'}
          onClick={() => void run(f)}
        >
          {f === 'json' ? t('popupCopyJson') : t('popupCopyMarkdown')}
        </button>
      ))}
      <button type="button" class="nc-link-button nc-save" onClick={saveFile}>
        {preferred === 'json' ? t('popupSaveJson') : t('popupSaveMarkdown')}
      </button>
      <span class="nc-feedback" role="status" aria-live="polite">{feedback}</span>
    </div>
  );
}
