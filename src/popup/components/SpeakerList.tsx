import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PageAnalysis, SpeakerKind } from '../../core/index';
import { filterSpeakers, kindsPresent, type KindFilter } from '../filter';
import { t } from '../../ui/i18n';
import { KIND_ORDER, kindLabel, kindPluralLabel, displayName, sourceCount, statementCount, stripQuoteMarks, viaLine } from '../wording';
import { Highlight } from './Highlight';
import { SearchIcon } from './Icons';

/** Props of {@link SpeakerList}. */
export interface SpeakerListProps {
  analysis: PageAnalysis;
  /** Scrolls the page to claim `index` (through the connector). */
  onJump: (index: number) => void;
}

/**
 * "Who said what": speakers grouped, most-cited first, with kind, role, "via outlet" and
 * their claims; a kind filter and a search box. The claims form one list for the
 * keyboard: Tab enters it once, arrow keys (and Home/End) move, Enter jumps to the claim.
 */
export function SpeakerList({ analysis, onJump }: SpeakerListProps) {
  const [kind, setKind] = useState<KindFilter>('all');
  const [query, setQuery] = useState('');
  const [active, setActive] = useState<number | null>(null);
  const [jumped, setJumped] = useState<number | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const groups = useMemo(() => filterSpeakers(analysis, kind, query), [analysis, kind, query]);
  const order = useMemo(() => groups.flatMap((g) => g.claims.map((c) => c.index)), [groups]);
  const kinds = useMemo(() => kindsPresent(analysis, KIND_ORDER), [analysis]);
  const current = active !== null && order.includes(active) ? active : (order[0] ?? null);

  useEffect(() => {
    if (active !== null && !order.includes(active)) setActive(null);
  }, [order, active]);

  const focusClaim = (index: number) => {
    setActive(index);
    listRef.current?.querySelector<HTMLElement>(`[data-claim="${index}"]`)?.focus();
  };

  const onListKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    const index = Number(target.dataset.claim);
    if (!Number.isInteger(index)) return;
    const pos = order.indexOf(index);
    let next: number | undefined;
    if (e.key === 'ArrowDown') next = order[Math.min(order.length - 1, pos + 1)];
    else if (e.key === 'ArrowUp') {
      if (pos === 0) {
        e.preventDefault();
        searchRef.current?.focus();
        return;
      }
      next = order[pos - 1];
    } else if (e.key === 'Home') next = order[0];
    else if (e.key === 'End') next = order[order.length - 1];
    if (next !== undefined) {
      e.preventDefault();
      focusClaim(next);
    }
  };

  const onSearchKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && query) {
      e.preventDefault();
      setQuery('');
    } else if (e.key === 'ArrowDown' && current !== null) {
      e.preventDefault();
      focusClaim(current);
    }
  };

  const jump = (index: number) => {
    setActive(index);
    setJumped(index);
    onJump(index);
  };

  const shownClaims = order.length;
  const chip = (value: KindFilter, label: string, count: number) => (
    <button
      type="button"
      class="nc-chip"
      aria-pressed={kind === value}
      onClick={() => setKind(value)}
    >
      {label}
      <span class="nc-chip-count">{count}</span>
    </button>
  );

  return (
    <section class="nc-speakers" aria-labelledby="nc-speakers-heading">
      <div class="nc-section-head">
        <h2 id="nc-speakers-heading" class="nc-section-heading">{t('popupSpeakersHeading')}</h2>
        <span class="nc-section-note">
          {sourceCount(analysis.speakers.length)} · {statementCount(analysis.claims.length)}
        </span>
      </div>
      {kinds.length > 1 && (
        <div class="nc-chips" role="group" aria-label={t('popupFilterLabel')}>
          {chip('all', t('popupFilterAll'), analysis.speakers.length)}
          {kinds.map((k) => chip(k.kind, kindPluralLabel(k.kind as SpeakerKind), k.speakers))}
        </div>
      )}
      <div class="nc-search">
        <SearchIcon />
        <input
          ref={searchRef}
          type="search"
          class="nc-search-input"
          value={query}
          placeholder={t('popupSearchPlaceholder')}
          aria-label={t('popupSearchLabel')}
          aria-controls={groups.length > 0 ? "nc-claim-list" : undefined}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={onSearchKeyDown}
        />
      </div>
      <p id="nc-claim-hint" class="nc-sr-only">{t('popupClaimJumpHint')}</p>
      <p class="nc-sr-only" role="status" aria-live="polite">
        {kind !== 'all' || query ? t('popupResults', sourceCount(groups.length), statementCount(shownClaims)) : ''}
      </p>
      {groups.length === 0 ? (
        <div class="nc-no-results">
          <p>{query ? t('popupNoMatch', query) : t('popupNoMatchKind')}</p>
          <button type="button" class="nc-button" onClick={() => { setQuery(''); setKind('all'); searchRef.current?.focus(); }}>
            {t('popupClearFilters')}
          </button>
        </div>
      ) : (
        <ul id="nc-claim-list" class="nc-speaker-list" ref={listRef} onKeyDown={onListKeyDown} aria-label={t('popupSpeakersHeading')}>
          {groups.map(({ speaker, claims }) => {
            const meta = [speaker.role, viaLine(speaker.via)].filter(Boolean) as string[];
            return (
              <li key={`${speaker.kind}:${speaker.name}`} class="nc-speaker" data-kind={speaker.kind}>
                <div class="nc-speaker-head">
                  <span class={`nc-swatch nc-kind-bg--${speaker.kind}`} aria-hidden="true" />
                  <h3 class="nc-speaker-name"><Highlight text={displayName(speaker.name)} query={query} /></h3>
                  <span class="nc-kind">{kindLabel(speaker.kind)}</span>
                  <span class="nc-speaker-count" title={statementCount(speaker.claims)}>
                    <span aria-hidden="true">{speaker.claims}</span>
                    <span class="nc-sr-only">{statementCount(speaker.claims)}</span>
                  </span>
                </div>
                {meta.length > 0 && (
                  <p class="nc-speaker-meta"><Highlight text={meta.join(' · ')} query={query} /></p>
                )}
                <ul class="nc-claims">
                  {claims.map(({ index, claim }) => (
                    <li key={index}>
                      <button
                        type="button"
                        class={`nc-claim${claim.direct ? ' nc-claim--quote' : ''}${jumped === index ? ' nc-claim--current' : ''}`}
                        data-claim={index}
                        tabIndex={current === index ? 0 : -1}
                        aria-current={jumped === index ? 'true' : undefined}
                        aria-describedby="nc-claim-hint"
                        onFocus={() => setActive(index)}
                        onClick={() => jump(index)}
                      >
                        <span class="nc-claim-head">
                          <span class="nc-claim-tag">
                            {claim.direct ? t('popupQuote') : t('popupParaphrase')}
                            {claim.nested ? ` · ${t('popupNested')}` : ''}
                          </span>
                          {claim.cue.text.trim() && (
                            <span class="nc-claim-cue">{t('popupCue', claim.cue.text.replace(/\s+/g, ' ').trim())}</span>
                          )}
                        </span>
                        <span class="nc-claim-text">
                          {claim.direct ? '“' : ''}
                          <Highlight text={claim.direct ? stripQuoteMarks(claim.content.text) : claim.content.text} query={query} />
                          {claim.direct ? '”' : ''}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
