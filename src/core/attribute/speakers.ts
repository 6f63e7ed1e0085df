/**
 * Speaker resolution: from a source as written ("He", "Mr. Kirby", "a spokesperson for the
 * state department", "John Kirby, the national security spokesperson for the White House")
 * to a speaker with its fullest name, its kind and its role.
 *
 * Coreference is narrow on purpose: the candidates are the speakers already met and the
 * people named at the start of the sentence before; recency decides, filtered by gender
 * (titles, forenames), number ("they") and person versus organisation ("it").
 */
import type { Speaker, SpeakerKind } from '../model';
import { lookupOutlet } from '../outlets/outlets';
import {
  ANONYMOUS_HEADS, DOCUMENT_HEADS, FORENAMES, LEADING_FILLERS, ORGANIZATION_NAME_SUFFIXES, ORGANIZATION_WORDS,
  PLACE_NAMES, PREPOSITIONS, PRONOUNS, RELAY_PARTICIPLES, TITLES,
} from './lexicon';
import type { OutletAt } from './patterns';
import type { Token } from './segment';

/** A discourse entity: someone or something that can be referred back to. */
interface Entity {
  name: string;
  kind: SpeakerKind;
  role: string | null;
  gender: 'm' | 'f' | null;
  plural: boolean;
  /** Head noun of an unnamed entity ("spokesperson"), for "the spokesperson" later. */
  head: string | null;
  /** Last mention, as a character offset. */
  pos: number;
  /** `name` lower-cased, computed once. */
  key?: string;
}

/** What the resolver needs from the article. */
export interface ResolveContext {
  text: string;
  tokens: Token[];
  outletAt: Map<number, OutletAt>;
}

/** How many recent entities a new mention is compared with: keeps resolution linear on very long texts. */
const MAX_ENTITY_LOOKBACK = 200;

/** How many recent person mentions a gendered pronoun looks back through (bounded for very long texts). */
const MAX_MENTION_LOOKBACK = 50;

/** How many recent entities a gendered pronoun looks through for a speaker of known gender. */
const GENDER_WINDOW = 3;

/** Name of the speaker of a claim with no source ("It was reported that ..."). */
export const UNATTRIBUTED = 'unattributed';

const DET_RE = /^(?:the|a|an)\s+/i;
const ROLE_STOP = new Set(['when', 'after', 'before', 'while', 'as', 'made', 'said', 'told', 'for', 'of', 'at', 'from', 'with', 'in', 'on', 'who', 'which', 'that', 'familiar', 'close', 'briefed', 'involved', 'speaking', 'knowledgeable', 'aware', 'granted', 'authorized', 'not', 'to', 'by', 'under', 'within', 'inside', 'outside', 'near', 'across', 'and', 'or']);
const DOC_LINK = new Set(['by', 'from']);
/**
 * Irregular past participles that end a head phrase like an -ed form ("reports seen by Reuters",
 * "a letter written by ..."): without them the participle reads as the head noun.
 */
const IRREGULAR_PARTICIPLES = new Set(['seen', 'shown', 'given', 'written', 'taken', 'drawn', 'known', 'sent', 'held', 'found', 'heard', 'done', 'brought', 'gotten', 'kept', 'sought', 'begun', 'thrown', 'won', 'leaked', 'put']);

/** Lower-case particles inside names ("Bill de Blasio", "Ursula von der Leyen"). */
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'del', 'dos', 'das', 'bin', 'al', 'el', 'ibn']);

/** Dashes that set off an appositive like commas ("Kall -- co-editor of the book --"). */
const APPOSITIVE_DASHES = new Set(['--', '—', '–', '―']);

/** Does an appositive role name a person's position ("co-editor of the book", "a lawyer for the club")? */
function personRole(role: string | null): boolean {
  if (!role) return false;
  const head = role.toLowerCase().split(/\s+(?:of|for|at|with|in|on|to)\s+/)[0]!.split(/\s+/).pop()!.replace(/^.*-/, '');
  return ANONYMOUS_HEADS.has(head) || Object.prototype.hasOwnProperty.call(TITLES, head) || PERSON_ROLE_HEADS.has(head);
}

/** Number words that count the members of an unnamed group ("six other women", "two dozen hosts"). */
const COUNT_WORDS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen', 'dozens', 'hundreds', 'thousands', 'several']);

/** Plurals without a final s that count people ("six other women", "two dozen Fox News women"). */
const IRREGULAR_PERSON_PLURALS: ReadonlySet<string> = new Set(['women', 'men', 'people', 'children', 'staff']);

/**
 * Role nouns that name one unnamed person when no name comes with them ("a former Fox producer",
 * "Fox host", "the country star"), beyond the person positions below.
 */
const UNNAMED_ROLE_HEADS: ReadonlySet<string> = new Set(['star', 'publicist', 'producer', 'assistant', 'commenter', 'correspondent', 'singer', 'rapper', 'musician', 'comedian', 'celebrity', 'manager', 'agent', 'colleague', 'friend']);

