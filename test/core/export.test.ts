import { CatalogSet, DEMO_CATALOGS } from '../../core/catalog';
import { demoMunicipality } from '../../core/demo';
import { exportRows } from '../../core/export';

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
});
