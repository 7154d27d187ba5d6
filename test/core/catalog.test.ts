import { CatalogSet, catalogSchema, DEMO_CATALOGS } from '../../core/catalog';

const byId = (id: string) => {
  const c = DEMO_CATALOGS.find((x) => x.id === id);
  if (!c) throw new Error(`no catalog ${id}`);
  return c;
};

describe('demo catalogs', () => {
  it('LIS1 clinical 2020 has DEL1-001…DEL1-101, split 38 hospital, 47 municipality, 16 psychiatry', () => {
    const c = byId('lis1-clinical-2020');
    expect(c.goals.map((g) => g.id)).toEqual(
      Array.from({ length: 101 }, (_, i) => `DEL1-${String(i + 1).padStart(3, '0')}`),
    );
    const count = (arena: string) => c.goals.filter((g) => g.arena === arena).length;
    expect([count('hospital'), count('municipality'), count('psychiatry')]).toEqual([38, 47, 16]);
    expect(c.goals.some((g) => g.crossLevel)).toBe(true);
  });

  it('FKM for LIS1 has 29 goals in the 11 themes, in force from 1 September 2025', () => {
    const c = byId('fkm-lis1-2025');
    expect(c.goals).toHaveLength(29);
    expect(new Set(c.goals.map((g) => g.theme)).size).toBe(11);
    expect(c.effectiveFrom).toBe('2025-09-01');
    expect(c.kind).toBe('fkm');
  });

  it('every shipped catalog says plainly that it is demo data', () => {
    expect(DEMO_CATALOGS.length).toBeGreaterThanOrEqual(3);
    for (const c of DEMO_CATALOGS) {
      expect(c.demo).toBe(true);
      expect(c.source).toMatch(/DEMO/i);
      expect(c.name).toMatch(/demo/i);
    }
    expect(byId('lis3-allmennmedisin-2019').phase).toBe('LIS3');
  });
});

describe('catalog schema', () => {
  const base = byId('lis3-allmennmedisin-2019');

  it('refuses a duplicate goal id, naming it', () => {
    const dup = { ...base, goals: [...base.goals, base.goals[0]] };
    const r = catalogSchema.safeParse(dup);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain(`duplicate goal id ${base.goals[0]?.id}`);
  });

  it('refuses a malformed goal id, an unknown arena, unknown fields and a reversed period', () => {
    expect(catalogSchema.safeParse({ ...base, goals: [{ ...base.goals[0], id: 'del1-1' }] }).success).toBe(
      false,
    );
    expect(catalogSchema.safeParse({ ...base, goals: [{ ...base.goals[0], arena: 'moon' }] }).success).toBe(
      false,
    );
    expect(catalogSchema.safeParse({ ...base, extra: 1 }).success).toBe(false);
    expect(catalogSchema.safeParse({ ...base, effectiveTo: '2000-01-01' }).success).toBe(false);
    expect(catalogSchema.safeParse({ ...base, effectiveFrom: '2019-02-30' }).success).toBe(false);
  });
});

describe('CatalogSet', () => {
  const set = new CatalogSet(DEMO_CATALOGS);

  it('finds goals by catalog and id', () => {
    expect(set.goal('lis1-clinical-2020', 'DEL1-042')?.arena).toBe('municipality');
    expect(set.goal('lis1-clinical-2020', 'DEL1-999')).toBeUndefined();
    expect(set.goal('nope', 'DEL1-001')).toBeUndefined();
  });

  it('defaults a LIS1 starting after September 2025 to clinical 2020 + FKM 2025, and before it to clinical only', () => {
    expect(
      set
        .defaultsFor('LIS1', '2026-01-15')
        .map((c) => c.id)
        .sort(),
    ).toEqual(['fkm-lis1-2025', 'lis1-clinical-2020']);
    expect(set.defaultsFor('LIS1', '2024-01-15').map((c) => c.id)).toEqual(['lis1-clinical-2020']);
    expect(set.defaultsFor('LIS3', '2026-01-15', 'allmennmedisin').map((c) => c.id)).toEqual([
      'lis3-allmennmedisin-2019',
    ]);
  });

  it('refuses the same catalog twice', () => {
    expect(() => new CatalogSet([...DEMO_CATALOGS, DEMO_CATALOGS[0] as never])).toThrow(/loaded twice/);
  });
});