/** Person positions beyond the anonymous heads and titles ("editor", "founder", "director"). */
const PERSON_ROLE_HEADS = new Set(['editor', 'founder', 'director', 'chairman', 'chairwoman', 'chair', 'president', 'author', 'host', 'anchor', 'professor', 'chief', 'head', 'ceo', 'partner', 'coach', 'player', 'actor', 'actress', 'singer', 'writer', 'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'teacher', 'nurse', 'student', 'pastor', 'farmer', 'chef', 'volunteer', 'organizer', 'economist', 'historian', 'scholar', 'fellow', 'candidate', 'nominee', 'activist']);

/** Quantifiers that float after a subject ("James and Lachlan both", "the aides all"). */
const FLOATING_QUANTIFIERS: ReadonlySet<string> = new Set(['both', 'all', 'each', 'alike']);

/** Function words inside organisation names ("Centers for Disease Control", "Department of State"). */
const ORG_JOINERS = new Set(['of', 'for', 'and', 'on']);

/** Possessive pronouns and the subject pronoun they resolve like. */
const POSSESSIVE_TO_SUBJECT: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they', its: 'it' };

/** Capitalised words that open sentences but never names. */
const NAME_STOP = new Set([...LEADING_FILLERS, 'the', 'a', 'an', 'in', 'on', 'at', 'for', 'after', 'before', 'when', 'while', 'if', 'as', 'by', 'with', 'from', 'during', 'since', 'under', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'according', 'asked', 'former']);

/** "Biden’s" → "Biden". */
const stripPossessive = (w: string): string => w.replace(/['’]s$/, '');

const isTitle = (t: Token): boolean => Object.prototype.hasOwnProperty.call(TITLES, t.lw.replace(/\.$/, ''));

/** Do these words name a country, state or capital ("South Africa", "Moscow")? */
function isPlaceName(toks: Token[]): boolean {
  const words = toks.filter((t) => t.t === 'w' || t.w === '-').map((t) => stripPossessive(t.lw));
  return words.length > 0 && words.length <= 4 && PLACE_NAMES.has(words.join(' ').replace(/ - /g, '-'));
}

/** Resolves the sources of claims, in text order, to speakers. */
export class SpeakerResolver {
  private entities: Entity[] = [];
  /** Surname (lower) → full name, most recent last. */
  private surnames = new Map<string, { name: string; gender: 'm' | 'f' | null }>();
  /** Role noun (lower, "president") → the person named with it ("President Joe Biden"). */
  private titled = new Map<string, { pos: number; name: string }[]>();
  /** Single names written after a title somewhere in the text ("Mr. Kirby" gives "kirby"). */
  private titledNames = new Set<string>();
  /**
   * People named with a known gender (a forename or a gendered title), outside quotations, in
   * text order: the antecedents of "he" / "she" who have not spoken yet.
   */
  private mentions: { pos: number; para: number; name: string; gender: 'm' | 'f' }[] = [];
  /**
   * People named in full outside quotations (a known forename, or the name alone as a paragraph,
   * a heading), in text order: what "the country star" refers back to.
   */
  private people: { pos: number; para: number; name: string }[] = [];
  /** Index into `mentions` of the first mention at or after the last pronoun looked up (lookups come in text order). */
  private mentionCursor = 0;

  constructor(private ctx: ResolveContext) {
    this.indexNames();
  }

  /** One pass over the tokens: capitalised runs of two or more words are names; "Title First Last" maps a title. */
  private indexNames(): void {
    const { tokens } = this.ctx;
    let i = 0;
    while (i < tokens.length) {
      if (!tokens[i]!.cap || tokens[i]!.t !== 'w') { i++; continue; }
      let j = i;
      while (j < tokens.length && (j === i || (!tokens[j]!.nl && tokens[j]!.para === tokens[i]!.para)) && (tokens[j]!.cap && tokens[j]!.t === 'w' || (tokens[j]!.w === '.' && j > i && tokens[j - 1]!.w.length <= 4 && tokens[j + 1]?.cap) || (NAME_PARTICLES.has(tokens[j]!.w) && j > i && tokens[j + 1]?.cap))) j++;
      // A title before a single name ("President Biden", "Mr. Kirby") marks the name as a person's.
      if (j - i >= 2 && isTitle(tokens[i]!)) this.titledNames.add(stripPossessive(tokens[j - 1]!.lw));
      const run = tokens.slice(i, j).filter((t) => t.t === 'w');
      // The name alone as its paragraph (a heading: "Garth Brooks"), trailing punctuation aside.
      let after = j;
      while (after < tokens.length && tokens[after]!.t === 'p' && tokens[after]!.para === tokens[i]!.para) after++;
      const alone = (i === 0 || tokens[i - 1]!.para !== tokens[i]!.para) && (after >= tokens.length || tokens[after]!.para !== tokens[i]!.para);
      this.learnRun(run, alone);
      // A surname alone ("Corbyn, a stolid socialist, ...") mentions the person named in full before.
      if (run.length === 1 && run[0]!.q < 0 && i > 0 && !NAME_STOP.has(run[0]!.lw)) {
        const known = this.surnames.get(stripPossessive(run[0]!.lw));
        if (known?.gender) this.mentions.push({ pos: run[0]!.s, para: run[0]!.para, name: known.name, gender: known.gender });
      }
      i = Math.max(j, i + 1);
    }
  }

  private learnRun(run: Token[], alone: boolean): void {
    if (run.length < 2) return;
    let k = 0;
    while (k < run.length - 1 && (NAME_STOP.has(run[k]!.lw) || (/ing$/.test(run[k]!.lw) && !FORENAMES[run[k]!.lw]))) k++;
    let gender: 'm' | 'f' | null = null;
    const titleWords: string[] = [];
    while (k < run.length - 1 && isTitle(run[k]!)) {
      const g = TITLES[run[k]!.lw.replace(/\.$/, '')];
      if (g) gender = g;
      titleWords.push(run[k]!.lw);
      k++;
    }
    // "Senate Minority Leader Chuck Schumer": the name is what follows the last title word.
    for (let m = run.length - 2; m >= k; m--) {
      if (isTitle(run[m]!) && !ORGANIZATION_WORDS.has(run[m + 1]!.lw)) {
        titleWords.push(run[m]!.lw);
        const g = TITLES[run[m]!.lw.replace(/\.$/, '')];
        if (g) gender = g;
        k = m + 1;
        break;
      }
    }
    const nameToks = run.slice(k);
    if (nameToks.some((t) => ORGANIZATION_WORDS.has(t.lw) || ORGANIZATION_NAME_SUFFIXES.has(t.lw)) || this.isOutletWords(nameToks) || isPlaceName(nameToks)) return;
    if (nameToks.length < 2 && titleWords.length === 0) return;
    if (nameToks.length === 1) {
      // "President Trump": the title names this person from here on ("the president").
      const single = stripPossessive(nameToks[0]!.w);
      for (const tw of titleWords) {
        const list = this.titled.get(tw) ?? [];
        // The full name given earlier with the same title ("President Ana Silva" ... "President Silva").
        const full = list.find((x) => x.name.endsWith(' ' + single))?.name;
        list.push({ pos: nameToks[0]!.s, name: full ?? single });
        this.titled.set(tw, list);
      }
      return;
    }
    const name = nameToks.map((t) => stripPossessive(t.w)).join(' ');
    if (nameToks.length >= 2) {
      gender = gender ?? FORENAMES[nameToks[0]!.lw] ?? null;
      if (gender && nameToks[0]!.q < 0) this.mentions.push({ pos: nameToks[0]!.s, para: nameToks[0]!.para, name, gender });
      if (nameToks[0]!.q < 0 && (gender || alone)) this.people.push({ pos: nameToks[0]!.s, para: nameToks[0]!.para, name });
      const last = stripPossessive(nameToks[nameToks.length - 1]!.lw);
      // The first full name met wins, unless a later one has a known forename and it had none and
      // was more than a forename and a surname ("How Fox News Women Took Down Roger Ailes" gives way
      // to "Roger Ailes"; "Rupert Murdoch" stays Murdoch when "James Murdoch" comes later).
      const prev = this.surnames.get(last);
      if (!prev || (!FORENAMES[prev.name.split(' ')[0]!.toLowerCase()] && FORENAMES[nameToks[0]!.lw] && prev.name.split(' ').length > 2)) this.surnames.set(last, { name, gender });
      for (const tw of titleWords) {
        const list = this.titled.get(tw) ?? [];
        list.push({ pos: nameToks[0]!.s, name });
        this.titled.set(tw, list);
      }
    }
  }

  /** The person last named with this title before `pos` ("President Joe Biden" for "the president"). */
  private titledBefore(title: string, pos: number): string | null {
    const list = this.titled.get(title);
    if (!list) return null;
    let best: string | null = null;
    for (const x of list) if (x.pos < pos) best = x.name;
    return best ?? null;
  }

  /**
   * The most recent named person speaker whose role holds this role noun ("the president" for
   * "Ana Silva, the country's president"); only after a definite determiner.
   */
  private byRole(noun: string, det: string): string | null {
    if (det !== 'the') return null;
    const re = new RegExp(`\\b${noun}\\b`, 'i');
    for (let k = this.entities.length - 1; k >= 0 && k >= this.entities.length - MAX_ENTITY_LOOKBACK; k--) {
      const e = this.entities[k]!;
      if (e.kind === 'person' && !e.plural && e.role && re.test(e.role)) return e.name;
    }
    return null;
  }

  private isOutletWords(toks: Token[]): boolean {
    return lookupOutlet(toks.map((t) => t.w).join(' ')) !== null;
  }

  /**
   * The speaker for a source token range (or null: no source). `at` is the claim's cue offset.
   * `prevSubject` is a person named at the start of the previous sentence, if any.
   */
  resolve(src: [number, number] | null, at: number, prevSubject: [number, number] | null): Speaker {
    if (!src) return { name: UNATTRIBUTED, kind: 'unknown', role: null };
    const { tokens } = this.ctx;
    const toks = tokens.slice(src[0], src[1]);
    const words = toks.filter((t) => t.t === 'w');
    if (words.length === 1 && PRONOUNS[words[0]!.lw]) {
      return this.resolvePronoun(words[0]!.lw, at, prevSubject);
    }
    // "his claim that ...": a possessive pronoun resolves like its subject form.
    if (words.length === 1 && POSSESSIVE_TO_SUBJECT[words[0]!.lw]) {
      return this.resolvePronoun(POSSESSIVE_TO_SUBJECT[words[0]!.lw]!, at, prevSubject);
    }
    if (words.length === 1 && (words[0]!.lw === 'who' || words[0]!.lw === 'which')) {
      const ante = this.antecedent(src[0]);
      if (ante) return this.resolve(ante, at, null);
    }
    const e = this.describe(src);
    return this.remember(e, at);
  }

  /** The noun phrase a relative pronoun refers to: the chunk before its comma. */
  private antecedent(relIndex: number): [number, number] | null {
    const { tokens } = this.ctx;
    let b = relIndex;
    if (tokens[b - 1]?.w === ',') b--;
    let a = b;
    // Back over the noun phrase only: "the accounts of six other women who" gives "six other women",
    // never the clause's subject ("New York published ...").
    let bounded = false;
    while (a - 1 >= 0 && b - a < 8 && tokens[a - 1]!.t === 'w' && tokens[a - 1]!.para === tokens[relIndex]!.para) {
      const w = tokens[a - 1]!;
      if (!w.cap && (PREPOSITIONS.has(w.lw) || /ed$/.test(w.lw) || IRREGULAR_PARTICIPLES.has(w.lw) || RELAY_PARTICIPLES.has(w.lw))) { bounded = true; break; }
      a--;
      if (!w.cap && (w.lw === 'the' || w.lw === 'a' || w.lw === 'an')) { bounded = true; break; }
    }
    if (!bounded) while (a < b && !tokens[a]!.cap && !['the', 'a', 'an'].includes(tokens[a]!.lw)) a++;
    return b > a ? [a, b] : null;
  }

  private resolvePronoun(p: string, at: number, prevSubject: [number, number] | null): Speaker {
    const info = PRONOUNS[p]!;
    const ok = (e: Entity): boolean => {
      if (p === 'he' || p === 'she') {
        if (e.plural || (e.kind !== 'person' && e.kind !== 'anonymous')) return false;
        return e.gender === null || e.gender === info.gender;
      }
      if (p === 'it') return !e.plural && (e.kind === 'organization' || e.kind === 'outlet' || e.kind === 'document');
      if (p === 'they') return e.plural || e.kind === 'organization';
      return false;
    };
    // A person named as the subject of the previous sentence competes with earlier speakers.
    if (prevSubject && (p === 'he' || p === 'she')) {
      const e = this.describe(prevSubject);
      if (e.kind === 'person' && e.gender === info.gender) {
        const r = this.remember(e, at);
        return r;
      }
    }
    // "Kirby said ... [new paragraph] Jane Ortiz, a nurse, moved to Ohio. She said ...": a person
    // named with that gender after the last compatible speaker's paragraph, who has not spoken yet.
    if (p === 'he' || p === 'she') {
      const named = this.namedSince(info.gender as 'm' | 'f', at);
      if (named) return this.remember(named, at);
    }
    // "he"/"she": a person known to be of that gender among the last few entities wins over a
    // more recent one of unknown gender ("the ambassador ... President Trump ... He said").
    if (p === 'he' || p === 'she') {
      const first = this.entities.length - 1;
      for (let k = first; k >= 0 && k >= first - GENDER_WINDOW; k--) {
        const e = this.entities[k]!;
        if (!ok(e)) continue;
        if (e.gender === info.gender) break; // the most recent compatible one is known: normal path
        for (let m = k - 1; m >= 0 && m >= first - GENDER_WINDOW; m--) {
          const x = this.entities[m]!;
          if (x.kind === 'person' && x.gender === info.gender) {
            x.pos = at;
            this.entities.splice(m, 1);
            this.entities.push(x);
            return { name: x.name, kind: x.kind, role: x.role };
          }
        }
        break;
      }
    }
    // "they": a plural speaker first, an organisation only when there is none.
    const passes = p === 'they' ? [(e: Entity) => e.plural, ok] : [ok];
    for (const pass of passes) for (let k = this.entities.length - 1; k >= 0 && k >= this.entities.length - MAX_ENTITY_LOOKBACK; k--) {
      const e = this.entities[k]!;
      if (pass(e)) {
        e.pos = at;
        // Most recent first: move to the end.
        this.entities.splice(k, 1);
        this.entities.push(e);
        return { name: e.name, kind: e.kind, role: e.role };
      }
    }
    const kind: SpeakerKind = p === 'he' || p === 'she' ? 'person' : 'unknown';
    return { name: p === 'i' ? 'I' : p, kind, role: null };
  }

  /**
   * The person of this gender named most recently before `at`, when that mention comes in a
   * later paragraph than the last claim of every compatible speaker (else null: the speaker wins).
   */
  private namedSince(gender: 'm' | 'f', at: number): Entity | null {
    const { mentions } = this;
    while (this.mentionCursor < mentions.length && mentions[this.mentionCursor]!.pos < at) this.mentionCursor++;
    let m: (typeof mentions)[number] | null = null;
    for (let k = this.mentionCursor - 1; k >= 0 && k >= this.mentionCursor - MAX_MENTION_LOOKBACK; k--) {
      if (mentions[k]!.gender === gender) { m = mentions[k]!; break; }
    }
    if (!m) return null;
    const speakerPara = (pos: number): number => this.paraAt(pos);
    for (let k = this.entities.length - 1; k >= 0 && k >= this.entities.length - MAX_ENTITY_LOOKBACK; k--) {
      const e = this.entities[k]!;
      if (e.plural || (e.kind !== 'person' && e.kind !== 'anonymous') || (e.gender !== null && e.gender !== gender)) continue;
      if ((e.key ?? e.name.toLowerCase()) === m.name.toLowerCase()) return null;
      if (speakerPara(e.pos) >= m.para) return null;
    }
    const known = this.surnames.get(m.name.split(' ').pop()!.toLowerCase());
    const name = known && known.name.split(' ')[0]!.toLowerCase() === m.name.split(' ')[0]!.toLowerCase() ? known.name : m.name;
    return { name, kind: 'person', role: null, gender, plural: false, head: null, pos: 0 };
  }

  /** The paragraph of a character offset (binary search over the tokens). */
  private paraAt(pos: number): number {
    const { tokens } = this.ctx;
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (tokens[mid]!.s <= pos) lo = mid;
      else hi = mid - 1;
    }
    return tokens[lo]?.para ?? 0;
  }

  /** Records an entity (merging with a known one of the same name) and returns its speaker. */
  private remember(e: Entity, at: number): Speaker {
    const key = e.name.toLowerCase();
    // Entities are few per article, but keep the lookup bounded: search the most recent ones.
    let k = -1;
    for (let m = this.entities.length - 1; m >= 0 && m >= this.entities.length - MAX_ENTITY_LOOKBACK; m--) {
      const x = this.entities[m]!;
      if ((x.key ??= x.name.toLowerCase()) === key) { k = m; break; }
    }
    e.key = key;
    if (k >= 0) {
      const x = this.entities[k]!;
      x.role = x.role ?? e.role;
      x.gender = x.gender ?? e.gender;
      x.pos = at;
      this.entities.splice(k, 1);
      this.entities.push(x);
      return { name: x.name, kind: x.kind, role: x.role };
    }
    e.pos = at;
    this.entities.push(e);
    // Forget entities far behind the lookback window so moves stay cheap on very long texts.
    if (this.entities.length > 2 * MAX_ENTITY_LOOKBACK) this.entities.splice(0, MAX_ENTITY_LOOKBACK);
    return { name: e.name, kind: e.kind, role: e.role };
  }

  /** Describes a source noun phrase: its name, kind, role, gender and number. */
  describe(src: [number, number]): Entity {
    const { tokens, text, outletAt } = this.ctx;
    let [a, b] = src;
    // Trailing commas and periods are not part of the name.
    while (b > a && tokens[b - 1]!.t === 'p') b--;
    // Appositive: "Name, role," or "role, Name,".
    let comma = -1;
    for (let k = a; k < b; k++) if (tokens[k]!.w === ',' || APPOSITIVE_DASHES.has(tokens[k]!.w)) { comma = k; break; }
    let headA = a;
    let headB = comma >= 0 ? comma : b;
    let appos: string | null = null;
    if (comma >= 0) {
      let ae = b;
      // A second appositive comma ends the first appositive.
      for (let k = comma + 1; k < b; k++) if (tokens[k]!.w === ',' || APPOSITIVE_DASHES.has(tokens[k]!.w)) { ae = k; break; }
      const aText = text.slice(tokens[comma + 1]!.s, tokens[ae - 1]!.e);
      const headToks = tokens.slice(headA, headB);
      const headCap = headToks.some((t) => t.cap && !isTitle(t) && t.lw !== 'the');
      const apposToks = tokens.slice(comma + 1, ae);
      const apposCap = apposToks.every((t) => t.cap || t.t !== 'w' || t.lw === 'of');
      // "President Trump’s ambassador to the United Nations, Nikki R. Haley,": the head is a role.
      let hp0 = 0;
      while (hp0 < headToks.length && !(hp0 > 0 && !headToks[hp0]!.cap && ROLE_STOP.has(headToks[hp0]!.lw))) hp0++;
      const headNoun = headToks[hp0 - 1];
      const headIsRole = !!headNoun && !headNoun.cap && headNoun.t === 'w' && apposToks.filter((t) => t.t === 'w').length >= 2;
      if ((!headCap || headIsRole) && apposCap) {
        // "The state's campaign chairman, Phil Lovas": the name comes second.
        appos = text.slice(tokens[headA]!.s, tokens[headB - 1]!.e);
        headA = comma + 1;
        headB = ae;
      } else {
        appos = aText;
      }
    }
    // A capitalised common noun opening the sentence ("Officials said", "Representatives for X") is no name.
    const head = tokens.slice(headA, headB).map((t, i) => (i === 0 && t.cap && (ANONYMOUS_HEADS.has(t.lw) || DOCUMENT_HEADS.has(t.lw)) ? { ...t, cap: false, w: t.lw } : t));
    const headText = head.length ? text.slice(head[0]!.s, head[head.length - 1]!.e).replace(/\u00ad/g, '') : '';
    const role = appos ? appos.replace(DET_RE, '').trim() : null;

    // Outlet: the whole head is an outlet name ("NBC News", "The New York Times").
    const outletHere = outletAt.get(headA) ?? outletAt.get(headA + 1);
    if ((outletHere && outletHere.b >= headB - 0) || lookupOutlet(headText.replace(DET_RE, ''))) {
      const name = outletHere?.name ?? lookupOutlet(headText.replace(DET_RE, ''))!.name;
      return { name, kind: 'outlet', role, gender: null, plural: false, head: null, pos: 0 };
    }

    // Head phrase: up to the first preposition or participle ("a spokesperson | for the state department").
    let hp = 0;
    while (hp < head.length) {
      const t = head[hp]!;
      // "Department of Correction", "Health and Human Services": function words inside a name.
      const inName = (t.lw === 'of' || t.lw === 'and' || t.lw === 'for') && head[hp - 1]?.cap && head[hp + 1]?.cap;
      if (hp > 0 && !t.cap && !inName && (ROLE_STOP.has(t.lw) || IRREGULAR_PARTICIPLES.has(t.lw) || (/ed$/.test(t.lw) && hp >= 1))) break;
      if (t.t === 'p' && t.w !== '.' && t.w !== '’' && t.w !== "'" && t.w !== '-' && t.w !== '&') break;
      // "doctors offering to operate the clinic": an -ing form after a people noun starts its modifier.
      if (hp > 0 && !t.cap && /ing$/.test(t.lw) && ANONYMOUS_HEADS.has(head[hp - 1]!.lw)) break;
      // "James and Lachlan both": a floating quantifier is no part of the name.
      if (hp > 0 && hp === head.length - 1 && !t.cap && FLOATING_QUANTIFIERS.has(t.lw)) break;
      hp++;
    }
    const phrase = head.slice(0, hp).filter((t) => t.t === 'w');
    const lastTok = phrase[phrase.length - 1];
    // "the administration’s": a possessive head reads as the noun.
    const last = lastTok && /['’]s$/.test(lastTok.lw) && !lastTok.cap ? { ...lastTok, lw: stripPossessive(lastTok.lw) } : lastTok;
    if (!last) return { name: headText || '?', kind: 'unknown', role, gender: null, plural: false, head: null, pos: 0 };

    // Documents made by someone: "statements made by the White House" → the White House.
    if (!last.cap && DOCUMENT_HEADS.has(last.lw)) {
      let k = headA + hp;
      if (tokens[k]?.lw === 'made' || tokens[k]?.lw === 'released' || tokens[k]?.lw === 'issued' || tokens[k]?.lw === 'published') k++;
      if (k < headB && DOC_LINK.has(tokens[k]!.lw) && k + 1 < headB) {
        return this.describe([k + 1, headB]);
      }
      // "reports seen by Reuters": the outlet relays the document (the claim's `via`), it did not write it.
      const relayed = RELAY_PARTICIPLES.has(tokens[headA + hp]?.lw ?? '') && tokens[headA + hp + 1]?.lw === 'by';
      const name = (relayed ? text.slice(head[0]!.s, head[hp - 1]!.e) : headText).replace(DET_RE, '');
      return { name, kind: 'document', role, gender: null, plural: /s$/.test(last.lw), head: last.lw, pos: 0 };
    }

    // A possessive owner of a document ("Trump's report") is the source itself.
    // "These 6 celebrities", "six other women": a counted plural is an unnamed group of people.
    const counted = !last.cap && (/[a-z]s$/.test(last.lw) || IRREGULAR_PERSON_PLURALS.has(last.lw)) && phrase.slice(0, -1).some((t) => /^\d+$/.test(t.w) || COUNT_WORDS.has(t.lw));
    if (!last.cap && (ANONYMOUS_HEADS.has(last.lw) || counted)) {
      const plural = /s$/.test(last.lw) || IRREGULAR_PERSON_PLURALS.has(last.lw) || ['people', 'staff', 'personnel', 'many', 'some', 'several', 'others', 'two'].includes(last.lw);
      const definite = /^(?:the|this|that)$/i.test(phrase[0]!.w) && !plural;
      if (definite) {
        // "John Kirby, the spokesperson for the White House, ... the spokesperson said": the named one.
        const named = this.byRole(last.lw, phrase[0]!.lw);
        if (named) {
          const known = this.entities.find((e) => e.name === named);
          if (known) return { ...known };
        }
        // "The spokesperson", "the representative": the most recent unnamed one of that kind.
        for (let k = this.entities.length - 1; k >= 0 && k >= this.entities.length - MAX_ENTITY_LOOKBACK; k--) {
          const e = this.entities[k]!;
          if (e.kind === 'anonymous' && !e.plural && (e.head === last.lw || ['representative', 'official', 'spokesperson', 'spokesman', 'spokeswoman'].includes(last.lw) && e.head && ['representative', 'official', 'spokesperson', 'spokesman', 'spokeswoman', 'aide'].includes(e.head))) {
            return { ...e };
          }
        }
      }
      const name = headText.replace(DET_RE, '');
      const gender = last.lw === 'spokesman' ? 'm' : last.lw === 'spokeswoman' ? 'f' : null;
      return { name, kind: 'anonymous', role, gender, plural, head: last.lw, pos: 0 };
    }

    // Capitalised run at the end of the head phrase: a name, maybe after titles or modifiers.
    let r = phrase.length;
    while (r - 1 >= 0 && (phrase[r - 1]!.cap || /^[A-Z]/.test(phrase[r - 1]!.w) || ((NAME_PARTICLES.has(phrase[r - 1]!.w) || ORG_JOINERS.has(phrase[r - 1]!.w)) && r - 2 >= 0 && phrase[r - 2]!.cap))) r--;
    let capRun = phrase.slice(r);
    // "House Intelligence Committee Chair Adam Schiff": a title inside the run leaves the person's name.
    for (let m = capRun.length - 2; m >= 0; m--) {
      if (isTitle(capRun[m]!) && !ORGANIZATION_WORDS.has(capRun[m + 1]!.lw) && capRun.slice(0, m).some((t) => ORGANIZATION_WORDS.has(t.lw))) {
        capRun = capRun.slice(m);
        r = phrase.length - capRun.length;
        break;
      }
    }
    if (capRun.length) {
      const lower = capRun.map((t) => t.lw);
      const bare = capRun[0]!.lw === 'the' ? capRun.slice(1) : capRun;
      // "the Murdochs": a family named by a surname met in full, people.
      const family = bare.length === 1 && /s$/.test(bare[0]!.lw) && this.surnames.has(bare[0]!.lw.slice(0, -1));
      const knownPerson = bare.length === 1 && (this.surnames.has(stripPossessive(bare[0]!.lw)) || this.titledNames.has(stripPossessive(bare[0]!.lw)));
      const isOrg = lower.some((w) => ORGANIZATION_WORDS.has(w)) || (capRun.length === 1 && /^[A-Z]{2,5}$/.test(capRun[0]!.w) && capRun[0]!.w.length <= 4)
        // "Dick Clark Productions", "Big Machine Records": a company's name ends in a company word.
        || ORGANIZATION_NAME_SUFFIXES.has(stripPossessive(lower[lower.length - 1]!))
        // "South Africa said", "Moscow denied": a place acting is its government.
        || (bare.length > 0 && isPlaceName(bare) && !knownPerson)
        // "The Fake News said", "the Rolling Stones": a person's name never follows "the" (titles aside).
        || (bare.length > 0 && !bare.some(isTitle) && !family && (capRun[0]!.lw === 'the' || phrase[r - 1]?.lw === 'the'));
      if (isOrg) {
        const name = capRun.map((t) => t.w).join(' ').replace(/^The\s+/, '');
        return { name, kind: 'organization', role, gender: null, plural: false, head: null, pos: 0 };
      }
      // Strip titles inside the run ("President Joe Biden", "Press Secretary Karine Jean-Pierre").
      let t0 = 0;
      let gender: 'm' | 'f' | null = null;
      for (let k = 0; k < capRun.length - 1; k++) {
        if (isTitle(capRun[k]!)) { t0 = k + 1; gender = TITLES[capRun[k]!.lw.replace(/\.$/, '')] ?? gender; }
      }
      const nameToks = capRun.slice(t0);
      const preRole = r > 0 || t0 > 0 ? phrase.slice(0, r + t0).map((t) => t.w).join(' ').replace(DET_RE, '') : null;
      let name = stripPossessive(text.slice(nameToks[0]!.s, nameToks[nameToks.length - 1]!.e));
      if (nameToks.length === 1) {
        const key = stripPossessive(nameToks[0]!.lw);
        const known = this.surnames.get(key);
        const titleWord = t0 > 0 ? capRun[t0 - 1]!.lw.replace(/\.$/, '') : null;
        const viaTitle = titleWord ? this.titledBefore(titleWord, capRun[0]!.s + 1) : null;
        if (titleWord && TITLES[titleWord] === null) {
          // "President Trump": the person introduced with that title, else the name as written.
          if (viaTitle && viaTitle.toLowerCase().endsWith(key)) name = viaTitle;
        } else if (known && !(gender && known.gender && gender !== known.gender)) {
          // "Mr. Trump" is not "Ivanka Trump": a title's gender must agree with the full name's.
          name = known.name; gender = gender ?? known.gender;
        }
        else if (t0 === 0 && !this.titledNames.has(key) && !FORENAMES[key] && !personRole(role)) {
          // A lone capitalised name never given a forename or a title: a company, a country, a body.
          return { name, kind: 'organization', role: role ?? null, gender: null, plural: false, head: null, pos: 0 };
        }
      } else {
        gender = gender ?? FORENAMES[nameToks[0]!.lw] ?? null;
        const known = this.surnames.get(stripPossessive(nameToks[nameToks.length - 1]!.lw));
        if (known && known.name.toLowerCase().endsWith(name.toLowerCase()) && known.name.length > name.length) name = known.name;
        // "Nikki R. Haley" and "Nikki Haley": same forename and surname, one speaker (the first name met).
        else if (known && known.name.split(' ')[0]!.toLowerCase() === nameToks[0]!.lw) name = known.name;
      }
      const roleOut = role ?? (preRole && preRole.length ? preRole : null);
      // "Johnson and Corbyn": two people, referred back to as "they"; each surname to its full name.
      const plural = / and /.test(name);
      if (plural) {
        name = name.split(/\s+and\s+/).map((part) => {
          const words = part.split(/\s+/);
          const known = this.surnames.get(words[words.length - 1]!.toLowerCase());
          return known && (words.length === 1 || known.name.split(' ')[0] === words[0]) ? known.name : part;
        }).join(' and ');
      }
      return { name, kind: 'person', role: roleOut, gender: plural ? null : gender, plural, head: null, pos: 0 };
    }

    // A role noun with a determiner ("the president"): the person named with that title, else a
    // named speaker whose role holds the word ("Ana Silva, the country's president").
    const titledBefore = !last.cap && TITLES[last.lw] !== undefined ? this.titledBefore(last.lw, tokens[headA]!.s) ?? this.byRole(last.lw, phrase[0]!.lw) : null;
    if (titledBefore) {
      const name = titledBefore;
      const known = this.surnames.get(name.split(' ').pop()!.toLowerCase());
      const gender = known && known.name === name ? known.gender : TITLES[last.lw] ?? null;
      return { name, kind: 'person', role: role ?? last.lw, gender, plural: false, head: null, pos: 0 };
    }
    if (!last.cap && ORGANIZATION_WORDS.has(last.lw)) {
      const name = headText.replace(DET_RE, '');
      return { name, kind: 'organization', role, gender: null, plural: false, head: last.lw, pos: 0 };
    }
    if (!last.cap && TITLES[last.lw] !== undefined) {
      return { name: headText.replace(DET_RE, ''), kind: 'person', role, gender: TITLES[last.lw] ?? null, plural: false, head: last.lw, pos: 0 };
    }
    // "the country star" right after "Garth Brooks" is named: that person; "a former Fox producer",
    // "Fox host": an unnamed person.
    const single = last.lw.replace(/s$/, '');
    if (!last.cap && (PERSON_ROLE_HEADS.has(last.lw) || UNNAMED_ROLE_HEADS.has(last.lw) || (single !== last.lw && (PERSON_ROLE_HEADS.has(single) || UNNAMED_ROLE_HEADS.has(single))))) {
      const plural = single !== last.lw;
      // Only the bare role refers back: "the head of the agency" describes someone new.
      if (!plural && phrase[0]!.lw === 'the' && hp === head.length) {
        const named = this.namedNear(tokens[headA]!.s, tokens[headA]!.para);
        if (named) {
          const known = this.entities.find((e) => e.name === named);
          if (known) return { ...known };
          return { name: named, kind: 'person', role: role ?? headText.replace(DET_RE, ''), gender: this.surnames.get(named.split(' ').pop()!.toLowerCase())?.gender ?? null, plural: false, head: null, pos: 0 };
        }
      }
      return { name: headText.replace(DET_RE, ''), kind: 'anonymous', role, gender: null, plural, head: single, pos: 0 };
    }
    return { name: headText.replace(DET_RE, ''), kind: 'unknown', role, gender: null, plural: /s$/.test(last.lw), head: last.lw, pos: 0 };
  }

  /** The last person named in full before `pos`, in its paragraph or the one before (a heading naming them). */
  private namedNear(pos: number, para: number): string | null {
    for (let k = this.people.length - 1; k >= 0; k--) {
      const p = this.people[k]!;
      if (p.pos >= pos) continue;
      return p.para >= para - 1 ? p.name : null;
    }
    return null;
  }
}
