import { z } from 'zod';
import fkmLis1Before from './catalogs/fkm-lis1-2019.json';
import fkmLis1 from './catalogs/fkm-lis1-2025.json';
import fkmLis23Before from './catalogs/fkm-lis23-2019.json';
import fkmLis23 from './catalogs/fkm-lis23-2026.json';
import lis1Clinical from './catalogs/lis1-clinical-2020.json';
import lis3Gp from './catalogs/lis3-allmennmedisin-2019.json';
import type { GoalRef } from './model';
import { CATALOG_ID_PATTERN, GOAL_ID_PATTERN } from './refs';

/** Where a goal is finally approved. */
export const ARENAS = ['hospital', 'municipality', 'psychiatry'] as const;
export const arenaSchema = z.enum(ARENAS);
export type Arena = z.infer<typeof arenaSchema>;

export const PHASES = ['LIS1', 'LIS2', 'LIS3'] as const;
export const phaseSchema = z.enum(PHASES);
export type Phase = z.infer<typeof phaseSchema>;

/** A calendar date, `YYYY-MM-DD`, that exists. */
export const isoDateSchema = z.iso.date();

/** The parts of the training a catalog is for: LIS1, or the specialty (LIS2 and LIS3 follow one plan). */
export const PARTS = ['LIS1', 'LIS2/3'] as const;
export const partSchema = z.enum(PARTS);
export type Part = z.infer<typeof partSchema>;
export const partOf = (phase: Phase): Part => (phase === 'LIS1' ? 'LIS1' : 'LIS2/3');

/**
 * A specialty as the app keeps it: its Norwegian name in lower case, as written in a sentence
 * ("LIS3, allmennmedisin"), whatever the case or spacing typed, and the English names a LIS using
 * the app in English would type. Plans and rules are matched on this, never on the raw text.
 */
const SPECIALTY_SYNONYMS: Record<string, string> = {
  'general practice': 'allmennmedisin',
  'family medicine': 'allmennmedisin',
  'community medicine': 'samfunnsmedisin',
  'public health': 'samfunnsmedisin',
  'occupational medicine': 'arbeidsmedisin',
};
export const SPECIALTY_MAX = 60;
export function specialtyName(raw: string | undefined): string | undefined {
  const s = (raw ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('nb-NO');
  return s ? (SPECIALTY_SYNONYMS[s] ?? s) : undefined;
}

/**
 * A LIS2/3 who follows no clinical plan (their specialty's is not in the app): only the common goals
 * count, and "what is left?" must say so. The specialty as kept, or `undefined` when a plan is followed.
 */
export function missingSpecialtyPlan(
  p: { phase: Phase; specialty?: string | undefined; catalogIds: readonly string[] },
  catalogs: Pick<CatalogSet, 'get'>,
): string | undefined {
  if (p.phase === 'LIS1' || p.catalogIds.some((id) => catalogs.get(id)?.kind === 'clinical'))
    return undefined;
  return p.specialty ?? '';
}

/** LIS3 in general practice: the service requirements and group veiledning of alis.no apply. */
export const inGeneralPractice = (p: { phase: Phase; specialty?: string | undefined }): boolean =>
  p.phase === 'LIS3' && specialtyName(p.specialty) === 'allmennmedisin';

/** The same goal however its number is padded: DEL1-12 is DEL1-012, LM-075 is LM-75. */
export const goalIdKey = (id: string): string => {
  const dash = id.lastIndexOf('-');
  return `${id.slice(0, dash).toUpperCase()}-${Number(id.slice(dash + 1))}`;
};

export const goalSchema = z.strictObject({
  id: z
    .string()
    .regex(GOAL_ID_PATTERN, 'expected an id such as DEL1-001 or LM-75 (capital letters, a dash, a number)'),
  /** A short title for cards and lists. */
  title: z.string().trim().min(1).max(120),
  /** The plan's own wording, when it is longer than the title (official texts often are). */
  text: z.string().trim().min(1).max(2000).optional(),
  arena: arenaSchema,
  theme: z.string().trim().min(1).max(60),
  /** Older files name the phase per goal; the catalog's part says it now. */
  phase: phaseSchema.optional(),
  /** Started in the hospital year, finished and approved once in the municipality. */
  crossLevel: z.boolean(),
});
export type Goal = z.infer<typeof goalSchema>;

/** Files written before catalogs named their part had `phase`: read as the part it belongs to. */
const legacyPart = (v: unknown): unknown => {
  if (!v || typeof v !== 'object' || 'part' in v || !('phase' in v)) return v;
  const { phase, ...rest } = v as { phase: unknown };
  return { ...rest, part: phase === 'LIS1' ? 'LIS1' : 'LIS2/3' };
};

export const catalogSchema = z.preprocess(
  legacyPart,
  z
    .strictObject({
      id: z.string().regex(CATALOG_ID_PATTERN, 'expected a lower-case slug such as lis1-clinical-2020'),
      name: z.string().trim().min(1).max(120),
      kind: z.enum(['clinical', 'fkm']),
      part: partSchema,
      /** For a specialty's own plan (LIS3 allmennmedisin); FKM and LIS1 plans have none. */
      specialty: z.string().trim().min(1).max(60).optional(),
      version: z.string().trim().min(1).max(40),
      effectiveFrom: isoDateSchema,
      effectiveTo: isoDateSchema.nullable(),
      /** Demo catalogs follow the official id scheme, but their titles are our own. */
      demo: z.boolean(),
      source: z.string().trim().min(1).max(1000),
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
        ctx.addIssue({
          code: 'custom',
          path: ['effectiveTo'],
          message: 'effectiveTo is before effectiveFrom',
        });
      }
    }),
);
export type Catalog = z.infer<typeof catalogSchema>;

