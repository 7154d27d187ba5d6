import fc from 'fast-check';
import { formatNumber, TEXTS, t } from '../../core/i18n';
import { fillPlaceholders } from '../../core/numbers';
import { fill, TEXTS as TAB } from '../../tab/src/texts';

describe('numbers as the reader writes them', () => {
  it('uses a decimal comma in bokmål and a point in English, in bot texts and in the tab', () => {
    expect(t('nb', 'forecastNumbers', { perWeek: 2.8, projected: 40, remaining: 12 })).toBe(
      'Hittil 2,8 godkjent per uke. I dette tempoet blir omtrent 40 godkjent før tjenesten slutter; 12 gjenstår.',
    );
    expect(t('en', 'forecastNumbers', { perWeek: 2.8, projected: 40, remaining: 12 })).toMatch(
      /^2\.8 approved/,
    );
    expect(t('nb', 'absenceLine', { days: 12, percent: 3.8, limit: 20 })).toContain(
      '(3,8 % av tjenestetiden)',
    );
    expect(fill('{p} %', { p: 3.8 }, 'nb')).toBe('3,8 %');
    expect(fill('{p} %', { p: 3.8 }, 'en')).toBe('3.8 %');
  });

  it('leaves years and counts below 10 000 ungrouped, groups larger ones, and keeps strings as they are', () => {
    expect(formatNumber('nb', 2026)).toBe('2026');
    expect(formatNumber('nb', 10000)).toBe('10\u00a0000');
    expect(formatNumber('en', 10000)).toBe('10,000');
    expect(fill('{id}', { id: '3.8' }, 'nb')).toBe('3.8');
  });

  it('never shows a decimal point in bokmål, whatever the number', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (n) => {
        expect(formatNumber('nb', n)).not.toMatch(/\d\.\d/);
      }),
      { seed: 17, numRuns: 300 },
    );
  });

  it('a noun after a count agrees with it: "1 aktivitet", "2 aktiviteter", "1 day"', () => {
    expect(t('nb', 'leftWaitingSignature', { ps: 1 })).toBe('1 aktivitet venter på signering');
    expect(t('nb', 'leftWaitingSignature', { ps: 2 })).toBe('2 aktiviteter venter på signering');
    expect(t('en', 'leftWaitingSignature', { ps: 1 })).toBe('1 activity waiting for sign-off');
    expect(t('en', 'absenceLine', { days: 1, percent: 0.5, limit: 10 })).toMatch(/^1 day of absence \(/);
    expect(t('en', 'absenceLine', { days: 12, percent: 3.8, limit: 10 })).toMatch(/^12 days of absence \(/);
    expect(fill('{n} {n|uke|uker}', { n: '1' }, 'nb')).toBe('1 uke');
    // Written out already ("10 000"), or a decimal: the plural form.
    expect(fill('{n} {n|dag|dager}', { n: '10\u00a0000' }, 'nb')).toBe('10\u00a0000 dager');
    expect(fill('{n} {n|dag|dager}', { n: 1.5 }, 'nb')).toBe('1,5 dager');
  });

  it('no text puts a bare plural noun after a count', () => {
    const bare =
      /\{\w+\} (?:eldre |learning |approved learning |earlier )?(?:aktiviteter|dager|uker|samtaler|activities|days|weeks|sessions|goals)\b/;
    const texts = [
      ...Object.values(TEXTS).flatMap((x) => [x.nb, x.en]),
      ...Object.values(TAB).flatMap((x) =>
        Object.values(x).filter((v): v is string => typeof v === 'string'),
      ),
    ];
    expect(texts.filter((x) => bare.test(x))).toEqual([]);
  });
});

describe('a sentence that starts with a person', () => {
  it('capitalises «personen» where a sentence starts with it, nowhere else', () => {
    const name = t('nb', 'aPerson');
    expect(t('nb', 'removeConfirm', { name, role: 'leder' })).toBe(
      'Vil du fjerne personen som leder? Personen kan da ikke lenger se eller gjøre noe for deg i appen.',
    );
    expect(t('en', 'removed', { name: t('en', 'aPerson'), role: 'leader' })).toBe(
      'The person is removed as leader.',
    );
    // A name is left as written; only the placeholders that name people are touched.
    expect(t('nb', 'removed', { name: 'Megan Bowen', role: 'leder' })).toBe(
      'Megan Bowen er fjernet som leder.',
    );
    expect(fillPlaceholders('nb', '{x}. {x}', { x: 'personen' })).toBe('personen. personen');
  });
});
