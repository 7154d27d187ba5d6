import { CatalogSet, DEMO_CATALOGS } from '../../core/catalog';
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
  ])('%s', (text, expected) => {
    expect(parseSupervisorRecord(text, '2026-11-26', isGoal)).toEqual(expected);
  });
});
