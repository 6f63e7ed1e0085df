import type { ComponentChildren } from 'preact';
import { StateIcon } from './Icons';

/** Props of {@link StateMessage}. */
export interface StateMessageProps {
  tone: 'info' | 'warning' | 'error';
  title: string;
  children?: ComponentChildren;
  /** `alert` for errors the reader should hear at once; `status` otherwise. */
  role?: 'status' | 'alert';
}

/** A state the popup is in instead of an analysis: an icon, a title and what to do. */
export function StateMessage({ tone, title, children, role = 'status' }: StateMessageProps) {
  return (
    <section class={`nc-state nc-state--${tone}`} role={role} aria-labelledby="nc-state-title">
      <StateIcon tone={tone} />
      <h1 id="nc-state-title" class="nc-state-title">{title}</h1>
      {children}
    </section>
  );
}
