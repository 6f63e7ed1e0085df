import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SettingsConnector } from '../ui/connector';
import { t } from '../ui/i18n';
import { EXPORT_FORMATS, addBlockedSite, removeBlockedSite, type AddSiteError, type Settings } from '../settings';

/** Props of {@link OptionsApp}. */
export interface OptionsAppProps {
  connector: SettingsConnector;
}

function siteError(error: AddSiteError, input: string): string {
  if (error === 'duplicate') return t('optionsSiteDuplicate', input.trim());
  if (error === 'full') return t('optionsSiteFull');
  return t('optionsSiteInvalid');
}

/**
 * The options page: automatic analysis (with the optional host permission: asked for,
 * shown, revocable; everything works without it), inline badges, the sites where the
 * extension never runs, and the export format. Every change is saved at once through the
 * connector, and said in a live region.
 */
export function OptionsApp({ connector }: OptionsAppProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [permission, setPermission] = useState<boolean | null>(null);
  const [status, setStatus] = useState('');
  const [site, setSite] = useState('');
  const [error, setError] = useState('');
  const [loadFailed, setLoadFailed] = useState(false);
  const siteInput = useRef<HTMLInputElement>(null);

  const refreshPermission = useCallback(() => {
    connector.hasAutoPermission().then(setPermission, () => setPermission(false));
  }, [connector]);

  useEffect(() => {
    connector.getSettings().then(setSettings, () => setLoadFailed(true));
    refreshPermission();
    // The reader can grant or withdraw the permission in the browser's own settings.
    const onVisible = () => {
      if (document.visibilityState === 'visible') refreshPermission();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', refreshPermission);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', refreshPermission);
    };
  }, [connector, refreshPermission]);

  const save = async (next: Settings, message = t('optionsSaved')) => {
    setSettings(next);
    try {
      await connector.setSettings(next);
      setStatus(message);
    } catch {
      setStatus(t('optionsSaveFailed'));
    }
  };

  if (loadFailed) {
    return <main class="nc-options"><h1>{t('optionsTitle')}</h1><p role="alert">{t('optionsLoadFailed')}</p></main>;
  }
  if (!settings) {
    return <main class="nc-options" aria-busy="true"><h1>{t('optionsTitle')}</h1><p role="status">{t('optionsLoading')}</p></main>;
  }

  // The permission request must start inside the click's own task (Firefox refuses it
  // after an await), so these handlers call the connector before anything else.
  const grant = (then: (granted: boolean) => void) => {
    let asked: Promise<boolean>;
    try {
      asked = connector.requestAutoPermission();
    } catch (err) {
      asked = Promise.reject(err); // some browsers throw at once outside a user action
    }
    setStatus(t('optionsPermissionAsking'));
    asked.then((granted) => {
      setPermission(granted);
      then(granted);
    }, () => {
      setPermission(false);
      then(false);
    });
  };

  const onAutoChange = (e: Event) => {
    const checked = (e.currentTarget as HTMLInputElement).checked;
    if (!checked) {
      void save({ ...settings, autoAnalyze: false });
      return;
    }
    (e.currentTarget as HTMLInputElement).checked = false; // until the browser answers
    grant((granted) => {
      if (granted) void save({ ...settings, autoAnalyze: true }, t('optionsAutoOn'));
      else setStatus(t('optionsPermissionRefused'));
    });
  };

  const onGrant = () => grant((granted) => setStatus(granted ? t('optionsPermissionGranted') : t('optionsPermissionRefused')));

  const onRevoke = () => {
    connector.revokeAutoPermission().then((revoked) => {
      refreshPermission();
      if (revoked) void save({ ...settings, autoAnalyze: false }, t('optionsPermissionRevoked'));
      else setStatus(t('optionsRevokeFailed'));
    }, () => setStatus(t('optionsRevokeFailed')));
  };

  const onAddSite = (e: Event) => {
    e.preventDefault();
    const result = addBlockedSite(settings, site);
    if (!result.ok) {
      setError(siteError(result.error, site));
      siteInput.current?.focus();
      return;
    }
    setError('');
    setSite('');
    void save(result.settings, t('optionsSiteAdded', result.host));
  };

  const onRemoveSite = (host: string, index: number) => {
    void save(removeBlockedSite(settings, host), t('optionsSiteRemoved', host));
    // Keep the keyboard in the list: focus the next remove button, or the input.
    requestAnimationFrame(() => {
      const buttons = document.querySelectorAll<HTMLButtonElement>('.nc-site-remove');
      (buttons[Math.min(index, buttons.length - 1)] ?? siteInput.current)?.focus();
    });
  };

  const autoNeedsPermission = settings.autoAnalyze && permission === false;

  return (
    <main class="nc-options">
      <h1>{t('optionsTitle')}</h1>

      <section class="nc-card" aria-labelledby="nc-auto-heading">
        <h2 id="nc-auto-heading">{t('optionsAutoHeading')}</h2>
        <label class="nc-check">
          <input type="checkbox" checked={settings.autoAnalyze} onChange={onAutoChange} aria-describedby="nc-auto-help" />
          <span>{t('optionsAutoLabel')}</span>
        </label>
        <p id="nc-auto-help" class="nc-help">{t('optionsAutoHelp')}</p>
        <div class="nc-permission">
          <span>
            {t('optionsPermissionLabel')}{' '}
            <strong class={permission ? 'nc-granted' : 'nc-not-granted'}>
              {permission === null ? '…' : permission ? t('optionsPermissionYes') : t('optionsPermissionNo')}
            </strong>
          </span>
          {permission === true && (
            <button type="button" class="nc-button" onClick={onRevoke}>{t('optionsRevoke')}</button>
          )}
          {permission === false && (
            <button type="button" class="nc-button" onClick={onGrant}>{t('optionsGrant')}</button>
          )}
        </div>
        {autoNeedsPermission && <p class="nc-warning" role="note">{t('optionsAutoNeedsPermission')}</p>}
      </section>

      <section class="nc-card" aria-labelledby="nc-badges-heading">
        <h2 id="nc-badges-heading">{t('optionsBadgesHeading')}</h2>
        <label class="nc-check">
          <input
            type="checkbox"
            checked={settings.badges}
            onChange={(e) => void save({ ...settings, badges: (e.currentTarget as HTMLInputElement).checked })}
          />
          <span>{t('optionsBadgesLabel')}</span>
        </label>
      </section>

      <section class="nc-card" aria-labelledby="nc-sites-heading">
        <h2 id="nc-sites-heading">{t('optionsSitesHeading')}</h2>
        <p class="nc-help">{t('optionsSitesHelp')}</p>
        {settings.neverRunOn.length === 0 ? (
          <p class="nc-empty-list">{t('optionsSitesEmpty')}</p>
        ) : (
          <ul class="nc-sites" aria-labelledby="nc-sites-heading">
            {settings.neverRunOn.map((host, i) => (
              <li key={host}>
                <span class="nc-site-host">{host}</span>
                <button
                  type="button"
                  class="nc-button nc-site-remove"
                  aria-label={t('optionsSiteRemoveLabel', host)}
                  onClick={() => onRemoveSite(host, i)}
                >
                  {t('optionsSiteRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="nc-site-form" onSubmit={onAddSite} noValidate>
          <label for="nc-site-input">{t('optionsSiteAddLabel')}</label>
          <div class="nc-site-row">
            <input
              id="nc-site-input"
              ref={siteInput}
              type="text"
              inputMode="url"
              autoComplete="off"
              spellcheck={false}
              placeholder="example.com"
              value={site}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'nc-site-error' : undefined}
              onInput={(e) => { setSite((e.currentTarget as HTMLInputElement).value); setError(''); }}
            />
            <button type="submit" class="nc-button nc-button--primary">{t('optionsSiteAdd')}</button>
          </div>
          {error && <p id="nc-site-error" class="nc-error" role="alert">{error}</p>}
        </form>
      </section>

      <section class="nc-card" aria-labelledby="nc-export-heading">
        <fieldset>
          <legend id="nc-export-heading"><h2>{t('optionsExportHeading')}</h2></legend>
          {EXPORT_FORMATS.map((format) => (
            <label class="nc-check" key={format}>
              <input
                type="radio"
                name="export-format"
                value={format}
                checked={settings.exportFormat === format}
                onChange={() => void save({ ...settings, exportFormat: format })}
              />
              <span>
                {format === 'markdown' ? t('optionsExportMarkdown') : t('optionsExportJson')}
                <span class="nc-help nc-inline-help">
                  {format === 'markdown' ? t('optionsExportMarkdownHelp') : t('optionsExportJsonHelp')}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      </section>

      <p class="nc-status" role="status" aria-live="polite">{status}</p>
    </main>
  );
}
