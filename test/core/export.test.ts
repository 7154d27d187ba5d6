import ExcelJS from 'exceljs';
import { CatalogSet, DEMO_CATALOGS } from '../../core/catalog';
import { demoMunicipality } from '../../core/demo';
import { exportRows } from '../../core/export';
import { exportXlsx } from '../../documents/export';

describe('exportRows', () => {
  const today = new Date('2026-11-26T09:00:00Z');
  const demo = demoMunicipality(today, new CatalogSet(DEMO_CATALOGS));
  const alex = demo.trainees[0]!;

  it('gives the plan’s own wording where an official list has it, the title otherwise; approved goals only, in plan order', () => {
    const official =
      'Legen skal kunne vurdere og stabilisere en akutt syk pasient, prioritere tiltak og tilkalle hjelp i tide.';
    const catalogs = new CatalogSet(
      DEMO_CATALOGS.map((c) =>
        c.id === 'lis1-clinical-2020'
          ? { ...c, goals: c.goals.map((g) => (g.id === 'DEL1-001' ? { ...g, text: official } : g)) }
          : c,
      ),
    );
    const rows = exportRows(alex.profile, alex.goals, catalogs);
    expect(rows.find((r) => r.goalId === 'DEL1-001')?.text).toBe(official);
    expect(rows.find((r) => r.goalId === 'DEL1-002')?.text).toBe(
      catalogs.goal('lis1-clinical-2020', 'DEL1-002')?.title,
    );
    expect(rows).toHaveLength(alex.goals.filter((g) => g.status === 'approved').length);
    const clinical = rows.filter((r) => r.goalId.startsWith('DEL1-')).map((r) => r.goalId);
    expect(clinical).toEqual([...clinical].sort());
  });

  it('keeps the goals approved in a plan the LIS was moved off, after the plans followed, under that plan’s name', () => {
    const catalogs = new CatalogSet(DEMO_CATALOGS);
    const before = exportRows(alex.profile, alex.goals, catalogs);
    const approved = alex.goals.find((g) => g.status === 'approved')!;
    // LM-3 of the FKM plan before 2025, approved before Alex's employer moved her over to the 2025 plan.
    const older = { ...approved, id: 'goal:fkm-lis1-2019:LM-3', catalogId: 'fkm-lis1-2019', goalId: 'LM-3' };
    const rows = exportRows(alex.profile, [...alex.goals, older], catalogs);
    expect(rows).toHaveLength(before.length + 1);
    expect(rows.at(-1)).toMatchObject({
      plan: 'Felles kompetansemål LIS1, før 2025 (demo)',
      goalId: 'LM-3',
      text: catalogs.goal('fkm-lis1-2019', 'LM-3')?.title,
    });
    // Not approved there: not in the export.
    expect(
      exportRows(alex.profile, [...alex.goals, { ...older, status: 'in_progress' as const }], catalogs),
    ).toHaveLength(before.length);
  });
});

describe('an activity the leader marked as met, in the export', () => {
  it('is named as marked by the leader, not as signed by a supervisor', async () => {
    const today = new Date('2026-11-26T09:00:00Z');
    const catalogs = new CatalogSet(DEMO_CATALOGS);
    const alex = demoMunicipality(today, catalogs).trainees[0]!;
    const approved = alex.goals.find((g) => g.status === 'approved')!;
    const goal = {
      ...approved,
      basis: [
        {
          activityId: 'activity:m',
          description: 'Kurs i palliasjon',
          kind: 'course' as const,
          by: 'Megan Bowen',
          at: '2026-11-20T10:00:00.000Z',
          met: true as const,
        },
      ],
    };
    const rows = exportRows(alex.profile, [goal], catalogs);
    expect(rows[0]?.activities).toEqual([
      { description: 'Kurs i palliasjon', supervisor: 'Megan Bowen', date: '2026-11-20', met: true },
    ]);
    const book = new ExcelJS.Workbook();
    const file = await exportXlsx(rows, 'nb');
    await book.xlsx.load(new Uint8Array(file).buffer);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const cells = (sheet.getRow(2).values as unknown[]).map(String);
    expect(cells).toContain('Kurs i palliasjon – Megan Bowen (markert som innfridd), 20.11.2026');
  });
});
