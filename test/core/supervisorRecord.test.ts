import { parseSupervisorRecord } from '../../core/supervisorRecord';

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
  ])('%s', (text, expected) => {
    expect(parseSupervisorRecord(text, '2026-11-26')).toEqual(expected);
  });
});
