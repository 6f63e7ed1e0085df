/** Small inline icons drawn for the popup. Decorative: always `aria-hidden`. */

/** The product mark: a speech bubble holding a quotation mark. */
export function LogoIcon() {
  return (
    <svg class="nc-logo" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d="M4 4h16a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-7l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z" fill="currentColor" />
      <path d="M8.2 8.5h2.6v2.6c0 1.6-.9 2.6-2.4 2.9l-.3-.9c.8-.3 1.1-.8 1.1-1.6H8.2zm5 0h2.6v2.6c0 1.6-.9 2.6-2.4 2.9l-.3-.9c.8-.3 1.1-.8 1.1-1.6h-1z" fill="var(--nc-bg)" />
    </svg>
  );
}

/** A cog, for the settings button. */
export function GearIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        d="M12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7zm8.4 4.6-.1-1.1 2-1.6-2-3.4-2.4 1a7.6 7.6 0 0 0-1.9-1.1L15.6 4h-4l-.4 2.5a7.6 7.6 0 0 0-1.9 1.1l-2.4-1-2 3.4 2 1.6a7.5 7.5 0 0 0 0 2.2l-2 1.6 2 3.4 2.4-1c.6.5 1.2.8 1.9 1.1l.4 2.6h4l.4-2.6c.7-.3 1.3-.6 1.9-1.1l2.4 1 2-3.4z"
        fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"
      />
    </svg>
  );
}

/** An arrow leaving a box: opens in a new tab. */
export function ExternalIcon() {
  return (
    <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path d="M9 2h5v5M14 2 7.5 8.5M12 9.5V13a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

/** A chevron that turns when its disclosure opens (CSS rotates it). */
export function ChevronIcon() {
  return (
    <svg class="nc-chevron" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path d="m6 3 5 5-5 5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

/** A magnifier for the search field. */
export function SearchIcon() {
  return (
    <svg class="nc-search-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" stroke-width="1.6" />
      <path d="m10.5 10.5 3.5 3.5" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
    </svg>
  );
}

/** The glyph of a state message: `info`, `warning` or `error`. */
export function StateIcon({ tone }: { tone: 'info' | 'warning' | 'error' }) {
  return (
    <svg class={`nc-state-icon nc-state-icon--${tone}`} viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="1.8" />
      {tone === 'info'
        ? <path d="M12 11v6M12 7.2v.1" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        : <path d="M12 7v6.5M12 16.8v.1" stroke="currentColor" stroke-width="2" stroke-linecap="round" />}
    </svg>
  );
}
