import { absenceFigures } from './absence';
import type { CatalogSet } from './catalog';
import { daysBetween, norwayDate, overlapDays } from './dates';
import type { AbsencePeriod, GoalSummary, TraineeProfile } from './model';

/**
 * A period ending within this many days is "finishing": its confirmation is the one to hand over.
 * Earlier the leader may still draw one (a LIS leaving early, a check on the way), marked interim.
 */
export const CONFIRM_BEFORE_END_DAYS = 28;

/**
 * What Helsedirektoratet's form "Bekreftelse på gjennomført tjeneste" asks for a LIS1 period:
 * the person, the employer, the period, position and percentage, absence; and the goals approved
 * in the period. A draft for the official form, never the form itself.
 */
export interface ServiceConfirmation {
  person: { name: string; phase: string };
  employer: { name: string; kind: string };
  period: { start: string; end: string; part?: string; ended: boolean; interim: boolean; asOf: string };
  position: string;
  percent: number;
  absence: {
    days: number;
    percent: number;
    limit?: number;
    owedDays: number;
    byKind: { kind: AbsencePeriod['reason']; days: number }[];
  };
  goals: { catalog: string; goalId: string; title: string; approvedAt: string }[];
  /** Approved earlier elsewhere and recorded here: listed apart, not as approved in this period. */
  earlier: number;
}

export type ConfirmationError = 'no_service';

/** Goal ids by number, as the plans list them: LM-2 before LM-10. */
const ORDER = new Intl.Collator('nb', { numeric: true });

/** The confirmation of a finished or finishing period (pure: the caller reads the data). */
export function serviceConfirmation(
  profile: TraineeProfile,
  goals: readonly GoalSummary[],
  catalogs: CatalogSet,
  today: string,
): { ok: true; value: ServiceConfirmation } | { ok: false; error: ConfirmationError } {
  const svc = profile.service;
  if (!svc) return { ok: false, error: 'no_service' };
  const interim = daysBetween(today, svc.end) > CONFIRM_BEFORE_END_DAYS;
  const a = absenceFigures(profile);
  const byKind = new Map<AbsencePeriod['reason'], number>();
  for (const p of profile.absence) {
    const days = overlapDays(p.from, p.to, svc.start, svc.end);
    if (days > 0) byKind.set(p.reason, (byKind.get(p.reason) ?? 0) + days);
  }
  const inPeriod = goals.filter(
    (g) =>
      g.status === 'approved' &&
      !g.prior &&
      g.approvedAt &&
      norwayDate(g.approvedAt) >= svc.start &&
      norwayDate(g.approvedAt) <= svc.end,
  );
  return {
    ok: true,
    value: {
      person: { name: profile.name, phase: profile.phase },
      employer: { name: profile.employer.name, kind: profile.employer.kind },
      period: {
        start: svc.start,
        end: svc.end,
        ...(profile.part ? { part: profile.part } : {}),
        ended: today > svc.end,
        interim,
        asOf: today,
      },
      position: svc.position,
      percent: svc.percent,
      absence: {
        days: a?.days ?? 0,
        percent: a?.percent ?? 0,
        ...(a?.limit !== undefined ? { limit: a.limit } : {}),
        owedDays: a?.owedDays ?? 0,
        byKind: [...byKind.entries()].map(([kind, days]) => ({ kind, days })),
      },
      goals: inPeriod
        .map((g) => ({
          catalog: catalogs.get(g.catalogId)?.name ?? g.catalogId,
          goalId: g.goalId,
          title: catalogs.goal(g.catalogId, g.goalId)?.title ?? '',
          approvedAt: g.approvedAt ?? '',
        }))
        // By number, as the plans list them: LM-2 before LM-10 (FKM 2019 numbers LM-1 to LM-75).
        .sort((x, y) => x.catalog.localeCompare(y.catalog, 'nb') || ORDER.compare(x.goalId, y.goalId)),
      earlier: goals.filter((g) => g.status === 'approved' && g.prior).length,
    },
  };
}
