/**
 * Byline cleaning: from what pages print or declare ("By JOSH HASKELL, DAVID CAPLAN and
 * PATRICK REEVELL", "Posted by admin on May 3, 2019", "Mike Cason | mcason@al.com",
 * "Paul Wiseman, The Associated Press") to a list of people and organisations.
 * Pure string functions.
 */

import { isSameOutlet, lookupOutlet } from '../outlets/outlets';

/** Lead-ins before the names. */
const LEAD_IN =
  /^(?:作者|記者|记者|文)\s*[:：]?\s*|^(?:(?:story|text|words|report(?:ing)?|written|posted|published|updated|photos?|video|compiled|edited|interview|analysis|opinion|commentary|perspective|review|essay|column)\s+(?:and\s+\w+\s+)?by|by|from|von|par|por|door|av|di|author:?|authors?:|reporter:?|byline:?)\s*[:\-–—]?\s+/i;

/** Whole entries that are not a name: staff and role placeholders, generic words. */
const NOT_A_NAME =
  /^(?:view all|all stories|last|authoring|link copied|copied|copy link|staff|staff writers?|staff reporters?|editorial staff|editors?|editorial|admin|administrator|webmaster|guest|guest author|contributor|contributors|correspondent|news desk|newsdesk|desk|web desk|digital desk|team|unknown|anonymous|reporter|the editors|by|and|more|follow|share|comments?|updated|published|posted)$/i;

/** Role words that trail a name ("Jane Doe, Staff Writer", "Jane Doe - Senior Correspondent"). */
const ROLE =
  /^(?:[\p{L}.]+\s+){0,2}(?:(?:senior|chief|deputy|associate|contributing|special|staff|guest|political|foreign|national|business|science|technology|tech|health|sports?|entertainment|investigative|data|white house|washington|global|legal|financial|markets?)\s+)*(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|analyst|critic|director|bureau chief|intern|fellow|photographer|author)s?(?:-at-large|-in-chief)?$/iu;

/**
 * Date-ish or time-ish fragments ("May 3, 2019", "November 18th, 2019", "Monday, November 18",
 * "Updated 4:19 PM ET", "2 hours ago"). A weekday name is never part of a person's name.
 */
const DATEISH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|desember|januari|februari|maret|mei|juni|juli|agustus|oktober)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|(?<!\bon\s)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}:\d\d\b|\b(?:19|20)\d\d\b|\b\d+\s+(?:hours?|minutes?|days?)\s+ago\b|\b(?:updated|published|posted)\b/i;

/** Words that make an entry an organisation rather than a person. */
const ORG_WORD =
  /\b(?:press|news|times|post|agency|reuters|associated|bloomberg|afp|service|network|media|magazine|journal|tribune|herald|staff|wire|radio|television|tv|daily|weekly|group|inc|ltd|llc|corp|company|foundation|institute|university|council|committee|department|ministry|office)\b/i;

/**
 * Splits and cleans a byline into names. Keeps people and organisations as written (case
 * restored from ALL CAPS), drops lead-ins ("By"), dates, e-mails, handles, roles and
 * placeholders ("Staff"). The publisher's name is dropped when it trails a person
 * ("Ahmad Hadizat Omayoza, Mamos Nigeria" gives the person only). With `structured` (names from
 * JSON-LD, which say what they are), entries need not look like a person's name.
 */
