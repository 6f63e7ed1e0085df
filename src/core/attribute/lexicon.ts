/**
 * Lexicons of the attribution engine: reporting verbs, the words that travel with them,
 * and the nouns that tell what kind of speaker a source is.
 *
 * Entry classes follow the reporting-verb classes of the attribution literature (the
 * statement / continuation / assertion / denial / confirmation / warning / explanation /
 * question / announcement / medium / attitude classes summarised in
 * `eval/ATTRIBUTION-NOTES.md`, themselves after VerbNet's communication classes); the
 * members are ordinary English words written from general knowledge of news prose, not
 * taken from any corpus.
 */

/** What a cue verb needs around it before it counts as an attribution. */
export type CueFrame =
  /** Any complement: a clause, a quote, or a post-posed "..., X said". */
  | 'any'
  /** Only with a clause ("that ...", a quote or a colon) after it, or post-posed after content. */
  | 'clause'
  /** Only before a "to"-infinitive ("plans to ..."); the infinitive is the content. */
  | 'to'
  /** Only with its particle ("called for ...", "called on ..."). */
  | 'particle'
  /** Only after a quote, as its tag ("“...,” he smiled."): manner verbs. */
  | 'tag';

/** One reporting verb: lemma, inflected forms and the frame it needs. */
export interface CueVerb {
  lemma: string;
  /** The verb class (statement, denial, attitude...), shown to nobody but useful for breakdowns. */
  cls: string;
  frame: CueFrame;
  /** Irregular past and past participle, when not lemma+ed. */
  past?: string;
  participle?: string;
  /** Particles that must follow for frame `particle`, and may follow otherwise (kept in the cue). */
  particles?: string[];
}

// Statement and continuation verbs: the core of news attribution; any frame.
const STATEMENT: [string, string?][] = [
  ['say', 'said'], ['tell', 'told'], ['state'], ['add'], ['note'], ['observe'], ['remark'], ['comment'],
  ['mention'], ['recall'], ['reiterate'], ['repeat'], ['stress'], ['emphasize'], ['emphasise'],
  ['underscore'], ['explain'], ['clarify'], ['declare'], ['announce'], ['proclaim'], ['assert'],
  ['affirm'], ['claim'], ['argue'], ['insist'], ['maintain'], ['contend'], ['allege'], ['deny'],
  ['dispute'], ['confirm'], ['acknowledge'], ['admit'], ['concede'], ['warn'], ['caution'],
  ['predict'], ['disclose'], ['reveal'], ['report'], ['write', 'wrote'], ['tweet'], ['testify'],
  ['reply'], ['respond'], ['retort'], ['counter'], ['answer'], ['ask'], ['wonder'], ['complain'],
  ['boast'], ['brag'], ['vow'], ['pledge'], ['promise'], ['swear', 'swore'], ['suggest'],
  ['propose'], ['recommend'], ['urge'], ['estimate'], ['indicate'], ['signal'], ['hint'],
  ['charge'], ['accuse'], ['concur'], ['echo'], ['lament'], ['conclude'], ['acknowledge'],
  ['speculate'], ['surmise'], ['quip'], ['elaborate'],
];

// Evaluation verbs: a stance taken in words ("attacked", "praised", "called X a liar", "cited").
// PolNeAR counts them; they take a noun phrase, so any frame.
const EVALUATION: [string, string?][] = [
  ['attack'], ['criticize'], ['criticise'], ['condemn'], ['blast'], ['slam'], ['praise'], ['reject'],
  ['endorse'], ['oppose'], ['defend'], ['applaud'], ['welcome'], ['denounce'], ['decry'], ['mock'],
  ['ridicule'], ['challenge'], ['dismiss'], ['liken'], ['call'], ['cite'], ['blame'], ['label'],
  ['brand'], ['hail'], ['lambaste'], ['fault'], ['rebuke'], ['chide'], ['scold'], ['berate'],
  ['support'], ['encourage'], ['discuss'], ['reference'], ['promote'], ['outline'], ['tout'],
  ['champion'], ['highlight'], ['rail'], ['chastise'], ['decry'], ['bash'], ['dismiss'], ['deride'],
  // Characterising someone or something in words ("described her as a fighter", "characterized the deal as a failure").
  ['describe'], ['characterize'], ['characterise'], ['portray'], ['depict'], ['dub'],
];

// Attitude, knowledge and evidence verbs: PolNeAR counts beliefs, intentions and evidence,
// but they are ordinary verbs too, so they need a clause after them.
const CLAUSE_ONLY: [string, string?][] = [
  ['believe'], ['think', 'thought'], ['feel', 'felt'], ['know', 'knew'], ['fear'], ['worry'],
  ['doubt'], ['understand', 'understood'], ['show'], ['find', 'found'], ['agree'], ['rule'],
  ['decide'], ['recognize'], ['recognise'], ['realize'], ['realise'], ['assume'], ['guess'],
  ['hope'], ['expect'], ['demand'], ['insinuate'], ['imply'], ['question'], ['describe'],
  ['detail'], ['post'], ['determine'], ['prove'], ['demonstrate'], ['hold', 'held'], ['see', 'saw'],
  ['learn'], ['order'], ['announce'], ['suspect'], ['acknowledge'], ['allow'],
];

// Intention verbs: only before a to-infinitive ("plans to", "refused to").
const TO_ONLY: [string, string?][] = [
  ['plan'], ['want'], ['intend'], ['hope'], ['expect'], ['refuse'], ['decline'], ['threaten'],
  ['aim'], ['seek', 'sought'], ['wish'], ['prefer'], ['vow'], ['pledge'], ['promise'], ['agree'],
  ['decide'], ['offer'], ['mean', 'meant'], ['urge'],
];

