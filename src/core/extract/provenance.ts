/**
 * Provenance: signs in a page that its story came from another outlet, each with its
 * evidence. From markup (JSON-LD `isBasedOn`, `sourceOrganization`, an organisation as
 * author; `original-source` and `syndication-source` meta tags; a canonical URL on another
 * site) and from text (wire credits and datelines, "Reporting by ...; Editing by ...",
 * "originally appeared in"). Photo credits ("© Reuters", "Getty Images") are not provenance.
 * Pure: reads the extracted article and the metadata.
 */
import type { Article, ProvenanceKind, ProvenanceSignal } from '../model';
import { isSameOutlet, lookupOutlet, outletForHost } from '../outlets/outlets';
import { isOrganizationName } from './byline';
import { absoluteHttpUrl, hostOf, normalizeSpace, siteOf } from './dom';
import { type JsonLdNode, ldList, ldString, typesOf } from './json-ld';
import type { PageMetadata } from './metadata';

/** Wire services as credited in datelines and bylines, with their display names. */
const WIRES: readonly { re: RegExp; name: string }[] = [
  { re: /^(?:AP|The Associated Press|Associated Press)$/i, name: 'The Associated Press' },
  { re: /^Reuters$/i, name: 'Reuters' },
  { re: /^(?:AFP|Agence France[- ]Presse)$/i, name: 'AFP' },
  { re: /^(?:UPI|United Press International)$/i, name: 'UPI' },
  { re: /^(?:dpa|Deutsche Presse-Agentur)$/i, name: 'dpa' },
  { re: /^(?:Xinhua)$/i, name: 'Xinhua' },
  { re: /^(?:PA|Press Association|PA Media)$/i, name: 'PA Media' },
  { re: /^(?:CP|The Canadian Press|Canadian Press)$/i, name: 'The Canadian Press' },
  { re: /^(?:AAP|Australian Associated Press)$/i, name: 'AAP' },
  { re: /^(?:ANI|PTI|IANS)$/, name: '' },
  { re: /^(?:Bloomberg)$/i, name: 'Bloomberg' },
  { re: /^(?:EFE|ANSA|Kyodo|Yonhap|TASS|Anadolu|Bernama|NAN|ANA)$/i, name: '' },
];

/** The wire's display name for a credit as written, or null. */
export function wireName(credit: string): string | null {
  const c = credit.trim();
  for (const w of WIRES) if (w.re.test(c)) return w.name || c;
  return null;
}

const WIRE_ALT =
  'AP|Associated Press|The Associated Press|Reuters|AFP|Agence France-Presse|UPI|dpa|Xinhua|PA|PA Media|CP|The Canadian Press|AAP|ANI|PTI|IANS|Bloomberg|EFE|ANSA|Kyodo|Yonhap|TASS|Anadolu|Bernama|NAN';