/** The demo catalogs shipped with the app (validated once, at load). */
export const DEMO_CATALOGS: readonly Catalog[] = [
  lis1Clinical,
  fkmLis1,
  fkmLis1Before,
  lis3Gp,
  fkmLis23,
  fkmLis23Before,
].map((c) => catalogSchema.parse(c));

/** "LIS1", "LIS2/3", "LIS3 allmennmedisin": the part a catalog is for, as a coordinator says it. */
export const partLabel = (c: Pick<Catalog, 'part' | 'specialty'>): string =>
  c.specialty ? `LIS3 ${c.specialty}` : c.part;

/** Why a set of plans is not one a LIS can follow, with the facts the refusal names. */
export type PlanProblem =
  | { reason: 'other_part'; plan: string; part: string; phase: string }
  | { reason: 'other_specialty'; plan: string; specialty: string }
  | { reason: 'ended'; plan: string; to: string; from: string }
  | { reason: 'not_yet'; plan: string; from: string }
  | { reason: 'two_versions'; plan: string; other: string };

/** A read-only index of catalogs by id, with goal look-up. */
export class CatalogSet {
  private readonly byId = new Map<string, Catalog>();
  private readonly goals = new Map<string, Map<string, Goal>>();
  private readonly byKey = new Map<string, Map<string, Goal>>();