// Phrasal cues: the particle is part of the cue ("called for", "pointed out").
const PARTICLE: [string, string[], string?][] = [
  ['call', ['for', 'on']], ['point', ['out', 'to']], ['push', ['for']], ['speak', ['of', 'about', 'out'], 'spoke'],
  ['talk', ['about']], ['advocate', ['for']], ['press', ['for']], ['lash', ['out']], ['weigh', ['in']],
  ['chime', ['in']],
  // Verbs of talking, complaining and arguing whose topic follows a preposition ("complained about
  // the delays", "warned of a recession", "argued against the bill"): general English valency,
  // after VerbNet's talk / complain / advise classes. The preposition joins the cue.
  ['complain', ['about', 'of']], ['worry', ['about']], ['warn', ['of', 'about', 'against']],
  ['argue', ['for', 'against', 'about']], ['campaign', ['for', 'against', 'on']], ['rail', ['against', 'at']],
  ['joke', ['about']], ['brag', ['about']], ['boast', ['about', 'of']], ['write', ['about', 'of'], 'wrote'],
  ['tweet', ['about']], ['comment', ['on', 'about']], ['insist', ['on']], ['testify', ['about', 'on']],
  ['lobby', ['for', 'against']], ['fight', ['for', 'against'], 'fought'], ['vouch', ['for']],
  ['apologize', ['for']], ['apologise', ['for']], ['caution', ['against']], ['agitate', ['for', 'against']],
  ['hint', ['at']], ['object', ['to']], ['elaborate', ['on']], ['reflect', ['on']],
  ['muse', ['about', 'on']], ['raise', ['concerns', 'questions', 'doubts']], ['express', ['concern', 'doubt', 'support', 'confidence', 'frustration', 'regret', 'skepticism', 'scepticism', 'interest', 'hope', 'opposition']],
  ['ask', ['about']], ['wonder', ['about']],
  // "as X put it": only in that frame (patterns.ts reads it), the content on the other side of "as".
  ['put', ['it'], 'put'],
];

// Manner verbs that stand for "said" only as a quote's tag ("“...,” she smiled").
const TAG_ONLY: string[] = [
  'smile', 'laugh', 'shout', 'yell', 'scream', 'sigh', 'chuckle', 'exclaim', 'snap', 'whisper',
  'muse', 'recount', 'grumble', 'cry', 'offer', 'conclude', 'interject', 'gush', 'scoff', 'continue',
  'proceed', 'joke', 'begin',
];

/** Past participles that differ from their past tense. */
const PARTICIPLES: Record<string, string> = {
  know: 'known', write: 'written', show: 'shown', speak: 'spoken', see: 'seen', swear: 'sworn',
};

const VOWELS = /[aeiou]/;

/** Verbs whose final consonant doubles though the one-syllable rule misses them (stress on the last syllable, or qu-). */
const DOUBLING: ReadonlySet<string> = new Set(['admit', 'concur', 'refer', 'prefer', 'quip', 'rebut', 'omit', 'submit', 'regret', 'commit', 'chat', 'begin']);

/** The regular inflections of an English verb lemma (third person, past, -ing). */
function inflect(lemma: string, past?: string): { s: string; ed: string; ing: string } {
  let s: string;
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) s = lemma + 'es';
  else if (/[^aeiou]y$/.test(lemma)) s = lemma.slice(0, -1) + 'ies';
  else s = lemma + 's';
  let ed: string;
  let ing: string;
  if (lemma.endsWith('e')) {
    ed = lemma + 'd';
    ing = lemma.endsWith('ee') ? lemma + 'ing' : lemma.slice(0, -1) + 'ing';
  } else if (/[^aeiou]y$/.test(lemma)) {
    ed = lemma.slice(0, -1) + 'ied';
    ing = lemma + 'ing';
  } else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma) && VOWELS.test(lemma)) {
    // one-syllable consonant-vowel-consonant words double their final consonant (plan, vow excepted by w)
    ed = lemma + lemma.slice(-1) + 'ed';
    ing = lemma + lemma.slice(-1) + 'ing';
  } else {
    ed = lemma + 'ed';
    ing = lemma + 'ing';
  }
  if (DOUBLING.has(lemma)) {
    ed = lemma + lemma.slice(-1) + 'ed';
    ing = lemma + lemma.slice(-1) + 'ing';
  }
  return { s, ed: past ?? ed, ing };
}

/** How a form was inflected: finite past, present, bare, -ing, or past participle. */
export type VerbForm = 'past' | 'present' | 'base' | 'ing' | 'participle';

/** A cue verb form as looked up by its lower-case spelling. */
export interface CueForm {
  verb: CueVerb;
  form: VerbForm;
}

/** Every inflected form of every cue verb, by lower-case spelling; a form may belong to several verbs. */
export const CUE_FORMS: Map<string, CueForm[]> = new Map();

function addVerb(verb: CueVerb): void {
  const { s, ed, ing } = inflect(verb.lemma, verb.past);
  const part = verb.participle ?? PARTICIPLES[verb.lemma] ?? ed;
  const forms: [string, VerbForm][] = [[verb.lemma, 'base'], [s, 'present'], [ed, 'past'], [ing, 'ing']];
  if (part !== ed) forms.push([part, 'participle']);
  for (const [w, form] of forms) {
    const list = CUE_FORMS.get(w) ?? [];
    if (!list.some((f) => f.verb.lemma === verb.lemma && f.verb.frame === verb.frame && f.form === form)) {
      list.push({ verb, form });
    }
    CUE_FORMS.set(w, list);
  }
}

for (const [lemma, past] of STATEMENT) addVerb({ lemma, cls: 'statement', frame: 'any', past });
for (const [lemma, past] of EVALUATION) addVerb({ lemma, cls: 'evaluation', frame: 'any', past });
for (const [lemma, past] of CLAUSE_ONLY) addVerb({ lemma, cls: 'attitude', frame: 'clause', past });
for (const [lemma, past] of TO_ONLY) addVerb({ lemma, cls: 'intention', frame: 'to', past });
for (const [lemma, particles, past] of PARTICLE) addVerb({ lemma, cls: 'phrasal', frame: 'particle', particles, past });
for (const lemma of TAG_ONLY) addVerb({ lemma, cls: 'manner', frame: 'tag' });

/**
 * Verb forms that are also common nouns ("battleground states", "his comments", "the rules"):
 * as cues they need a clear subject and a clause after them.
 */
