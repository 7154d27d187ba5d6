/** The two languages of the app: bokmål first, English second. */
export type Lang = 'nb' | 'en';

/** Bokmål unless the client says English (`en-*`); Norwegian and unknown locales get bokmål. */
export function langOf(locale: string | undefined | null): Lang {
  return locale && /^en(-|_|$)/i.test(locale.trim()) ? 'en' : 'nb';
}

const TEXTS = {
  helpTitle: { nb: 'Dette kan jeg hjelpe deg med', en: 'This is what I can help you with' },
  helpIntro: {
    nb: 'Jeg holder orden på læringsmål, signeringer og godkjenninger i spesialistutdanningen, rett her i Teams.',
    en: 'I keep track of learning goals, sign-offs and approvals in specialist training, right here in Teams.',
  },
  helpLisHeading: { nb: 'Som LIS', en: 'As a LIS' },
  helpRolesHeading: { nb: 'Som leder, veileder eller supervisør', en: 'As a leader, advisor or supervisor' },
  helpExamplesHeading: { nb: 'Prøv for eksempel', en: 'Try for example' },
  helpNotUnderstood: {
    nb: 'Det forsto jeg ikke helt. Her er det jeg kan:',
    en: "I didn't quite get that. Here is what I can do:",
  },
  helpFooter: {
    nb: 'Skriv «hjelp» når som helst for å se dette igjen.',
    en: 'Type "help" at any time to see this again.',
  },
  apology: {
    nb: 'Beklager, noe gikk galt hos oss. Prøv igjen om litt. Feilkode: {id}',
    en: 'Sorry, something went wrong on our side. Please try again shortly. Error code: {id}',
  },
  demoBadge: { nb: 'Demodata', en: 'Demo data' },
} as const satisfies Record<string, Record<Lang, string>>;

export type TextKey = keyof typeof TEXTS;

/** A user text in the given language, with `{name}` placeholders filled in. */
export function t(lang: Lang, key: TextKey, vars: Record<string, string | number> = {}): string {
  return TEXTS[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** The help content: what the bot can do, per audience, with examples to type. */
export interface HelpItem {
  command: string;
  what: string;
}

const HELP: Record<Lang, { lis: HelpItem[]; roles: HelpItem[]; examples: string[] }> = {
  nb: {
    lis: [
      { command: 'hva gjenstår?', what: 'hvor langt du har kommet, og hva som mangler' },
      { command: 'kom i gang', what: 'registrer deg og inviter leder, veileder og supervisører' },
      { command: 'ny aktivitet', what: 'registrer en læringsaktivitet og be om signering' },
    ],
    roles: [
      { command: 'hva venter på meg?', what: 'signeringer og godkjenninger som venter på deg' },
      { command: 'hva gjenstår for «navn»?', what: 'status for en LIS du har en rolle for' },
    ],
    examples: ['hva gjenstår?', 'hva venter på meg?', 'hjelp'],
  },
  en: {
    lis: [
      { command: 'what is left?', what: 'how far you have come, and what is missing' },
      { command: 'get started', what: 'register and invite your leader, advisor and supervisors' },
      { command: 'new activity', what: 'record a learning activity and ask for a signature' },
    ],
    roles: [
      { command: 'what needs my approval?', what: 'sign-offs and approvals waiting for you' },
      { command: "what's left for «name»?", what: 'the status of a LIS you hold a role for' },
    ],
    examples: ['what is left?', "what's waiting for me?", 'help'],
  },
};

export function helpContent(lang: Lang): { lis: HelpItem[]; roles: HelpItem[]; examples: string[] } {
  return HELP[lang];
}
