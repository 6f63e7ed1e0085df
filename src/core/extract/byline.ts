/**
 * Byline cleaning: from what pages print or declare ("By JOSH HASKELL, DAVID CAPLAN and
 * PATRICK REEVELL", "Posted by admin on May 3, 2019", "Mike Cason | mcason@al.com",
 * "Paul Wiseman, The Associated Press") to a list of people and organisations.
 * Pure string functions.
 */

/** Lead-ins before the names. */
const LEAD_IN =
  /^(?:(?:story|text|words|report(?:ing)?|written|posted|published|updated|photos?|video|compiled|edited|interview)\s+(?:and\s+\w+\s+)?by|by|from|von|par|por|door|av|di|author:?|authors?:|reporter:?|byline:?)\s*[:\-–—]?\s+/i;

/** Whole entries that are not a name: staff and role placeholders, generic words. */
const NOT_A_NAME =
  /^(?:staff|staff writers?|staff reporters?|editorial staff|editors?|editorial|admin|administrator|webmaster|guest|guest author|contributor|contributors|correspondent|news desk|newsdesk|desk|web desk|digital desk|team|unknown|anonymous|reporter|the editors|by|and|more|follow|share|comments?|updated|published|posted)$/i;

/** Role words that trail a name ("Jane Doe, Staff Writer", "Jane Doe - Senior Correspondent"). */
const ROLE =
  /^(?:(?:senior|chief|deputy|associate|contributing|special|staff|guest|political|foreign|national|business|science|technology|tech|health|sports?|entertainment|investigative|data|white house|washington|global|legal|financial|markets?)\s+)*(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|analyst|critic|director|bureau chief|intern|fellow|photographer|author)s?$/i;

/** Date-ish or time-ish fragments ("May 3, 2019", "Updated 4:19 PM ET", "2 hours ago"). */
const DATEISH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}\b|\b\d{1,2}:\d\d\b|\b(?:19|20)\d\d\b|\b\d+\s+(?:hours?|minutes?|days?)\s+ago\b|\b(?:updated|published|posted)\b/i;

/** Words that make an entry an organisation rather than a person. */
const ORG_WORD =
  /\b(?:press|news|times|post|agency|reuters|associated|bloomberg|afp|service|network|media|magazine|journal|tribune|herald|staff|wire|radio|television|tv|daily|weekly|group|inc|ltd|llc|corp|company|foundation|institute|university|council|committee|department|ministry|office)\b/i;

/**
 * Splits and cleans a byline into names. Keeps people and organisations as written (case
 * restored from ALL CAPS), drops lead-ins ("By"), dates, e-mails, handles, roles and
 * placeholders ("Staff"). `context` words (the publisher's name) are dropped when they
 * trail a person ("Ahmad Hadizat Omayoza, Mamos Nigeria" gives the person only).
 */
export function cleanByline(raw: string | null | undefined, publisher: string | null = null): string[] {
  if (!raw) return [];
  let s = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!s || s.length > 300) return [];
  // Remove e-mails, URLs, @handles and bracketed asides.
  s = s.replace(/\S+@\S+\.\w+/g, ' ').replace(/https?:\/\/\S+/g, ' ').replace(/(?:^|\s)@\w+/g, ' ');
  s = s.replace(/\((?:[^)]{0,60})\)/g, ' ');
  const out: string[] = [];
  // "|" and "·" and " - " separate a name from its decorations; "," "and" "&" ";" separate names.
  const chunks = s.split(/\s*(?:\||·|•|\s[-–—]\s|;|\n)\s*/);
  for (const chunk of chunks) {
    for (let part of chunk.split(/\s*,\s*|\s+(?:and|und|et|y|e|&)\s+/i)) {
      part = part.trim().replace(LEAD_IN, '').replace(/^[\s:,.\-–—]+|[\s:,.\-–—]+$/g, '').trim();
      part = part.replace(LEAD_IN, '').trim();
      if (!part || part.length < 2 || part.length > 60) continue;
      if (NOT_A_NAME.test(part) || ROLE.test(part) || DATEISH.test(part)) continue;
      if (!/\p{L}/u.test(part) || /\d{2,}/.test(part)) continue;
      const words = part.split(' ');
      if (words.length > 6) continue;
      out.push(restoreCase(part));
    }
  }
  // A publisher name trailing a person is the employer, not a second author.
  const pub = publisher?.trim().toLowerCase();
  const deduped: string[] = [];
  for (const name of out) {
    const key = name.toLowerCase();
    if (deduped.some((d) => d.toLowerCase() === key)) continue;
    if (pub && key === pub && out.some((n) => n.toLowerCase() !== pub)) continue;
    deduped.push(name);
  }
  return deduped;
}

/** Whether a byline entry names an organisation ("The Associated Press", "Reuters Staff"). */
export function isOrganizationName(name: string): boolean {
  return ORG_WORD.test(name);
}

/** "JOSH HASKELL" becomes "Josh Haskell"; mixed case is left alone. */
function restoreCase(s: string): string {
  if (s !== s.toUpperCase() || !/\p{Lu}{2}/u.test(s)) return s;
  return s.toLowerCase().replace(/(^|[\s'’\-.])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}