export const NOUN_LIKE: ReadonlySet<string> = new Set([
  'state', 'states', 'comment', 'comments', 'remark', 'remarks', 'rule', 'rules', 'report', 'reports',
  'tweet', 'tweets', 'note', 'notes', 'plan', 'plans', 'joke', 'jokes', 'claim', 'claims', 'post', 'posts',
  'answer', 'answers', 'reply', 'replies', 'charge', 'charges', 'question', 'questions', 'order', 'orders',
  'estimate', 'estimates', 'counter', 'counters', 'echo', 'echoes', 'promise', 'promises', 'pledge',
  'pledges', 'vow', 'vows', 'signal', 'signals', 'hint', 'hints', 'show', 'shows', 'find', 'finds',
  'demand', 'demands', 'doubt', 'doubts', 'fear', 'fears', 'hope', 'hopes', 'offer', 'offers', 'release',
  'releases', 'detail', 'details', 'guess', 'guesses', 'want', 'wants', 'concern', 'concerns', 'ask', 'asks',
  'wish', 'wishes', 'aim', 'aims', 'call', 'calls', 'push', 'pushes', 'talk', 'talks', 'point', 'points',
  'continue', 'continues', 'maintain', 'warn', 'worry', 'worries', 'learn', 'see', 'sees', 'hold', 'holds',
  'attack', 'attacks', 'challenge', 'challenges', 'ridicule', 'welcome', 'support', 'supports', 'blame',
  'label', 'labels', 'brand', 'brands', 'hail', 'praise', 'cite', 'defend', 'fault', 'faults', 'mock',
  'stress', 'stresses', 'advocate', 'advocates', 'maintains', 'release', 'order', 'report', 'rule', 'post',
  'back', 'backs', 'outline', 'outlines', 'highlight', 'highlights', 'rail', 'rails', 'champion', 'champions',
  'reference', 'references', 'bash', 'promote', 'tout', 'discuss', 'encourage',
]);

/** Verbs of the "tell" type: the word after them is the person spoken to, not the content. */
export const RECIPIENT_VERBS: ReadonlySet<string> = new Set(['tell', 'ask', 'urge', 'warn', 'assure', 'remind', 'inform', 'promise', 'accuse', 'charge']);

/** Auxiliaries, modals and negation: the verb group stays together (PolNeAR cue convention). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'having', 'is', 'was', 'were', 'are', 'am', 'be', 'been', 'being', 'do', 'does', 'did',
  'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'shall', 'not', "n't", 'never',
  "didn't", 'didn’t', "doesn't", 'doesn’t', "don't", 'don’t', "hasn't", 'hasn’t', "haven't", 'haven’t',
  "hadn't", 'hadn’t', "wasn't", 'wasn’t', "isn't", 'isn’t', "won't", 'won’t', "wouldn't", 'wouldn’t',
  "couldn't", 'couldn’t', "can't", 'can’t', 'cannot', "aren't", 'aren’t', "weren't", 'weren’t',
  "'s", '’s', "'ll", '’ll', "'re", '’re', "'ve", '’ve', "'d", '’d', "'m", '’m',
]);

/** Adverbs that sit inside a verb group ("also said", "has repeatedly said"). */
export const GROUP_ADVERBS: ReadonlySet<string> = new Set([
  'also', 'repeatedly', 'previously', 'later', 'earlier', 'recently', 'publicly', 'privately', 'often', 'sometimes',
  'again', 'just', 'already', 'still', 'even', 'only', 'further', 'once', 'long', 'first', 'initially',
  'frequently', 'openly', 'flatly', 'reportedly', 'allegedly', 'separately', 'subsequently', 'then',
  'now', 'since', 'always', 'routinely', 'consistently', 'generally', 'simply', 'reluctantly',
  'immediately', 'quickly', 'similarly', 'likewise', 'elsewhere', 'ultimately', 'finally', 'herself',
  'himself', 'themselves', 'itself', 'personally', 'specifically', 'explicitly', 'plainly', 'bluntly',
  'sharply', 'strongly', 'firmly', 'clearly', 'widely', 'falsely', 'correctly', 'wrongly', 'instead',
  'reportedly', 'recently', 'quietly', 'loudly', 'angrily', 'calmly', 'bluntly', 'candidly', 'almost',
  'very', 'nearly', 'twice', 'already',
]);

/** Subject pronouns that can be sources as written. */
export const PRONOUNS: Readonly<Record<string, { gender: 'm' | 'f' | 'n' | 'x'; plural: boolean; person: 1 | 2 | 3 }>> = {
  he: { gender: 'm', plural: false, person: 3 },
  she: { gender: 'f', plural: false, person: 3 },
  it: { gender: 'n', plural: false, person: 3 },
  they: { gender: 'x', plural: true, person: 3 },
  we: { gender: 'x', plural: true, person: 1 },
  i: { gender: 'x', plural: false, person: 1 },
  you: { gender: 'x', plural: false, person: 2 },
};

/** Object pronouns and generic audiences: the recipient after "told". */
export const RECIPIENT_WORDS: ReadonlySet<string> = new Set([
  'him', 'her', 'them', 'me', 'us', 'you', 'reporters', 'journalists', 'supporters', 'voters', 'lawmakers',
  'listeners', 'viewers', 'readers', 'members', 'students', 'colleagues', 'officials', 'police', 'investigators',
  'congress', 'parliament', 'senators', 'delegates', 'donors', 'employees', 'staff', 'workers', 'residents',
  'attendees', 'everyone', 'anyone', 'people', 'crowds', 'audiences', 'the',
]);

/** Words that end a source chunk on its left: clause openers and subordinators. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that', 'but', 'because', 'while', 'when', 'whereas', 'although', 'though', 'since', 'if', 'unless',
  'so', 'yet', 'and', 'or', 'nor', 'where', 'after', 'before', 'until', 'as', 'than', 'whether', 'once',
]);

/** Sentence adverbs and conjunctions stripped from the front of a source chunk. */
export const LEADING_FILLERS: ReadonlySet<string> = new Set([
  'but', 'and', 'so', 'yet', 'still', 'however', 'meanwhile', 'now', 'later', 'also', 'then', 'instead',
  'separately', 'earlier', 'moreover', 'indeed', 'thus', 'nonetheless', 'nevertheless', 'or', 'plus',
  'today', 'yesterday', 'tonight', 'previously', 'ultimately', 'finally', 'first', 'second', 'last',
  'perhaps', 'maybe', 'indeed', 'again', 'besides', 'otherwise',
]);

