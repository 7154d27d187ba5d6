/** Numbers as the reader writes them; one module for the bot's texts and the tab's. */
export type NumberLang = 'nb' | 'en';

// Built once: a formatter is costly to make, and texts are filled on every card.
const FORMATS: Record<NumberLang, Intl.NumberFormat> = {
  // Decimal comma in bokmål; thousands grouped only from five digits, so a year reads 2026, not 2 026.
  nb: new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2, useGrouping: 'min2' }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2, useGrouping: 'min2' }),
};

/** 2,8 in bokmål, 2.8 in English. */
export function formatNumber(lang: NumberLang, n: number): string {
  return FORMATS[lang].format(n);
}

const PLURALS: Record<NumberLang, Intl.PluralRules> = {
  nb: new Intl.PluralRules('nb-NO'),
  en: new Intl.PluralRules('en-GB'),
};

/** A value's number, whether given as a number or already written out ("1 000", "2,5"). */
const numberOf = (v: string | number): number =>
  typeof v === 'number' ? v : Number(v.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));

/**
 * Fills `{name}` placeholders from `vars`; numbers in the reader's form, unknown names left as they
 * are. `{name|one|other}` is the word that agrees with the number in `name` ("1 aktivitet",
 * "2 aktiviteter"; "1 day", "2 days"), by the language's plural rules.
 */
export function fillPlaceholders(
  lang: NumberLang,
  text: string,
  vars: Record<string, string | number>,
  /** Placeholders whose value gets a capital first letter where a sentence starts with it. */
  capitalised?: ReadonlySet<string>,
): string {
  return text.replace(
    /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g,
    (m, name: string, one: string | undefined, other: string | undefined, at: number) => {
      if (!(name in vars)) return m;
      const v = vars[name] as string | number;
      if (one !== undefined) return PLURALS[lang].select(numberOf(v)) === 'one' ? one : (other ?? '');
      if (typeof v === 'number') return formatNumber(lang, v);
      return capitalised?.has(name) && SENTENCE_START.test(text.slice(0, at))
        ? v.charAt(0).toLocaleUpperCase(lang) + v.slice(1)
        : v;
    },
  );
}

/** Before a placeholder: nothing, or the end of a sentence. */
const SENTENCE_START = /(?:^|[.?!]\s+)$/;
