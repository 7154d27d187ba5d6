import type { CatalogSet } from './catalog';
import type { AbsenceKind, ActivityKind } from './model';
import { typedGoalId } from './refs';

/**
 * Recognises what a user typed, in bokmål or English, with the small typos people make.
 * A small table-driven matcher: no external language service. The text is normalised first
 * (case, the bot's own @mention, punctuation, apostrophes), then known words are corrected
 * within one edit, then the patterns are tried in order.
 */
export type Intent =
  | { kind: 'help' }
  /** "takk", "ok", 👍: thanks or an acknowledgement, answered in kind (not with "I did not understand"). */
  | { kind: 'thanks'; thanked: boolean; bye?: true }
  | { kind: 'whatsLeft'; name?: string; scope?: Scope }
  | { kind: 'inbox' }
  /**
   * "trekk tilbake forespørselen", "hvilke læringsmål venter på godkjenning?": a LIS's own requests for
   * approval that wait, each with its «Trekk tilbake» (for someone who is no LIS: what waits for them).
   */
  | { kind: 'requests' }
  /** "hvilke mål er godkjent?", "vis godkjente for Alex": the approved goals by ID, per plan. */
  | { kind: 'approved'; name?: string }
  /** "jeg skal være veileder for Alex": someone to hold a role, told how they get it (the LIS invites them). */
  | { kind: 'roleClaim'; role: 'leader' | 'advisor' | 'supervisor'; name?: string }
  /** "hvilke kurs mangler jeg?", "kursene til Alex": the courses recorded, and the county's for LIS1. */
  | { kind: 'courses'; name?: string }
  /** "hva har Patti godkjent for meg?": what delegates decided on the leader's behalf (one delegate's, named). */
  | { kind: 'onBehalf'; name?: string }
  /** "hva har jeg signert?" (optionally "for Alex"): what the asker signed, sent back or marked as met. */
  | { kind: 'signed'; name?: string }
  /** "hva har jeg godkjent?" (optionally "for Alex"): the goals a leader approved, sent back or undid. */
  | { kind: 'decided'; name?: string }
  /**
   * "angre godkjenningen", "jeg signerte feil": how a decision made by mistake is put right; a bare
   * "angre" (`any`) is answered by the asker's roles.
   */
  | { kind: 'undo'; what: 'approval' | 'signature' | 'any' }
  /** "hva er sendt tilbake?": a LIS's status (with the comments); for someone who signs or approves, what they decided. */
  | { kind: 'returned' }
  /** "hva er klart for godkjenning?": a LIS's status (with «Be om godkjenning»); for a leader, what waits for them. */
  | { kind: 'ready' }
  /** "mine LIS", "oversikt": the LIS the asker holds a role for (a LIS with none: their own status). */
  | { kind: 'overview' }
  | { kind: 'register' }
  | { kind: 'invite' }
  /** "jeg var på kurs i går …": the form, with the kind named chosen and the day said (`daysAgo`, "i går" is 1). */
  | { kind: 'newActivity'; activityKind?: ActivityKind; daysAgo?: 1 | 2 }
  /** "deleger", "gi Adele fullmakt": the delegation form, with the person named filled in when known. */
  | { kind: 'delegate'; name?: string }
  /** "roller": the asker's own; "roller for Alex", "hvem er veilederen til Alex?": those around a LIS. */
  | { kind: 'roles'; name?: string }
  /** "mine aktiviteter", "aktiviteter for Alex": a LIS's newest learning activities. */
  | { kind: 'activities'; name?: string }
  /** "be om godkjenning DEL1-042" (and DEL1-070: `also`, `beyond` as for a goal): its card, to ask from. */
  | { kind: 'requestApproval'; goalId: string; also?: string[]; beyond?: number }
  /** A goal asked about by its id ("DEL1-064 for Alex", "hva mangler for DEL1-070?"): its card. */
  | {
      kind: 'goal';
      goalId: string;
      name?: string;
      history?: true;
      /** The message said more than which goal ("godkjenn DEL1-064, bra jobbet"): none of it is kept. */
      more?: true;
      /** Other goals named in the same message ("godkjenn DEL1-064 og DEL1-070"): each on its card too. */
      also?: string[];
      /** Goals named beyond `GOALS_ASKED_MAX`: not shown, and said so. */
      beyond?: number;
    }
  | { kind: 'createUnit' }
  /** "fravær"; "Alex er syk i dag": with whom, the kind and today, to fill the leader's form in. */
  | {
      kind: 'absence';
      name?: string;
      absenceKind?: AbsenceKind;
      today?: true;
      daysAgo?: 1 | 2;
      /** "jeg skal på ferie", "jeg var syk": the asker's own absence (ahead or now, or past), not a LIS's they record. */
      self?: 'ahead' | 'past';
    }
  | { kind: 'confirmation' }
  | { kind: 'sessions'; name?: string }
  | { kind: 'export' }
  /** "signer Alex: sutur av kuttskade på legevakt i dag, DEL1-012": a supervisor records and signs for a LIS. */
  | { kind: 'supervisorSign'; name: string; text: string }
  /** "tjenesteperioder" (optionally "for Alex"): service periods with place, LIS1's parts, absence per period. */
  | { kind: 'service'; name?: string }
  /** "signer Alex" (or "signer" alone): the same as a form, for the LIS named or the one the supervisor has. */
  | { kind: 'supervisorForm'; name?: string }
  /** "hva betyr tverrnivå?", "hva er FKM?": a word of the field, explained. */
  | { kind: 'explain'; term: Term }
  /** "hvem ser fraværet mitt?", "personvern", "slett dataene mine": who sees what, and where to ask. */
  | { kind: 'privacy' }
  /** "knappen virker ikke", "jeg finner ikke kortet": how to get the cards again, and whom to tell. */
  | { kind: 'trouble' }
  /** "snakk norsk", "english please": the bot answers in Teams' language; says where that is set. */
  | { kind: 'language' }
  /** A file or a picture sent with nothing the matcher understands (a course certificate, say). */
  | { kind: 'attachment' }
  | { kind: 'unknown' };

/** The words of the field the bot explains ("hva betyr tverrnivå?"). */
export const TERMS = [
  'tverrniva',
  'fkm',
  'lis',
  'innfridd',
  'laeringsmal',
  'aktivitet',
  'supervisor',
  'veileder',
  'resttjeneste',
  'kompetanseportalen',
  'arena',
  'spesialistgodkjenning',
] as const;
export type Term = (typeof TERMS)[number];

/** How each is written or asked for, once normalised. */
const TERM_WORDS: [RegExp, Term][] = [
  [/^(?:tverrnivå|tverrnivå mål|tverrnivåmål|cross-?level(?: goals?)?)$/, 'tverrniva'],
  [/^(?:fkm|felles kompetansemål|common competence goals?)$/, 'fkm'],
  [/^(?:(?:en )?(?:lis|lis1|lis2|lis3)|(?:en )?lege i spesialisering)$/, 'lis'],
  [/^(?:innfridd|markert som innfridd|marker som innfridd|met)$/, 'innfridd'],
  // Goals are approved, activities signed: the goal's explanation says how one leads to the other.
  [
    /^(?:(?:et |en )?læringsmål|learning goals?|forskjellen (?:på|mellom) (?:signert|signering) og (?:godkjent|godkjenning)|(?:the )?difference between signed and approved)$/,
    'laeringsmal',
  ],
  [/^(?:(?:en )?læringsaktivitet|learning activity)$/, 'aktivitet'],
  [/^(?:(?:en )?supervisør|supervisor)$/, 'supervisor'],
  [/^(?:(?:en )?veileder|advisor)$/, 'veileder'],
  [
    /^(?:resttjeneste|(?:grensen|grense) for fravær|fraværsgrensen|fraværsgrense|10 ?% fravær)$/,
    'resttjeneste',
  ],
  [/^(?:kompetanseportalen|kphdir)$/, 'kompetanseportalen'],
  [/^(?:(?:en )?arena)$/, 'arena'],
  [
    /^(?:spesialistgodkjenning(?:en)?|godkjenning som spesialist|specialist approval|specialist registration)$/,
    'spesialistgodkjenning',
  ],
];

/** "hva betyr tverrnivå?", "hva er en supervisør?", "what does FKM mean?": the term asked about. */
const EXPLAIN =
  /^(?:hva (?:betyr|er|menes med|står) |kva (?:betyr|er) |hva er det |forklar |what (?:does |is |are )(?:a |an |the )?|explain )(.+?)(?: for noe| for no| mean| for)?$/;

/** A part of the training a question is about: an arena, or a plan (general practice, the common goals). */
export type Scope =
  | { arena: 'hospital' | 'municipality' | 'psychiatry' }
  | { plan: 'allmennmedisin' | 'fkm' }
  /** A theme of the plans ("etikk", "legevakt"), as the catalogs name it. */
  | { theme: string };

/** The catalogs' themes, ready to be found in a question ("hva gjenstår i etikk?", "… i tema etikk"). */
export type ThemeWords = readonly { re: RegExp; theme: string }[];

/**
 * Patterns for the themes of the loaded catalogs, longest first (so "kvalitet og pasientsikkerhet" wins
 * over a shorter theme inside it). Built once, when the app starts; the matcher stays pure.
 */