/** Titles and honorifics before a name; the value is the gender they show, if any. */
export const TITLES: Readonly<Record<string, 'm' | 'f' | null>> = {
  mr: 'm', mrs: 'f', ms: 'f', miss: 'f', sir: 'm', dame: 'f', lord: 'm', lady: 'f', madam: 'f',
  dr: null, prof: null, professor: null, president: null, 'vice': null, sen: null, senator: null,
  rep: null, representative: null, gov: null, governor: null, mayor: null, gen: null, general: null,
  col: null, lt: null, sgt: null, capt: null, captain: null, adm: null, admiral: null, judge: null,
  justice: null, secretary: null, minister: null, chancellor: null, ambassador: null, pope: null,
  king: 'm', queen: 'f', prince: 'm', princess: 'f', rev: null, reverend: null, father: 'm', sister: 'f',
  brother: 'm', chairman: 'm', chairwoman: 'f', chair: null, commissioner: null, sheriff: null,
  chief: null, attorney: null, speaker: null, leader: null, premier: null, director: null, officer: null,
  detective: null, coach: null, congressman: 'm', congresswoman: 'f', councilman: 'm', councilwoman: 'f',
  spokesman: 'm', spokeswoman: 'f', spokesperson: null, ceo: null, founder: null, candidate: null,
  nominee: null, former: null, state: null, sens: null, reps: null, gens: null, cmdr: null, maj: null,
  cpl: null, pvt: null, amb: null, supt: null, insp: null, rabbi: null, imam: null, pastor: null, bishop: null,
  cardinal: null, sheikh: 'm', emir: 'm', sultan: 'm',
};

/** Common forenames with their usual gender: enough to tell "he" from "she" for news names. */
export const FORENAMES: Readonly<Record<string, 'm' | 'f'>> = Object.fromEntries([
  ...['john', 'james', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles',
    'christopher', 'daniel', 'matthew', 'anthony', 'mark', 'donald', 'steven', 'paul', 'andrew', 'joshua',
    'kenneth', 'kevin', 'brian', 'george', 'timothy', 'ronald', 'edward', 'jason', 'jeffrey', 'ryan',
    'jacob', 'gary', 'nicholas', 'eric', 'jonathan', 'stephen', 'larry', 'justin', 'scott', 'brandon',
    'benjamin', 'samuel', 'gregory', 'frank', 'alexander', 'raymond', 'patrick', 'jack', 'dennis', 'jerry',
    'tyler', 'aaron', 'jose', 'adam', 'henry', 'nathan', 'douglas', 'zachary', 'peter', 'kyle', 'walter',
    'ethan', 'jeremy', 'harold', 'keith', 'christian', 'roger', 'noah', 'gerald', 'carl', 'terry', 'sean',
    'austin', 'arthur', 'lawrence', 'jesse', 'dylan', 'bryan', 'joe', 'jordan', 'billy', 'bruce', 'albert',
    'willie', 'gabriel', 'logan', 'alan', 'juan', 'wayne', 'roy', 'ralph', 'randy', 'eugene', 'vincent',
    'russell', 'elijah', 'louis', 'bobby', 'philip', 'johnny', 'mike', 'bill', 'tom', 'jim', 'bob', 'ted',
    'chris', 'dan', 'dave', 'steve', 'jeff', 'tim', 'ben', 'sam', 'nick', 'tony', 'rick', 'ron', 'jon',
    'barack', 'mitch', 'chuck', 'bernie', 'rand', 'marco', 'newt', 'rudy', 'mitt', 'vladimir', 'sergei',
    'xi', 'emmanuel', 'boris', 'rishi', 'keir', 'olaf', 'justin', 'narendra', 'recep', 'benjamin', 'volodymyr',
    'antony', 'lloyd', 'jake', 'kevin', 'hakeem', 'lindsey', 'ron', 'rex', 'reince', 'sean', 'corey', 'kellyanne',
    'jared', 'mohammed', 'muhammad', 'ahmed', 'ali', 'omar', 'hassan', 'ibrahim', 'carlos', 'luis', 'miguel',
    'pedro', 'jorge', 'francisco', 'antonio', 'giuseppe', 'marco', 'hans', 'klaus', 'pierre', 'jean', 'francois',
    'ivan', 'dmitry', 'alexei', 'igor', 'yuri', 'wang', 'li', 'hiroshi', 'kenji', 'kim', 'rahul', 'amit',
    'raj', 'sanjay', 'kwame', 'chinedu', 'emeka', 'olusegun', 'bola', 'muhammadu', 'cyril', 'jacob', 'uhuru',
    'william', 'harry', 'charles', 'philip', 'dick', 'al', 'ted', 'jeb', 'marc', 'max', 'leon', 'martin',
    'matt', 'matthew', 'andy', 'pete', 'greg', 'doug', 'rob', 'will', 'fred', 'ed', 'ken', 'don', 'hank'].map((n) => [n, 'm'] as const),
  ...['mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah', 'karen',
    'nancy', 'lisa', 'betty', 'margaret', 'sandra', 'ashley', 'kimberly', 'emily', 'donna', 'michelle',
    'dorothy', 'carol', 'amanda', 'melissa', 'deborah', 'stephanie', 'rebecca', 'sharon', 'laura', 'cynthia',
    'kathleen', 'amy', 'angela', 'shirley', 'anna', 'brenda', 'pamela', 'emma', 'nicole', 'helen', 'samantha',
    'katherine', 'christine', 'debra', 'rachel', 'carolyn', 'janet', 'catherine', 'maria', 'heather', 'diane',
    'ruth', 'julie', 'olivia', 'joyce', 'virginia', 'victoria', 'kelly', 'lauren', 'christina', 'joan',
    'evelyn', 'judith', 'megan', 'andrea', 'cheryl', 'hannah', 'jacqueline', 'martha', 'gloria', 'teresa',
    'ann', 'sara', 'madison', 'frances', 'kathryn', 'janice', 'jean', 'abigail', 'alice', 'julia', 'judy',
    'sophia', 'grace', 'denise', 'amber', 'doris', 'marilyn', 'danielle', 'beverly', 'isabella', 'theresa',
    'diana', 'natalie', 'brittany', 'charlotte', 'marie', 'kayla', 'alexis', 'lori', 'hillary', 'kamala',
    'nikki', 'elizabeth', 'kate', 'jill', 'melania', 'ivanka', 'michele', 'condoleezza', 'madeleine', 'nancy',
    'angela', 'theresa', 'ursula', 'jacinda', 'liz', 'priti', 'nicola', 'kristi', 'sonia', 'indira', 'aung',
    'ngozi', 'ellen', 'chimamanda', 'fatima', 'aisha', 'ana', 'lucia', 'carmen', 'sofia', 'marine',
    'ségolène', 'giorgia', 'kristalina', 'janet', 'gina', 'jen', 'karine', 'dana', 'sarah', 'kellyanne',
    'debbie', 'donna', 'huma', 'jennifer', 'tulsi', 'elise', 'alexandria', 'ilhan', 'rashida', 'ayanna',
    'susan', 'lisa', 'amy', 'tammy', 'maxine', 'kirsten', 'tina', 'mazie', 'patty', 'claire', 'heidi'].map((n) => [n, 'f'] as const),
]);

