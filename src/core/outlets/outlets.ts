/**
 * The outlet knowledge base and recognisers: which names in a text are news outlets.
 *
 * PLACEHOLDER: issue 4 replaces the tiny table below with a knowledge base of 300+
 * outlets (data module `outlet-data.ts`) and recognisers for outlets not in it.
 */

/** One news organisation. */
export interface OutletEntry {
  /** Display name ("NBC News"). */
  name: string;
  /** Other names it goes by in text ("NBC"). Matched case-sensitively, as written in prose. */
  aliases: string[];
  /** Registrable domains ("nbcnews.com"). */
  domains: string[];
  kind: 'wire' | 'broadcaster' | 'newspaper' | 'magazine' | 'online' | 'agency';
  /** ISO 3166 alpha-2 country, or `INT`. */
  country: string;
}

/** An outlet mention found in text. */
export interface OutletMention {
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** The outlet's display name (from the knowledge base, or the text for recognised unknown outlets). */
  name: string;
  /** Whether the name is in the knowledge base. */
  known: boolean;
}

const OUTLETS: OutletEntry[] = [
  { name: 'NBC News', aliases: ['NBC'], domains: ['nbcnews.com'], kind: 'broadcaster', country: 'US' },
  { name: 'CBS News', aliases: ['CBS'], domains: ['cbsnews.com'], kind: 'broadcaster', country: 'US' },
  { name: 'Reuters', aliases: [], domains: ['reuters.com'], kind: 'wire', country: 'INT' },
  { name: 'The Associated Press', aliases: ['Associated Press', 'AP'], domains: ['apnews.com'], kind: 'wire', country: 'US' },
];

/** Looks an outlet up by name or alias (exact, case-insensitive). */
export function lookupOutlet(name: string): OutletEntry | null {
  const key = name.trim().toLowerCase().replace(/^the /, '');
  for (const o of OUTLETS) {
    if (o.name.toLowerCase().replace(/^the /, '') === key) return o;
    if (o.aliases.some((a) => a.toLowerCase() === key)) return o;
  }
  return null;
}

/** The outlet whose domain `host` is or is under ("www.nbcnews.com" gives NBC News). */
export function outletForHost(host: string): OutletEntry | null {
  const h = host.toLowerCase();
  return OUTLETS.find((o) => o.domains.some((d) => h === d || h.endsWith('.' + d))) ?? null;
}

/** Every outlet mention in `text`, in order, non-overlapping (longest match wins). */
export function findOutletMentions(text: string): OutletMention[] {
  const mentions: OutletMention[] = [];
  const names = OUTLETS.flatMap((o) => [o.name, ...o.aliases].map((n) => ({ n, o })));
  names.sort((a, b) => b.n.length - a.n.length);
  const taken: boolean[] = [];
  for (const { n, o } of names) {
    const re = new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (taken[m.index]) continue;
      for (let i = m.index; i < m.index + n.length; i++) taken[i] = true;
      mentions.push({ start: m.index, end: m.index + n.length, text: m[0], name: o.name, known: true });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
