import { useState } from 'preact/hooks';
import type { PageAnalysis } from '../../core/index';
import { originalLink } from '../export';
import { t } from '../../ui/i18n';
import { outletCountLabel, safeHttpUrl } from '../wording';
import { ChevronIcon, ExternalIcon } from './Icons';

/** Props of {@link OriginCard}. */
export interface OriginCardProps {
  analysis: PageAnalysis;
  /** Opens an article link in a new tab (through the connector). */
  onOpenLink: (url: string) => void;
}

/**
 * "Originally reported by X": the first thing the eye meets, with the evidence sentence
 * one click away, "read the original" when the article links it, and the other outlets
 * cited with their counts. Links are only ever http(s).
 */
export function OriginCard({ analysis, onOpenLink }: OriginCardProps) {
  const [open, setOpen] = useState(false);
  const origin = analysis.originalReporter;
  const link = originalLink(analysis);
  const others = analysis.outlets.filter((o) => !origin || o.name.toLowerCase() !== origin.name.toLowerCase());
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
      (e.currentTarget as HTMLElement).querySelector<HTMLElement>('.nc-evidence-toggle')?.focus();
    }
  };
  return (
    <section class={origin ? 'nc-origin' : 'nc-origin nc-origin--none'} aria-labelledby="nc-origin-label" onKeyDown={onKeyDown}>
      <p id="nc-origin-label" class="nc-eyebrow">{origin ? t('popupOriginLabel') : t('popupOriginLabelNone')}</p>
      {origin ? (
        <>
          <p class="nc-origin-name">{origin.name}</p>
          {analysis.wire && analysis.wire !== origin.name && (
            <p class="nc-origin-wire">{t('popupWire', analysis.wire)}</p>
          )}
          <div class="nc-origin-actions">
            {origin.evidence && (
              <button
                type="button"
                class="nc-link-button nc-evidence-toggle"
                aria-expanded={open}
                aria-controls={open ? "nc-origin-evidence" : undefined}
                onClick={() => setOpen(!open)}
              >
                <ChevronIcon />
                {open ? t('popupEvidenceHide') : t('popupEvidenceShow')}
              </button>
            )}
            {link && (
              <a
                class="nc-link-button"
                href={link}
                target="_blank"
                rel="noopener noreferrer"
                onClick={(e) => { e.preventDefault(); onOpenLink(link); }}
              >
                {t('popupReadOriginal')}
                <ExternalIcon />
              </a>
            )}
          </div>
          {open && (
            <blockquote id="nc-origin-evidence" class="nc-evidence">{origin.evidence}</blockquote>
          )}
        </>
      ) : (
        <p class="nc-origin-none">
          {analysis.wire ? t('popupWire', analysis.wire) : t('popupOriginNone')}
        </p>
      )}
      {others.length > 0 && (
        <div class="nc-cited">
          <p class="nc-cited-label">{t('popupAlsoCited')}</p>
          <ul class="nc-cited-list">
            {others.map((o) => {
              const href = safeHttpUrl(o.link);
              return (
                <li key={o.name} class="nc-cited-item">
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer" onClick={(e) => { e.preventDefault(); onOpenLink(href); }}>
                      {o.name}
                    </a>
                  ) : (
                    <span class="nc-cited-name">{o.name}</span>
                  )}
                  <span class="nc-cited-count">{outletCountLabel(o)}</span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