/**
 * Head nouns of anonymous sources: people or groups the article does not name
 * ("two sources", "a spokesperson", "officials", "people familiar with ...").
 */
export const ANONYMOUS_HEADS: ReadonlySet<string> = new Set([
  'source', 'sources', 'official', 'officials', 'spokesperson', 'spokespersons', 'spokesman', 'spokesmen',
  'spokeswoman', 'spokeswomen', 'representative', 'representatives', 'aide', 'aides', 'people', 'person',
  'diplomat', 'diplomats', 'insider', 'insiders', 'analyst', 'analysts', 'expert', 'experts', 'observer',
  'observers', 'witness', 'witnesses', 'resident', 'residents', 'critic', 'critics', 'supporter',
  'supporters', 'advocate', 'advocates', 'activist', 'activists', 'individual', 'individuals', 'someone',
  'staffer', 'staffers', 'employee', 'employees', 'worker', 'workers', 'member', 'members', 'lawmaker',
  'lawmakers', 'legislator', 'legislators', 'economist', 'economists', 'researcher', 'researchers',
  'scientist', 'scientists', 'investigator', 'investigators', 'prosecutor', 'prosecutors', 'lawyer',
  'lawyers', 'attorney', 'attorneys', 'doctor', 'doctors', 'negotiator', 'negotiators', 'operative',
  'operatives', 'strategist', 'strategists', 'adviser', 'advisers', 'advisor', 'advisors', 'voter',
  'voters', 'leader', 'leaders', 'authorities', 'others', 'many', 'some', 'several', 'one', 'two',
  'colleague', 'colleagues', 'friend', 'friends', 'neighbor', 'neighbors', 'neighbour', 'neighbours',
  'americans', 'republicans', 'democrats', 'conservatives', 'liberals', 'participants', 'respondents',
  'delegates', 'protesters', 'protestors', 'users', 'fans', 'parents', 'students', 'teachers',
  'executive', 'executives', 'manager', 'managers', 'owner', 'owners', 'consultant', 'consultants',
  'journalist', 'journalists', 'reporter', 'reporters', 'commentator', 'commentators', 'pundit', 'pundits',
  'veteran', 'veterans', 'donor', 'donors', 'candidate', 'candidates', 'agent', 'agents', 'officer',
  'officers', 'figure', 'figures', 'personnel', 'staff', 'physicians', 'physician', 'nurses', 'nurse',
  'troops', 'soldiers', 'farmers', 'scholars', 'historians', 'academics', 'bankers', 'traders', 'investors',
  'locals', 'villagers', 'survivors', 'victims', 'relatives', 'families', 'organizers', 'officials',
]);

/** Head nouns of document sources: artifacts that store or relay language (a report, a poll). */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  'report', 'reports', 'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'lawsuit', 'lawsuits',
  'suit', 'complaint', 'filing', 'filings', 'memo', 'memos', 'memorandum', 'letter', 'letters', 'document',
  'documents', 'records', 'record', 'data', 'analysis', 'analyses', 'transcript', 'transcripts', 'indictment',
  'affidavit', 'email', 'emails', 'e-mail', 'e-mails', 'message', 'messages', 'post', 'posts', 'tweet',
  'tweets', 'video', 'videos', 'footage', 'recording', 'recordings', 'statement', 'statements', 'release',
  'ad', 'advertisement', 'book', 'article', 'editorial', 'op-ed', 'column', 'paper', 'papers', 'research',
  'findings', 'figures', 'estimates', 'assessment', 'review', 'audit', 'ruling', 'order', 'decision',
  'opinion', 'brief', 'motion', 'petition', 'bill', 'legislation', 'law', 'proposal', 'plan', 'platform',
  'guidance', 'guidelines', 'notice', 'warrant', 'charges', 'court papers', 'census', 'index', 'model',
  'forecast', 'projection', 'projections', 'chart', 'map', 'photo', 'photos', 'image', 'images', 'website',
  'site', 'page', 'blog', 'newsletter', 'announcement', 'text', 'texts', 'cable', 'cables', 'dossier',
  // agreements state terms ("The agreement maintained that it would cover ...")
  'agreement', 'agreements', 'contract', 'contracts', 'treaty',
]);

/** Participles that say an outlet saw or got a document it did not write ("reports seen by Reuters", "obtained by CNN"). */
export const RELAY_PARTICIPLES: ReadonlySet<string> = new Set(['seen', 'obtained', 'reviewed', 'viewed', 'received', 'acquired', 'leaked']);

/** Words that mark a name as an organisation ("Department", "Ministry", "Inc."). */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  'house', 'department', 'ministry', 'police', 'court', 'campaign', 'committee', 'administration',
  'government', 'agency', 'company', 'party', 'council', 'office', 'commission', 'university', 'group',
  'association', 'union', 'institute', 'foundation', 'center', 'centre', 'organization', 'organisation',
  'bureau', 'service', 'services', 'army', 'navy', 'military', 'pentagon', 'kremlin', 'congress',
  'senate', 'parliament', 'assembly', 'board', 'bank', 'fund', 'corporation', 'corp', 'inc', 'ltd', 'llc',
  'plc', 'co', 'authority', 'authorities', 'coalition', 'alliance', 'federation', 'league', 'society',
  'network', 'firm', 'club', 'team', 'cabinet', 'embassy', 'consulate', 'secretariat', 'directorate',
  'prosecutors', 'tribunal', 'legislature', 'caucus', 'movement', 'trust', 'inc.', 'nations', 'nato',
  'fbi', 'cia', 'nsa', 'epa', 'fda', 'cdc', 'who', 'imf', 'eu', 'un', 'gop', 'dnc', 'rnc', 'doj', 'dhs',
  'irs', 'sec', 'ftc', 'fcc', 'nasa', 'unicef', 'opec', 'ecb', 'fed', 'treasury', 'state', 'white',
  'hospital', 'school', 'college', 'church', 'city', 'county', 'district', 'region', 'province',
  'republic', 'kingdom', 'states', 'country', 'nation', 'industry', 'sector', 'regime', 'junta',
  'delegation', 'panel', 'jury', 'force', 'forces', 'guard', 'squad', 'unit', 'division', 'press',
  'lab', 'laboratory', 'labs', 'club', 'clinic', 'airline', 'airlines', 'group', 'holdings', 'partners',
  'centers', 'centres', 'institutes', 'departments', 'ministries', 'agencies', 'offices', 'control',
  'prevention', 'correction', 'corrections', 'affairs', 'security', 'health', 'defense', 'defence',
]);

