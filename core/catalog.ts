import { z } from 'zod';
import fkmLis1 from './catalogs/fkm-lis1-2025.json';
import lis1Clinical from './catalogs/lis1-clinical-2020.json';
import lis3Gp from './catalogs/lis3-allmennmedisin-2019.json';

/** Where a goal is finally approved. */
export const ARENAS = ['hospital', 'municipality', 'psychiatry'] as const;
export const arenaSchema = z.enum(ARENAS);
export type Arena = z.infer<typeof arenaSchema>;

export const PHASES = ['LIS1', 'LIS2', 'LIS3'] as const;
export const phaseSchema = z.enum(PHASES);
export type Phase = z.infer<typeof phaseSchema>;

/** A calendar date, `YYYY-MM-DD`, that exists. */
export const isoDateSchema = z.iso.date();

export const goalSchema = z.strictObject({
  id: z
    .string()
    .regex(
      /^[A-Z][A-Z0-9]{0,9}-\d{3}$/,
      'expected an id such as DEL1-001 (capital letters, a dash, three digits)',
    ),
  title: z.string().trim().min(1).max(120),
  arena: arenaSchema,
  theme: z.string().trim().min(1).max(60),
  phase: phaseSchema,
  /** Started in the hospital year, finished and approved once in the municipality. */
  crossLevel: z.boolean(),
});
export type Goal = z.infer<typeof goalSchema>;

export const catalogSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'expected a lower-case slug such as lis1-clinical-2020'),
    name: z.string().trim().min(1).max(120),
    kind: z.enum(['clinical', 'fkm']),
    phase: phaseSchema,
    specialty: z.string().trim().min(1).max(60).optional(),
    version: z.string().trim().min(1).max(40),
    effectiveFrom: isoDateSchema,
    effectiveTo: isoDateSchema.nullable(),
    /** Demo catalogs follow the official id scheme, but their titles are our own. */
    demo: z.boolean(),
    source: z.string().trim().min(1).max(400),
    goals: z.array(goalSchema).min(1).max(1000),
  })
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.goals.forEach((g, i) => {
      if (seen.has(g.id))
        ctx.addIssue({ code: 'custom', path: ['goals', i, 'id'], message: `duplicate goal id ${g.id}` });
      seen.add(g.id);
    });
    if (c.effectiveTo !== null && c.effectiveTo < c.effectiveFrom) {
      ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: 'effectiveTo is before effectiveFrom' });
    }
  });
export type Catalog = z.infer<typeof catalogSchema>;

/** The demo catalogs shipped with the app (validated once, at load). */
export const DEMO_CATALOGS: readonly Catalog[] = [lis1Clinical, fkmLis1, lis3Gp].map((c) =>
  catalogSchema.parse(c),
);

/** A read-only index of catalogs by id, with goal look-up. */
export class CatalogSet {
  private readonly byId = new Map<string, Catalog>();
  private readonly goals = new Map<string, Map<string, Goal>>();

  constructor(catalogs: readonly Catalog[]) {
    for (const c of catalogs) {
      if (this.byId.has(c.id)) throw new Error(`catalog ${c.id} is loaded twice`);
      this.byId.set(c.id, c);
      this.goals.set(c.id, new Map(c.goals.map((g) => [g.id, g])));
    }
  }

  all(): Catalog[] {
    return [...this.byId.values()];
  }

  get(catalogId: string): Catalog | undefined {
    return this.byId.get(catalogId);
  }

  goal(catalogId: string, goalId: string): Goal | undefined {
    return this.goals.get(catalogId)?.get(goalId);
  }

  /** The catalogs a LIS of this phase follows at a start date: the newest in force for each kind. */
  defaultsFor(phase: Phase, startDate: string, specialty?: string): Catalog[] {
    const chosen = new Map<string, Catalog>();
    for (const c of this.byId.values()) {
      if (c.phase !== phase) continue;
      if (specialty && c.specialty && c.specialty !== specialty) continue;
      if (c.effectiveFrom > startDate || (c.effectiveTo !== null && c.effectiveTo < startDate)) continue;
      const prev = chosen.get(c.kind);
      if (!prev || prev.effectiveFrom < c.effectiveFrom) chosen.set(c.kind, c);
    }
    return [...chosen.values()];
  }
}
