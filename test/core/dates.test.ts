import fc from 'fast-check';
import {
  addDays,
  daysBetween,
  endOfNorwayDay,
  isIsoDate,
  isNorwegianHoliday,
  isWorkingHours,
  norwayDate,
  periodInText,
  yearAhead,
} from '../../core/dates';
import { formatDate } from '../../core/format';

/** Norway's offset from UTC by the EU rule: +2 from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October, else +1. */
function osloOffsetHours(t: number): number {
  const y = new Date(t).getUTCFullYear();
  const lastSunday = (month: number) => {
    const end = new Date(Date.UTC(y, month + 1, 0, 1));
    return end.getTime() - end.getUTCDay() * 86_400_000;
  };
  return t >= lastSunday(2) && t < lastSunday(9) ? 2 : 1;
}

describe('the day in Norway', () => {
  it('is the UTC date moved by the Oslo offset, summer and winter, for any instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }), (t) => {
        const expected = new Date(t + osloOffsetHours(t) * 3_600_000).toISOString().slice(0, 10);
        expect(norwayDate(new Date(t))).toBe(expected);
        expect(norwayDate(new Date(t).toISOString())).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('just after midnight it is already the next day; a plain date stays as it is', () => {
    expect(norwayDate('2026-11-27T23:30:00Z')).toBe('2026-11-28');
    expect(norwayDate('2026-11-27T22:59:59Z')).toBe('2026-11-27');
    expect(norwayDate('2026-07-01T22:30:00Z')).toBe('2026-07-02');
    expect(norwayDate('2026-07-01T21:59:00Z')).toBe('2026-07-01');
    expect(norwayDate('2026-11-27')).toBe('2026-11-27');
  });

  it('ends a day at 23:59:59.999 in Norway, summer and winter', () => {
    expect(endOfNorwayDay('2026-12-11')).toBe('2026-12-11T22:59:59.999Z');
    expect(endOfNorwayDay('2026-07-01')).toBe('2026-07-01T21:59:59.999Z');
    for (const day of ['2026-03-29', '2026-10-25', '2026-12-31', '2027-01-01']) {
      const end = endOfNorwayDay(day);
      expect(norwayDate(end)).toBe(day);
      expect(norwayDate(new Date(Date.parse(end) + 1))).toBe(addDays(day, 1));
    }
  });

  it('shows an instant as the day it was in Norway', () => {
    expect(formatDate('nb', '2026-11-30T23:30:00.000Z')).toBe('01.12.2026');
    expect(formatDate('en', '2026-11-30T23:30:00.000Z')).toBe('1 Dec 2026');
    expect(formatDate('nb', '2026-11-30')).toBe('30.11.2026');
  });
});

describe('working hours in Norway (when the app may remind by itself)', () => {
  it('are weekdays from 08:00 to 16:00 Norwegian time, summer and winter', () => {
    // Thursday 26 November 2026 (UTC+1).
    expect(isWorkingHours(new Date('2026-11-26T06:59:00Z'))).toBe(false); // 07:59
    expect(isWorkingHours(new Date('2026-11-26T07:00:00Z'))).toBe(true); // 08:00
    expect(isWorkingHours(new Date('2026-11-26T14:59:00Z'))).toBe(true); // 15:59
    expect(isWorkingHours(new Date('2026-11-26T15:00:00Z'))).toBe(false); // 16:00
    expect(isWorkingHours(new Date('2026-11-26T02:00:00Z'))).toBe(false); // 03:00
    // Wednesday 1 July 2026 (UTC+2): 08:30 there is 06:30 UTC.
    expect(isWorkingHours(new Date('2026-07-01T06:30:00Z'))).toBe(true);
    expect(isWorkingHours(new Date('2026-07-01T05:30:00Z'))).toBe(false);
    // Saturday and Sunday, at noon.
    expect(isWorkingHours(new Date('2026-11-28T11:00:00Z'))).toBe(false);
    expect(isWorkingHours(new Date('2026-11-29T11:00:00Z'))).toBe(false);
    // Friday 23:30 UTC is already Saturday 00:30 in Norway.
    expect(isWorkingHours(new Date('2026-11-27T23:30:00Z'))).toBe(false);
  });

  it('leave out Norway’s public holidays, the moving ones with Easter', () => {
    // Easter 2026 is 5 April; 2027, 28 March.
    for (const day of [
      '2026-04-02',
      '2026-04-03',
      '2026-04-06',
      '2026-05-14',
      '2026-05-25',
      '2026-05-01',
      '2026-12-25',
    ])
      expect({ day, holiday: isNorwegianHoliday(day) }).toEqual({ day, holiday: true });
    for (const day of ['2027-03-25', '2027-03-26', '2027-03-29', '2027-05-06', '2027-05-17', '2027-01-01'])
      expect({ day, holiday: isNorwegianHoliday(day) }).toEqual({ day, holiday: true });
    for (const day of ['2026-04-01', '2026-04-07', '2026-05-13', '2026-05-18', '2026-12-23', '2026-11-26'])
      expect({ day, holiday: isNorwegianHoliday(day) }).toEqual({ day, holiday: false });
    // Monday 17 May 2027 at 10:00 in Norway: no reminder; Tuesday the 18th: yes.
    expect(isWorkingHours(new Date('2027-05-17T08:00:00Z'))).toBe(false);
    expect(isWorkingHours(new Date('2027-05-18T08:00:00Z'))).toBe(true);
  });
});

describe('a year ahead (the latest day a session may be set for)', () => {
  it('is the same day a year later, and a day that exists', () => {
    expect(yearAhead('2026-11-29')).toBe('2027-11-29');
    expect(yearAhead('2028-02-29')).toBe('2029-02-28');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2017-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (d) => {
          const day = d.toISOString().slice(0, 10);
          const next = yearAhead(day);
          expect(isIsoDate(next)).toBe(true);
          expect(next > day).toBe(true);
          expect(daysBetween(day, next)).toBeGreaterThanOrEqual(365);
          expect(daysBetween(day, next)).toBeLessThanOrEqual(366);
        },
      ),
    );
  });
});