/**
 * Last words of company and studio names, only when capitalised ("Dick Clark Productions",
 * "Big Machine Records", "Warner Bros."): as common nouns they head no organisation ("the
 * records show", "his productions"), so they stay out of ORGANIZATION_WORDS.
 */
export const ORGANIZATION_NAME_SUFFIXES: ReadonlySet<string> = new Set([
  'productions', 'production', 'entertainment', 'records', 'studios', 'studio', 'pictures', 'films',
  'enterprises', 'industries', 'technologies', 'systems', 'solutions', 'communications', 'media',
  'motors', 'airways', 'ventures', 'capital', 'brands', 'pharmaceuticals', 'therapeutics', 'energy',
  'bros', 'bros.', 'llp', 'gmbh', 'limited', 'incorporated', 'associates', 'ministries', 'management',
  'consulting', 'publishing', 'broadcasting', 'music', 'games', 'sports', 'foods', 'stores',
]);

/**
 * Countries, US states and capitals that stand for their governments ("South Africa said",
 * "Moscow denied"): an organisation-like actor, never a person. Lower-case, words joined by
 * one space. A name also known as a person's surname in the article ("Denzel Washington")
 * stays a person (see speakers.ts).
 */
export const PLACE_NAMES: ReadonlySet<string> = new Set([
  // countries (UN members and common short names)
  'afghanistan', 'albania', 'algeria', 'andorra', 'angola', 'argentina', 'armenia', 'australia', 'austria',
  'azerbaijan', 'bahamas', 'bahrain', 'bangladesh', 'barbados', 'belarus', 'belgium', 'belize', 'benin',
  'bhutan', 'bolivia', 'bosnia', 'bosnia and herzegovina', 'botswana', 'brazil', 'brunei', 'bulgaria',
  'burkina faso', 'burundi', 'cambodia', 'cameroon', 'canada', 'cape verde', 'central african republic',
  'chile', 'china', 'colombia', 'comoros', 'congo', 'costa rica', 'croatia', 'cuba', 'cyprus',
  'czech republic', 'czechia', 'denmark', 'djibouti', 'dominica', 'dominican republic', 'east timor',
  'ecuador', 'egypt', 'el salvador', 'equatorial guinea', 'eritrea', 'estonia', 'eswatini', 'ethiopia',
  'fiji', 'finland', 'france', 'gabon', 'gambia', 'georgia', 'germany', 'ghana', 'greece', 'grenada',
  'guatemala', 'guinea', 'guinea-bissau', 'guyana', 'haiti', 'honduras', 'hungary', 'iceland', 'india',
  'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy', 'ivory coast', 'jamaica', 'japan', 'jordan',
  'kazakhstan', 'kenya', 'kiribati', 'kosovo', 'kuwait', 'kyrgyzstan', 'laos', 'latvia', 'lebanon',
  'lesotho', 'liberia', 'libya', 'liechtenstein', 'lithuania', 'luxembourg', 'madagascar', 'malawi',
  'malaysia', 'maldives', 'mali', 'malta', 'marshall islands', 'mauritania', 'mauritius', 'mexico',
  'micronesia', 'moldova', 'monaco', 'mongolia', 'montenegro', 'morocco', 'mozambique', 'myanmar',
  'burma', 'namibia', 'nauru', 'nepal', 'netherlands', 'new zealand', 'nicaragua', 'niger', 'nigeria',
  'north korea', 'north macedonia', 'macedonia', 'norway', 'oman', 'pakistan', 'palau', 'palestine',
  'panama', 'papua new guinea', 'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar',
  'romania', 'russia', 'rwanda', 'saint lucia', 'samoa', 'san marino', 'saudi arabia', 'senegal',
  'serbia', 'seychelles', 'sierra leone', 'singapore', 'slovakia', 'slovenia', 'solomon islands',
  'somalia', 'south africa', 'south korea', 'south sudan', 'spain', 'sri lanka', 'sudan', 'suriname',
  'sweden', 'switzerland', 'syria', 'taiwan', 'tajikistan', 'tanzania', 'thailand', 'togo', 'tonga',
  'trinidad and tobago', 'tunisia', 'turkey', 'turkmenistan', 'tuvalu', 'uganda', 'ukraine',
  'united arab emirates', 'uae', 'united kingdom', 'uk', 'britain', 'great britain', 'england',
  'scotland', 'wales', 'northern ireland', 'united states', 'us', 'u.s.', 'usa', 'america', 'uruguay',
  'uzbekistan', 'vanuatu', 'vatican', 'venezuela', 'vietnam', 'yemen', 'zambia', 'zimbabwe',
  // US states
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware',
  'florida', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine',
  'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska',
  'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota',
  'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota',
  'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'west virginia', 'wisconsin', 'wyoming',
  // capitals and seats of government used for their governments
  'washington', 'moscow', 'beijing', 'kyiv', 'kiev', 'tehran', 'pyongyang', 'seoul', 'tokyo', 'london',
  'berlin', 'brussels', 'ankara', 'damascus', 'riyadh', 'jerusalem', 'taipei', 'havana', 'caracas',
  'islamabad', 'new delhi', 'baghdad', 'kabul', 'cairo', 'harare', 'pretoria', 'ottawa', 'canberra',
  'westminster', 'whitehall', 'downing street', 'hong kong',
]);

/** Abbreviations whose period does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'adm', 'rev',
  'st', 'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave', 'blvd', 'dept', 'est', 'fig', 'gov', 'hon',
  'messrs', 'mme', 'mlle', 'sens', 'reps', 'govs', 'supt', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m',
  'd.c', 'n.y', 'calif', 'fla', 'ill', 'mass', 'mich', 'penn', 'wash', 'ariz', 'colo', 'conn', 'tenn',
  'ala', 'ark', 'del', 'ga', 'ind', 'kan', 'ky', 'la', 'md', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev',
  'okla', 'ore', 'pa', 'va', 'vt', 'wis', 'wyo', 'ariz', 'approx', 'op', 'pp', 'vol', 'al', 'univ',
]);

/**
 * Nouns of saying and thinking that make a cue with a possessive source
 * ("Trump's claim that ...", "her promise to ..."). Value: the complement they take.
 */
