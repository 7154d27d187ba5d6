import fc from 'fast-check';
import { formatNumber, t } from '../../core/i18n';
import { fill } from '../../tab/src/texts';

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
});