describe('a calendar day as it comes from outside', () => {
  it('takes only days that exist: not 30 February, 31 April or 29 February of a common year', () => {
    for (const day of ['2024-02-29', '2026-02-28', '2026-04-30', '2026-12-31', '2017-03-01'])
      expect(isIsoDate(day)).toBe(true);
    for (const day of ['2026-02-29', '2026-02-30', '2026-02-31', '2026-04-31', '2026-13-01', '2026-00-10'])
      expect(isIsoDate(day)).toBe(false);
    for (const v of ['2026-1-01', '26-01-01', '2026-01-01T00:00:00Z', ' 2026-01-01', '', undefined, 20260101])
      expect(isIsoDate(v)).toBe(false);
  });

  it('agrees with the calendar for every day of four centuries', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1600, max: 2399 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const day = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
          expect(isIsoDate(day)).toBe(d <= last);
        },
      ),
    );
  });
});

describe('a period as a leader writes it in a message', () => {
  const today = '2026-11-26';
  it.each([
    ['Alex har ferie 1.12-5.12', '2026-12-01', '2026-12-05'],
    ['ferie for Alex 01.12.2026 – 05.12.2026', '2026-12-01', '2026-12-05'],
    ['fra 1. til 5. desember', '2026-12-01', '2026-12-05'],
    ['1.–5. desember', '2026-12-01', '2026-12-05'],
    ['Lynne var syk 3. desember', '2026-12-03', '2026-12-03'],
    ['Lynne var syk 20.11', '2026-11-20', '2026-11-20'],
    // Over new year: the start in the year before the end.
    ['28. desember til 3. januar', '2026-12-28', '2027-01-03'],
    ['28.12-3.1', '2026-12-28', '2027-01-03'],
    ['permisjon fra 1.1.2027 til 30.6.2027', '2027-01-01', '2027-06-30'],
    ['ferie 2026-12-01 til 2026-12-05', '2026-12-01', '2026-12-05'],
    ['Alex has leave 1-5 December', '2026-12-01', '2026-12-05'],
    ['1.–5. des', '2026-12-01', '2026-12-05'],
    // A number before a word that is no month is passed over.
    ['Alex har ferie 3 uker fra 1.12–21.12', '2026-12-01', '2026-12-21'],
  ])('"%s" → %s – %s', (text, from, to) => {
    expect(periodInText(text, today)).toEqual({ from, to });
  });

  it('takes the year nearest today for a day without one', () => {
    expect(periodInText('syk 30.12', '2027-01-04')).toEqual({ from: '2026-12-30', to: '2026-12-30' });
    expect(periodInText('ferie 3.1', '2026-12-20')).toEqual({ from: '2027-01-03', to: '2027-01-03' });
  });

  it.each([
    'Alex er syk i dag',
    'syk 31.02',
    // An end before its start (in one month) is no period: the form is left to fill in.
    'fravær 5.12-1.12',
    // A second day with no month that exists is no period, not the first day alone.
    'ferie 1.12 til 5 uker',
    'ferie 2026-12-05 til 2026-12-01',
    'fravær',
  ])('finds none in "%s"', (text) => {
    expect(periodInText(text, today)).toBeUndefined();
  });

  it('finds, for any real period written d.m–d.m.yyyy, that period', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 60 }), (start, length) => {
        const from = addDays('2025-01-01', start);
        const to = addDays(from, length);
        const nb = (d: string) => `${Number(d.slice(8))}.${Number(d.slice(5, 7))}.${d.slice(0, 4)}`;
        expect(periodInText(`ferie ${nb(from)}–${nb(to)}`, today)).toEqual({ from, to });
      }),
    );
  });
});
