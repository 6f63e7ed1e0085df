/**
 * Which wire service the story came through: from extraction's provenance signals, a wire
 * byline, a dateline credit ("WASHINGTON (AP) —"), or a credit line at the end
 * ("© 2024 Reuters", "The Associated Press contributed to this report").
 */
import type { Article } from '../model';
import { lookupOutlet, OUTLETS, type OutletEntry } from '../outlets/outlets';

/** How a wire credit was found, strongest first. */
export type WireCreditKind = 'provenance' | 'byline' | 'dateline' | 'credit-line' | 'contributed';

/** A wire service credited for the story, with the text that shows it. */
export interface WireCredit {
  name: string;
  kind: WireCreditKind;
  evidence: string;
  url: string | null;
}

/** How far into the first paragraph a dateline credit may sit (a dateline is a few words). */
const DATELINE_CHARS = 160;
/** How many opening paragraphs may carry the dateline. */
const DATELINE_PARAGRAPHS = 4;
/** How many closing paragraphs may carry a credit line. */
const CREDIT_TAIL_PARAGRAPHS = 3;

/** Names and aliases of wire services, longest first, for credits run on to other text. */
const WIRE_NAMES: readonly string[] = OUTLETS.filter((o) => o.kind === 'wire' || o.kind === 'agency')
  .flatMap((o) => [o.name, ...o.aliases])
  .filter((n) => n.length > 3)
  .sort((a, b) => b.length - a.length);

const isWire = (e: OutletEntry | null): e is OutletEntry => e !== null && (e.kind === 'wire' || e.kind === 'agency');

/**
 * Every wire credit in the article, strongest first. `isPublisher` tells a credit to the
 * publisher itself (a Reuters story on reuters.com), which is left out.
 */
export function findWireCredits(article: Article, isPublisher: (name: string) => boolean): WireCredit[] {
  const out: WireCredit[] = [];
  const push = (entry: OutletEntry | null, kind: WireCreditKind, evidence: string, url: string | null = null): void => {
    if (!isWire(entry) || isPublisher(entry.name)) return;
    out.push({ name: entry.name, kind, evidence, url });
  };
  for (const p of article.provenance) {
    if (p.kind !== 'wire-credit' && p.kind !== 'wire-byline' && p.kind !== 'jsonld-sourceOrganization' && p.kind !== 'jsonld-author-organization') continue;
    push(p.outlet ? lookupOutlet(p.outlet) : null, 'provenance', p.evidence, p.url);
  }
  for (const b of article.byline) {
    const bare = b.replace(/^by\s+/i, '').trim();
    push(lookupOutlet(bare), 'byline', b);
    // A wire name run on to a reporter's name ("JANE DOEAssociated Press") or after a dash.
    const tailWire = WIRE_NAMES.find((n) => bare.endsWith(n) && bare.length > n.length && !/[\p{Ll}]/u.test(bare.charAt(bare.length - n.length - 1)));
    if (tailWire) push(lookupOutlet(tailWire), 'byline', b);
    const tail = /(?:,|\bof\b|\bfor\b|\|)\s*(?:the\s+)?([\p{Lu}][\p{L} .-]+)$/u.exec(bare);
    if (tail) push(lookupOutlet(tail[1]!.trim()), 'byline', b);
  }
  const { text, paragraphs } = article;
  // The dateline opens one of the first paragraphs (a title, a date line may come before it).
  for (const p of paragraphs.slice(0, DATELINE_PARAGRAPHS)) {
    const head = text.slice(p.start, Math.min(p.end, p.start + DATELINE_CHARS));
    const m = /^[^()]{0,60}\(([^()]{2,40})\)\s*[-–—:]/.exec(head) ?? /^[\p{Lu} .,'-]{2,40}\s*[-–—]\s*([\p{L} .-]{2,30}?)\s*[-–—]/u.exec(head);
    if (m && lookupOutlet(m[1]!.trim())) {
      push(lookupOutlet(m[1]!.trim()), 'dateline', head.slice(0, m.index + m[0].length).trim());
      break;
    }
  }
  for (const p of paragraphs.slice(-CREDIT_TAIL_PARAGRAPHS)) {
    const para = text.slice(p.start, p.end);
    const line = /^\s*(?:[-–—]\s*)?(?:(?:©|Copyright|\(c\))\s*(?:\d{4}\s+)?)?(?:the\s+)?([\p{Lu}][\p{L}.&' -]{1,40}?)\s*(?:[-–—]\s*)?(?:All rights reserved\.?)?\s*$/iu.exec(para);
    if (line && para.length < 80) push(lookupOutlet(line[1]!.trim()), 'credit-line', para.trim());
    const copy = /(?:©|Copyright)\s*(?:\d{4}\s+)?(?:the\s+)?([\p{Lu}][\p{L}.&' -]{1,40}?)(?:[.,;]|\s+All\b|$)/u.exec(para);
    if (copy) push(lookupOutlet(copy[1]!.trim()), 'credit-line', copy[0].trim());
  }
  // "<Outlet> contributed to this report": found from the verb backwards, so the scan is one indexOf.
  for (let at = text.indexOf(' contributed', 0); at >= 0; at = text.indexOf(' contributed', at + 1)) {
    if (!/^ contributed[ \t]+(?:to[ \t]+)?(?:this|the)[ \t]+(?:report|story|article)/.test(text.slice(at, at + 45))) continue;
    const name = /((?:[\p{Lu}][\p{L}.&'-]*[ \t]+){0,3}[\p{Lu}][\p{L}.&'-]*)$/u.exec(text.slice(Math.max(0, at - 60), at));
    if (!name) continue;
    // The longest tail of the capitalised run that is a known outlet ("Staff and The Associated Press").
    const words = name[1]!.split(/[ \t]+/);
    for (let i = 0; i < words.length; i++) {
      const entry = lookupOutlet(words.slice(i).join(' '));
      if (entry) {
        push(entry, 'contributed', `${words.slice(i).join(' ')}${text.slice(at, at + 30).split(/[.\n]/)[0]}`);
        break;
      }
    }
  }
  const rank: Record<WireCreditKind, number> = { provenance: 0, byline: 1, dateline: 2, 'credit-line': 3, contributed: 4 };
  return out.sort((a, b) => rank[a.kind] - rank[b.kind]);
}
