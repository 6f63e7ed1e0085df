import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PageAnalysis } from '../core/index';
import type { PopupView } from '../messages';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { ArticleHeader } from './components/ArticleHeader';
import { DetectionDetails } from './components/DetectionDetails';
import { Disclosure } from './components/Disclosure';
import { ExportBar } from './components/ExportBar';
import { GearIcon, LogoIcon } from './components/Icons';
import { OriginCard } from './components/OriginCard';
import { SourceMixChart } from './components/SourceMixChart';
import { SpeakerList } from './components/SpeakerList';
import { StateMessage } from './components/StateMessage';
import type { Connector } from '../ui/connector';
import type { SavedFile } from './download';
import { t } from '../ui/i18n';
import { hostOf } from './wording';

/** Props of {@link App}. */
export interface AppProps {
  connector: Connector;
  /** Closes the popup (Escape with nothing open); `window.close` by default. */
  onClose?: () => void;
  /** The clock of exports (tests pass a fixed one). */
  now?: () => Date;
  /** Saves an exported file (tests pass a recorder); a download by default. */
  save?: (file: SavedFile) => void;
}

/** A reader-facing message for a failure; never empty. */
function errorText(e: unknown): string {
  const m = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  return m.trim() || t('popupErrorUnknown');
}

const KNOWN = new Set(['analysing', 'unreachable', 'not-article', 'blocked', 'too-large', 'ready', 'error']);

/** How often to ask again while the page says it is still analysing, and how many times (about 30 s). */
const POLL_MS = 250;
const MAX_POLLS = 120;

/**
 * The popup: asks the connector for the tab's view and renders it. It starts in the
 * analysing state, so there is never a blank box, and every failure becomes the error
 * state with a plain message and a way to try again.
 */