export function cleanByline(raw: string | null | undefined, publisher: string | null = null, structured = false): string[] {
  if (!raw) return [];
  let s = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!s || s.length > 300) return [];
  // Remove e-mails, URLs, @handles and bracketed asides.
  s = s.replace(/\S+@\S+\.\w+/g, ' ').replace(/https?:\/\/\S+/g, ' ').replace(/@\w+/g, ' ');
  // Words glued by missing markup spaces ("Howard BlumeStaff", "Pete EvansSenior"); "McDonald" and "DiChristopher" stay.
  s = s.replace(/(\p{Lu}\p{Ll}{3,})(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu}{2,})(\p{Lu}\p{Ll})/gu, '$1 $2');
  // A date line run into the role before it ("CNN Editor-at-largeUpdated 1909 GMT").
  s = s.replace(/(\p{Ll})(?=(?:Updated|Published|Posted)\b)/gu, '$1 ');
  s = s.replace(/\+?\s*\b(?:follow|twitter|facebook|instagram|linkedin|email|e-mail|contact)\b.*$/i, ' ');
  s = s.replace(/\((?:[^)]{0,60})\)/g, ' ').replace(/\(\s*$/, ' ');
  s = s.replace(/\d+\s*min(?:ute)?s?\s*read\b/gi, ' ').replace(/\bsee full bio\b|\bfull bio\b|\bview (?:full )?profile\b/gi, ' ');
  const out: string[] = [];
  /** A known organisation cut from the end of the current entry, kept after it (wire provenance). */
  const trailing: string[] = [];
  // "|" and "·" and " - " separate a name from its decorations; "," "and" "&" ";" separate names.
  // A name in capitals run into a mixed-case agency ("JILL LAWLESS Associated Press") is two entries.
  // Any other mixed-case tail after such a name is page furniture ("STEVEN SHEPARD Link Copied").
  s = s.replace(/(\b\p{Lu}{2,}(?:\s+\p{Lu}{2,})+)\s+(\p{Lu}\p{Ll}[^,;|]*)/gu, (_m, name: string, tail: string) =>
    ORG_WORD.test(tail) ? `${name}, ${tail}` : name,
  );
  const chunks = s.split(/\s*(?:\||·|•|\s[-–—]\s|;|\n)\s*/);
  for (const chunk of chunks) {
    // After "Sam Levin in Cannon Ball", the next entry ("North Dakota") still belongs to the place.
    let inPlace = false;
    for (let part of chunk.split(/\s*,\s*|\s+(?:and|und|et|y|e|&)\s+/i)) {
      part = part.trim();
      if (inPlace && /^\p{Lu}/u.test(part) && part.split(' ').length <= 3) continue;
      inPlace = false;
      // A place after the name ("Sam Levin in Cannon Ball"): the name is what precedes it.
      const place = /^((?:\S+\s+){1,3}\S+)\s+in\s+\p{Lu}/u.exec(part);
      if (place) {
        part = place[1]!;
        inPlace = true;
      }
      // Lead-ins can stack ("By by JOSH HASKELL" where a label and the text both say it).
      for (let i = 0; i < 3; i++) part = part.replace(/^by(?=by\b)/i, '').replace(LEAD_IN, '').replace(/^[\s:,.\-–—]+|[\s:,.\-–—]+$/g, '').trim();
      if (/\bvia\b/i.test(part) || /^more\s/i.test(part) || /\w['’]s\s/.test(part) || ROLE_START.test(part.split(' ')[0]!)) continue; // "James D. Smith via AP": a photo credit; "More Jane Doe": a link
      // A date run into the name ("PATRICK REEVELLDec 16, 2016"): keep what precedes it.
      const date = DATEISH.exec(part);
      if (date) part = part.slice(0, date.index).replace(/[\s,|·\-–—]+$/, '').replace(/\s+(?:on|at|le|el|il|am|um)$/i, '').trim();
      // Digits run into the name ("Lucas Nolan22 Dec 2016"): keep what precedes them.
      const digit = part.search(/\d/);
      if (digit > 0) part = part.slice(0, digit).replace(/[\s,:|·\-–—]+$/, '').trim();
      part = dropTrailingRole(part);
      // An organisation run into the name ("Tom Davies Associated Press", "Kevin McCoy USA TODAY").
      const split = splitTrailingOrganization(part, publisher);
      if (split) {
        part = split.name;
        if (split.organization) trailing.push(split.organization);
      }
      if (!part || part.length < 2 || part.length > 60) continue;
      // An all-caps tail after a mixed-case name is a masthead ("Meg Wagner NEW YORK DAILY NEWS").
      part = part.replace(/^((?:[\p{Lu}][\p{Ll}'’.-]+\s+){1,3}[\p{Lu}][\p{Ll}'’.-]+)(?:\s+[\p{Lu}]{2,}\b)+$/u, '$1');
      // A name printed twice ("Andrea Wong Andrea Wong": a link and its label).
      part = part.replace(/^(.{3,}?) \1$/u, '$1');
      if (!part || NOT_A_NAME.test(part) || ROLE.test(part) || (!structured && !looksLikeName(part))) continue;
      // Initials alone ("J J", "Cc") are not a name; agencies in capitals ("AP", "AFP") are.
      if (part.split(' ').every((w) => w.length <= 2) && !/^[A-Z]{2,6}$/.test(part)) continue;
      if (!/\p{L}/u.test(part) || /\d{2,}/.test(part)) continue;
      const words = part.split(' ');
      if (words.length > 6) continue;
      out.push(restoreCase(part));
      for (const org of trailing.splice(0)) out.push(org);
    }
    trailing.length = 0;
  }
  // A single word beside full names is a place or a desk ("Erin Cunningham, Cairo"), unless it is an agency.
  const multi = out.some((n) => n.includes(' '));
  for (let i = out.length - 1; i >= 0 && multi; i--) {
    const n = out[i]!;
    if (!n.includes(' ') && !/^[A-Z]{2,6}$/.test(n) && !ORG_WORD.test(n)) out.splice(i, 1);
  }
  // A publisher name trailing a person is the employer, not a second author.
  const pub = publisher?.trim().toLowerCase();
  const kept = out.filter((name) => {
    const key = name.toLowerCase();
    const isPub = (n: string): boolean => n.toLowerCase() === pub || isSameOutlet(n, pub!);
    return !(pub && isPub(name) && out.some((n) => !isPub(n)));
  });
  return dedupeNames(kept);
}

/**
 * Names without repeats: the same name twice, or a name printed again with page furniture
 * after it ("Jennifer Rubin" and "Jennifer Rubin Opinion", "Anna Menin" and "Anna Menin Share":
 * an author link and the author box around it). The shorter form is kept, in the first one's place.
 */
export function dedupeNames(names: readonly string[]): string[] {
  const keys = names.map((n) => n.toLowerCase());
  const out: string[] = [];
  names.forEach((name, i) => {
    const key = keys[i]!;
    if (keys.indexOf(key) !== i) return;
    // A longer entry that only extends another (two words or more) by trailing words.
    if (keys.some((k) => k !== key && k.includes(' ') && key.startsWith(k + ' '))) {
      const shorter = keys.find((k) => k !== key && k.includes(' ') && key.startsWith(k + ' '))!;
      if (!out.some((o) => o.toLowerCase() === shorter)) out.push(names[keys.indexOf(shorter)]!);
      return;
    }
    if (!out.some((o) => o.toLowerCase() === key)) out.push(name);
  });
  return out;
}

/** Words that may start an organisation run into a name ("... For MailOnline"). */
const ORG_LEAD = /^(?:for|of)$/i;

/**
 * "Tom Davies Associated Press" is a person and an organisation printed without a separator.
 * The organisation is a known outlet, the publisher, or capitalised words ending in an
 * organisation word ("WebMD Health News"); the person keeps two or three words. Gives the name,
 * and the organisation when it is a known outlet other than the publisher (wire provenance), or
 * null when the entry has no such tail.
 */
function splitTrailingOrganization(part: string, publisher: string | null): { name: string; organization: string | null } | null {
  const words = part.split(' ');
  if (words.length < 3 || lookupOutlet(part) !== null || NAME_PARTICLES.has(words[0]!.toLowerCase())) return null;
  // A known outlet or the publisher first ("Kenneth P. Vogel The New York Times"), then any organisation.
  for (const loose of [false, true]) {
    for (let k = 2; k <= Math.min(3, words.length - 1); k++) {
      const name = words.slice(0, k);
      if (!name.every((w) => /^[\p{Lu}]/u.test(w) || NAME_PARTICLES.has(w.toLowerCase())) || name.some((w) => ORG_WORD.test(w))) break;
      if (/^\p{Lu}\.$/u.test(name[name.length - 1]!)) continue;
      let tail = words.slice(k);
      // "For The Mail On Sunday": an employer credit, whatever the organisation.
      const credit = ORG_LEAD.test(tail[0]!) && tail.length > 1;
      if (credit) tail = tail.slice(1);
      const org = tail.join(' ');
      if (!tail.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_PARTICLES.has(w.toLowerCase()))) continue;
      const isPublisher = publisher !== null && (org.toLowerCase() === publisher.toLowerCase() || isSameOutlet(org, publisher));
      const known = lookupOutlet(org) !== null;
      const orgLike = tail.length >= 2 && ORG_WORD.test(tail[tail.length - 1]!);
      if (!(isPublisher || known || (loose && (orgLike || credit)))) continue;
      return { name: name.join(' '), organization: known && !isPublisher ? org : null };
    }
  }
  return null;
}

/** Whether a byline entry names an organisation ("The Associated Press", "Reuters Staff"). */
export function isOrganizationName(name: string): boolean {
  return ORG_WORD.test(name);
}

/** Lower-case words that names and organisation names contain ("Ludwig van Beethoven", "Organization for Transformative Works"). */
const NAME_PARTICLES = new Set([
  'de', 'da', 'das', 'do', 'dos', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'du', 'bin', 'al',
  'el', 'y', 'e', 'ibn', 'of', 'for', 'the', 'and', 'on', 'st.',
]);

/** A name: up to six words, each capitalised (or a particle, an initial, or in a script without case). */
function looksLikeName(part: string): boolean {
  const words = part.split(' ');
  if (words.length > 6) return false;
  return words.every((w) => NAME_PARTICLES.has(w.toLowerCase()) || /^[\p{Lu}\p{Lt}\p{Lo}]/u.test(w) || /^\p{Lu}\.$/u.test(w));
}

/** Words that start a role after a name ("Sam Stein Senior Politics Editor"). */
const ROLE_START = /^(?:senior|chief|deputy|associate|contributing|special|staff|guest|political|foreign|national|editor|writer|reporter|correspondent|columnist|contributor|journalist|producer|analyst|critic|director|intern|photographer)(?:-at-large|-in-chief)?$/i;

/** Words that end a role phrase ("AP National Security Writer", "CNN Editor-at-large", "Our Foreign Staff"). */
const ROLE_END = /^(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|analyst|critic|director|chief|intern|fellow|photographer|author|staff|desk)s?(?:-at-large|-in-chief)?$/i;

/** Desk and section words printed before a role ("Opinion writer", "AP Auto Writer", "Politics Editor"). */
const SECTION_WORD =
  /^(?:opinion|politics|political|business|sports?|auto|science|health|technology|tech|culture|arts|entertainment|travel|food|style|world|national|metro|local|finance|markets?|education|climate|environment|investigations?|features?|news|digital|video|photo|security)$/i;

/** Staff words after an organisation's name that keep it a byline ("Reuters Staff", "HNN Staff"). */
const COLLECTIVE_END = /^(?:staff|desk)$/i;

/**
 * "Sam Stein Senior Politics Editor" becomes "Sam Stein" (a role after two or more name words).
 * A role phrase after a single word is no name at all: "AP National Security Writer" (the
 * tail of "Robert Burns, AP National Security Writer"), "CNN Editor-at-large", "Our Foreign
 * Staff" give "", never a fragment ("AP National", "Our Foreign"); an organisation's staff
 * stays whole ("Reuters Staff", "Telegraph Foreign Staff"). A name whose second word only looks
 * like a role ("Olive Senior", "Christopher Guest") is kept: the phrase must end in a role word.
 */
function dropTrailingRole(part: string): string {
  const words = part.split(' ');
  let at = words.findIndex((w, i) => i >= 1 && ROLE_START.test(w));
  if (at < 0) return part;
  // Desk words belong to the role ("Jennifer Rubin Opinion writer", "Tom Krisher AP Auto Writer").
  while (at > 2 && SECTION_WORD.test(words[at - 1]!)) at--;
  if (at >= 2) {
    // "AP Auto Writer": an agency and its desk before the role is no name at all.
    const head = words[0]!;
    if (ROLE_END.test(words[words.length - 1]!) && /^\p{Lu}{2,6}$/u.test(head) && lookupOutlet(head) !== null && words.slice(1, at).every((w) => SECTION_WORD.test(w))) {
      return '';
    }
    return words.slice(0, at).join(' ');
  }
  const last = words[words.length - 1]!;
  if (!ROLE_END.test(last)) return part;
  const head = words[0]!;
  const organisation = /^\p{Lu}{2,6}$/u.test(head) || ORG_WORD.test(head) || lookupOutlet(head) !== null;
  return COLLECTIVE_END.test(last) && organisation ? part : '';
}

/** "JOSH HASKELL" becomes "Josh Haskell"; mixed case is left alone. */
function restoreCase(s: string): string {
  if (s !== s.toUpperCase() || !/\p{Lu}{2}/u.test(s)) return s;
  return s.toLowerCase().replace(/(^|[\s'’\-.])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}
