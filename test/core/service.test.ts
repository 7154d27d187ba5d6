import { serviceShortfall } from '../../core/absence';
import { addMonths } from '../../core/dates';
import { earlierAfterRegistration, serviceParts } from '../../core/service';
import { bareProfile } from '../helpers/profiles';

describe('the LIS1 parts', () => {
  const hospitalYear = (place: 'hospital' | 'psychiatry') =>
    bareProfile({
      part: 'municipality',
      service: { start: '2026-09-01', end: '2027-02-28', position: 'LIS1', percent: 100 },
      earlier: [
        { start: '2025-09-01', end: '2026-05-31', position: 'LIS1', percent: 100, place: 'hospital' },
        { start: '2026-06-01', end: '2026-08-31', position: 'LIS1', percent: 100, place },
      ],
    });

  it('count psychiatry in the hospital part, and say so only for a LIS who served there', () => {
    const [withPsychiatry] = serviceParts(hospitalYear('psychiatry'), '2026-11-26');
    expect(withPsychiatry).toMatchObject({ part: 'hospital', days: 365, needed: 365, psychiatry: true });
    const [without] = serviceParts(hospitalYear('hospital'), '2026-11-26');
    expect(without).toMatchObject({ part: 'hospital', days: 365 });
    expect(without?.psychiatry).toBeUndefined();
  });
});

describe('the LIS1 parts are months, as the regulation counts them, not a fixed number of days', () => {
  const municipal = (start: string, end: string, percent = 100) =>
    bareProfile({ part: 'municipality', service: { start, end, position: 'LIS1', percent } });

  it("adds calendar months, ending on the month's last day where the month is shorter", () => {
    expect(addMonths('2026-09-01', 6)).toBe('2027-03-01');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-03-01', 12)).toBe('2027-03-01');
  });

  it.each([
    ['1 September to 28 February is six months (181 days)', '2026-09-01', '2027-02-28', 100, 0],
    ['1 September to 29 February in a leap year (182 days)', '2027-09-01', '2028-02-29', 100, 0],
    ['1 March to 31 August is six months (184 days)', '2027-03-01', '2027-08-31', 100, 0],
    ['one day short of six months', '2026-09-01', '2027-02-27', 100, 1],
    ['six months at 80 % is seven and a half', '2026-09-01', '2027-02-28', 80, 46],
  ])('%s', (_name, start, end, percent, short) => {
    expect(serviceShortfall(municipal(start, end, percent))).toBe(short);
  });

  it('counts every period of the hospital year: one in psychiatry after one in hospital is not short on its own', () => {
    const psychiatryNow = bareProfile({
      part: 'hospital',
      service: {
        start: '2026-06-01',
        end: '2026-08-31',
        position: 'LIS1',
        percent: 100,
        place: 'psychiatry',
      },
      earlier: [
        { start: '2025-09-01', end: '2026-05-31', position: 'LIS1', percent: 100, place: 'hospital' },
      ],
    });
    expect(serviceShortfall(psychiatryNow)).toBe(0);
    // Without the earlier period the hospital year is short by those nine months.
    expect(serviceShortfall({ ...psychiatryNow, earlier: [] })).toBe(273);
  });
});

describe('a LIS3 in general practice: two years of open, unselected general practice, six months in an institution', () => {
  const lis3 = (over: Parameters<typeof bareProfile>[0] = {}) =>
    bareProfile({
      phase: 'LIS3',
      specialty: 'allmennmedisin',
      employer: { unitId: 'u', name: 'Kommune', kind: 'municipality' },
      service: { start: '2025-12-01', end: '2030-11-30', position: 'Fastlege', percent: 100 },
      earlier: [
        // A hospital is an institution; so is a municipal one marked as such; half time counts half.
        { start: '2024-01-01', end: '2024-03-31', position: 'LIS', percent: 100, place: 'hospital' },
        {
          start: '2024-04-01',
          end: '2024-09-30',
          position: 'Sykehjemslege',
          percent: 50,
          place: 'municipality',
          setting: 'institution',
        },
        { start: '2024-10-01', end: '2025-11-30', position: 'Fastlege', percent: 100, place: 'municipality' },
      ],
      ...over,
    });

  it('counts the municipality’s periods as general practice unless one is marked as an institution', () => {
    const [gp, institution] = serviceParts(lis3(), '2026-11-30');
    // 2024-10-01–2025-11-30 (426 days) and 2025-12-01–2026-11-30 (365 days) so far.
    expect(gp).toEqual({ part: 'general_practice', days: 791, planned: 426 + 1826, needed: 730 });
    // 2024-01-01–2024-03-31 (91 days) and half of 2024-04-01–2024-09-30 (183 days).
    expect(institution).toEqual({ part: 'institution', days: 183, planned: 183, needed: 182 });
  });

  it('has no such requirements for another specialty, LIS2, or before anything is entered', () => {
    expect(serviceParts(lis3({ specialty: 'indremedisin' }), '2026-11-30')).toEqual([]);
    expect(serviceParts(lis3({ phase: 'LIS2' }), '2026-11-30')).toEqual([]);
    const none = serviceParts(lis3({ service: null, earlier: [] }), '2026-11-30');
    expect(none.map((x) => [x.part, x.days])).toEqual([
      ['general_practice', 0],
      ['institution', 0],
    ]);
  });
});

describe('registering again keeps the employer’s periods', () => {
  const hospital = bareProfile({
    part: 'hospital',
    service: { start: '2025-09-01', end: '2026-08-31', position: 'LIS1', percent: 100 },
    earlier: [{ start: '2024-01-01', end: '2024-06-30', position: 'Vikar', percent: 50, place: 'hospital' }],
  });

  it('a correction of the current period (same or earlier start) moves nothing', () => {
    expect(earlierAfterRegistration(hospital, '2025-09-01')).toEqual(hospital.earlier);
    expect(earlierAfterRegistration(hospital, '2025-08-15')).toEqual(hospital.earlier);
  });

  it('a new period makes the current one an earlier period, with its place, ended before the new one starts', () => {
    const after = earlierAfterRegistration(hospital, '2026-09-01');
    expect(after.map((x) => [x.start, x.end, x.place])).toEqual([
      ['2024-01-01', '2024-06-30', 'hospital'],
      ['2025-09-01', '2026-08-31', 'hospital'],
    ]);
    // Moved on before the period was to end: it ends the day before.
    expect(earlierAfterRegistration(hospital, '2026-06-01').at(-1)).toMatchObject({
      start: '2025-09-01',
      end: '2026-05-31',
    });
  });

  it('never makes periods overlap, and a first registration has none', () => {
    const clash = bareProfile({
      ...hospital,
      earlier: [{ start: '2025-10-01', end: '2025-12-31', position: 'X', percent: 100, place: 'psychiatry' }],
    });
    expect(earlierAfterRegistration(clash, '2026-09-01')).toEqual(clash.earlier);
    expect(earlierAfterRegistration(undefined, '2026-09-01')).toEqual([]);
  });
});
