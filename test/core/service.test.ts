import { lis1Parts } from '../../core/service';
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
    const [withPsychiatry] = lis1Parts(hospitalYear('psychiatry'), '2026-11-26');
    expect(withPsychiatry).toMatchObject({ part: 'hospital', days: 365, needed: 365, psychiatry: true });
    const [without] = lis1Parts(hospitalYear('hospital'), '2026-11-26');
    expect(without).toMatchObject({ part: 'hospital', days: 365 });
    expect(without?.psychiatry).toBeUndefined();
  });
});
