import type { PageAnalysis } from '../../core/index';
import { t } from '../../ui/i18n';
import { describeSourceMix, mixBars, sourceCount, statementCount } from '../wording';

/** Props of {@link SourceMixChart}. */
export interface SourceMixChartProps {
  analysis: Pick<PageAnalysis, 'speakers' | 'sourceMix'>;
}

/**
 * Where the statements come from: a stacked bar (decorative, hidden from assistive
 * technology), a legend with the numbers, and the sentence in words under it.
 */
export function SourceMixChart({ analysis }: SourceMixChartProps) {
  const bars = mixBars(analysis);
  const total = bars.reduce((n, b) => n + b.statements, 0);
  return (
    <section class="nc-mix" aria-labelledby="nc-mix-heading">
      <h2 id="nc-mix-heading" class="nc-section-heading">{t('popupMixHeading')}</h2>
      {total > 0 && (
        <div class="nc-mix-bar" aria-hidden="true">
          {bars.map((b) => (
            <span
              key={b.kind}
              class={`nc-mix-seg nc-kind-bg--${b.kind}`}
              style={{ flexGrow: b.statements, flexBasis: 0 }}
              title={`${b.label}: ${b.statements}`}
            />
          ))}
        </div>
      )}
      {bars.length > 0 && (
        <ul class="nc-mix-legend">
          {bars.map((b) => (
            <li key={b.kind} class="nc-mix-row" title={`${b.label}: ${sourceCount(b.sources)}, ${statementCount(b.statements)}`}>
              <span class={`nc-swatch nc-kind-bg--${b.kind}`} aria-hidden="true" />
              <span class="nc-mix-label">{b.label}</span>
              <span class="nc-mix-count">
                <span aria-hidden="true">{b.statements}</span>
                <span class="nc-sr-only">{statementCount(b.statements)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p class="nc-mix-line">{describeSourceMix(analysis.sourceMix)}</p>
    </section>
  );
}