export function App({ connector, onClose, now, save }: AppProps) {
  const [view, setView] = useState<PopupView>({ status: 'analysing' });
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);

  const runs = useRef(0);
  /**
   * True once the reader chose "Analyse this page once" on a site they turned off: every
   * later request of this popup (polling, "analyse anyway", "try again") goes past the
   * block too. Nothing is stored; the next popup finds the site turned off again.
   */
  const once = useRef(false);
  const run = useCallback(async (force: boolean) => {
    const id = ++runs.current;
    setView({ status: 'analysing' });
    const request = once.current ? { ignoreBlock: true } : undefined;
    let next: PopupView;
    try {
      next = force ? await connector.analyzeAnyway(request) : await connector.load(request);
      // The page may still be busy (automatic analysis under way): ask again, for a while.
      for (let i = 0; next?.status === 'analysing' && i < MAX_POLLS; i++) {
        await new Promise((r) => setTimeout(r, POLL_MS));
        if (id !== runs.current) return;
        next = await connector.load(request);
      }
      if (next?.status === 'analysing') next = { status: 'error', message: t('popupErrorTimeout') };
      if (!next || !KNOWN.has(next.status)) next = { status: 'error', message: t('popupErrorUnknown') };
    } catch (e) {
      next = { status: 'error', message: errorText(e) };
    }
    if (id === runs.current) setView(next);
  }, [connector]);

  const runOnce = useCallback(() => {
    once.current = true;
    void run(false);
  }, [run]);

  useEffect(() => {
    void run(false);
    connector.getSettings().then(setSettings, () => undefined);
  }, [connector, run]);

  useEffect(() => {
    const close = onClose ?? (() => window.close());
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const badges = view.status === 'ready' && view.analysis.claims.length > 0 ? view.badgesVisible : null;

  return (
    <div class="nc-popup" aria-busy={view.status === 'analysing'}>
      <TopBar connector={connector} badgesVisible={badges} />
      <main class="nc-main">
        <ViewBody view={view} connector={connector} settings={settings} onRun={run} onRunOnce={runOnce} now={now} save={save} />
      </main>
    </div>
  );
}

/** Props of {@link TopBar}. */
interface TopBarProps {
  connector: Connector;
  /** The badges toggle's state; null hides the toggle (no claims, no badges). */
  badgesVisible: boolean | null;
}

/** The product name, the "badges on the page" switch and the settings button. */
function TopBar({ connector, badgesVisible }: TopBarProps) {
  const [on, setOn] = useState(badgesVisible ?? true);
  useEffect(() => {
    if (badgesVisible !== null) setOn(badgesVisible);
  }, [badgesVisible]);
  const toggle = () => {
    const next = !on;
    setOn(next);
    void connector.setBadgesVisible(next).catch(() => setOn(!next));
  };
  return (
    <header class="nc-topbar">
      <span class="nc-brand">
        <LogoIcon />
        <span>{t('popupBrand')}</span>
      </span>
      <span class="nc-topbar-actions">
        {badgesVisible !== null && (
          <button type="button" role="switch" class="nc-switch" aria-checked={on} onClick={toggle}>
            <span class="nc-switch-track" aria-hidden="true"><span class="nc-switch-thumb" /></span>
            {t('popupBadgesToggle')}
          </button>
        )}
        <button
          type="button"
          class="nc-icon-button"
          aria-label={t('popupSettings')}
          title={t('popupSettings')}
          onClick={() => void connector.openOptionsPage().catch(() => undefined)}
        >
          <GearIcon />
        </button>
      </span>
    </header>
  );
}

/** Props of {@link ViewBody}. */
interface ViewBodyProps {
  view: PopupView;
  connector: Connector;
  settings: Settings;
  onRun: (force: boolean) => void;
  /** Analyse a page of a site the reader turned off, for this popup only. */
  onRunOnce: () => void;
  now?: () => Date;
  save?: (file: SavedFile) => void;
}

/** A state's two actions: its own (primary) and "Open settings". */
function StateActions({ primary, onPrimary, onSettings }: { primary: string; onPrimary: () => void; onSettings: () => void }) {
  return (
    <div class="nc-state-actions">
      <button type="button" class="nc-button nc-button--primary" onClick={onPrimary}>
        {primary}
      </button>
      <button type="button" class="nc-button" onClick={onSettings}>
        {t('popupOpenSettings')}
      </button>
    </div>
  );
}

/** The body for each state of the view. */
function ViewBody({ view, connector, settings, onRun, onRunOnce, now, save }: ViewBodyProps) {
  const openSettings = () => void connector.openOptionsPage().catch(() => undefined);
  switch (view.status) {
    case 'analysing':
      return <Analysing />;
    case 'unreachable': {
      const host = hostOf(view.url);
      return (
        <StateMessage tone="info" title={t('popupUnreachableTitle')}>
          <p>{t('popupUnreachableBody')}</p>
          {host && <p class="nc-muted">{t('popupUnreachableHost', host)}</p>}
        </StateMessage>
      );
    }
    case 'not-article':
      return (
        <StateMessage tone="info" title={view.detection.verdict === 'unsure' ? t('popupUnsureTitle') : t('popupNotArticleTitle')}>
          <p>{t('popupNotArticleBody')}</p>
          <button type="button" class="nc-button nc-button--primary" onClick={() => onRun(true)}>
            {t('popupAnalyseAnyway')}
          </button>
          <Disclosure id="nc-details" label={t('popupDetailsToggle')} class="nc-state-details">
            <DetectionDetails id="nc-details" detection={view.detection} />
          </Disclosure>
        </StateMessage>
      );
    case 'blocked':
      // The host is text in a text node, whatever characters it holds.
      return (
        <StateMessage tone="info" title={t('popupBlockedTitle', view.host)}>
          <p>{t('popupBlockedBody')}</p>
          <StateActions primary={t('popupAnalyseOnce')} onPrimary={onRunOnce} onSettings={openSettings} />
        </StateMessage>
      );
    case 'too-large':
      return (
        <StateMessage tone="warning" title={t('popupTooLargeTitle')}>
          <p>{t('popupTooLargeBody', Math.max(0, Math.round(view.chars)).toLocaleString())}</p>
        </StateMessage>
      );
    case 'error':
      return (
        <StateMessage tone="error" title={t('popupErrorTitle')} role="alert">
          <p class="nc-error-message">{view.message || t('popupErrorUnknown')}</p>
          <StateActions primary={t('popupTryAgain')} onPrimary={() => onRun(false)} onSettings={openSettings} />
        </StateMessage>
      );
    case 'ready':
      return <Ready analysis={view.analysis} connector={connector} settings={settings} now={now} save={save} />;
  }
}

/**
 * The analysing state: placeholders in the places and sizes of the result (headline,
 * meta line, the original-reporter card holding the spoken status, the chart), so
 * nothing moves when the analysis arrives.
 */
function Analysing() {
  return (
    <div class="nc-analysing">
      <div class="nc-article" aria-hidden="true">
        <span class="nc-skel nc-skel--title" />
        <span class="nc-skel nc-skel--line" />
      </div>
      <div class="nc-skel-card">
        <p class="nc-analysing-status" role="status">
          <span class="nc-spinner" aria-hidden="true" />
          {t('popupAnalysing')}
        </p>
      </div>
      <div class="nc-skeleton" aria-hidden="true">
        <span class="nc-skel nc-skel--line nc-skel--short" />
        <span class="nc-skel nc-skel--bar" />
        <span class="nc-skel nc-skel--line" />
        <span class="nc-skel nc-skel--line nc-skel--short" />
      </div>
    </div>
  );
}

/** Props of {@link Ready}. */
interface ReadyProps {
  analysis: PageAnalysis;
  connector: Connector;
  settings: Settings;
  now?: () => Date;
  save?: (file: SavedFile) => void;
}

/** An analysed page: header, original reporter, source mix, who said what, export. */
function Ready({ analysis, connector, settings, now, save }: ReadyProps) {
  const openLink = (url: string) => void connector.openLink(url).catch(() => undefined);
  const jump = (index: number) => void connector.scrollToClaim(index).catch(() => undefined);
  const hasClaims = analysis.claims.length > 0;
  return (
    <>
      <ArticleHeader article={analysis.article} url={analysis.url} />
      <OriginCard analysis={analysis} onOpenLink={openLink} />
      {hasClaims ? (
        <>
          <SourceMixChart analysis={analysis} />
          <SpeakerList analysis={analysis} onJump={jump} />
        </>
      ) : (
        <section class="nc-empty" role="status">
          <h2 class="nc-section-heading">{t('popupNothingAttributedTitle')}</h2>
          <p>{t('popupNothingAttributed')}</p>
        </section>
      )}
      <footer class="nc-footer">
        <ExportBar analysis={analysis} preferred={settings.exportFormat} copy={(s) => connector.copyText(s)} now={now} save={save} />
        <Disclosure id="nc-details" label={t('popupDetailsToggle')}>
          <DetectionDetails id="nc-details" detection={analysis.detection} timings={analysis.timings} />
        </Disclosure>
      </footer>
    </>
  );
}
