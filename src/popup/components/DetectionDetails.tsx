import type { Detection, Timings } from '../../core/index';
import { t } from '../../ui/i18n';

/** Props of {@link DetectionDetails}. */
export interface DetectionDetailsProps {
  detection: Detection;
  timings?: Timings;
  id: string;
}

function verdictLabel(v: Detection['verdict']): string {
  return v === 'article' ? t('popupVerdictArticle') : v === 'not-article' ? t('popupVerdictNotArticle') : t('popupVerdictUnsure');
}

/** Why the page was (or was not) taken for an article: verdict, score, signals, timings. */
export function DetectionDetails({ detection, timings, id }: DetectionDetailsProps) {
  return (
    <div id={id} class="nc-details">
      <dl class="nc-details-list">
        <dt>{t('popupDetailsVerdict')}</dt>
        <dd>{verdictLabel(detection.verdict)}</dd>
        <dt>{t('popupDetailsScore')}</dt>
        <dd>{Number.isFinite(detection.score) ? detection.score.toFixed(2) : '–'}</dd>
        {timings && (
          <>
            <dt>{t('popupDetailsTime')}</dt>
            <dd>{t('popupDetailsMs', Math.max(0, Math.round(timings.totalMs)))}</dd>
          </>
        )}
      </dl>
      {detection.signals.length > 0 ? (
        <ul class="nc-signals" aria-label={t('popupDetailsSignals')}>
          {detection.signals.map((s, i) => <li key={i}><code>{s}</code></li>)}
        </ul>
      ) : (
        <p class="nc-muted">{t('popupDetailsNoSignals')}</p>
      )}
    </div>
  );
}
