import { absenceFigures } from '../../core/absence';
import { addDays } from '../../core/dates';
import { bareProfile } from '../helpers/profiles';

describe('absence against the LIS1 part, not one period of it', () => {
  // A hospital year split in two: nine months in medicine (earlier), three in psychiatry (now).
  const hospital = bareProfile({
    part: 'hospital',
    employer: { unitId: 'h', name: 'Sykehuset', kind: 'hospital' },
    earlier: [{ start: '2025-09-01', end: '2026-05-31', position: 'LIS1', percent: 100, place: 'hospital' }],
    service: { start: '2026-06-01', end: '2026-08-31', position: 'LIS1', percent: 100, place: 'psychiatry' },
  });

  it('counts the days of both periods and the absence in both against the whole hospital part', () => {
    const p = {
      ...hospital,
      absence: [
        { from: '2025-12-01', to: '2025-12-20', reason: 'sick' as const },
        { from: '2026-07-01', to: '2026-07-14', reason: 'holiday' as const },
      ],
    };
    const a = absenceFigures(p)!;
    expect(a.serviceDays).toBe(365);
    expect(a.days).toBe(34);
    expect(a.percent).toBe(9.3);
    expect(a.level).toBe('warn');
    // Measured against the three months alone, the same absence would be far over the limit.
    const alone = absenceFigures({ ...p, earlier: [] })!;
    expect(alone.serviceDays).toBe(92);
    expect(alone.level).toBe('over');
  });

  it('keeps the municipal part apart from the hospital year', () => {
    const municipal = bareProfile({
      part: 'municipality',
      earlier: [...(hospital.earlier ?? []), { ...hospital.service!, place: 'psychiatry' }],
      service: { start: '2026-09-01', end: addDays('2026-09-01', 181), position: 'LIS1', percent: 100 },
      absence: [{ from: '2025-12-01', to: '2025-12-20', reason: 'sick' }],
    });
    const a = absenceFigures(municipal)!;
    expect(a.serviceDays).toBe(182);
    expect(a.days).toBe(0);
  });
});