  constructor(catalogs: readonly Catalog[]) {
    for (const c of catalogs) {
      if (this.byId.has(c.id)) throw new Error(`catalog ${c.id} is loaded twice`);
      this.byId.set(c.id, c);
      this.goals.set(c.id, new Map(c.goals.map((g) => [g.id, g])));
      this.byKey.set(c.id, new Map(c.goals.map((g) => [goalIdKey(g.id), g])));
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

  /**
   * A goal ID to give as an example to someone following these plans: DEL1-042 for a LIS1, an ALM
   * one for a LIS3 in general practice (the first plan's 42nd goal, or its last).
   */
  exampleId(catalogIds: readonly string[]): string {
    const goals = catalogIds.map((id) => this.get(id)?.goals ?? []).find((g) => g.length > 0);
    return goals?.[Math.min(41, goals.length - 1)]?.id ?? 'DEL1-042';
  }

  /** Whether some plan has a goal with this id as a person typed it ("del1-12", "LM-075"). */
  knows(typedId: string): boolean {
    if (!GOAL_ID_PATTERN.test(typedId.toUpperCase())) return false;
    const key = goalIdKey(typedId);
    for (const goals of this.byKey.values()) if (goals.has(key)) return true;
    return false;
  }

  /** A goal as a person typed its id ("del1-12", "LM-075"): the catalog's own id, padded its way. */
  typed(catalogId: string, typedId: string): Goal | undefined {
    return GOAL_ID_PATTERN.test(typedId.toUpperCase())
      ? this.byKey.get(catalogId)?.get(goalIdKey(typedId))
      : undefined;
  }

  /** Whether a goal is in one of these plans (a LIS's): the plan is followed, and has the goal. */
  followed(catalogIds: readonly string[], ref: GoalRef): boolean {
    return catalogIds.includes(ref.catalogId) && !!this.goal(ref.catalogId, ref.goalId);
  }

  /** A goal as typed, in the first of these plans (a LIS's) that has it: where it is, with the plan's own id. */
  inPlans(catalogIds: readonly string[], typedId: string): GoalRef | undefined {
    for (const catalogId of catalogIds) {
      const goal = this.typed(catalogId, typedId);
      if (goal) return { catalogId, goalId: goal.id };
    }
    return undefined;
  }

  /**
   * Why a LIS in this phase, who started this part on `partStart`, cannot follow these plans (none:
   * they can). Each LIS follows one version of each plan: the one in force when they started the
   * part, or a newer one they were moved over to; only their part's plans, and only their specialty's.
   */
  planProblem(
    ids: readonly string[],
    phase: Phase,
    partStart: string,
    today: string,
    specialty?: string,
  ): PlanProblem | undefined {
    const seen = new Map<string, Catalog>();
    for (const c of ids.map((id) => this.byId.get(id)).filter((c): c is Catalog => c !== undefined)) {
      if (c.part !== partOf(phase))
        return { reason: 'other_part', plan: c.name, part: partLabel(c), phase: partOf(phase) };
      if (c.specialty && specialtyName(c.specialty) !== specialtyName(specialty))
        return { reason: 'other_specialty', plan: c.name, specialty: c.specialty };
      if (c.effectiveTo !== null && c.effectiveTo < partStart)
        return { reason: 'ended', plan: c.name, to: c.effectiveTo, from: partStart };
      if (c.effectiveFrom > (partStart > today ? partStart : today))
        return { reason: 'not_yet', plan: c.name, from: c.effectiveFrom };
      const key = `${c.kind}|${c.part}|${specialtyName(c.specialty) ?? ''}`;
      const other = seen.get(key);
      if (other) return { reason: 'two_versions', plan: other.name, other: c.name };
      seen.set(key, c);
    }
    return undefined;
  }

  /**
   * The catalogs a LIS of this phase follows: for each kind, the newest version in force on the day
   * the LIS started this part of the training (`partStart`: for LIS1 the LIS1 start, not the start of
   * the municipal period). A LIS who started before a revision keeps the older version.
   */
  defaultsFor(phase: Phase, partStart: string, specialty?: string): Catalog[] {
    const chosen = new Map<string, Catalog>();
    const part = partOf(phase);
    for (const c of this.byId.values()) {
      if (c.part !== part) continue;
      // A specialty's own plan only for that specialty; FKM for every specialty.
      if (c.specialty && specialtyName(c.specialty) !== specialtyName(specialty)) continue;
      if (c.effectiveFrom > partStart || (c.effectiveTo !== null && c.effectiveTo < partStart)) continue;
      const prev = chosen.get(c.kind);
      if (!prev || prev.effectiveFrom < c.effectiveFrom) chosen.set(c.kind, c);
    }
    return [...chosen.values()];
  }
}