/** A dateline credit at a paragraph's start: "WASHINGTON (Reuters) -", "(AP) —", "LONDON, May 3 (AFP) –". */
const DATELINE = new RegExp(`^((?:[A-Z][A-Za-z.'’\\- ]{1,40}(?:, [A-Za-z.'’ ]{2,30}){0,2}(?:,? [A-Z][a-z]{2,8}\\.? \\d{1,2})?\\s*)?\\((${WIRE_ALT})\\)\\s*[-—–:])`);
/** "Reporting by Jane Doe; Editing by John Roe" (Reuters' closing credit line). */
const REPORTING_BY = /\b(?:Reporting|Additional reporting|Writing) by [^;.\n]{2,120}(?:;|\.|$)[^\n]{0,200}?\b(?:Editing|Edited) by\b[^\n]{0,120}/;
/** "The Associated Press contributed to this report", "— Associated Press". */
const CONTRIBUTED = new RegExp(`(?:^|\\b)(?:The )?(${WIRE_ALT})(?: writers?| reporters?)?(?: [A-Z][a-z]+){0,3} contributed(?: to)? (?:this|the) (?:report|story|article)`);
/** "This story originally appeared on/in X", "This article was first published by X". */
const ORIGINALLY = /\b(?:this|the) (?:story|article|post|piece|report|column|interview)(?: [a-z]+){0,2} (?:was )?(?:originally|first) (?:appeared|published|ran|posted)(?: (?:on|in|at|by))? ((?:the )?[A-Z][\w.&'’\- ]{1,60}?)(?=[.,;:!)]|\s+(?:on|and|under|as|and is)\b|$)/i;

/**
 * Finds the provenance signals of an extracted article. `meta` is the page metadata read
 * during extraction; `url` the page URL.
 */
export function findProvenance(article: Article, meta: PageMetadata, url: string | null): ProvenanceSignal[] {
  const out: ProvenanceSignal[] = [];
  const pageSite = siteOf(hostOf(url) ?? hostOf(article.canonicalUrl));
  const publisher = article.publisher;
  const add = (kind: ProvenanceKind, outlet: string | null, evidence: string, link: string | null = null): void => {
    const ev = normalizeSpace(evidence).slice(0, 300);
    if (out.some((s) => s.kind === kind && s.evidence === ev)) return;
    out.push({ kind, outlet, evidence: ev, url: link });
  };
  const isOwn = (name: string | null, link: string | null): boolean => {
    if (link && pageSite && siteOf(hostOf(link)) === pageSite) return true;
    return !!(name && publisher && isSameOutlet(name, publisher));
  };

  // JSON-LD on the article node.
  const ld = meta.ld;
  if (ld) {
    for (const v of ldList(ld.isBasedOn ?? ld.isBasedOnUrl)) {
      const link = absoluteHttpUrl(typeof v === 'string' ? v : ldString((v as JsonLdNode)?.url) ?? ldString((v as JsonLdNode)?.['@id']), url);
      const name = typeof v === 'object' && v ? ldString((v as JsonLdNode).publisher) ?? ldString((v as JsonLdNode).name) : null;
      const outlet = outletOf(name, link);
      if (!isOwn(outlet, link)) add('jsonld-isBasedOn', outlet, `isBasedOn: ${link ?? name ?? ''}`, link);
    }
    for (const v of ldList(ld.sourceOrganization)) {
      const name = ldString(v);
      if (name && !isOwn(name, null)) add('jsonld-sourceOrganization', outletOf(name, null), `sourceOrganization: ${name}`);
    }
    for (const v of ldList(ld.author)) {
      if (!v || typeof v !== 'object') continue;
      if (!typesOf(v).some((t) => t === 'organization' || t === 'newsmediaorganization')) continue;
      const name = ldString(v);
      const link = absoluteHttpUrl(ldString((v as JsonLdNode).url), url);
      // A news organisation (known, typed as one, or named like one), not "Contributors to Wikimedia projects".
      const newsy = !!name && (lookupOutlet(name) !== null || typesOf(v).includes('newsmediaorganization') || isOrganizationName(name));
      if (name && newsy && !isOwn(name, link)) add('jsonld-author-organization', outletOf(name, link), `author: ${name}`, link);
    }
  }

  // Meta tags pointing to another site.
  for (const [key, kind] of [['original-source', 'meta-original-source'], ['syndication-source', 'meta-syndication-source']] as const) {
    const link = absoluteHttpUrl(meta.metas.get(key), url);
    if (link && !isOwn(null, link)) add(kind, outletOf(null, link), `${key}: ${link}`, link);
  }

  // A canonical URL on another site.
  const canonical = article.canonicalUrl;
  const canonicalSite = siteOf(hostOf(canonical));
  if (canonical && canonicalSite && pageSite && canonicalSite !== pageSite && !sameBrand(canonicalSite, pageSite) && !isOwn(outletOf(null, canonical), null)) {
    add('canonical-other-domain', outletOf(null, canonical), `canonical: ${canonical}`, canonical);
  }

  // Wire bylines.
  for (const name of article.byline) {
    const wire = wireName(name) ?? wireName(name.replace(/^the /i, ''));
    const entry = wire ? null : lookupOutlet(name);
    if (wire && !isOwn(wire, null)) add('wire-byline', wire, `byline: ${name}`);
    else if (entry && entry.kind === 'wire' && !isOwn(entry.name, null)) add('wire-byline', entry.name, `byline: ${name}`);
    else if (!wire && !entry && isOrganizationName(name)) {
      const w = name.match(new RegExp(`\\b(${WIRE_ALT})\\b`));
      if (w && !isOwn(w[1]!, null)) add('wire-byline', wireName(w[1]!) ?? w[1]!, `byline: ${name}`);
    }
  }

  // Text: datelines in the first paragraphs, credits anywhere in the body.
  const body = article.paragraphs.filter((p) => p.tag !== 'h1');
  body.forEach((p, i) => {
    const text = article.text.slice(p.start, p.end);
    if (i < 4) {
      const m = DATELINE.exec(text);
      if (m) {
        const wire = wireName(m[2]!) ?? m[2]!;
        if (!isOwn(wire, null)) add('wire-credit', wire, m[1]!.trim());
      }
    }
    const rep = REPORTING_BY.exec(text);
    if (rep && !isOwn('Reuters', null)) add('wire-credit', 'Reuters', rep[0]);
    const con = CONTRIBUTED.exec(text);
    if (con) {
      const wire = wireName(con[1]!) ?? con[1]!;
      if (!isOwn(wire, null)) add('wire-credit', wire, con[0]);
    }
    const orig = ORIGINALLY.exec(text);
    // The name must be a name ("at 2 p.m." is a time).
    if (orig && /^(?:the\s+)?\p{Lu}/u.test(orig[1]!.trim()) && !/^(?:at|on|in|by)\b/i.test(orig[1]!.trim())) {
      const name = orig[1]!.trim().replace(/\s+(?:on|in)$/i, '');
      const link = linkNear(article, p.start + orig.index, p.start + orig.index + orig[0].length);
      const outlet = outletOf(name, link) ?? name;
      if (!isOwn(outlet, link)) add('originally-appeared', outlet, orig[0], link);
    }
  });
  return out;
}

/** Sites of one brand under different country domains ("businessinsider.com", "businessinsider.de"). */
function sameBrand(a: string, b: string): boolean {
  const brand = (site: string): string => site.split('.')[0] ?? site;
  return brand(a) === brand(b);
}

/** The outlet's display name from the knowledge base (by name, then by link host), else the name as written. */
function outletOf(name: string | null, link: string | null): string | null {
  if (name) {
    const e = lookupOutlet(name);
    if (e) return e.name;
  }
  const host = hostOf(link);
  const byHost = host ? outletForHost(host) : null;
  if (byHost) return byHost.name;
  return name ? normalizeSpace(name) : null;
}

/** The href of the first article link overlapping `start..end`, if any. */
function linkNear(article: Article, start: number, end: number): string | null {
  for (const l of article.links) if (l.start < end && l.end > start) return l.href;
  return null;
}