export function themeWords(themes: Iterable<string>): ThemeWords {
  const names = [...new Set(themes)];
  return [
    ...names.map((theme) => ({ theme, words: normalise(theme) })),
    // The common themes (FKM) as an English speaker names them.
    ...names.flatMap((theme) => (THEMES_EN[theme] ?? []).map((en) => ({ theme, words: en }))),
  ]
    .filter((x) => x.words.length >= 3)
    .sort((a, b) => b.words.length - a.words.length)
    .map(({ theme, words }) => ({
      theme,
      // Letter edges, not \b: a theme may end in æ, ø or å, which \b does not count as a letter.
      re: new RegExp(
        `(?<![\\p{L}\\p{N}])(?:(?:i|på|av|innen|om|in|of|on) (?:(?:tema|temaet|theme) )?|(?:tema|temaet|theme) )${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
        'u',
      ),
    }));
}

const catalogThemes = new WeakMap<CatalogSet, ThemeWords>();
/** The themes of a set of catalogs, built once per set (the bot's messages and its help card's examples). */
export function themesOf(catalogs: CatalogSet): ThemeWords {
  let words = catalogThemes.get(catalogs);
  if (!words) {
    words = themeWords(catalogs.all().flatMap((c) => c.goals.map((g) => g.theme)));
    catalogThemes.set(catalogs, words);
  }
  return words;
}

/** The official FKM themes in English, so "what's left in ethics?" finds «Etikk». */
const THEMES_EN: Record<string, readonly string[]> = {
  Etikk: ['ethics'],
  Forebygging: ['prevention'],
  Forskningsforståelse: ['research', 'understanding research'],
  Kommunikasjon: ['communication'],
  Kunnskapshåndtering: ['knowledge management'],
  'Kvalitet og pasientsikkerhet': ['quality and patient safety', 'patient safety'],
  Lovverk: ['law', 'legislation', 'health law'],
  'Pasient- og brukermedvirkning': ['patient and user involvement', 'user involvement'],
  'Pasient- og pårørendeopplæring': ['patient and family education', 'patient education'],
  Samhandling: ['collaboration', 'cooperation'],
  'Systemforståelse, organisasjonsutvikling og ledelse': [
    'leadership',
    'management',
    'organisation',
    'organization',
  ],
};

/** Words that name a part of the training, with the little words around them ("på sykehus", "i FKM"). */
const SCOPES: { re: RegExp; scope: Scope }[] = [
  {
    re: /\b(?:på |i |at (?:the )?|in (?:the )?)?(?:sykehus(?:et)?|hospital)\b/,
    scope: { arena: 'hospital' },
  },
  { re: /\b(?:i |in (?:the )?)?(?:kommunen|kommune|municipality)\b/, scope: { arena: 'municipality' } },
  { re: /\b(?:i |in )?(?:psykiatri(?:en)?|psychiatry)\b/, scope: { arena: 'psychiatry' } },
  {
    re: /\b(?:i |av |in |of )?(?:allmennmedisin(?:en)?|general practice)\b/,
    scope: { plan: 'allmennmedisin' },
  },
  {
    re: /\b(?:i |av |in |of (?:the )?)?(?:fkm|felles kompetansemål|common competence goals)\b/,
    scope: { plan: 'fkm' },
  },
];

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Teams sends channel and group-chat text as HTML: `&nbsp;`, `&amp;`, numeric entities. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** The formatting tags Teams puts in a message written with formatting or pasted: dropped, never the text between. */
const FORMAT_TAGS =
  /<\/?(?:p|div|span|br|strong|b|em|i|u|s|strike|del|ol|ul|li|a|code|pre|blockquote|h[1-6]|img|font|table|thead|tbody|tr|td|th|hr)\b[^<>]*>/gi;

/**
 * A message's text as the person wrote it: Teams sends a formatted or pasted message as HTML
 * (`<p>hva gjenstår?</p>`), a mention as `<at>Name</at>`, and a reply that quotes a message with
 * the quote in front (a `schema.skype.com/Reply` blockquote, or a `<quoted messageId=…/>` placeholder). Mentions and known formatting tags go
 * (a paragraph, a line or a list item ends in a line break), then entities are decoded, so a `<` the
 * person typed (sent as `&lt;`) stays.
 */
export function teamsText(text: string): string {
  return decodeEntities(
    text
      // A quoted reply: the quoted message (a blockquote) or its placeholder is not what was written.
      .replace(/<blockquote\b[^>]*schema\.skype\.com\/Reply[^>]*>[\s\S]*?<\/blockquote>/gi, ' ')
      .replace(/<quoted\b[^>]*\/>/gi, ' ')
      .replace(/<at>[^<]*<\/at>/gi, ' ')
      .replace(/<br\s*\/?>|<\/(?:p|div|li|h[1-6]|tr|blockquote)>/gi, '\n')
      .replace(FORMAT_TAGS, ''),
  );
}

/** Lower-case, strip `<at>…</at>` mentions, formatting tags, HTML entities, punctuation and repeated spaces; keep æ, ø, å. */
export function normalise(text: string): string {
  return teamsText(text)
    .toLowerCase()
    .normalize('NFC')
    .replace(/[’'`´]/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s-+|-+\s/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Nynorsk words in the questions people ask, as their bokmål form: the patterns are written in
 * bokmål, and a good part of Norway's doctors write nynorsk ("kva står att?", "kva ventar på meg?").
 * The bot answers in bokmål, which every nynorsk reader reads.
 */
const NYNORSK: Record<string, string> = {
  kva: 'hva',
  kven: 'hvem',
  kor: 'hvor',
  korleis: 'hvordan',
  eg: 'jeg',
  ikkje: 'ikke',
  noko: 'noe',
  mykje: 'mye',
  ventar: 'venter',
  manglar: 'mangler',
  kursa: 'kursene',
  vere: 'være',
  att: 'igjen',
  treng: 'trenger',
  kome: 'kom',
  fråvær: 'fravær',
  teneste: 'tjeneste',
  tenesta: 'tjenesten',
  tenesteperiodar: 'tjenesteperioder',
  rettleiing: 'veiledning',
  rettleiar: 'veileder',
  rettleiaren: 'veilederen',
  leiar: 'leder',
  leiaren: 'lederen',
  aktivitetar: 'aktiviteter',
  aktivitetane: 'aktivitetene',
  godkjende: 'godkjente',
  godkjenninga: 'godkjenningen',
  signeringa: 'signeringen',
  godkjend: 'godkjent',
  læringsmåla: 'læringsmålene',
  gjere: 'gjøre',
  vore: 'vært',
  veker: 'uker',
  frå: 'fra',
  ein: 'en',
  eit: 'et',
  nokon: 'noen',
  sjå: 'se',
  rettleiingssamtale: 'veiledningssamtale',
  rettleiingssamtalar: 'veiledningssamtaler',
  tenesteattest: 'tjenesteattest',
  sluttar: 'slutter',
  byrjar: 'begynner',
  tenesteperioden: 'tjenesteperioden',
  oversyn: 'oversikt',
  oversynet: 'oversikten',
  byt: 'bytt',
  arbeidsstad: 'arbeidssted',
  arbeidsstaden: 'arbeidsstedet',
  arbeidsgivar: 'arbeidsgiver',
  sjukmeld: 'sykmeldt',
  sjukmeldt: 'sykmeldt',
  sjuk: 'syk',
  sjukefråvær: 'sykefravær',
  eigenmelding: 'egenmelding',
  milepælar: 'milepæler',
  rollar: 'roller',
  ligg: 'ligger',
  kommentarar: 'kommentarer',
};

/** Words worth correcting: long enough that one edit does not turn them into another word. */
const KEYWORDS = [
  'gjenstår',
  'mangler',
  'kommet',
  'venter',
  'godkjenning',
  'godkjenne',
  'godkjenninger',
  'signere',
  'signeringer',
  'aktivitet',
  'inviter',
  'fremdrift',
  'framdrift',
  'progress',
  'waiting',
  'remaining',
  'approval',
  'approvals',
  'activity',
  'invite',
  'delegate',
  'deleger',
  'status',
  'started',
  'registrer',
  'fravær',
  'absence',
  'tjenesteattest',
  'veiledning',
  'eksporter',
  'kompetanseportalen',
];

function distanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      // A swap of two neighbours counts as one edit.
      if (a[i + 1] === b[j] && a[i] === b[j + 1]) {
        i += 2;
        j += 2;
        continue;
      }
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Short words people mistype, and keyboards without æøå. */
const ALIASES: Record<string, string> = {
  whta: 'what',
  waht: 'what',
  wat: 'what',
  lfet: 'left',
  letf: 'left',
  elft: 'left',
  hav: 'hva',
  hvs: 'hva',
  va: 'hva',
  pa: 'på',
  paa: 'på',
  naa: 'nå',
  whats: 'whats',
};

/** "gjenstar", "gjennstår", "mangeler", "wating" → the keyword. Also å written as aa or a. */
function correct(word: string): string {
  const alias = ALIASES[word];
  if (alias) return alias;
  if (word.length < 5) return word;
  const plain = word.replace(/aa/g, 'å');
  for (const k of KEYWORDS) {
    if (distanceAtMostOne(plain, k) || distanceAtMostOne(plain.replace(/a/g, 'å'), k)) return k;
  }
  return word;
}

/** Words that end a name, or are not one. */
const NOT_A_NAME = new Set([
  'av',
  'of',
  'meg',
  'me',
  'i',
  'jeg',
  'deg',
  'you',
  'mine',
  'my',
  'min',
  'mitt',
  'oss',
  'us',
  // Others than a LIS by name: "hvor langt har vi kommet?", "hva gjenstår for dem?", "hvis jeg er syk …".
  'vi',
  'we',
  'dem',
  'them',
  'han',
  'hun',
  'ham',
  'he',
  'she',
  'him',
  'hvis',
  'if',
  'alle',
  'all',
  'everyone',
  // Not a person: "kan noen godkjenne for meg?", "kan du …".
  'noen',
  'du',
  'someone',
  'anyone',
  'hvem',
  // A place, an arena or a theme follows these: "hva mangler jeg i allmennmedisin", "… Alex på sykehus".
  'på',
  'om',
  'til',
  'innen',
  'in',
  'at',
  'on',
  'for',
  // A purpose follows: "hva mangler jeg for å bli ferdig?".
  'å',
  // Time words: "hva gjenstår før jeg er ferdig", "… nå", "… totalt".
  'før',
  'etter',
  'nå',
  'totalt',
  'igjen',
  'before',
  'now',
  // "veiledning med Lynne neste tirsdag".
  'neste',
  'denne',
  'next',
  'this',
  'kl',
  'klokka',
  'mandag',
  'tirsdag',
  'onsdag',
  'torsdag',
  'fredag',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  // "hva gjenstår, takk".
  'takk',
  'please',
  // Words that colour a question: "hva gjenstår da?", "hva gjenstår egentlig?".
  'da',
  'egentlig',
  'fortsatt',
  'ennå',
  'enda',
  'still',
  'actually',
  'then',
  // What is aimed at, not a person: "hva mangler for spesialistgodkjenning?".
  'spesialistgodkjenning',
  'spesialistgodkjenningen',
  'godkjenning',
  'spesialist',
  // A group, not a name: "hvor mye fravær har legene mine?".
  'legene',
  'leger',
  'lisene',
  'lis-ene',
  'doctors',
  'trainees',
  'residents',
  // A verb follows the name: "halvveisevalueringen med Alex ble holdt i dag".
  'er',
  'ble',
  'var',
  'is',
  'was',
]);

/** The name in a question: the words before the first that is not part of one ("jeg i allmennmedisin" has none). */
function nameFrom(raw: string | undefined): string | undefined {
  const words = (raw?.trim() ?? '').split(' ').filter(Boolean);
  const end = words.findIndex((w) => NOT_A_NAME.has(w));
  const name = end === -1 ? words : words.slice(0, end);
  if (name.length === 0 || name.length > 3) return undefined;
  return name.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

// Up to three words of a name, and two more that nameFrom() cuts off ("Alex Wilber på sykehus").
const NAME = '([\\p{L}][\\p{L}-]*(?: [\\p{L}][\\p{L}-]*){0,4})';
const rx = (s: string) => new RegExp(`^(?:${s})$`, 'u');
/** A name that gives way to the words after it ("… for Alex som gjennomført"). */
const NAME_LAZY = NAME.replace('{0,4})', '{0,4}?)');

/** A role as a question names it: "veilederen", "supervisørene", "the advisor". */
const ROLE_WORD =
  '(?:leder(?:en)?|veileder(?:en)?|supervisør(?:en|er|ene)?|leader|advisor|supervisors?|the (?:leader|advisor|supervisors?))';

/** Intents that may be about a LIS by name: their patterns' one capturing group is the name. */
const NAMED = new Set<Intent['kind']>([
  'whatsLeft',
  'roles',
  'activities',
  'sessions',
  'delegate',
  'onBehalf',
  'signed',
  'decided',
  'courses',
  'approved',
]);

/** "veiledning", "planlegg en veiledningssamtale": the words that ask about advisory sessions. */
const SESSIONS =
  '(?:vis |se |mine |ny |avtal |planlegg |sett opp |book )?(?:en |ny )?veiledning(?:ssamtale|ssamtalen|ssamtaler|ssamtalene|en|er|ene)?';

/** A goodbye, thanked or not: answered in kind. */
const BYE_WORDS = '(?:ha det(?: bra| godt)?|god natt|god helg|snakkes|bye|goodbye|see you)';
const BYE = new RegExp(`${BYE_WORDS}$`);

/** Tried in order; the first that matches wins. `name` groups pick a person. */
const TABLE: { kind: Intent['kind']; patterns: RegExp[] }[] = [
  {
    kind: 'thanks',
    patterns: [
      rx(
        `(?:tusen |mange )?takk(?: skal du ha| for hjelpen| så mye)?|ok|okei|okay|flott|supert|topp|perfekt|(?:thanks|thank you)(?: so much| for the help)?|great|perfect|(?:(?:tusen |mange )?takk(?: for hjelpen)?,? )?${BYE_WORDS}`,
      ),
    ],
  },
  {
    kind: 'help',
    patterns: [
      rx(
        'hjelp|help|hjelp meg|help me|hei|hei hei|heisann|hallo|halla|morn|god morgen|god dag|hello|hi|hey|good morning|meny|menu|kommandoer|commands|hva kan du(?: gjøre| hjelpe (?:meg )?med)?|hva kan jeg (?:gjøre|spørre (?:deg )?om|skrive)(?: her)?|what can you do|what can you help (?:me )?with|hva er dette|hva er du|hvem er du|hva gjør du|what is this|who are you|hvordan (?:fungerer|virker|bruker jeg) (?:dette|du|appen|boten|denne appen)|how (?:does this|do you|does the app|does this app) work|how do i use (?:this|you|the app)',
      ),
    ],
  },
  {
    // "knappen virker ikke", "jeg finner ikke kortet": where the cards are got again, and whom to tell.
    kind: 'trouble',
    patterns: [
      rx(
        '(?:knappen|knappene|kortet|kortene|appen|boten|fanen|det) (?:virker|fungerer|funker) ikke(?: .*)?|(?:det )?skjer ingenting(?: .*)?|(?:jeg )?(?:finner|ser) ikke (?:kortet|kortene|knappen|knappene|aktiviteten|forespørselen|invitasjonen|meldingen)(?: .*)?|(?:hvor er|hvor ble) (?:kortet|kortene|knappen|aktiviteten|forespørselen|invitasjonen|meldingen)(?: av| blitt av)?(?: .*)?|kortet er borte|noe gikk galt|(?:det )?(?:kom|står) en feilmelding(?: .*)?|feilmelding|(?:the )?(?:button|buttons|card|app|bot|tab) (?:does not|doesnt|is not|isnt|are not|arent|do not|dont) (?:work|working)(?: .*)?|nothing happens(?: .*)?|(?:i )?(?:cannot|cant|can not) find (?:the )?(?:card|button|activity|request|invitation|message)(?: .*)?|where is (?:the )?(?:card|button|activity|request|invitation)(?: .*)?|something went wrong|(?:i got )?an error(?: message)?|(?:oppdater|oppdatere|last inn(?: på nytt)?)(?: (?:kortet|kortene))?|(?:send|sende|gi meg) (?:kortet|kortene|et nytt kort|nytt kort)(?: på nytt)?|(?:kortet|kortene) (?:er|ser) (?:utdatert|utdaterte|gammelt|gamle|feil)(?: ut)?|nytt kort|(?:refresh|reload|update)(?: (?:the )?(?:card|cards))?|(?:the )?(?:card|cards) (?:is|are) (?:out of date|outdated|stale|wrong)',
      ),
    ],
  },
  {
    kind: 'language',
    patterns: [
      rx(
        '(?:kan du |can you )?(?:snakk|snakke|svar|svare|skriv|skrive|bytt til|bytte til|bruk|bruke|speak|answer|reply|write|switch to|use|talk)(?: (?:på|in))? (?:norsk|bokmål|nynorsk|engelsk|english|norwegian)(?: .*)?|(?:på )?(?:norsk|engelsk|english|norwegian|in english|in norwegian)(?: (?:takk|please|pls))?|(?:bytt |bytte |endre |change |switch )?(?:språk|språket|language)(?: .*)?|do you speak (?:english|norwegian)',
      ),
    ],
  },
  {
    kind: 'privacy',
    patterns: [
      rx(
        '(?:om )?personvern(?:et)?(?: .*)?|personvernerklæring(?:en)?|privacy(?: policy| statement)?|hvem (?:kan |får )?(?:se|ser|lese|leser) (?:fraværet|dataene|opplysningene|fremdriften|aktivitetene|historikken|referatene|det jeg skriver)(?: mitt| mine| min)?(?: .*)?|hvilke (?:data|opplysninger|personopplysninger) (?:har|lagrer) (?:dere|du|appen)(?: om meg)?|hva (?:lagrer|vet) (?:dere|du|appen) om meg|(?:slett|slette|fjern|fjerne) (?:alle )?(?:dataene|opplysningene|personopplysningene|data)(?: mine| om meg)?|(?:slett|slette) meg(?: fra appen)?|who (?:can see|sees|can read) my (?:data|absence|progress|activities|history)(?: .*)?|what (?:data )?do you (?:store|keep|know) about me|delete (?:all )?my data',
      ),
    ],
  },
  {
    kind: 'createUnit',
    patterns: [rx('(?:opprett|lag|create|new) (?:nytt )?(?:arbeidssted|workplace|enhet|unit)(?: .*)?')],
  },
  {
    kind: 'confirmation',
    patterns: [
      rx(
        '(?:lag |lage |skriv ut |send |hent |vis |last ned |laste ned |gi meg )?(?:tjenesteattest(?:en)?|tjenestebekreftelse(?:n)?|attest(?:en)?|bekreftelse på (?:gjennomført )?tjeneste(?:tid)?)(?: .*)?',
      ),
      rx(
        '(?:make |print |download |get )?(?:service confirmation|confirmation of (?:completed )?service)(?: .*)?',
      ),
    ],
  },
  {
    kind: 'export',
    patterns: [
      rx(
        '(?:eksporter|eksport|export)(?: .*)?|(?:pdf|regneark|excel|xlsx|skriv ut|print|utskrift)(?: .*)?|(?:last ned|laste ned|download)(?: (?:alt|eksport|eksporten|everything|the export))?|(?:til |to |for )?kompetanseportalen(?: .*)?|(?:last ned|laste ned|download) (?:en |et )?(?:pdf|excel|regneark|xlsx|spreadsheet)(?: .*)?|(?:last ned|laste ned|hent|download|get) (?:alle |mine |de |all |my )?(?:(?:godkjente|godkjenne|godkjent|approved) )?(?:læringsmål|læringsmålene|mål|målene|learning goals|goals)(?: mine)?(?: .*)?',
      ),
    ],
  },
  {
    kind: 'sessions',
    patterns: [
      // "planlegg veiledning med Lynne neste tirsdag": that LIS's sessions only.
      rx(`${SESSIONS} (?:med|for|til) ${NAME}`),
      rx(`(?:(?:my|the) )?(?:advisory )?sessions? (?:with|for|of) ${NAME}`),
      // "referat for Alex", "minutes for Alex": the minutes are on that LIS's sessions card.
      rx(`(?:skriv |skrive |ferdigstill )?referat(?:et|ene|er)? (?:for|med|til) ${NAME}`),
      rx(`(?:write |finalise |finalize )?(?:the )?minutes (?:for|of|with) ${NAME}`),
      rx(`${SESSIONS}(?: .*)?`),
      // "hvilke referater mangler?", "jeg må skrive referat": the sessions, where those not finalised say so.
      rx(
        '(?:hvilke |hvor mange )?referat(?:er|ene)? (?:som )?(?:mangler|gjenstår|er ikke ferdigstilt|ikke ferdigstilt)(?: .*)?|(?:mangler|manglende|uferdige|ikke ferdigstilte) referat(?:er|ene)?(?: .*)?|(?:jeg|eg) (?:må|skal|burde|bør|har glemt å) (?:skrive|ferdigstille|føre|fylle ut) (?:et |ferdig )?referat(?:et|ene|er)?(?: .*)?|(?:which |any )?(?:missing|unfinished|outstanding) minutes(?: .*)?|(?:which )?minutes (?:are )?(?:missing|not finalised|not finalized)(?: .*)?|i (?:must|have to|need to|should) (?:write|finalise|finalize) (?:the )?minutes(?: .*)?',
      ),
      rx(`har ${NAME} forberedt seg(?: (?:til|på) .*)?`),
      rx(`(?:når er )?neste veiledning(?:ssamtale)?(?: (?:med|for) ${NAME})?`),
      rx(`(?:når er |når har vi )?neste samtale(?:n)?(?: (?:med|for) ${NAME})?`),
      rx('når (?:har|skal) (?:jeg|vi) (?:ha )?(?:neste )?veiledning(?:ssamtale)?(?: .*)?'),
      rx(
        '(?:forbered|forberede|forberedelse)(?: meg)?(?: til| på)?(?: neste| en)? veiledning(?:ssamtale|ssamtalen|en)?|hvor (?:mange timer|mye) (?:med )?(?:gruppeveiledning|individuell veiledning|veiledning)(?: .*)?|gruppeveiledning(?:en|ene)?(?: min| mine)?',
      ),
      rx(
        '(?:skriv|skrive|ferdigstill|legg inn|legge inn|før|føre|fyll inn|fyll ut|skriv inn) (?:et |ferdig )?referat(?:et)?(?: .*)?|referat(?:et|er)?(?: .*)?|hvordan (?:skriver|skriv|lager|ferdigstiller) (?:jeg|man|eg) (?:et )?referat(?:et)?(?: .*)?|write (?:the )?minutes|how do i write (?:the )?minutes(?: .*)?',
      ),
      // "samtaler", "mine samtaler", "samtalene med Alex": in this app a conversation is an advisory session.
      rx(`(?:vis |se |mine |våre |alle )?samtal(?:er|ene)(?: mine| våre)?(?: (?:med|for|til) ${NAME})?`),
      rx(
        '(?:les|lese|vis|se|åpne|finn) (?:siste |forrige )?(?:referat(?:et|ene|er)?|forberedelse(?:n|ne)?)(?: .*)?|(?:min |mi |skriv |skrive )?forberedelse(?:n|r|ne)?(?: min| mine)?',
      ),
      rx(
        '(?:my |new |schedule (?:an )?)?advisory sessions?(?: .*)?|sessions|(?:read (?:the )?)?minutes|(?:my |write (?:my )?|read (?:my |the )?)?preparation',
      ),
      rx('prepare (?:me )?for (?:my |the )?(?:next )?(?:advisory )?(?:session|meeting)(?: .*)?'),
      // "jeg har hatt veiledning i dag": the sessions card, where it is written up (or scheduled, if it is not there).
      rx(
        '(?:jeg|vi|eg|i|we) (?:har hatt|hadde|har holdt|holdt|had|have had|held|just had) (?:en |ei |a |an |our |my )?(?:veiledning|veiledningssamtale|veiledningssamtalen|veiledningstime|advisory session|advisory meeting)(?: .*)?',
      ),
      // "avlys samtalen", "flytt veiledningen til fredag": the session's card, where it is changed.
      rx(
        '(?:avlys|avlyse|flytt|flytte|utsett|utsette|endre|endre tid på|endre datoen på) (?:neste |en |min |vår )?(?:samtalen|samtale|veiledningen|veiledning|veiledningssamtalen|veiledningssamtale|veiledningstimen|møtet)(?: .*)?|(?:cancel|move|reschedule|postpone) (?:the |my |our )?(?:next )?(?:advisory )?(?:session|meeting)(?: .*)?',
      ),
      rx('(?:schedule|book|plan) (?:a |an )?(?:new )?(?:advisory )?(?:session|meeting)(?: .*)?'),
      rx(
        '(?:when is )?(?:the |my )?next (?:advisory )?session(?: .*)?|my sessions|how (?:many hours|much) (?:of )?(?:group guidance|guidance|advisory sessions?)(?: .*)?',
      ),
      // "how many group hours do I have?", "Lynne's group hours" (the apostrophe is gone by now).
      rx('(?:how many |my )?group (?:guidance )?hours(?: .*)?|(?:my )?group guidance(?: hours)?'),
      // "har jeg nok gruppeveiledning?": the hours held, against the 120 a LIS3 in general practice needs.
      rx(
        '(?:har jeg|mangler jeg|trenger jeg) (?:nok |mer |mye )?(?:gruppeveiledning|veiledning|individuell veiledning)(?: .*)?|do i have enough (?:group )?guidance(?: .*)?',
      ),
      rx(
        `(?:show (?:me )?)?(?!(?:hi|it|thi|her|your|their|our|vi|hvi|my)s )${NAME_LAZY}s (?:advisory )?(?:sessions|group (?:guidance )?hours|group guidance|minutes|preparation)`,
      ),
    ],
  },
  {
    kind: 'absence',
    patterns: [
      rx(
        `(?:registrer |legg inn |legg til |før opp |nytt |vis |se |show (?:the )?|(?:record|register|add|enter|log) (?:an |a |the )?)?(?:fravær|fraværet|ferie|sykefravær|permisjon|foreldrepermisjon|sykmelding|sykemelding|egenmelding|absence|holiday|vacation|sick leave|parental leave|leave|sick days?) (?:for|til|of) ${NAME_LAZY}(?: (?:fra|i|fom|f o m|neste|denne|på|from|on|next|this|today|yesterday|\\d).*)?`,
      ),
      // "Alex sitt fravær", "vis Alex sitt fravær", "show Alex's absence": the LIS's absence, from the form's figures.
      rx(`(?:vis |se )?${NAME_LAZY} (?:sitt|sin) (?:fravær|sykefravær|ferie)`),
      rx(
        `(?:show (?:me )?)?(?!(?:hi|it|thi|her|your|their|our|vi|hvi|my)s )${NAME_LAZY}s (?:absence|sick leave)(?: so far)?`,
      ),
      // "hvem har mest fravær?", "fraværsoversikt": every LIS's absence, on the leader's form.
      rx(
        '(?:vis |se )?fraværsoversikt(?:en)?|hvem (?:av (?:mine )?(?:lis|legene)(?:ene)? )?har (?:mest|mye|for mye|høyt|nok|nær|over) (?:fravær|sykefravær)(?: .*)?|(?:show (?:the )?)?absence overview|who has (?:the most|too much|a lot of|much) absence(?: .*)?',
      ),
      rx(
        `hvor mye fravær (?:har|hadde) (?!(?:jeg|du)(?: |$))${NAME_LAZY}(?: hatt)?(?: nå| i år| hittil)?|how much absence (?:does|has|did) (?!(?:i|you)(?: |$))${NAME_LAZY} (?:have|had)(?: now)?`,
      ),
      rx(
        '(?:registrer |legg inn |legg til |før opp |nytt |mitt |min |vis |se |vis mitt |vis min )?(?:fravær|fraværet|ferie|sykefravær|permisjon|foreldrepermisjon|sykmelding|sykemelding|egenmelding|absence)(?: .*)?|hvor mye fravær (?:har|hadde) (?:jeg|du)(?: hatt)?(?: nå)?|(?:record|register|add|enter|show|my) (?:an |the )?(?:absence|leave|sick leave)(?: .*)?',
      ),
      // "Alex er syk i dag", "jeg har ferie neste uke": said as it is said to a leader. ("jeg skal på
      // ferie" is not: a leader who says it is asking who approves meanwhile.)
      rx(
        '(?!(?:kortet|knappen|appen|fanen|siden|meldingen|aktiviteten|målet|skjemaet|det|den|dette|alt|noe|hvem|hva)\\b)(\\p{L}+(?: \\p{L}+)?) (?:er|var|blir|ble|har vært) (?:syk|sykmeldt|sykemeldt|på ferie|i permisjon|i foreldrepermisjon|fraværende|borte)(?: .*)?|(\\p{L}+(?: \\p{L}+)?) (?:har|hadde|tar|tok|skal ha) (?:ferie|fri|permisjon|foreldrepermisjon|sykefravær|egenmelding)(?: .*)?|(\\p{L}+(?: \\p{L}+)?) (?:is|was|has been) (?:ill|sick|on leave|on holiday|on vacation|on sick leave|on parental leave|off sick)(?: .*)?|(?!(?:who|what|which|nobody|noone|someone|anyone) )(\\p{L}+(?: \\p{L}+)?) (?:has|have|had|is taking|takes|took|will have|will take) (?:a )?(?:holiday|vacation|leave|parental leave|sick leave|time off|a day off|days off|sick day|sick days)(?: .*)?|(?!(?:jeg|eg) )(\\p{L}+(?: \\p{L}+)?) skal (?:i|på|ut i|ha) (?:permisjon|foreldrepermisjon|ferie|fri)(?: (?:fra|fom|f o m|i|neste|denne|til|om|den|\\d).*)?',
      ),
      // The LIS's own: "hvor mange dager fravær har jeg?", "har jeg for mye fravær?", "jeg skal i permisjon".
      rx(
        '(?:hvor (?:mange dager|mange|mye) (?:fravær|ferie|sykefravær|permisjon|fraværsdager|feriedager|sykedager)|hvor mye (?:ferie|fravær|sykefravær) har jeg)(?: .*)?|(?:har jeg|er jeg) (?:for mye|mye|over|nær|i nærheten av|under) (?:fravær|ferie|grensen|fraværsgrensen|10 ?%?)(?: .*)?|hvor mye (?:fravær|ferie) (?:kan|får|må) (?:jeg|man) (?:ha|ta)(?: .*)?|(?:jeg|eg) (?:skal|må|vil|kommer til å|skal ha|tar|tek) (?:i |på |ut i |ha |ta )?(?:permisjon|foreldrepermisjon|ferie|fri|sykmelding)(?: (?!.*(?:godkjenn|deleger|fullmakt)).*)?|(?:i|im|i am) (?:am )?(?:going on|taking|will be on|will take|on) (?:a )?(?:vacation|holiday|leave|parental leave|sick leave|time off)(?: (?!.*(?:approv|delegat)).*)?|(?:im|i am|i was|i have been|ive been|i got) (?:ill|sick|off sick|on sick leave|away sick)(?: .*)?|how many days (?:of )?(?:absence|holiday|leave) (?:do i have|have i had|have i taken)(?: .*)?|(?:do i have|have i had) too much (?:absence|leave)(?: .*)?',
      ),
      rx(
        '(?:hvordan (?:registrerer|registrer|legger|fører|melder) (?:jeg|man|vi) (?:inn |opp )?(?:fravær|sykefravær|ferie|permisjon|foreldrepermisjon|egenmelding|sykmelding|fri))(?: .*)?|how do i (?:record|report|enter) (?:an )?absence|(?:record |log |enter |my |the |show (?:the |my )?)?absence(?: .*)?|how much absence (?:do|does|have|has) (?:i|you|\\p{L}+|my (?:doctors|trainees|residents|lis))(?: have| had)?(?: now)?',
      ),
    ],
  },
  {
    kind: 'requests',
    patterns: [
      // No goal id after it: "trekk tilbake forespørselen om DEL1-064" is that goal's card.
      rx(
        '(?:jeg vil |kan jeg |hvordan )?(?:trekk|trekke|trekker|ta|angre|angre på|avbryt|avbryte|slett|slette|kanseller|kansellere)(?: tilbake)? (?:en |min |mine |alle |den |de |denne )?(?:godkjennings)?forespørs(?:el|elen|ler|lene)(?: (?!.*\\d).*)?|(?:cancel|recall|withdraw|undo|take back|delete) (?:my |the |a |all my |all )?(?:approval )?requests?(?: (?!.*\\d).*)?',
      ),
      rx(
        '(?:vis |se |show )?(?:mine |alle mine |my )?(?:godkjennings|approval )?(?:forespørsler|forespørslene|requests)(?: mine)?|har (?:lederen|leder|\\p{L}+)(?: min)? (?:sett|lest|åpnet|svart på) (?:forespørselen|forespørslene|den|det|dem)(?: min| mine)?|når (?:godkjenner|godkjenne|svarer) (?:lederen|leder|\\p{L}+)(?: min)?(?: .*)?|når (?:blir|kommer) (?:det|den|de|målet|målene|læringsmålet|læringsmålene) (?:godkjent|godkjenningen)(?: .*)?|has (?:my leader|\\p{L}+) (?:seen|read|answered) (?:my request|it)|when will (?:my leader|\\p{L}+) approve(?: (?!.*\\d).*)?|hvilke (?:godkjennings)?forespørsler har jeg(?: sendt| sendt inn| ute)?|hva har jeg (?:sendt|bedt om) (?:til |om )?godkjenning|hvilke (?:av )?(?:mine )?(?:læringsmål|mål) (?:venter på|er sendt til|er til) godkjenning(?: nå)?|(?:which|what) (?:of my )?(?:learning )?goals (?:are waiting for|await|are pending) approval|what have i (?:sent|asked) for approval|(?:hva )?(?:venter jeg på svar|venter på svar)(?: på| fra .+)?|hva venter jeg på(?: svar på)?|what am i waiting for(?: .*)?',
      ),
    ],
  },
  {
    kind: 'inbox',
    patterns: [
      rx(
        '(?:hva|noe) (?:venter|ligger) (?:på|til) meg(?: nå| i dag| nå i dag)?|er det noe (?:som )?(?:venter|ligger) (?:på|til) meg(?: nå| i dag)?|hva venter|venter noe på meg|innboks|innboksen|mine oppgaver|oppgaver|hvem venter på (?:godkjenning|signering|meg)|hvilke (?:læringsmål|mål) venter på (?:min anbefaling|anbefaling fra meg|godkjenning fra meg|meg)|hvilke (?:læringsmål|mål) (?:kan|skal|bør) jeg (?:anbefale|godkjenne)|(?:send tilbake|avvis) alle|(?:er det |har jeg |har du )?noe nytt(?: til meg| for meg)?|hva er nytt|whats new|anything new',
      ),
      // "hvem har bedt meg om å signere?" (the keyword "signere" may arrive for "signert" too).
      rx(
        'hvem (?:har bedt|ber) meg (?:om )?(?:å )?(?:signere|godkjenne|anbefale)(?: .*)?|hvem (?:har )?(?:søkt|søker|bedt|ber|spurt|spør) om (?:godkjenning|signering|signatur|underskrift)(?: .*)?|who (?:has )?(?:asked|is asking|requested) (?:me )?(?:for )?(?:approval|a signature|sign ?off|my signature)(?: .*)?|hvem venter på (?:min )?(?:signatur|godkjenning|signering|underskrift|anbefaling|svar)(?: fra meg)?|who (?:asked|has asked|is asking) me to (?:sign|approve)(?: .*)?|jeg har (?:signere|signert|godkjent)(?: .*)?|har jeg (?:signere|signert|godkjent|godkjenne)(?: alt| alle| det| alt jeg skal)?|have i (?:signed|approved)(?: everything| all)?|hvor mange (?:ting )?venter (?:på meg|på godkjenning|på signering)|hvilke (?:læringsmål|mål|aktiviteter) (?:skal|må) jeg (?:godkjenne|signere)|(?:which|what) (?:goals|activities) (?:need|await|require) my (?:approval|signature|sign off)|who (?:needs|is waiting for|wants) my (?:approval|signature|sign off)',
      ),
      rx(
        'hva (?:må|skal) jeg (?:gjøre|godkjenne|signere)(?: nå| i dag)?|(?:mine |vis |vis mine )?(?:godkjenninger|signeringer)|hva skal godkjennes|(?:mine |vis |vis mine |my |show my )?(?:varsler|varslinger|notifications)|hv(?:em|a) har jeg ikke (?:signere|signert|godkjent|godkjenne)(?: for)?(?: ennå| enda)?|hva mangler jeg å (?:signere|godkjenne)',
      ),
      rx(
        'what (?:needs|awaits|requires) my (?:approval|attention|signature|sign off)|(?:whats|what is|anything) waiting(?: for me)?|waiting for me',
      ),
      rx(
        'inbox|my inbox|my tasks|tasks|pending|(?:pending|waiting|open) (?:approvals?|signatures?|sign ?offs?)|(?:approvals?|signatures?|sign ?offs?|things) (?:waiting|pending|to (?:sign|approve))(?: for me)?|ventende (?:godkjenninger|signeringer)|(?:godkjenninger|signeringer) som venter(?: på meg)?|(?:whats|what is) pending|anything for me|do i have anything to (?:sign|approve|do)|(?:my )?to ?dos?(?: list)?|(?:my )?approvals?|what do i (?:need|have) to (?:do|approve|sign)',
      ),
      rx(
        '(?:har jeg |er det )?noe (?:å|som skal|jeg skal|jeg må) (?:signere|godkjenne|gjøre|se på)(?: nå| i dag)?|(?:is there )?anything (?:for me )?to (?:sign|approve)|(?:er det |har du |har jeg fått |finnes det )?noe (?:nytt )?(?:til|for) meg(?: nå| i dag)?|(?:er det )?noe som venter på meg(?: nå| i dag)?|har jeg fått noe(?: nytt)?(?: .*)?|(?:do you have |is there )?anything (?:new )?for me',
      ),
      // "hvordan signerer jeg?": the cards that wait, where signing is one click.
      rx(
        'hvordan (?:signerer|signere|godkjenner|godkjenne|anbefaler|bekrefter) (?:jeg|man)(?: (?:en |et |ei )?(?:aktivitet|aktiviteten|aktiviteter|læringsmål|mål|målet|registrering|registreringen))?|how (?:do|can) i (?:sign|approve|confirm)(?: (?:an |the |a )?(?:activity|activities|goal|goals|learning goal|record))?|hvor finner jeg (?:aktiviteten|aktivitetene|forespørselen|forespørslene|det jeg skal signere|det jeg skal godkjenne)|jeg (?:har )?fikk (?:en )?(?:melding|beskjed|varsel) om å (?:signere|godkjenne)(?: .*)?|jeg har fått (?:en )?(?:melding|beskjed|varsel) om å (?:signere|godkjenne)(?: .*)?',
      ),
      // "hvem skal jeg godkjenne for?", "har Alex søkt om noe?": what waits for the asker, whoever sent it.
      rx(
        `hvem (?:skal|må) jeg (?:godkjenne|signere) (?:for|til)|har ${NAME} (?:søkt|bedt|spurt) (?:meg )?om (?:noe|godkjenning|signering|signatur)(?: .*)?|har ${NAME} sendt (?:meg )?noe(?: .*)?`,
      ),
      // An invitation waits in the inbox, with «Takk ja» and «Takk nei».
      rx(
        '(?:har jeg |er det )?(?:noen |nye )?invitasjon(?:er|en|ene)?(?: til meg)?|(?:aksepter|akseptere|godta|godtar|takk ja til|takk nei til|avslå|avslår) (?:invitasjonen|rollen)(?: .*)?|takk ja|takk nei|(?:do i have )?(?:any )?invitations?|accept (?:the )?invitation',
      ),
      // A supervisor sends back what waits for them from the inbox.
      rx(
        '(?:returner|returnere|send tilbake|sende tilbake) (?:aktiviteten|aktivitetene|the activity)(?: .*)?',
      ),
      // "signer aktiviteten til Alex": one that waits for a signature.
      // ("godkjenn aktiviteten": an activity is signed, not approved, but it is said so.)
      rx(
        '(?:signere|signer|sign|godkjenn|godkjenne|approve) (?:en |ei )?(?:aktiviteten|aktivitetene|aktivitet|aktiviteter|the activity|the activities|an activity)(?: .*)?|(?:signere|signer|sign) (?:\\p{L}+ ){1,2}(?:sin|sine) (?:aktivitet|aktiviteter|aktiviteten|aktivitetene)|(?:signere|signer|sign) \\p{L}+s (?:activity|activities)',
      ),
      // "bekreft aktiviteten Isaiah registrerte": a record a supervisor made waits for the LIS there,
      // as earlier approvals a LIS stated wait there for the leader's confirmation.
      rx(
        '(?:bekreft|bekrefte|bekrefter) (?:aktiviteten|aktivitetene|registreringen|registreringene|godkjenningen|godkjenningene|den|dem|det)(?: .*)?|bekreft|confirm|confirm (?:the |a |\\p{L}+s )?(?:activity|activities|record|records)(?: .*)?|(?:bestrid|bestride|dispute)(?: (?:the |a |\\p{L}+s )?(?:aktiviteten|registreringen|activity|record))?',
      ),
      // "marker kurset som innfridd": what waits for the leader's mark is in the inbox.
      rx('marker(?:e)? (?:\\p{L}+ )?(?:som )?innfridd|mark (?:the |a |an )?(?:\\p{L}+ )?(?:as )?met'),
      // "vis aktiviteten Alex sendte (meg)": what was sent to the asker waits in their inbox.
      rx(
        '(?:vis |se |show |åpne |open )?(?:(?:den )?(?:lærings)?aktiviteten|aktivitetene|forespørselen|forespørslene|læringsmålet|the activity|the request) (?:som )?\\p{L}+(?: \\p{L}+)? (?:sendte|har sendt|sent)(?: (?:meg|til meg|me))?',
      ),
      // "hva har Alex sendt meg?": the same, asked of the sender.
      rx(
        `(?:hva|hvilke (?:aktiviteter|læringsmål|mål|forespørsler)) har ${NAME_LAZY} (?:sendt|bedt) (?:meg|til meg|om)(?: om)?(?: (?:å )?(?:signere|godkjenne|signering|godkjenning))?|what (?:has|did) ${NAME_LAZY} sen[dt] me`,
      ),
      // "godkjenn alle": the decisions stay clicks; the inbox has "Godkjenn alle" for what is ready.
      rx(
        `(?:godkjenn|godkjenne|signer|signere|anbefal|anbefale|approve|sign|recommend) (?:alle|alt|all|everything)(?: (?:de |som er |that are )?(?:klare|klart|ready))?(?: (?:aktivitetene|aktiviteter|læringsmålene|målene|activities|goals))?(?: sammen| på en gang| at once)?(?: (?:for|til|of|fra|from) ${NAME})?`,
      ),
    ],
  },
  {
    // A leader's, advisor's or supervisor's own: who they have a role for, those at risk first.
    kind: 'overview',
    patterns: [
      rx(
        '(?:vis )?mine (?:lis(?:-?er|-?ene)?|lis-leger|leger|turnusleger|leger i spesialisering)|(?:show )?my (?:residents|doctors|doctors in training|interns)|hvem er (?:mine )?lis(?:-?er|-?ene)?(?: mine)?|(?:show )?my (?:trainees|lis)|hvilke lis(?:-?er)? (?:har jeg|er mine)|hvem er jeg (?:leder|veileder|supervisør)(?: for)?|hvem (?:veileder|leder|supervisorer|supervisører|superviserer) jeg|hvem har jeg (?:en )?roller? for|hvem (?:har jeg (?:ansvar|ansvaret) for|følger jeg opp|er jeg ansvarlig for)|who am i (?:the )?(?:leader|advisor|supervisor) (?:for|of)|who are my (?:trainees|lis|residents)',
      ),
      rx(
        'status (?:på|for|til) alle(?: mine)?(?: lis(?:-?er|-?ene)?)?(?: mine)?|(?:status|progress) (?:of|for) all(?: my)?(?: trainees| lis)?|hvor mange lis(?:-?er)? har jeg|(?:list|show)(?: me)?(?: all)? my (?:trainees|lis|people)|who do i (?:supervise|lead|advise)|(?:vis )?alle (?:mine )?lis(?:-?er|-?ene)?|(?:vis |se |show )?oversikt(?:en)?|oversikt over (?:mine )?lis(?:-?er|-?ene)?(?: mine)?|hvem (?:er|ligger) (?:i faresonen|på etterskudd|bak skjema)|hvem (?:av (?:mine lis(?:-?er|-?ene)?|lis-?ene mine|mine leger|legene mine|legene|lis-?ene) )?(?:henger|ligger) etter|(?:hvilke|hvem av mine) lis(?:-?er|-?ene)? (?:trenger|treng) (?:oppfølging|hjelp|ekstra oppfølging)|hvem trenger (?:oppfølging|ekstra oppfølging)|who (?:needs|need) (?:follow-?up|help)|hvem har ikke fått (?:godkjent )?noe(?: godkjent)?|overview|who is (?:at risk|behind)|hvordan går det med (?:mine |alle (?:mine )?)?(?:lis(?:-?er|-?ene)?|leger|legene)(?: mine)?|hvordan går det med alle(?: sammen)?|hvem (?:av (?:mine lis(?:-?er|-?ene)?|lis-?ene mine|mine leger|legene mine|legene|lis-?ene) )?(?:har (?:mest|flest (?:læringsmål|mål)) igjen|ligger dårligst an)|who has the most (?:left|goals left|to do)|how are (?:all )?my (?:trainees|lis) doing',
      ),
      // "hvem av mine LIS er i faresonen?", "er noen av dem på etterskudd?": the overview lists those at risk first.
      rx(
        '(?:hvem|hvilke|hvilken|er noen) (?:av )?(?:mine |dem |de )?(?:lis(?:-?er|-?ene)?)?(?: mine)? ?(?:(?:er|ligger) )?(?:i faresonen|på etterskudd|bak skjema|etter|bak|ikke i rute)|(?:which|who) of my (?:trainees|lis|people) (?:is|are) (?:at risk|behind|not on track)|(?:is|are) (?:any|anyone) of my (?:trainees|lis|people) (?:at risk|behind)',
      ),
    ],
  },
  {
    // "hvilke mål er godkjent?", "vis godkjente": which, by ID ("hvor mange …" and "hva er godkjent?" are the status).
    // ("godkjente" may arrive corrected to the keyword "godkjenne".)
    kind: 'approved',
    patterns: [
      rx(
        `(?:vis |se |show )?(?:mine |alle |de )?(?:godkjente|godkjenne) (?:læringsmål|mål|læringsmålene|målene)(?: mine)?(?: (?:for|til) ${NAME_LAZY})?|(?:vis |se )(?:mine |alle |de )?(?:godkjente|godkjenne)(?: (?:for|til) ${NAME_LAZY})?|hvilke(?: av)?(?: mine)?(?: (?:læringsmål|mål|læringsmålene|målene))?(?: mine)? (?:er|har blitt|ble) (?:godkjent|godkjente|godkjenne)(?: (?:for|til) ${NAME_LAZY})?|hvilke (?:læringsmål |mål )?har ${NAME_LAZY} fått godkjent|(?:which|what) (?:of my )?(?:learning )?goals (?:are|have been) approved(?: (?:for|of) ${NAME_LAZY})?|(?:show )?(?:my )?approved (?:learning )?goals(?: (?:for|of) ${NAME_LAZY})?|hva (?:er|har blitt|har vorte) (?:allerede )?godkjent(?: (?:for|til) ${NAME_LAZY})?(?: (?:så langt|hittil))?|what (?:is|has been|was) (?:already )?approved(?: (?:for|of) ${NAME_LAZY})?(?: so far)?`,
      ),
      // "hvilken læringsmålplan følger jeg?": the plans followed, each with what is approved in it.
      rx(
        `hvilke(?:n)? (?:læringsmålplan(?:er)?|plan(?:er)?|versjon(?:er)?(?: av (?:planen|læringsmålplanen))?) (?:følger|har|bruker) (?:jeg|${NAME_LAZY})|(?:vis |se )?(?:mine |min )?læringsmålplan(?:er|ene|en)?(?: mine| min)?(?: (?:for|til) ${NAME_LAZY})?|(?:which|what) (?:learning goal )?plans? (?:do i|does ${NAME_LAZY}) follow|(?:show )?my (?:learning goal )?plans?`,
      ),
    ],
  },
  {
    // "hvilke kurs mangler jeg?", "kursene til Alex": the courses recorded (before the activities' "mine kurs").
    kind: 'courses',
    patterns: [
      rx(
        `(?:har|hadde) (?:jeg|${NAME_LAZY}) (?:tatt|vært på|deltatt på|gjennomført|fått med meg) (?:\\p{L}+kurset|kurset i \\p{L}+|\\p{L}+kurs)|når er (?:neste|det) (?:\\p{L}+)?kurs(?:et)?(?: .*)?|(?:hvilke|hva slags|hva for|hva) kurs (?:mangler|trenger|må|skal|bør|har) (?:jeg|${NAME_LAZY})(?: (?:ta|ha|gjennomføre|tatt|gjort|vært på|deltatt på|registrert|registrer))?|(?:hvilke|hva slags|hva for|hva) kurs (?:gjenstår|er obligatoriske|er påkrevd|må tas)(?: .*)?|(?:obligatoriske|påkrevde|nødvendige) kurs(?: .*)?|(?:vis |se )?(?:mine kurs|kursene mine|kurs|kursene|kurs(?:ene)? (?:til|for) ${NAME_LAZY})|(?:vis |se )?${NAME_LAZY} (?:sine|sitt) kurs|(?:which|what) courses (?:do i (?:need|have to take|still need|miss)|am i missing|are (?:left|required|mandatory)|have i (?:taken|done|recorded|attended|had)|has ${NAME_LAZY} (?:taken|done|recorded|attended|had))(?: .*)?|(?:required|mandatory|my) courses|courses (?:of|for) ${NAME_LAZY}`,
      ),
    ],
  },
  {
    kind: 'undo',
    // Not with a goal's ID ("angre godkjenningen av DEL1-064"): its card, where the leader undoes it.
    patterns: [
      // ("godkjente" arrives corrected to the keyword "godkjenne", "godkjenningen" to "godkjenninger".)
      rx(
        '(?:jeg vil |kan jeg |hvordan )?(?:angre|angrer|opphev|oppheve|omgjør|omgjøre|annuller|annullere|trekk tilbake|trekke tilbake|ta tilbake)(?: jeg| eg| man)? (?:en |min |mi |den )?godkjenning(?:en|er)?(?: min)?(?: (?!.*\\d).*)?|(?:jeg |eg )?(?:godkjenne|godkjente|godkjende) (?:feil|ved en feil|ved ein feil|noe feil|feil læringsmål|feil mål)(?: (?!.*\\d).*)?|(?:undo|revoke|reverse|cancel) (?:an |my |the )?approval(?: (?!.*\\d).*)?|i approved (?:the wrong|by mistake|something by mistake)(?: (?!.*\\d).*)?',
      ),
      // A bare "angre" ("angre det", "jeg trykket feil"): nothing named, so answered by the asker's roles.
      rx(
        '(?:jeg vil |kan jeg |hvordan )?(?:angre|angrer|undo)(?: det| dette| siste| det siste| det jeg gjorde| noe)?|(?:jeg |eg )?(?:trykket|trykte|trykka|klikket|klikka) feil|(?:jeg |eg )?(?:har gjort|gjorde) (?:en |ein )?feil|i (?:have )?made a mistake|i (?:clicked|pressed) (?:the )?wrong (?:button|thing)',
      ),
      // ("signerte" arrives corrected to "signere", "signeringen" to "signeringer".)
      rx(
        '(?:jeg vil |kan jeg |hvordan )?(?:angre|angrer|opphev|oppheve|annuller|annullere|trekk tilbake|trekke tilbake|ta tilbake|slett|slette)(?: jeg| eg| man)? (?:en |min |mi |den )?(?:signering(?:en|er)?|signatur(?:en)?|underskrift(?:en)?)(?: min)?(?: (?!.*\\d).*)?|(?:jeg |eg )?(?:signere|signerte|signert|signerer) (?:feil|ved en feil|ved ein feil|feil aktivitet|noe feil)(?: (?!.*\\d).*)?|(?:undo|revoke|reverse|cancel|withdraw) (?:a |my |the )?(?:signature|sign-?off)(?: (?!.*\\d).*)?|i signed (?:the wrong|by mistake|something by mistake)(?: (?!.*\\d).*)?',
      ),
    ],
  },
  {
    kind: 'decided',
    patterns: [
      // A leader looking back: "hva har jeg godkjent?", "hvilke mål har jeg godkjent for Alex?".
      // ("godkjent" may arrive as the keyword "godkjenne"; "godkjente" too.)
      rx(
        `(?:hva|hvilke|hvem|(?:hvilke|hva for) (?:lærings)?mål) har jeg (?:godkjent|godkjenne|godkjent og sendt tilbake|sendt tilbake)(?: (?:for|til|hos) ${NAME_LAZY})?(?: (?:i dag|i går|i det siste|nylig|hittil|denne uka|denne uken|denne måneden|i år))?|hva (?:godkjente|godkjenne) jeg(?: (?:for|til) ${NAME_LAZY})?(?: (?:i dag|i går|nettopp|sist))?|(?:what|which goals|who) (?:have i|did i) (?:approved|approve|returned|return)(?: (?:for|of) ${NAME_LAZY})?(?: (?:today|yesterday|lately|recently|this week|so far))?`,
      ),
    ],
  },
  {
    kind: 'signed',
    patterns: [
      // A supervisor looking back: "hva har jeg signert?", "hvilke aktiviteter har jeg signert for Alex?".
      // ("signert" arrives corrected to the keyword "signere".)
      rx(
        `hvem har jeg (?:signert|signere|signer) (?:for|til|hos)|(?:hva|hvilke|(?:hvilke|hva|hva for) (?:lærings)?aktiviteter) har jeg (?:signert|signere|signer|sendt tilbake|signere og sendt tilbake|signert og sendt tilbake)(?: (?:for|til|hos|av) ${NAME_LAZY})?(?: (?:i det siste|nylig|hittil|så langt|i år|denne måneden))?|(?:vis |se )?(?:det|aktivitetene|aktiviteter|alt) (?:jeg|eg) har (?:signert|signere)(?: (?:for|til) ${NAME_LAZY})?|(?:what|which activities) (?:have i|did i) (?:signed|sign|signed off|sign off|returned)(?: (?:for|of) ${NAME_LAZY})?(?: (?:lately|recently|so far|this year))?|(?:show )?(?:what i (?:have )?signed|the activities i (?:have )?signed)(?: (?:for|of) ${NAME_LAZY})?`,
      ),
    ],
  },
  {
    // "mine aktiviteter", "aktiviteter for Alex", "hvilke aktiviteter har jeg registrert?": a LIS's activities.
    kind: 'activities',
    patterns: [
      rx(
        `(?:vis |se |show )?(?:mine |my |alle )?(?:lærings)?(?:aktiviteter|aktivitetene|activities)(?: mine)?(?: (?:for|til|of) ${NAME})?`,
      ),
      // ("registrert" arrives corrected to the keyword "registrer".)
      rx(
        `hvilke (?:(?:lærings)?aktiviteter|kurs|prosedyrer) har (?:jeg|${NAME})(?: registrert| registrer| gjort| hatt| tatt| vært på| deltatt på)?|(?:my |show my )(?:learning )?activities|(?:vis )?(?:mine kurs|kursene mine)|(?:what|which) (?:courses|activities) (?:have i|has ${NAME}) (?:taken|done|recorded|attended|had)|my courses`,
      ),
      // "send aktiviteten til Isaiah": the LIS's own list, where each activity is sent from its card (no name captured).
      rx(
        '(?:send|sende) (?:aktiviteten|aktivitet|aktivitetene|den|det) (?:til|for) (?:signering (?:hos|til) )?\\p{L}+(?: \\p{L}+)?|(?:send|sende) (?:aktiviteten|aktivitet|den) til signering(?: .*)?|send (?:the |my )?activity (?:to|for) .+',
      ),
      // "historikk for Alex": what a LIS has done, newest first (one goal's history is "historikk DEL1-012").
      rx(
        `(?:vis |se |show )?(?:historikk(?:en)?|history) (?:for|til|of) ${NAME}|(?:vis |se )?${NAME_LAZY} (?:sin|sine) historikk`,
      ),
      // "kommenter aktiviteten til Alex", "hvem har signert for Alex?": the list, each activity one click from its card.
      rx(
        `(?:kommenter|kommentere|skriv en kommentar til|comment on) (?:en |ei |an? )?(?:lærings)?(?:aktivitet|activit)(?:en|ene|er|y|ies)? (?:til|for|of|from) ${NAME}|hvem har signer(?:t|e) (?:for|aktivitetene til|aktivitetene for) ${NAME}|who (?:has )?signed (?:for|the activities of) ${NAME}`,
      ),
      // Changing or withdrawing one starts from its card, which the list opens.
      rx(`(?:show (?:me )?)?${NAME_LAZY}s (?:learning )?activities`),
      rx(`(?:vis )?${NAME_LAZY} (?:sine|sin) (?:lærings)?aktiviteter`),
      // "hva har jeg gjort denne måneden?": the newest activities answer it.
      rx(
        `hva har (?:jeg|${NAME_LAZY}) (?:gjort|registrert|registrer|ført opp|logget)(?: (?:denne|forrige|siste) (?:uka|uken|måneden|måned)| i det siste| hittil| i år)?|what (?:have i|has ${NAME_LAZY}) (?:done|recorded|logged)(?: this (?:week|month|year)| lately| so far)?`,
      ),
      // "har Isaiah signert?", "er aktiviteten min signert?": the asker's list says who signed each, or who
      // it waits for (the name is the supervisor's, not a LIS's).
      rx(
        '(?:har (?!jeg )\\p{L}+(?: \\p{L}+)? signer(?:t|e)|er (?:aktiviteten|aktivitetene) (?:min |mine )?signer(?:t|e)|hvem har signer(?:t|e) (?:aktiviteten|aktivitetene)(?: mine)?|has \\p{L}+(?: \\p{L}+)? signed|(?:is|are) my (?:activity|activities) signed|who (?:has )?signed my activit(?:y|ies))(?: .*)?',
      ),
      rx(
        '(?:slett|slette|fjern|fjerne|endre|rediger|redigere|rett|rette|trekk tilbake|trekke tilbake) (?:en |min )?(?:lærings)?aktivitet(?:en|er|ene)?(?: .*)?|feil (?:dato|beskrivelse|mål|læringsmål|supervisør) (?:på|i) (?:en |min )?(?:lærings)?aktivitet(?:en|er|ene)?(?: .*)?|(?:delete|edit|change|withdraw) (?:an |my |the )?activity(?: .*)?',
      ),
      // "mine signerte aktiviteter", "hva er signert?": the list says, for each, who signed it and when.
      // ("signert" arrives corrected to the keyword "signere".)
      rx(
        `(?:vis |se )?(?:mine |de )?(?:signerte|signere) (?:lærings)?aktiviteter(?:ne)?(?: mine)?(?: (?:for|til) ${NAME})?|(?:hva|hvilke(?: (?:lærings)?aktiviteter)?) (?:er|har blitt|ble) (?:signert|signere)(?: (?:for|til) ${NAME})?|(?:what|which activities) (?:is|are|has been|have been) signed(?: (?:for|of) ${NAME})?|(?:my )?signed activities`,
      ),
    ],
  },
  {
    // What was sent back, and why: a LIS's status card lists it with the comments; someone who decides, what they sent back.
    kind: 'returned',
    patterns: [
      rx(
        'hvorfor (?:ble|er|har) (?:aktiviteten|aktivitetene|læringsmålet|læringsmålene|den|de|det) (?:min |mine )?(?:blitt )?sendt tilbake|hvilke (?:(?:lærings)?aktiviteter|læringsmål|mål) (?:er|ble|har blitt) sendt tilbake(?: til meg)?|(?:vis |se )?(?:det som er sendt tilbake|aktivitetene som er sendt tilbake|målene som er sendt tilbake)|(?:which|what) (?:activities|goals) (?:were|have been) (?:returned|sent back)|hva er sendt tilbake(?: til meg)?|why (?:was|were|has|have) my (?:activity|activities|goal|goals) (?:been )?(?:returned|sent back)|what was (?:returned|sent back)',
      ),
    ],
  },
  {
    // What is ready: a LIS's status card has «Be om godkjenning»; a leader's answer is what waits for them.
    kind: 'ready',
    patterns: [
      // "hva venter på signering?": a LIS's status card lists what waits for others; a supervisor's
      // or leader's answer is what waits for them to sign or approve.
      rx(
        '(?:hva|hvilke|noe som) (?:venter|ligger) (?:på|til) (?:signering|signatur|underskrift|godkjenning)(?: fra meg)?(?: nå)?|(?:what is|whats|what|anything) (?:waiting|pending) (?:for )?(?:sign-?off|signing|signature|approval)(?: now)?',
      ),
      rx(
        'hvilke (?:læringsmål|mål) (?:er|kan jeg be om godkjenning for|er klare)(?: klare)?(?: (?:for|til) godkjenning)?|hva (?:er|kan) (?:klart|klar|klare|være klart) (?:for|til) (?:godkjenning|å be om godkjenning)(?: nå)?|(?:what is|whats) ready (?:for|to ask for) approval|hva kan jeg be om godkjenning (?:for|på)|(?:send|sende) alle(?: som er)? klare til godkjenning|be om godkjenning (?:for|på) (?:alt|alle)(?: som er klart| som er klare| klare)?|which goals can i (?:request|ask for) approval (?:for|on)|(?:request|ask for) approval (?:for|of) (?:everything|all)(?: ready| that is ready)?',
      ),
    ],
  },
  {
    kind: 'whatsLeft',
    patterns: [
      rx(`(?:hva|hvor mye) (?:gjenstår|er igjen|mangler|har jeg igjen)(?: jeg)?(?: nå)?(?: for ${NAME})?`),
      rx(`hva (?:mangler|gjenstår) ${NAME}`),
      // "hvorfor kan jeg ikke be om godkjenning?": the status card says what each goal still lacks.
      rx(
        '(?:hvorfor|how come) (?:kan jeg ikke|får jeg ikke|kan eg ikkje) (?:be om|sende til|spørre om) godkjenning(?: .*)?|hvorfor er (?:ikke )?(?:målet|målene|læringsmålet|læringsmålene)(?: mitt| mine)? (?:ikke )?godkjent(?: ennå| enda)?|hvorfor (?:mangler|venter) (?:det |jeg )?(?:på )?(?:en )?anbefaling(?: .*)?|why can(?:not|t) i (?:ask|request) (?:for )?approval(?: .*)?|why (?:is|are) my goals? not approved(?: yet)?',
      ),
      // "når blir jeg ferdig spesialist?": the status card's pace and what is left.
      rx(
        'når (?:blir|er) (?:jeg|eg) (?:ferdig(?: (?:spesialist|lege|utdannet|med (?:lis1|lis2|lis3|spesialiseringen|utdanningen)))?|spesialist)',
      ),
      rx(`hva som (?:mangler|gjenstår|er igjen)(?: (?:for|til) ${NAME})?`),
      rx(
        `har (?:jeg|${NAME_LAZY}) fått (?:noe |noen (?:læringsmål |mål )?)?godkjent(?: noe)?(?: ennå| enda)?`,
      ),
      // "status Alex", "vis Lynne sin fremdrift", "er Alex i rute?": a name of one or two words.
      rx(
        `(?:status|statusen|fremdrift|framdrift|fremdriften) (?:til )?(?!(?:for|til|av|of|min|mi|på|og|i|fremdrift|framdrift|status)(?: |$))(\\p{L}[\\p{L}-]*(?: \\p{L}[\\p{L}-]*)?)|(?:vis |se )?${NAME_LAZY} (?:sin|sine) (?:status|statusen|fremdrift|framdrift|fremdriften)|er ${NAME_LAZY} (?:i rute|i faresonen|på etterskudd)|ligger ${NAME_LAZY} (?:an|etter|bak|på etterskudd)(?: .*)?`,
      ),
      // English as it is asked about someone: "Alex's progress" (the apostrophe is gone by now), "is Alex on track?".
      rx(
        `(?:show (?:me )?|how (?:are|is) )?(?!(?:hi|it|thi|her|your|their|our|vi|hvi)s )${NAME_LAZY}s (?:learning goals|goals|progress|status|remaining goals)(?: doing| going)?|what does ${NAME_LAZY} (?:still )?(?:need|have left|lack)|what is ${NAME_LAZY} (?:still )?missing|is ${NAME} (?:on track|behind|at risk)|how is ${NAME} getting on`,
      ),
      // The milestones are on the status card, with the button that marks one held.
      rx(
        `(?:når er |når skal |vis |se |marker )?(?:oppstartsmøtet|oppstartsmøte|halvveisevalueringen|halvveisevaluering|sluttevalueringen|sluttevaluering|milepælene|milepæler|milepæl)(?: (?:for|til|med) ${NAME_LAZY})?(?: som (?:gjennomført|holdt|ferdig))?(?: (?:være|holdes|vere))?`,
      ),
      // "minn Megan på godkjenningen": the reminders are buttons on the LIS's own status card.
      rx(
        '(?:minn|minne|påminn|påminne|send (?:en )?påminnelse til) (?!(?:meg|me)\\b)\\p{L}+(?: \\p{L}+)?(?: (?:på|om) (?!.*\\d).+)?|remind (?!me\\b)\\p{L}+(?: \\p{L}+)?(?: (?:about|of) (?!.*\\d).+)?',
      ),
      // ("kome" in nynorsk arrives as "kom".)
      rx(`hvor langt har (?:jeg|${NAME}) kom(?:met)?`),
      rx(`hvor langt (?:er jeg|er ${NAME}|har jeg kommet)(?: kommet)?`),
      rx(
        `(?:vis |se |hva er )?(?:min |mi )?(?:status|statusen|fremdrift|framdrift|fremdriften)(?: min)?(?: for ${NAME})?(?: (?:i dag|nå|akkurat nå))?|gjenstår|(?:whats|what is|show(?: me)?) my (?:status|progress)(?: (?:today|now))?|(?:show |whats )?(?:status|progress|left)(?: (?:today|now))?`,
      ),
      rx(`hvor mange (?:læringsmål |mål )?(?:har|mangler) (?:jeg|${NAME})(?: igjen)?`),
      rx(`hvilke (?:læringsmål|mål) (?:mangler|har|gjenstår for) (?:jeg|${NAME})(?: igjen)?`),
      rx(
        `hva (?:har (?:jeg|${NAME}) fått|er) godkjent|hvor mange (?:læringsmål |mål )?(?:er|har (?:jeg|${NAME}) fått) godkjent`,
      ),
      // What the progress card's buttons do: ask for approval of what is ready, remind whoever a request waits for.
      rx(
        '(?:jeg vil )?(?:be om|sende til|send til) godkjenning(?: for meg)?|request approval|(?:send|sende) (?:en )?påminnelse(?: til \\p{L}+(?: \\p{L}+)?)?|minn \\p{L}+(?: \\p{L}+)?(?: på)?|(?:purr|purre|mas|mase|mas på|mase på)(?: på)?(?: \\p{L}+(?: \\p{L}+)?)?|remind(?: \\p{L}+)?',
      ),
      rx(`hva har (?:jeg|${NAME}) igjen(?: å gjøre)?`),
      // "åpne fanen", "dashboard": the status card, whose button opens the tab.
      rx(
        '(?:åpne |vis |se |open |show |hvor er |where is )?(?:the )?(?:fanen|fremdriftsfanen|framdriftsfanen|progress tab|dashboard|dashbordet|oversikten over (?:mine )?(?:læringsmål|mål)|oversikt over (?:mine )?(?:læringsmål|mål))|(?:open|show|where is) (?:the )?tab',
      ),
      // "hva venter Alex på?": his card lists what waits for others, and for whom.
      rx(
        `hva venter (?!(?:jeg|eg|du|vi|dere|det|den|de) )${NAME_LAZY} på(?: nå| fra meg)?|what is ${NAME_LAZY} waiting for`,
      ),
      // "hvem venter jeg på?": the card says who each request waits for, with the reminders.
      rx(
        '(?:hvem|hva) venter jeg på|hvem har ikke (?:svart|signert|godkjent)(?: ennå| enda)?(?: .*)?|(?:send |sende )?(?:en )?påminnelse (?:til|for) \\p{L}+(?: \\p{L}+)?|who (?:am i|are we) waiting for|who (?:has not|hasnt) (?:answered|signed|approved)(?: yet)?',
      ),
      rx(
        `hvor mange (?:uker|dager|måneder|år) (?:er (?:det )?igjen|har (?:jeg|${NAME}) igjen)(?: av tjenesten)?|hva (?:er )?neste steg(?: for meg)?|hva bør jeg gjøre(?: nå)?|hva nå`,
      ),
      // "what should I do next?": the status card, whose buttons are the next steps.
      rx(
        'what (?:should|shall|do|can) i do (?:next|now)|what should i do|whats? (?:is )?my next step|what now',
      ),
      rx('hva (?:må|skal|bør) jeg (?:gjøre )?for å (?:bli ferdig|bli godkjent|fullføre|nå målene)(?: .*)?'),
      // "hva må jeg gjøre før sluttevalueringen?": what is left before a point in time.
      rx(
        `hva (?:må|skal|bør) (?:jeg|${NAME}) (?:gjøre|ha gjort|ha på plass|bli ferdig med) (?:før|innen) .+`,
      ),
      // "Alex sine læringsmål", "vis læringsmålene mine", "mål på sykehus" (from "sykehusmålene"): the card.
      rx(
        `(?:vis |se |show )?${NAME} sin(?:e)? (?:læringsmål|mål|status|fremdrift)|(?:vis |se |show |list )?(?:mine |alle |my |all my )?(?:læringsmål|læringsmålene|mål|målene|goals|learning goals)(?: mine)?(?: (?:for|til|of) ${NAME})?`,
      ),
      // The leader's milestone button is on the progress card.
      rx(
        `marker(?:e)? (?:oppstartsmøte(?:t)?|halvveisevaluering(?:en)?|sluttevaluering(?:en)?|milepæl(?:en)?) (?:som )?(?:gjennomført|ferdig|utført|holdt)(?: (?:for|til) ${NAME})?`,
      ),
      rx(
        `(?:(?:oppstartsmøtet|halvveisevalueringen|sluttevalueringen) (?:med ${NAME_LAZY} )?(?:er|ble) (?:holdt|gjennomført|avholdt|ferdig)|mark (?:the )?(?:start-?up meeting|halfway evaluation|final evaluation|milestone) (?:as )?(?:held|done|completed|complete)|(?:the )?(?:start-?up meeting|halfway evaluation|final evaluation) (?:with ${NAME_LAZY} )?(?:is|was|has been) (?:held|done|completed))(?: (?:for|with|med) ${NAME_LAZY})?(?: (?:i dag|today|i går|yesterday))?`,
      ),
      rx(
        '(?:what is |when is |show )?(?:my |the )?(?:next )?(?:milestones?|halfway evaluation|final evaluation|start-?up meeting)(?: .*)?|(?:show )?my (?:returned|sent back) (?:activities|goals)',
      ),
      // The card lists the milestones, and what waits for a signature.
      rx(
        '(?:når er |når blir |når skal vi ha |vis )?(?:neste |mine )?(?:halvveisevaluering(?:en)?|oppstartsmøte(?:t)?|sluttevaluering(?:en)?|milepæl(?:en|er|ene)?)(?: min| mine)?',
      ),
      rx(
        'hvilke aktiviteter (?:venter|mangler signering|er ikke signer(?:t|e))(?: på signering)?|hvem har ikke signer(?:t|e)(?: ennå)?',
      ),
      // "hvordan går det med deg?" is small talk, not a question about anyone's training.
      // ("hvordan går det med LIS-ene mine?" is the leader's overview, not a LIS named "Lis-ene".)
      rx(
        `hvordan (?:ligger (?:jeg|${NAME}) an|går det med (?:meg|(?!deg$|dere$|(?:mine |alle )?(?:lis(?:-?er|-?ene)?|leger|legene)(?: mine)?$|alle(?: sammen)?$)${NAME}))`,
      ),
      rx(
        `når (?:er|blir) (?:jeg|${NAME}) ferdig|når (?:må|skal) (?:jeg|${NAME}) (?:være|vere) ferdig(?: .*)?|hvor lenge (?:er det )?igjen(?: av (?:tjenesten|perioden|tjenestetiden))?|hvor (?:mye tid|mange (?:uker|måneder|dager)|lang tid) (?:har jeg |er det )?igjen(?: av (?:tjenesten|perioden|tjenestetiden))?|how (?:long|much time|much service) (?:is |do i have )?left(?: (?:of|in|on) (?:my |the )?(?:service|period|training|placement))?|when (?:do|will) i (?:finish|be done)`,
      ),
      rx(`how am i doing|how is ${NAME} doing|when will i be done|when am i done`),
      // The comments a LIS got: the card has them, with what they are about.
      rx(
        '(?:vis |se )?(?:kommentarene|kommentarer)(?: mine)?|hvilke kommentarer har jeg fått|har (?:veilederen|lederen|supervisøren)(?: min)? kommentert noe|(?:show )?(?:my )?comments',
      ),
      // "hvor mange prosent er jeg ferdig?": the card's first line counts what is approved of all.
      rx(
        `hvor (?:mange prosent|mye|stor (?:del|andel)) (?:er|har) (?:jeg|${NAME_LAZY}) (?:ferdig|ferdig med|gjort|fullført|godkjent|kommet)(?: (?:med|av) (?:læringsmålene|målene|læringsmål|mål|utdanningen|lis1))?|hvor mange prosent (?:av (?:læringsmålene|målene) )?(?:er|har) (?:godkjent|jeg fått godkjent)|(?:what|how many) percent (?:am i|is ${NAME_LAZY}) done|how (?:far|much) (?:along )?(?:am i|have i (?:come|done))`,
      ),
      // The forecast on the card answers whether the LIS finishes in time.
      rx(
        `(?:blir|er) (?:jeg|${NAME_LAZY}) ferdig (?:i tide|før tjenesten slutter|til tiden)|rekker (?:jeg|${NAME_LAZY}) (?:det|alt|alle (?:læringsmålene|målene)|(?:å )?bli ferdig)(?: i tide| før tjenesten slutter)?|(?:am i|is ${NAME_LAZY}) (?:on track|going to finish(?: in time)?)|will (?:i|${NAME_LAZY}) (?:finish|be done|make it)(?: in time| on time)?|how many (?:learning )?goals (?:do i|does ${NAME_LAZY}) have left|when is (?:my |the )?(?:next )?(?:halfway evaluation|final evaluation|introductory meeting|milestone)`,
      ),
      rx(
        `hvorfor (?:er|ligger) (?:jeg|${NAME}) (?:i faresonen|på etterskudd|bak skjema|bak)|why is ${NAME} (?:at risk|behind)|hvordan ber jeg om godkjenning|how do i (?:ask for|request) approval`,
      ),
      rx(
        `(?:which|what) (?:learning )?goals (?:are left|remain|do i have left|does ${NAME} have left)|how many (?:weeks|days|months|years) (?:are |do i have |does ${NAME} have )?left`,
      ),
      rx(`(?:whats|what is) (?:left|remaining|missing)(?: for ${NAME})?|what remains(?: for ${NAME})?`),
      rx(
        `what am i missing|what do i (?:still )?(?:need|have left)|how far (?:am i|have i come|is ${NAME}|has ${NAME} come)(?: along)?`,
      ),
      rx(`(?:my )?(?:progress|status|remaining goals)(?: (?:for|of) ${NAME})?|show (?:my )?progress`),
      // "godkjente" and "delegert" arrive corrected to the keywords "godkjenne" and "deleger".
      rx(
        'hvilke (?:læringsmål|mål) er godkjent|(?:vis |se )?(?:mine )?(?:godkjente|godkjenne) (?:læringsmål|mål)(?: mine)?',
      ),
      rx(
        'what (?:is|has been|have i got|did i get) approved|how many (?:goals )?(?:are|have been) approved|(?:show |list )?(?:my )?approved (?:learning )?goals|which (?:learning )?goals (?:are|have been) approved|how many (?:learning )?goals are left',
      ),
    ],
  },
  {
    kind: 'register',
    patterns: [
      rx(
        'kom i gang|kom igang|get started|start|registrer meg|registrer|register|register me|endre registrering(?:en)?|edit (?:my )?registration|min profil|my profile',
      ),
      // A new user, as they say it: "hvordan kommer jeg i gang?", "jeg er ny LIS1 her", "I am a new LIS1".
      rx(
        // ("kommer" arrives corrected to the keyword "kommet".)
        '(?:hvordan )?(?:kommer|kommet|kom|komme|begynner|started|starter|start)(?: (?:jeg|man|vi))? (?:i gang|igang)(?: .*)?|hvordan (?:begynner|started|starter|registrerer|registrer|bruker) (?:jeg|man)(?: meg)?(?: (?:som lis\\d?|i appen|appen|denne appen|her))?|(?:jeg er|eg er) (?:en |ein )?(?:ny|nyansatt)(?: lege| her| i appen| i teams)?|(?:jeg er|eg er) (?:en |ein )?(?:ny |nyansatt )?(?:lis|lis1|lis2|lis3|lis-lege|lege i spesialisering|turnuslege)(?: .*)?|(?:jeg )?(?:har )?(?:begynt|startet|started|begynner) (?:som|i) (?:lis|lis1|lis2|lis3|turnuslege)(?: .*)?|how do i (?:get started|start|begin|register|use this)(?: .*)?|(?:i am|im) (?:a )?(?:new )?(?:lis|lis1|lis2|lis3|resident|doctor in training|trainee)(?: .*)?|(?:i am|im) new(?: here)?',
      ),
      // A new workplace or period is a new registration (the current period is kept as an earlier one).
      rx(
        '(?:jeg har |jeg skal )?(?:bytte|byttet|bytter|bytt|skifte|skiftet|skifter|endre|endret) (?:arbeidssted|arbeidsgiver|jobb)(?:et|en)?|(?:jeg har fått |jeg får )?(?:nytt arbeidssted|ny arbeidsgiver|ny tjenesteperiode|ny periode)|(?:jeg )?(?:begynner|starter|har begynt|har startet|skal begynne) (?:i|på) (?:kommunen|kommunedelen|sykehuset|sykehusdelen|lis2|lis3|et nytt sykehus|en ny kommune|et nytt legekontor|ny jobb|nytt sted)|(?:i )?(?:changed|change|new) (?:my )?(?:workplace|employer)|(?:i )?(?:start|started) (?:in|at) the (?:municipality|hospital)',
      ),
    ],
  },
  {
    kind: 'invite',
    patterns: [
      rx(
        '(?:inviter|invite)(?: .*)?|(?:jeg |i )?(?:trenger|vil ha|mangler|må ha|need) (?:en |ein |a |an )?(?:ny |nye |ny |new |another )?(?:leder|veileder|supervisør|supervisor|advisor|leader)(?: .*)?|hvordan (?:legger|får|inviterer|inviter|invitere|spør|ber) jeg (?:til |inn )?(?:en |ein )?(?:ny )?(?:leder|veileder|supervisør)(?:en)?(?: .*)?|how do i (?:add|invite|get) (?:a |an |my )?(?:new )?(?:leader|advisor|supervisor)(?: .*)?|legg til (?:leder|veileder|supervisør)(?: .*)?|add (?:a |an |my |another )?(?:leader|advisor|supervisor)(?: .*)?|(?:legg til|add) \\p{L}+(?: \\p{L}+)? (?:som|as) (?:min |my |en |a |an )?(?:leder|veileder|supervisør|leader|advisor|supervisor)|(?:jeg )?(?:vil ha|ønsker|ønsker meg|i want|i would like) \\p{L}+(?: \\p{L}+)? (?:som|as) (?:min |my |en |a |an )?(?:leder|veileder|supervisør|leader|advisor|supervisor)|(?!(?:jeg|eg|i|hvem|who) )\\p{L}+(?: \\p{L}+)? (?:skal|bør|should|will) (?:være|vere|be) (?:min |mi |my |en |a |an )?(?:leder|veileder|supervisør|leader|advisor|supervisor)(?: (?:for|til) (?:meg|me))?',
      ),
    ],
  },
  {
    kind: 'newActivity',
    patterns: [
      rx(
        '(?:jeg vil |jeg skal |kan jeg )?(?:ny|registrer|registrere|logg|logge|legg til|legge til|før opp|føre opp) (?:en |et |ny |nytt )?(?:lærings)?aktivitet(?: for meg)?(?: (?:(?:fra|den|på|fra den) )?\\d.*| i dag| i går| i forgårs)?|(?:ny|nytt|registrer|registrere|legg til|legg inn|før inn) (?:et |en )?(?:kurs|prosedyre)|(?:be|spør) \\p{L}+(?: \\p{L}+)? (?:om å )?signere(?: .*)?|jeg (?:trenger|vil ha|må ha) (?:en )?(?:signatur|signering|underskrift)(?: .*)?|jeg (?:har (?:vært på|deltatt på|tatt|hatt|gjort|gjennomført)|var på|deltok på|tok|hadde|gjorde|gjennomførte) (?:et |en |ei )?(?:kurs|kurset|nettkurs|e-?kurs|e-?læring|e-?læringskurs|\\p{L}+kurs(?:et)?|prosedyre|hospitering|simulering|internundervisning|internundervisningen|selvstudium|gruppeveiledning|gruppeveiledningen)(?: .*)?|hvordan (?:registrerer|registrer|legger|fører) jeg (?:inn |til |opp )?(?:en |et )?(?:lærings)?(?:aktivitet|kurs)|hvordan (?:sender|ber) jeg (?:en |ei )?(?:(?:lærings)?aktivitet(?:en)? )?(?:til |om )(?:signering|signatur|underskrift)|how do i (?:record|add|log) (?:an |a )?(?:learning )?activity|new (?:learning )?activity(?: (?:(?:on|from) )?\\d.*| today| yesterday)?|(?:record|log|add) (?:an |a )?(?:learning )?activity|(?:record|log|add) (?:a |an )?(?:new )?(?:course|procedure|e-?learning)|(?:i|ive) (?:attended|took|taken|did|done|completed|went to|had|was on|was at|been on|been to|have been on|have been to|have attended|have done|have completed) (?:a |an |the )?(?:course|e-?learning|procedure|simulation)(?: .*)?',
      ),
    ],
  },
  {
    kind: 'onBehalf',
    patterns: [
      // A leader back from holiday: "hva har Patti godkjent for meg?", "hva ble godkjent mens jeg var borte?".
      rx(
        `hva (?:har|ble|er)(?: blitt)? (?:${NAME_LAZY} )?(?:godkjent|godkjenne|godkjente|gjort|sendt tilbake|bestemt) (?:for meg|på mine vegne|på vegne av meg|mens jeg (?:var|har vært) (?:borte|på ferie|i permisjon|syk|vekke)|i mitt fravær|i ferien)(?: .*)?|(?:vis )?(?:godkjenninger|det som er godkjent|avgjørelser) (?:på mine vegne|mens jeg var borte)|what (?:did|has) ${NAME_LAZY} (?:approve|approved|do|done|decide|decided) (?:for me|on my behalf|while i was away)(?: .*)?|what (?:was|has been|got) (?:approved|decided|done) (?:for me|on my behalf|while i was away)(?: .*)?`,
      ),
    ],
  },
  {
    kind: 'delegate',
    patterns: [
      // The person named: "gi Adele fullmakt", "deleger til Adele", "kan Adele godkjenne mens jeg er borte?".
      rx(
        `(?:gi|gir) ${NAME_LAZY} (?:fullmakt|lov til å godkjenne|rett til å godkjenne|godkjenningsrett)(?: .*)?|(?:give|let) ${NAME_LAZY} (?:approval rights|the right to approve|permission to approve|rights to approve)(?: .*)?|(?:deleger|delegate)(?: godkjenning(?:en|ene)?| approvals?)? (?:til|to) ${NAME_LAZY}(?: (?:fra|fom|til|tom|mens|når|for|from|until|while|neste|i|denne|\\d).*)?|(?:.+ )?(?:kan|skal|må) ${NAME_LAZY} godkjenne (?:for|på vegne av|mens|når) (?:meg|jeg)(?: .*)?|(?:.+ )?(?:can|could) ${NAME_LAZY} approve (?:for me|on my behalf|while)(?: .*)?`,
      ),
      // As the tab words it: «Lån bort godkjenningen din for en periode».
      rx(
        `(?:.+ )?(?:lån|låne|låner) (?:bort |ut )?godkjenning\\p{L}*(?: min| mi| mine)? (?:til|for) ${NAME_LAZY}(?: (?:fra|fom|til|tom|mens|når|i|denne|neste|\\d).*)?|(?:.+ )?la ${NAME_LAZY} godkjenne (?:for meg|på vegne av meg|på mine vegne|mens|når|i)(?: .*)?|(?:.+ )?lend (?:my )?approvals? to ${NAME_LAZY}(?: (?:from|until|while|for|next|this|\\d).*)?`,
      ),
      rx(
        '(?:deleger|delegate|delegering|delegation|stedfortreder)(?: .*)?|fullmakt(?: .*)?|hvem (?:kan|skal) godkjenne (?:for|på vegne av) meg(?: .*)?|who (?:can|will) approve on my behalf(?: .*)?|(?:.+ )?(?:while|when) (?:im|i am) (?:away|on holiday|on vacation)(?: .*)?|hvem (?:har jeg (?:delegert|deleger) til|er (?:min |mine )?stedfortreder(?:e|en)?)|(?:mine |vis )delegeringer|(?:.+ )?(?:lån|låne|låner) (?:bort|ut) godkjenning\\p{L}*(?: .*)?|(?:.+ )?lend (?:my )?approvals?(?: .*)?|(?:avslutt|stopp|end|stop) (?:delegeringen|delegeringa|delegering|the delegation|delegation)(?: .*)?',
      ),
    ],
  },
  {
    kind: 'roles',
    patterns: [
      // "jeg vil ikke være supervisør for Alex lenger": the roles card says who removes a role (the LIS).
      rx(
        `(?:jeg (?:vil|skal) ikke (?:lenger )?(?:være|vere)|jeg er ikke(?: lenger)?|eg vil ikkje (?:lenger )?vere|fjern meg som|trekk meg(?: fra rollen)?(?: som)?|si fra meg(?: rollen)?(?: som)?|i (?:dont|do not) want to be|remove me as|i want to stop being) (?:din |en |ein |a |the )?${ROLE_WORD}(?: .*)?`,
      ),
      // "Patti skal ikke være supervisør lenger": the LIS's roles card, where she is removed (asking first).
      rx(
        `(?!(?:jeg|eg|i)(?: |$))\\p{L}+(?: \\p{L}+)? (?:skal|bør) (?:ikke|ikkje) (?:lenger )?(?:være|vere) (?:min |mi |en |ein )?${ROLE_WORD}(?: (?:lenger|meir|mer))?|(?!(?:i)(?: |$))\\p{L}+(?: \\p{L}+)? (?:should|will) no longer be (?:my |a )?${ROLE_WORD}`,
      ),
      // "hva er min rolle?": the asker's own roles.
      rx(
        'hva er (?:min rolle|rollen min|mine roller|rollene mine)|hvilke roller har jeg|hvilken rolle har jeg|what (?:is my role|are my roles)',
      ),
      // "hvem godkjenner målene mine?": the roles card names the leader, the advisor and the supervisors.
      rx(
        '(?:hvem|who) (?:godkjenner|godkjenne|signerer|signere|skal godkjenne|skal signere|approves|signs) (?:meg|me|(?:mine |min |mitt |my )?(?:læringsmål|mål|målene|aktiviteter|aktivitetene|goals|learning goals|activities)(?: mine)?)',
      ),
      // "hvordan blir jeg supervisør?": the roles card says how a role comes (a LIS invites).
      rx(
        `hvordan (?:blir|kan) jeg (?:bli )?(?:en |ein )?${ROLE_WORD}(?: .*)?|how (?:do|can) i become (?:a |an )?${ROLE_WORD}(?: .*)?`,
      ),
      // "roller for Alex", "hvem er veilederen til Alex?", "hvem er Alex sin leder?": the roles around a LIS.
      rx(`(?:vis |se |show )?(?:roller|rollene|roles) (?:for|til|rundt|of|around) ${NAME}`),
      rx(
        `(?:hvem er|who is|who are) ${ROLE_WORD} (?:for|til|of) ${NAME}|hvem er ${NAME} sin(?:e)? ${ROLE_WORD}`,
      ),
      rx(
        `(?:who is|whos|who are) ${NAME_LAZY}s (?:leader|advisor|supervisors?)|(?:show )?${NAME_LAZY}s roles`,
      ),
      rx(
        '(?:vis |se |show )?(?:mine |my )?(?:roller|rollene|roles)|hvem er (?:min|mine) .*|hvem er \\p{L}+ (?:min|mi|mitt|mine)|who (?:is|are) my .*|(?:fjern|remove) (?!(?:alle|alt|all|data|meg|me|my|mine|min|kontoen)$|(?:alle|alt|all|data|meg|me|my|mine|min|kontoen) )\\p{L}+(?: \\p{L}+)?(?: (?:som|as) (?:min |my )?(?:leder|veileder|supervisør|leader|advisor|supervisor))?|(?:bytt|bytte|bytt ut|bytte ut|skift|skifte|skift ut|skifte ut|endre|erstatt|erstatte|change|replace) (?:min |my |nåværende |den nåværende |the current |current )?(?:leder|veileder|supervisør|leader|advisor|supervisor)(?:en)?(?: (?:til|to|med|with) .+)?|jeg har (?:fått|byttet) (?:ny |en ny )?(?:leder|veileder|supervisør)|(?:ny|annen) (?:leder|veileder)|(?:a )?(?:new|different|another) (?:leader|advisor)|hvem kan (?:signere|godkjenne) (?:for|aktivitetene til|læringsmålene til) meg|hvem (?:superviserer|veileder|leder) meg|who (?:supervises|advises|leads) me|who can (?:sign|approve) (?:for|my activities for|my goals for) me|hvordan (?:bytter|endrer|skifter|fjerner) jeg (?:en )?(?:leder|veileder|supervisør)(?:en)?|how do i (?:change|replace|remove) (?:my |a )?(?:leader|advisor|supervisor)',
      ),
    ],
  },
];

/** A role as said, in either language. */
const ROLE_OF: Record<string, 'leader' | 'advisor' | 'supervisor'> = {
  leder: 'leader',
  leader: 'leader',
  veileder: 'advisor',
  advisor: 'advisor',
  supervisør: 'supervisor',
  supervisor: 'supervisor',
};

/** A goal id as typed, once lower-cased ("del1-7", "lm-75"). */
const TYPED_GOAL = '[a-z][a-z0-9]{0,9}-\\d{1,4}';
const GOAL_ID = new RegExp(`\\b(${TYPED_GOAL})\\b`);
const GOAL_ASKED = new RegExp(
  `^(?:(?:hva (?:gjenstår|mangler)|hvem har (?:signere|signert|godkjent|godkjenne|anbefalt)|hva skjer med|hvor står|status|statusen|vis|show|(?:kan du )?godkjenne?|approve|(?:skriv |legg inn |gi )?(?:en )?kommentar(?: til| på)?|comment(?: on)?|anbefal(?:e)?(?: godkjenning)?|recommend(?: approval)?|send(?:e)? tilbake|return|trekk tilbake|recall|what is (?:left|missing)|status of)(?: (?:av|for|på|i|of|on))? )?(${TYPED_GOAL})(?: (?:for|til|of) ${NAME})?$`,
  'u',
);

/** "historikk DEL1-065", "vis historikken for DEL1-065 for Alex", "history of DEL1-065": the goal's history card. */
const HISTORY_ASKED = new RegExp(
  `^(?:vis |se |show )?(?:historikk|historikken|history)(?: (?:for|av|på|til|of|on))? (${TYPED_GOAL})(?: (?:for|til|of) ${NAME})?$`,
  'u',
);

/** "signer <name>: <what>" (or "sign <name>: <what>"), read from the text as written: the colon and the case count. */
const SUPERVISOR_SIGN = /^\s*(?:signer|sign)\s+([^:]{1,60}):\s*(\S[\s\S]{0,1999})$/i;
/**
 * "signer Alex", "signer for Alex", "signer", "jeg har veiledet Alex i dag": the form instead of a sentence ("signer aktiviteten
 * til Alex" is one that waits to be signed, and "signer alt" all that wait: the inbox, in the table below).
 */
const SUPERVISOR_FORM =
  /^\s*(?:(?:jeg vil|jeg skal|kan jeg|i want to|can i)\s+)?(?:signer|signere|sign)(?:\s+for)?(?:\s+(?!aktivitet|activit|(?:alle|alt|all|everything)(?:\s|$))(?![^:?]*\b(?:aktivitet|activit))([^:?]{1,60}?))?\s*\??\s*$|^\s*(?:registrer|registrere|record|log)\s+(?:en |an? )?(?:(?:lærings)?(?:aktivitet|activity)|supervisjon|supervision)\s+(?:for|til|of)\s+([^:?]{1,60}?)\s*\??\s*$|^\s*(?:jeg|eg|i)\s+(?:har\s+|have\s+)?(?:veiledet|veileda|rettleia|supervisert|supervised)\s+(?!(?:en|et|ei|ein|eit|a|an|the|pasient\S*|patient\S*|noen|someone)(?:\s|$))([^:?,.!]{1,60}?)(?:\s+(?:i dag|i går|today|yesterday|(?:på|med|i|on|in|at|with)\s.+))?\s*[?.!]?\s*$/i;

/**
 * "Alex", "vis Alex Wilber", "show Alex": a message that may be only a name (up to three words).
 * The bot answers it with that LIS's status when the asker holds a role for someone by that name.
 */
export function nameAlone(text: string): string | undefined {
  const n = normalise(text).replace(
    /^(?:vis(?: meg)?|se(?: på)?|show(?: me)?|åpne|open|status(?: for| på| of)?)\s+/,
    '',
  );
  return /^\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,2}$/u.test(n) ? nameFrom(n) : undefined;
}

/** Goals one message may name and get a card each for ("godkjenn DEL1-064 og DEL1-070"). */
export const GOALS_ASKED_MAX = 5;
const GOAL_IDS = new RegExp(GOAL_ID.source, 'g');

export function matchIntent(text: string | undefined | null, themes: ThemeWords = []): Intent {
  const r = matchOne(text, themes);
  if (!((r.kind === 'goal' && !r.history) || r.kind === 'requestApproval')) return r;
  const n = prepared(normalise(text ?? ''));
  const raw = [...n.matchAll(GOAL_IDS)].map((m) => m[1] ?? '');
  const others = [...new Set(raw.map(typedGoalId))].filter((id) => id !== r.goalId);
  const also = others.slice(0, GOALS_ASKED_MAX - 1);
  if (also.length === 0) return r;
  const beyond = others.length - also.length;
  // Asking is for one's own goals: no name to pick a LIS.
  if (r.kind === 'requestApproval') return { ...r, also, ...(beyond > 0 ? { beyond } : {}) };
  // "DEL1-064 og DEL1-070 for Alex": the name after the last of them picks the LIS for all.
  const name =
    r.name ?? nameFrom(new RegExp(`${raw.at(-1)} (?:for|til|of) (\\p{L}[\\p{L}-]*)`, 'u').exec(n)?.[1]);
  return { ...r, also, ...(name ? { name } : {}), ...(beyond > 0 ? { beyond } : {}) };
}

/**
 * A greeting, thanks or "kan du …" before the question ("Hei, hva gjenstår?", "takk! hva venter på
 * meg?", "Hei bot, hva gjenstår for Alex?"): the question after it is what is asked.
 */
const OPENING =
  /^\s*(?:(?:hei hei|heisann|hei|hallo|halla|hoi|morn|morna|god morgen|god dag|god ettermiddag|god kveld|hi|hello|hey|good morning|good afternoon|tusen takk|mange takk|takk skal du ha|takk|thanks|thank you|ok|okei|okay)(?:\s+(?:bot|boten|du|dere|igjen|again|there))?|kan du(?:\s+(?:si|vise|fortelle))?(?:\s+meg)?|could you(?:\s+(?:tell|show))?(?:\s+me)?|please|vær så snill(?:\s+og)?)\s*[,!.:;-]*\s+(\S.*)$/iu;

/** Openings read past before the question: a few ("Hei, takk! …"), not a message of them. */
const OPENINGS_MAX = 3;

function matchOne(text: string | undefined | null, themes: ThemeWords): Intent {
  const plain = teamsText(text ?? '').trim();
  let rest = plain;
  for (let i = 0; i < OPENINGS_MAX; i++) {
    const next = OPENING.exec(rest)?.[1];
    if (!next) break;
    rest = next;
  }
  if (rest !== plain) {
    const asked = matchBody(rest, themes);
    if (asked.kind !== 'unknown') return asked;
  }
  return matchBody(plain, themes);
}

/** The question itself, as Teams' text made plain (`teamsText`). */
function matchBody(plain: string, themes: ThemeWords): Intent {
  // "når slutter Lynne?": a name alone, written as a name (a capital letter), not "når slutter kantina?".
  const endsNamed =
    /^[Nn]år (?:slutter|sluttar|begynte|byrja|begynner|byrjar) (?!(?:Du|Jeg|Eg|Tjenesten|Perioden|Den|Det)(?!\p{L}))(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?) ?\??$/u.exec(
      plain,
    );
  if (endsNamed?.[1]) return { kind: 'service', name: endsNamed[1] };
  const signing = SUPERVISOR_SIGN.exec(plain);
  if (signing) {
    const name = nameFrom(normalise(signing[1] ?? ''));
    if (name) return { kind: 'supervisorSign', name, text: (signing[2] ?? '').trim() };
  }
  const form = SUPERVISOR_FORM.exec(plain);
  if (form) {
    const named = form[1] ?? form[2] ?? form[3];
    const name = named ? nameFrom(normalise(named)) : undefined;
    if (!named || name) return { kind: 'supervisorForm', ...(name ? { name } : {}) };
  }
  const normalised = normalise(plain);
  // A thumbs up or a smile alone acknowledges; anything else without words asks for help.
  if (
    normalised === '' &&
    /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|[\s!.])+$/u.test(plain)
  )
    return { kind: 'thanks', thanked: false };
  if (normalised === '') return { kind: 'help' };
  const n = prepared(normalised);
  // "godkjenn DEL1-064 for Alex, bra jobbet", "hva gjenstår, takk": the part before the first comma,
  // colon or semicolon is the question when it is one on its own (else "Bra Jobbet" would be read
  // as part of the name); what follows it is kept out of names.
  const cut = /^([^,:;]+)[,:;]/.exec(plain)?.[1];
  const head = cut ? prepared(normalise(cut)) : '';
  if (head && head !== n) {
    const r = matchWhole(head, themes);
    // "jeg skal på ferie, kan Adele godkjenne for meg?": first the asker's own circumstance, then the
    // question, which is what is asked (the circumstance alone is the answer only when nothing follows).
    if (r.kind === 'absence' && r.self) {
      const asked = matchWhole(prepared(normalise(plain.slice((cut?.length ?? 0) + 1))), themes);
      if (asked.kind !== 'unknown' && asked.kind !== 'thanks') return asked;
    }
    if (r.kind !== 'unknown')
      return r.kind === 'goal' && !r.history && deciding(n) ? { ...r, more: true } : r;
  }
  const whole = matchWhole(n, themes);
  if (whole.kind !== 'unknown') return whole;
  const asked = EXPLAIN.exec(normalised)?.[1];
  const term = asked ? TERM_WORDS.find(([re]) => re.test(asked))?.[1] : undefined;
  if (term) return { kind: 'explain', term };
  // "når kan jeg søke spesialistgodkjenning?": what it takes, and where it is applied for.
  if (
    /^(?:når kan (?:jeg|eg) søke|hvordan søker (?:jeg|man)|(?:jeg vil )?søke(?: om)?|how (?:do|can) i apply for|when can i apply for|apply for) (?:om )?(?:spesialistgodkjenning(?:en)?|godkjenning som spesialist|specialist approval)$/.test(
      normalised,
    )
  )
    return { kind: 'explain', term: 'spesialistgodkjenning' };
  // A goal named in a longer sentence ("send tilbake DEL1-064 mangler signatur", "hvem skal godkjenne
  // DEL1-068?"): its card, where the buttons are; a name right after it ("… for Alex …") picks the LIS.
  const id = GOAL_ID.exec(n)?.[1];
  if (!id) return whole;
  const name = nameFrom(new RegExp(`${id} (?:for|til|of) (\\p{L}[\\p{L}-]*)`, 'u').exec(n)?.[1]);
  return {
    kind: 'goal',
    goalId: typedGoalId(id),
    ...(name ? { name } : {}),
    ...(deciding(n) ? { more: true as const } : {}),
  };
}

/** Nynorsk read as bokmål, compounds opened, keywords corrected. */
function prepared(normalised: string): string {
  return normalised
    .split(' ')
    .map((w) => NYNORSK[w] ?? COMPOUNDS[w] ?? COLLOQUIAL[w] ?? w)
    .map(correct)
    .join(' ')
    .replace(/\bstår igjen\b/g, 'gjenstår');
}

/**
 * The words as they are, then inside a polite frame ("kan du vise meg status for Alex?", "jeg vil
 * endre veileder"): tried second, so a pattern that holds the frame itself wins.
 */
function matchWhole(n: string, themes: ThemeWords): Intent {
  const first = matchWords(n, themes);
  if (first.kind !== 'unknown') return first;
  const inner = n.replace(POLITE_START, '').replace(POLITE_END, '').trim();
  return inner && inner !== n ? matchWords(inner, themes) : first;
}

/**
 * Words of a decision with a goal ("godkjenn DEL1-064, bra jobbet"): its card then says that nothing
 * of them was kept. A question about it ("hvem skal godkjenne DEL1-068?") is only a question.
 */
function deciding(n: string): boolean {
  return (
    DECIDING.test(n) && !/^(?:hvem|hva|hvor|når|hvorfor|hvordan|hvilke|who|what|when|why|how|which)\b/.test(n)
  );
}

const DECIDING =
  /\b(?:godkjenne?|send(?:e)? tilbake|returner(?:e)?|fraråd(?:e)?|anbefal(?:e)?|kommenter(?:e)?|kommentar|trekk(?:e)? tilbake|approve|return|recommend|advise against|comment|recall)\b/;

/** Words that name a kind of learning activity, for the form's first field. */
const KIND_WORDS: [RegExp, ActivityKind][] = [
  [/\b(?:e[ -]?læring\p{L}*|e[ -]?learning|e[ -]?kurs|nettkurs)/u, 'e_learning'],
  // "legevaktkurset", "akuttmedisinkurs": a course named by its subject.
  [/(?:kurs|kurset|\bcourse)\b/, 'course'],
  [/\b(?:prosedyre|prosedyren|procedure)\b/, 'supervised_procedure'],
  [/\bgruppeveiledning\b/, 'group_guidance'],
  [/\b(?:internundervisning|internundervisningen|internal teaching)\b/, 'internal_teaching'],
  [/\b(?:simulering|simuleringen|simulation)\b/, 'simulation'],
  [/\b(?:hospitering|hospiteringen|hospitert)\b/, 'placement'],
  [/\b(?:selvstudium|self-study|self study)\b/, 'self_study'],
];

/** "i går", "i forgårs": how many days ago a sentence says something happened. */
const DAYS_AGO: [RegExp, 1 | 2][] = [
  [/(?<![\p{L}\p{N}])(?:i forgårs|day before yesterday)(?![\p{L}\p{N}])/u, 2],
  [/(?<![\p{L}\p{N}])(?:i går|igår|yesterday)(?![\p{L}\p{N}])/u, 1],
];

/** The kind of absence a sentence names ("syk", "ferie", "permisjon"). */
const ABSENCE_WORDS: [RegExp, AbsenceKind][] = [
  [/\b(?:syk|sykmeldt|sykemeldt|sykmelding|sykemelding|sykefravær|egenmelding|ill|sick)\b/, 'sick'],
  [/\b(?:ferie|holiday|vacation)\b/, 'holiday'],
  [/\b(?:permisjon|foreldrepermisjon|leave)\b/, 'leave'],
];

/** The kind of learning activity a sentence names ("simulering av hjertestans …"), if it names one. */
export function activityKindIn(text: string): ActivityKind | undefined {
  const n = normalise(text);
  return KIND_WORDS.find(([re]) => re.test(n))?.[1];
}

/** How people wrap a request: "kan du vise meg …", "jeg vil gjerne …", "please …". */
const POLITE_START =
  /^(?:(?:kan|kunne|vil) du (?:(?:vise|gi|lage|finne|sjekke|hente|sende)(?: meg)? )?|kan jeg (?:få )?(?:se )?|jeg (?:vil|ønsker å|skulle) (?:gjerne )?(?:ha |se )?|vis meg |gi meg |jeg lurer på |(?:please |pls )?(?:can|could) you (?:please )?(?:(?:show|give|tell)(?: me)? )?|can i (?:see |get )?|i (?:want|would like|d like) to (?:see )?|show me |please )+/;
/** "… takk", "… please", "… er du snill". */
const POLITE_END = /(?: (?:takk|please|pls|er du snill|da))+$/;

/** How people say a word the patterns know in its full form: "pappaperm" is parental leave. */
const COLLOQUIAL: Record<string, string> = {
  pappaperm: 'foreldrepermisjon',
  mammaperm: 'foreldrepermisjon',
  foreldreperm: 'foreldrepermisjon',
  pappapermisjon: 'foreldrepermisjon',
  mammapermisjon: 'foreldrepermisjon',
  fødselspermisjon: 'foreldrepermisjon',
  perm: 'permisjon',
};

/** Words that join a place to "mål": "sykehusmålene" is the goals of the hospital part. */
const COMPOUNDS: Record<string, string> = {
  sykehusmål: 'mål på sykehus',
  sykehusmålene: 'mål på sykehus',
  kommunemål: 'mål i kommunen',
  kommunemålene: 'mål i kommunen',
  psykiatrimål: 'mål i psykiatri',
  psykiatrimålene: 'mål i psykiatri',
};

/** The words of a message, normalised and corrected, against the goal patterns and the table. */
function matchWords(n: string, themes: ThemeWords): Intent {
  // "be om godkjenning av DEL1-042" / "request approval of DEL1-042"
  if (
    /^(be om |ask for |request )?(godkjenning|approval)\b/.test(n) ||
    /^(klar|ready)\b/.test(n) ||
    /^(send|sende|submit) (til|for) (godkjenning|approval)\b/.test(n) ||
    /^(send|sende|submit) .*\b(til|for) (godkjenning|approval)$/.test(n) ||
    // "be Megan godkjenne DEL1-042", "ask Megan to approve DEL1-042", "send DEL1-042 til Megan": the
    // LIS asks; the request goes to her leader (and delegates), whoever she names.
    /^(be|ask) [\p{L}-]+(?: [\p{L}-]+){0,2} (om å |to )?(godkjenne|approve)\b/u.test(n) ||
    /^(send|sende|submit) (?:[a-z]+\d*-\d+(?:,? (?:og |and )?)?)+ (til|to) (?!godkjenning|approval)[\p{L}-]+(?: [\p{L}-]+){0,2}$/u.test(
      n,
    )
  ) {
    const id = GOAL_ID.exec(n)?.[1];
    if (id) {
      return { kind: 'requestApproval', goalId: typedGoalId(id) };
    }
  }
  // "DEL1-070", "status DEL1-070", "hva mangler for DEL1-070?", "godkjenn DEL1-064 for Alex": the goal on
  // its card, as the caller may see it (what it rests on, what is missing, the buttons they may press).
  for (const [re, history] of [
    [GOAL_ASKED, false],
    [HISTORY_ASKED, true],
  ] as const) {
    const asked = re.exec(n);
    if (!asked?.[1]) continue;
    const name = nameFrom(asked[2]);
    if (!asked[2] || name)
      return {
        kind: 'goal',
        goalId: typedGoalId(asked[1]),
        ...(name ? { name } : {}),
        ...(history ? { history } : {}),
      };
  }
  // "tjenesteperioder for Alex" / "service periods"
  // ("starter" arrives corrected to the keyword "started".)
  const service =
    /^(?:mine |min |vis |vis mine |vis min |show |show me |my |show my |show me my |(?:legg til|registrer|ny|add) (?:en )?|når (?:slutter|started|begynner) |when does (?:my )?)?(?:tjenesteperioder|tjenesteperiodene|tjenesteperioden|tjenesteperiode|tjenestetiden|tjenestetid|tjenesten|tjeneste|perioden|service periods?|service)(?: min| mi| end| start| begin)?(?: (?:for|til|of) (.+))?$/.exec(
      n,
    );
  // "when does Alex's service end?" (the apostrophe is gone by now).
  const owned =
    /^(?:when does |show |show me )?(.+?)s (?:service(?: periods?)?)(?: end| start| begin)?$/.exec(n);
  if (owned?.[1]) {
    const name = nameFrom(owned[1]);
    if (name) return { kind: 'service', name };
  }
  // "jeg skal være veileder for Alex": a role is given by the LIS's invitation; the answer says so.
  const claim =
    /^(?:jeg|i) (?:er|skal være|skal bli|har blitt|blir|vil være|am|will be|am going to be|have become)(?: ny| den nye| the new| a new| the| a| an)? (leder|veileder|supervisør|leader|advisor|supervisor)(?:en)?(?: (?:for|til|of) (.+))?$/.exec(
      n,
    );
  if (claim?.[1]) {
    const role = ROLE_OF[claim[1]] ?? 'supervisor';
    const name = claim[2] ? nameFrom(claim[2]) : undefined;
    if (!claim[2] || name) return { kind: 'roleClaim', role, ...(name ? { name } : {}) };
  }
  // "hvor lenge har jeg vært i allmennpraksis?": the periods answer it.
  const served = /^hvor lenge har (?:jeg|(.+?)) (?:vært|jobbet|tjenestegjort)(?: (?:i|på) .+)?$/.exec(n);
  if (served) {
    const name = served[1] ? nameFrom(served[1]) : undefined;
    if (!served[1] || name) return { kind: 'service', ...(name ? { name } : {}) };
  }
  // "hvor mye institusjonstjeneste har jeg?": the LIS3's time in an institution, on the service card.
  if (
    /^(?:hvor (?:mye|mange dager|lenge) )?(?:institusjonstjeneste|institusjonstjenesten|tjeneste i institusjon|allmennpraksis|tid i allmennpraksis|tid i institusjon)(?: har (?:jeg|eg)(?: hatt)?)?$/.test(
      n,
    )
  )
    return { kind: 'service' };
  // "jeg jobber 80 %", "endre stillingsprosent": a position's share is part of the service periods.
  if (
    /^(?:(?:endre|endret|ny|min|vis|hva er) )?(?:stillingsprosent|stillingsprosenten|stillingsandel|stillingsandelen|deltid|redusert stilling)(?: .*)?$|^(?:jeg|eg|i) (?:jobber|arbeider|går ned i|går opp i|skal jobbe|skal gå ned i|har gått ned i|work|am working|will work|go down to|am going down to)(?: i| på)? (?:\d+(?: prosent| percent)?(?: stilling)?|deltid|redusert stilling|part[ -]?time|heltid|full[ -]?time)(?: .*)?$|^(?:change )?(?:my )?(?:position percentage|part[ -]?time|working part[ -]?time)(?: .*)?$/.test(
      n,
    )
  )
    return { kind: 'service' };
  if (service) {
    const name = service[1] ? nameFrom(service[1]) : undefined;
    if (!service[1] || name) return { kind: 'service', ...(name ? { name } : {}) };
  }
  // "når slutter Alex?": the periods of that LIS.
  const ends =
    /^når (?:slutter|begynte|started|begynner) (.+?)(?: tjenesten| sin tjeneste| perioden)$|^når (?:slutter|begynte|started|begynner) (jeg)$/.exec(
      n,
    );
  if (ends?.[2] || ends?.[1] === 'jeg') return { kind: 'service' };
  if (ends?.[1] && !/^(?:du|tjenesten|perioden)$/.test(ends[1])) {
    const name = nameFrom(ends[1]);
    if (name) return { kind: 'service', name };
  }
  // "… på sykehus", "… i allmennmedisin": the part of the training asked about is taken out first,
  // so its words are never read as a person's name.
  const found =
    SCOPES.find((x) => x.re.test(n)) ??
    themes.filter((x) => x.re.test(n)).map((x) => ({ re: x.re, scope: { theme: x.theme } as Scope }))[0];
  const rest = found ? n.replace(found.re, ' ').replace(/\s+/g, ' ').trim() : n;
  // "tema etikk", "FKM?": the part alone asks what is left of it.
  if (found && rest === '') return { kind: 'whatsLeft', scope: found.scope };
  for (const { kind, patterns } of TABLE) {
    for (const p of patterns) {
      const m = p.exec(kind === 'whatsLeft' ? rest : n);
      if (!m) continue;
      if (kind === 'thanks')
        return { kind, thanked: /takk|thank/.test(n), ...(BYE.test(n) ? { bye: true as const } : {}) };
      if (kind === 'newActivity') {
        const activityKind = KIND_WORDS.find(([re]) => re.test(n))?.[1];
        const daysAgo = DAYS_AGO.find(([re]) => re.test(n))?.[1];
        return { kind, ...(activityKind ? { activityKind } : {}), ...(daysAgo ? { daysAgo } : {}) };
      }
      if (kind === 'undo')
        return {
          kind,
          what: /signer|signatur|underskrift|sign/.test(n)
            ? 'signature'
            : /godkjen|approv/.test(n)
              ? 'approval'
              : 'any',
        };
      if (kind === 'absence') {
        const name = nameFrom(m.slice(1).find((g) => g !== undefined));
        const absenceKind = ABSENCE_WORDS.find(([re]) => re.test(n))?.[1];
        const daysAgo = DAYS_AGO.find(([re]) => re.test(n))?.[1];
        return {
          kind,
          ...(name ? { name } : {}),
          ...(absenceKind ? { absenceKind } : {}),
          ...(/\b(?:i dag|idag|today)\b/.test(n) ? { today: true as const } : {}),
          ...(daysAgo ? { daysAgo } : {}),
          ...(name ||
          !/^(?:jeg|i|im|ive) (?:skal|må|vil|kommer|tar|er|har|var|blir|ble|hadde|am|will|was|had|have|going|taking|on|got|been|ill|sick|off)\b/.test(
            n,
          )
            ? {}
            : {
                self: /^(?:jeg (?:var|ble|hadde|har vært|har hatt)|i (?:was|had|have been|got)|ive been)\b/.test(
                  n,
                )
                  ? ('past' as const)
                  : ('ahead' as const),
              }),
        };
      }
      if (NAMED.has(kind)) {
        // The only capturing group in these patterns is the name.
        const name = nameFrom(m.slice(1).find((g) => g !== undefined));
        return {
          kind,
          ...(name ? { name } : {}),
          ...(kind === 'whatsLeft' && found ? { scope: found.scope } : {}),
        } as Intent;
      }
      return { kind } as Intent;
    }
  }
  return { kind: 'unknown' };
}
