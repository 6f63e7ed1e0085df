import type { ComponentChildren } from 'preact';

/** Folds one UTF-16 unit for matching without changing the text's length (case, accents, quotes). */
function foldUnit(c: string): string {
  const base = c.normalize('NFD').charAt(0).toLowerCase();
  if (base === '‘' || base === '’') return "'";
  if (base === '“' || base === '”') return '"';
  return base.length === 1 ? base : c;
}

function foldSameLength(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += foldUnit(s.charAt(i));
  return out;
}

/** Props of {@link Highlight}. */
export interface HighlightProps {
  text: string;
  query: string;
}

/** `text` with the matches of `query` wrapped in `<mark>`; text nodes only, never markup. */
export function Highlight({ text, query }: HighlightProps) {
  const q = foldSameLength(query.trim());
  if (!q) return <>{text}</>;
  const hay = foldSameLength(text);
  const parts: ComponentChildren[] = [];
  let from = 0;
  for (let at = hay.indexOf(q); at !== -1; at = hay.indexOf(q, at + q.length)) {
    if (at > from) parts.push(text.slice(from, at));
    parts.push(<mark key={at}>{text.slice(at, at + q.length)}</mark>);
    from = at + q.length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return <>{parts}</>;
}
