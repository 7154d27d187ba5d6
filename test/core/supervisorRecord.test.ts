import fc from 'fast-check';
import { CatalogSet, DEMO_CATALOGS } from '../../core/catalog';
import { addDays } from '../../core/dates';
import { parseSupervisorRecord } from '../../core/supervisorRecord';

const catalogs = new CatalogSet(DEMO_CATALOGS);
const isGoal = (id: string) => catalogs.knows(id);

describe('what a supervisor writes after "signer Alex:"', () => {
  it.each([
    [
      'Sutur av kuttskade på legevakt i dag, DEL1-12',
      { description: 'Sutur av kuttskade på legevakt', date: '2026-11-26', goalIds: ['DEL1-012'] },
    ],
    [
      'Vurdering av akutt syk pasient i går, DEL1-001 og del1-039',
      {
        description: 'Vurdering av akutt syk pasient',
        date: '2026-11-25',
        goalIds: ['DEL1-001', 'DEL1-039'],
      },
    ],
    [
      'Hjemmebesøk 20.11.2026; FKM-3',
      { description: 'Hjemmebesøk', date: '2026-11-20', goalIds: ['FKM-003'] },
    ],
    ['Kurs uten mål', { description: 'Kurs uten mål', date: '2026-11-26', goalIds: [] }],
    // The same shape in clinical text is text, not a goal: only ids some plan has are taken out.
    [
      'Vaksinering mot covid-19 og SARS-CoV-2 på legevakt, diagnose etter ICD-10, uke-12, DEL1-075',
      {
        description: 'Vaksinering mot covid-19 og SARS-CoV-2 på legevakt, diagnose etter ICD-10, uke-12',
        date: '2026-11-26',
        goalIds: ['DEL1-075'],
      },
    ],
    [
      'Etikkdrøfting, LM-1 og LM-10',
      { description: 'Etikkdrøfting', date: '2026-11-26', goalIds: ['LM-001', 'LM-010'] },
    ],
    // Dates as people write them; without a year, the latest such day up to today.
    ['Sutur 20.11.26, DEL1-076', { description: 'Sutur', date: '2026-11-20', goalIds: ['DEL1-076'] }],
    [
      'Sutur av kuttskade 20. november, DEL1-076',
      { description: 'Sutur av kuttskade', date: '2026-11-20', goalIds: ['DEL1-076'] },
    ],
    [
      'Sutur 3. des. på legevakt, DEL1-076',
      { description: 'Sutur på legevakt', date: '2025-12-03', goalIds: ['DEL1-076'] },
    ],
    [
      'Suturing on November 20, 2026, DEL1-076',
      { description: 'Suturing on', date: '2026-11-20', goalIds: ['DEL1-076'] },
    ],
    // A dose is not a date, nor is a day that does not exist: both stay text, dated today.
    [
      'Paracetamol 2.5 mg gitt 31.02.2026, DEL1-076',
      { description: 'Paracetamol 2.5 mg gitt 31.02.2026', date: '2026-11-26', goalIds: ['DEL1-076'] },
    ],
  ])('%s', (text, expected) => {
    expect(parseSupervisorRecord(text, '2026-11-26', isGoal)).toEqual(expected);
  });

  const NB_MONTHS =
    'januar februar mars april mai juni juli august september oktober november desember'.split(' ');
  it('a day of the last twelve months written without its year is that day', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2035-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 364 }),
        fc.boolean(),
        (t, back, short) => {
          const today = t.toISOString().slice(0, 10);
          const day = addDays(today, -back);
          // 29 February without a year is the last 29 February, not this one: leave it out.
          fc.pre(day.slice(5) !== '02-29');
          const [, m, d] = day.split('-').map(Number) as [number, number, number];
          const month = NB_MONTHS[m - 1] ?? '';
          const written = `${d}. ${short ? `${month.slice(0, 3)}.` : month}`;
          const r = parseSupervisorRecord(`Kurs ${written}, DEL1-076`, today, isGoal);
          expect(r).toEqual({ description: 'Kurs', date: day, goalIds: ['DEL1-076'] });
        },
      ),
    );
  });
});
