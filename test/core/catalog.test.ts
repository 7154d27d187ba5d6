import {
  CatalogSet,
  catalogSchema,
  DEMO_CATALOGS,
  inGeneralPractice,
  partLabel,
  specialtyName,
} from '../../core/catalog';
import { goalChoice, goalDocId, parseGoalChoice, parseGoalDocId } from '../../core/refs';

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

  const THEMES = [
    'Etikk',
    'Forebygging',
    'Forskningsforståelse',
    'Kommunikasjon',
    'Kunnskapshåndtering',
    'Kvalitet og pasientsikkerhet',
    'Lovverk',
    'Pasient- og brukermedvirkning',
    'Pasient- og pårørendeopplæring',
    'Samhandling',
    'Systemforståelse, organisasjonsutvikling og ledelse',
  ];

  it('FKM 2025: 29 goals over LIS1 (from 1 September 2025) and LIS2/3 (from 1 March 2026), not all for LIS1', () => {
    const lis1 = byId('fkm-lis1-2025');
    const lis23 = byId('fkm-lis23-2026');
    expect(lis1.goals.length + lis23.goals.length).toBe(29);
    expect(lis1.goals.length).toBeLessThan(29);
    expect([lis1.part, lis1.effectiveFrom, lis23.part, lis23.effectiveFrom]).toEqual([
      'LIS1',
      '2025-09-01',
      'LIS2/3',
      '2026-03-01',
    ]);
    // The demo says how it split them, since no source gives the LIS1 share.
    expect(lis1.source).toMatch(/fant vi ikke/);
    expect(new Set(lis1.goals.map((g) => g.theme))).toEqual(new Set(THEMES));
  });

  it('FKM before the revision: 50 for LIS1 and 25 for LIS2/3 with LM- ids, 5 of the 50 cross-level, ending the day before', () => {
    const lis1 = byId('fkm-lis1-2019');
    const lis23 = byId('fkm-lis23-2019');
    expect([lis1.goals.length, lis23.goals.length]).toEqual([50, 25]);
    expect(lis23.goals.at(-1)?.id).toBe('LM-75');
    expect(lis1.goals.filter((g) => g.crossLevel)).toHaveLength(5);
    expect([lis1.effectiveTo, lis23.effectiveTo]).toEqual(['2025-08-31', '2026-02-28']);
  });

  it('every goal of every plan is a reference the app reads back (LM-1 of FKM 2019 too)', () => {
    // A goal the parsers refuse can be shown but never chosen, asked for, approved or redrawn.
    for (const c of DEMO_CATALOGS)
      for (const g of c.goals) {
        const ref = { catalogId: c.id, goalId: g.id };
        expect(parseGoalDocId(goalDocId(c.id, g.id))).toEqual(ref);
        expect(parseGoalChoice(goalChoice(ref))).toEqual(ref);
      }
    expect(byId('fkm-lis1-2019').goals[0]?.id).toBe('LM-1');
  });

  it('every FKM goal is in one of the 11 official themes, and few are cross-level', () => {
    for (const c of DEMO_CATALOGS.filter((x) => x.kind === 'fkm')) {
      for (const g of c.goals) expect(THEMES).toContain(g.theme);
      expect(c.goals.filter((g) => g.crossLevel).length).toBeLessThanOrEqual(c.goals.length / 5);
    }
  });

  it('general practice is the ALM plan, for LIS3 allmennmedisin', () => {
    const c = byId('lis3-allmennmedisin-2019');
    expect(c.goals.every((g) => /^ALM-\d{3}$/.test(g.id))).toBe(true);
    expect([c.part, c.specialty, partLabel(c)]).toEqual(['LIS2/3', 'allmennmedisin', 'LIS3 allmennmedisin']);
  });

  it('each catalog states its part, version and date of force', () => {
    for (const c of DEMO_CATALOGS) {
      expect(['LIS1', 'LIS2/3']).toContain(c.part);
      expect(c.version).not.toBe('');
      expect(c.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('every shipped catalog says plainly that it is demo data', () => {
    expect(DEMO_CATALOGS.length).toBeGreaterThanOrEqual(3);
    for (const c of DEMO_CATALOGS) {
      expect(c.demo).toBe(true);
      expect(c.source).toMatch(/DEMO/i);
      expect(c.name).toMatch(/demo/i);
    }
    expect(byId('lis3-allmennmedisin-2019').part).toBe('LIS2/3');
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
    expect(catalogSchema.safeParse({ ...base, goals: [{ ...base.goals[0], id: 'del1 1' }] }).success).toBe(
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

  const ids = (cs: { id: string }[]) => cs.map((c) => c.id).sort();

  it('lets a LIS follow one version of each plan of their part: the one in force at the start, or a newer one', () => {
    const problem = (ids: string[], phase: 'LIS1' | 'LIS3', start: string, specialty?: string) =>
      set.planProblem(ids, phase, start, '2026-11-26', specialty);
    // As pinned, and moved over to the revision: both fine.
    expect(problem(['lis1-clinical-2020', 'fkm-lis1-2019'], 'LIS1', '2025-01-15')).toBeUndefined();
    expect(problem(['lis1-clinical-2020', 'fkm-lis1-2025'], 'LIS1', '2025-01-15')).toBeUndefined();
    expect(
      problem(['lis3-allmennmedisin-2019', 'fkm-lis23-2026'], 'LIS3', '2025-11-26', 'allmennmedisin'),
    ).toBeUndefined();
    // Two versions of one plan at once.
    expect(problem(['lis1-clinical-2020', 'fkm-lis1-2019', 'fkm-lis1-2025'], 'LIS1', '2025-01-15')).toEqual({
      reason: 'two_versions',
      plan: 'Felles kompetansemål LIS1, før 2025 (demo)',
      other: 'Felles kompetansemål LIS1, 2025 (demo)',
    });
    // A plan that ended before the LIS started the part: never theirs.
    expect(problem(['lis1-clinical-2020', 'fkm-lis1-2019'], 'LIS1', '2026-01-15')).toEqual({
      reason: 'ended',
      plan: 'Felles kompetansemål LIS1, før 2025 (demo)',
      to: '2025-08-31',
      from: '2026-01-15',
    });
    // Another part's plan, another specialty's.
    expect(problem(['lis1-clinical-2020', 'fkm-lis23-2026'], 'LIS1', '2026-01-15')).toMatchObject({
      reason: 'other_part',
      part: 'LIS2/3',
      phase: 'LIS1',
    });
    expect(
      problem(['lis3-allmennmedisin-2019', 'fkm-lis23-2026'], 'LIS3', '2026-03-01', 'indremedisin'),
    ).toEqual({
      reason: 'other_specialty',
      plan: 'LIS3 allmennmedisin, ALM (demo, utdrag)',
      specialty: 'allmennmedisin',
    });
    // Not in force yet, for a LIS who started before it: a version from the future is not chosen today.
    const future = new CatalogSet([
      ...DEMO_CATALOGS,
      {
        ...DEMO_CATALOGS.find((c) => c.id === 'fkm-lis1-2025')!,
        id: 'fkm-lis1-2027',
        effectiveFrom: '2027-03-01',
      },
    ]);
    expect(
      future.planProblem(['lis1-clinical-2020', 'fkm-lis1-2027'], 'LIS1', '2026-01-15', '2026-11-26'),
    ).toMatchObject({
      reason: 'not_yet',
      from: '2027-03-01',
    });
    // For a LIS who starts the part after it takes force, it is theirs.
    expect(
      future.planProblem(['lis1-clinical-2020', 'fkm-lis1-2027'], 'LIS1', '2027-04-01', '2026-11-26'),
    ).toBeUndefined();
  });

  it('pins a LIS to the versions in force the day they started the part: before a revision, the older one', () => {
    expect(ids(set.defaultsFor('LIS1', '2026-01-15'))).toEqual(['fkm-lis1-2025', 'lis1-clinical-2020']);
    expect(ids(set.defaultsFor('LIS1', '2025-08-31'))).toEqual(['fkm-lis1-2019', 'lis1-clinical-2020']);
    expect(ids(set.defaultsFor('LIS1', '2025-09-01'))).toEqual(['fkm-lis1-2025', 'lis1-clinical-2020']);
    expect(ids(set.defaultsFor('LIS3', '2026-01-15', 'allmennmedisin'))).toEqual([
      'fkm-lis23-2019',
      'lis3-allmennmedisin-2019',
    ]);
    expect(ids(set.defaultsFor('LIS3', '2026-03-01', 'allmennmedisin'))).toEqual([
      'fkm-lis23-2026',
      'lis3-allmennmedisin-2019',
    ]);
    // However the specialty is typed (case, spaces, in English), and whatever case the plan names it in.
    for (const typed of ['Allmennmedisin', ' allmennmedisin  ', 'General practice'])
      expect(ids(set.defaultsFor('LIS3', '2026-03-01', typed))).toContain('lis3-allmennmedisin-2019');
    const shouting = new CatalogSet([
      { ...DEMO_CATALOGS.find((c) => c.id === 'lis3-allmennmedisin-2019')!, specialty: 'ALLMENNMEDISIN' },
    ]);
    expect(ids(shouting.defaultsFor('LIS3', '2026-03-01', 'allmennmedisin'))).toEqual([
      'lis3-allmennmedisin-2019',
    ]);
    // Another specialty gets the FKM plan, not general practice's own.
    expect(ids(set.defaultsFor('LIS2', '2026-04-01', 'indremedisin'))).toEqual(['fkm-lis23-2026']);
  });

  it('keeps a specialty as its Norwegian name in lower case, and knows general practice by it', () => {
    expect(specialtyName('  Allmennmedisin ')).toBe('allmennmedisin');
    expect(specialtyName('Øre-nese-hals\tsykdommer')).toBe('øre-nese-hals sykdommer');
    expect(specialtyName('Occupational medicine')).toBe('arbeidsmedisin');
    expect(specialtyName('  ')).toBeUndefined();
    expect(inGeneralPractice({ phase: 'LIS3', specialty: 'Allmennmedisin' })).toBe(true);
    expect(inGeneralPractice({ phase: 'LIS2', specialty: 'allmennmedisin' })).toBe(false);
    expect(inGeneralPractice({ phase: 'LIS3', specialty: 'samfunnsmedisin' })).toBe(false);
    expect(inGeneralPractice({ phase: 'LIS3' })).toBe(false);
  });

  it('finds a goal as a person types its id, padded or not', () => {
    expect(set.typed('lis1-clinical-2020', 'del1-42')?.id).toBe('DEL1-042');
    expect(set.typed('fkm-lis23-2019', 'LM-075')?.id).toBe('LM-75');
    expect(set.typed('fkm-lis23-2019', 'LM-76')).toBeUndefined();
    expect(set.typed('lis1-clinical-2020', 'not an id')).toBeUndefined();
  });

  it('refuses the same catalog twice', () => {
    expect(() => new CatalogSet([...DEMO_CATALOGS, DEMO_CATALOGS[0] as never])).toThrow(/loaded twice/);
  });
});
