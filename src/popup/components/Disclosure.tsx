import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { ChevronIcon } from './Icons';

/** Props of {@link Disclosure}. */
export interface DisclosureProps {
  /** Id of the panel (for `aria-controls`). */
  id: string;
  label: string;
  children: ComponentChildren;
  class?: string;
}

/** A button that shows and hides a panel; Escape inside closes it and returns focus. */
export function Disclosure({ id, label, children, class: cls }: DisclosureProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    }
  };
  return (
    <div class={`nc-disclosure${cls ? ' ' + cls : ''}`} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        class="nc-link-button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        <ChevronIcon />
        {label}
      </button>
      {open && children}
    </div>
  );
}