export const NOUN_CUES: ReadonlyMap<string, 'that' | 'to' | 'both'> = new Map([
  ...['claim', 'claims', 'assertion', 'assertions', 'allegation', 'allegations', 'argument', 'view', 'belief',
    'statement', 'warning', 'suggestion', 'insistence', 'contention', 'concern', 'concerns', 'fear', 'fears',
    'hope', 'hopes', 'position', 'assessment', 'conclusion', 'finding', 'findings', 'prediction', 'accusation',
    'accusations', 'charge', 'denial', 'admission', 'acknowledgment', 'acknowledgement', 'explanation', 'message',
    'suspicion', 'theory', 'point', 'complaint', 'boast', 'reminder', 'estimate', 'observation', 'announcement',
    'sense', 'opinion', 'worry', 'expectation', 'realization', 'understanding', 'confidence', 'doubts']
    .map((w) => [w, 'that'] as const),
  ...['promise', 'pledge', 'vow', 'threat', 'call', 'demand', 'request', 'offer', 'plea', 'proposal']
    .map((w) => [w, 'both'] as const),
  ...['plan', 'plans', 'decision', 'intention', 'refusal', 'bid', 'effort', 'push', 'desire', 'wish', 'willingness', 'readiness']
    .map((w) => [w, 'to'] as const),
]);

// Closed-class words and small noun classes the pattern families read (general English grammar).

/** Determiners, quantifiers and pre-head modifiers that can open a source noun phrase ("the", "two", "former"). */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some', 'many', 'several', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'most', 'few', 'other', 'another', 'all', 'both', 'each', 'every', 'no', 'any', 'more', 'former', 'senior', 'top', 'u.s']);

/** Prepositions and subordinators that open adjuncts rather than sources or content. */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'from', 'for', 'with', 'by', 'under', 'over', 'since', 'amid', 'through', 'via', 'to', 'of', 'about', 'into', 'without', 'against', 'among', 'while', 'when', 'as', 'like', 'upon', 'within', 'across']);

/** Weekdays and time adverbs that end a source or open an adjunct ("said Smith on Monday"). */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'last', 'this', 'recently', 'previously']);

/** Where a statement was made: "in a statement", "in an interview". */
export const MEDIUM_NOUNS: ReadonlySet<string> = new Set(['statement', 'interview', 'email', 'tweet', 'speech', 'post', 'letter', 'video', 'podcast', 'briefing', 'release', 'memo', 'op-ed', 'editorial', 'column', 'filing']);

/** Time nouns after "this", "last", "next" ("said this weekend that"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set(['week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'spring', 'summer', 'fall', 'autumn', 'winter', 'time']);

/** Verbs whose subject can be an artifact that shows something ("the poll shows Clinton ahead"). */
export const EVIDENCE_VERBS: ReadonlySet<string> = new Set(['show', 'find', 'suggest', 'indicate', 'demonstrate', 'prove', 'reveal', 'estimate']);

/**
 * Event nouns: happenings, not informants. As the subject of an evidence verb ("the events could
 * signal a change", "the move suggests ...") they make the author's inference, not an attribution;
 * documents and data ("the report found", "the data show") are sources and stay out of this list.
 */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'event', 'events', 'development', 'developments', 'move', 'moves', 'step', 'steps', 'shift', 'shifts',
  'change', 'changes', 'incident', 'incidents', 'episode', 'outcome', 'turmoil', 'unrest', 'upheaval',
  'crisis', 'violence', 'fighting', 'clashes', 'protests', 'departure', 'resignation', 'ouster', 'arrest',
  'arrests', 'appointment', 'victory', 'defeat', 'collapse', 'takeover', 'coup',
]);

/** Evidence verbs an event noun can head without being a source ("the events could signal ..."). */
export const INFERENCE_VERBS: ReadonlySet<string> = new Set(['signal', 'suggest', 'show', 'indicate', 'hint', 'demonstrate', 'prove', 'reveal']);

/** Artifacts of data beyond DOCUMENT_HEADS ("the average shows", "footage shows"). */
export const DATA_NOUNS: ReadonlySet<string> = new Set(['average', 'averages', 'slide', 'results', 'numbers', 'polling', 'tally', 'count', 'evidence', 'footage', 'video', 'videos', 'photos']);

/** Verbs of belief and argument that take a bare clause ("supporters believe bigotry is acceptable"). */
export const BELIEF_VERBS: ReadonlySet<string> = new Set(['believe', 'think', 'feel', 'fear', 'worry', 'suspect', 'assume', 'guess', 'doubt', 'find', 'show', 'suggest', 'argue', 'insist', 'contend',
  // knowledge, decision and expectation verbs also drop "that" ("officials decided she should go", "I know the returns are audited")
  'know', 'decide', 'hope', 'expect', 'agree', 'understand', 'realize', 'realise', 'recognize', 'recognise', 'learn', 'determine', 'rule', 'acknowledge']);

/** Lower-case head nouns that can be a speaker on their own ("officials say", "the campaign said"). */
export const SPEAKER_NOUNS: ReadonlySet<string> = new Set(['officials', 'official', 'sources', 'source', 'spokesman', 'spokeswoman', 'spokesperson', 'campaign', 'police', 'administration', 'government', 'company', 'department', 'agency', 'experts', 'analysts', 'critics', 'supporters', 'aides', 'aide', 'lawmakers', 'people', 'residents', 'authorities', 'group', 'committee', 'court', 'judge', 'prosecutors', 'lawyers', 'attorney', 'researchers', 'scientists', 'democrats', 'republicans', 'leaders', 'members', 'voters', 'americans', 'others', 'many', 'some', 'both', 'president', 'senator', 'governor', 'mayor', 'minister', 'secretary', 'chairman', 'director', 'candidate', 'nominee', 'study', 'survey', 'poll', 'data', 'ministry', 'office', 'council', 'white', 'house']);

