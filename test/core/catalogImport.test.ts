import { rowsToCatalog } from '../../core/catalogImport';

const meta = {
  id: 'lis1-official-2020',
  name: 'LIS1 læringsmål',
  kind: 'clinical' as const,
  phase: 'LIS1' as const,
  version: '2020-03-01',
  effectiveFrom: '2020-03-01',
  effectiveTo: null,
  demo: false,
  source: 'test',
};
const header = ['id', 'tittel', 'arena', 'tema', 'fase', 'tverrnivå'];

describe('rowsToCatalog', () => {
  it('accepts good rows with Norwegian headers and values', () => {
    const r = rowsToCatalog(
      header,
      [
        ['DEL1-001', 'Akutt syk pasient', 'sykehus', 'Akuttmedisin', 'lis1', 'nei'],
        ['DEL1-002', 'Legevakt', 'kommune', 'Legevakt', 'LIS1', 'ja'],
      ],
      meta,
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.catalog.goals.map((g) => [g.id, g.arena, g.crossLevel])).toEqual([
        ['DEL1-001', 'hospital', false],
        ['DEL1-002', 'municipality', true],
      ]);
    }
  });

  it('reports every bad row with its file row number and field, and returns no catalog', () => {
    const r = rowsToCatalog(
      header,
      [
        ['DEL1-001', 'Fint', 'sykehus', 'Tema', 'LIS1', ''],
        ['DEL1-2', 'Feil id', 'sykehus', 'Tema', 'LIS1', ''],
        ['DEL1-003', '', 'månen', 'Tema', 'LIS1', 'kanskje'],
      ],
      meta,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const where = r.problems.map((p) => `${p.row}:${p.field}`);
      expect(where).toEqual(expect.arrayContaining(['3:id', '4:title', '4:arena', '4:crossLevel']));
      expect(where.some((w) => w.startsWith('2:'))).toBe(false);
    }
  });

  it('reports a duplicate id on the row where it repeats', () => {
    const r = rowsToCatalog(
      header,
      [
        ['DEL1-001', 'En', 'sykehus', 'Tema', 'LIS1', ''],
        ['DEL1-001', 'To', 'sykehus', 'Tema', 'LIS1', ''],
      ],
      meta,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ row: 3, field: 'id', message: 'duplicate goal id DEL1-001' }]);
  });

  it('refuses a wrong header: unknown and missing columns, on row 1', () => {
    const r = rowsToCatalog(['id', 'navn', 'arena'], [['DEL1-001', 'x', 'sykehus']], meta);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.every((p) => p.row === 1)).toBe(true);
      expect(r.problems.map((p) => p.message)).toEqual(
        expect.arrayContaining([
          'unknown column "navn"',
          'missing column "title"',
          'missing column "theme"',
          'missing column "phase"',
        ]),
      );
    }
  });
});