/** Common irregular past tenses: a subject noun phrase ends before them ("A group of doctors sent ..."). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(['sent', 'made', 'took', 'gave', 'went', 'came', 'met', 'held', 'ran', 'spoke', 'wrote', 'told', 'said', 'got', 'left', 'put', 'set', 'led', 'won', 'lost', 'began', 'became', 'brought', 'kept', 'paid', 'sought', 'built', 'bought', 'fought', 'thought', 'felt', 'saw', 'knew', 'found', 'heard', 'stood', 'sat', 'hit', 'cut', 'drew', 'threw', 'rose', 'fell', 'struck', 'took']);

/**
 * Adjectives of stance, feeling and certainty after "be" ("is critical of", "was confident that",
 * "are willing to"): PolNeAR counts beliefs, feelings about something and intentions as
 * attributions. Value: the complements each takes (a preposition, `that` for a clause, `to` for
 * an infinitive). Written from general English adjective valency (the "judgement", "emotion" and
 * "certainty" adjective classes of descriptive grammars), not from any corpus.
 */
export const STANCE_ADJECTIVES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  // certainty: a clause, sometimes "of" / "about"
  ['sure', ['that', 'of', 'about']], ['certain', ['that', 'of', 'about']], ['confident', ['that', 'of', 'about', 'in']],
  ['convinced', ['that', 'of']], ['adamant', ['that', 'about']], ['clear', ['that', 'about']], ['aware', ['that', 'of']],
  ['unaware', ['that', 'of']], ['unsure', ['about', 'of', 'whether']], ['doubtful', ['that', 'about', 'of']],
  // judgement and support
  ['critical', ['of']], ['supportive', ['of']], ['dismissive', ['of']], ['skeptical', ['of', 'about', 'that']],
  ['sceptical', ['of', 'about', 'that']], ['wary', ['of', 'about']], ['suspicious', ['of']], ['contemptuous', ['of']],
  ['proud', ['of', 'that']], ['opposed', ['to']], ['hostile', ['to']], ['sympathetic', ['to']], ['receptive', ['to']],
  ['open', ['to']], ['committed', ['to']], ['resistant', ['to']], ['vague', ['about']], ['coy', ['about']],
  ['passionate', ['about']], ['bullish', ['on', 'about']], ['bearish', ['on', 'about']], ['enthusiastic', ['about']],
  // emotion about something
  ['concerned', ['about', 'that', 'over', 'with', 'by']], ['worried', ['about', 'that', 'over', 'by']],
  ['optimistic', ['about', 'that']], ['pessimistic', ['about']], ['hopeful', ['that', 'about', 'of']],
  ['afraid', ['that', 'of', 'to']], ['fearful', ['that', 'of']], ['angry', ['about', 'at', 'over', 'with', 'that']],
  ['upset', ['about', 'at', 'over', 'with', 'that']], ['furious', ['about', 'at', 'over', 'with', 'that']],
  ['frustrated', ['with', 'by', 'about', 'over', 'that']], ['disappointed', ['with', 'by', 'in', 'that']],
  ['pleased', ['with', 'by', 'about', 'that']], ['satisfied', ['with', 'that']], ['unhappy', ['with', 'about', 'that']],
  ['happy', ['with', 'about', 'that', 'to']], ['glad', ['that', 'to']], ['surprised', ['by', 'at', 'that']],
  ['outraged', ['by', 'at', 'over', 'that']], ['alarmed', ['by', 'at', 'that']], ['nervous', ['about']],
  ['anxious', ['about', 'to', 'that']], ['excited', ['about', 'by', 'to']], ['uncomfortable', ['with', 'about']],
  ['comfortable', ['with']], ['impressed', ['by', 'with']], ['troubled', ['by', 'that']], ['grateful', ['for', 'to', 'that']],
  // willingness and intention
  ['willing', ['to']], ['unwilling', ['to']], ['eager', ['to', 'for']], ['keen', ['to', 'on']], ['ready', ['to']],
  ['determined', ['to', 'that']], ['reluctant', ['to']], ['prepared', ['to']], ['intent', ['on']], ['inclined', ['to']],
]);

/**
 * Nouns of evaluation and stance that take their topic after a preposition, with a possessive
 * source ("Trump's criticism of the deal", "her support for the bill", "their opposition to
 * it"). Value: the prepositions each takes; the preposition joins the cue. General English noun
 * valency (the nominalisations of the evaluation and attitude verbs above). Read only for the
 * nouns of NOUN_CUES ("claims about", "concerns over"): on their own these nouns are too often
 * plain descriptions (measured on the development split: more false claims than found ones).
 */
export const NOUN_PREP_CUES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['criticism', ['of']], ['criticisms', ['of']], ['support', ['for', 'of']], ['praise', ['for', 'of']],
  ['opposition', ['to']], ['condemnation', ['of']], ['defense', ['of']], ['defence', ['of']], ['rejection', ['of']],
  ['endorsement', ['of']], ['description', ['of']], ['characterization', ['of']], ['characterisation', ['of']],
  ['view', ['of', 'on']], ['views', ['on', 'of', 'about']], ['take', ['on']], ['stance', ['on']], ['position', ['on']],
  ['comments', ['on', 'about']], ['remarks', ['on', 'about']], ['attack', ['on']], ['attacks', ['on']],
  ['concerns', ['about', 'over']], ['concern', ['about', 'over', 'for']], ['questions', ['about']],
  ['claims', ['about', 'of']], ['allegations', ['of', 'about']], ['accusations', ['of']], ['denial', ['of']],
  ['dismissal', ['of']], ['disdain', ['for']], ['contempt', ['for']], ['admiration', ['for']], ['skepticism', ['about', 'of']],
  ['scepticism', ['about', 'of']], ['doubts', ['about', 'over']], ['call', ['for']], ['calls', ['for']], ['demand', ['for']],
  ['demands', ['for']], ['promise', ['of']], ['promises', ['of']], ['warning', ['about', 'of', 'against']],
  ['warnings', ['about', 'of', 'against']], ['assessment', ['of']], ['account', ['of']], ['version', ['of']],
]);

/**
 * Nouns of opinion in the prepositional cues "in X's view" and "in the view of X"
 * (general English idiom: view, opinion, words, estimation, judgment, eyes, mind, telling).
 */
export const VIEW_NOUNS: ReadonlySet<string> = new Set(['view', 'opinion', 'words', 'estimation', 'judgment', 'judgement', 'eyes', 'mind', 'telling', 'account', 'assessment', 'reckoning', 'analysis', 'experience']);
