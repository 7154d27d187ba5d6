import type { Arena } from './catalog';
import { daysBetween } from './dates';
import type { ServicePeriod, TraineeProfile } from './model';
import { fail, ok, type Result } from './result';

/**
 * Service as periods with a place (DOMAIN, "Service"): the current period (`service`, from the
 * registration) and the earlier ones the employer has entered (`earlier`). LIS1 is two parts:
 * 12 months in hospital, psychiatry included where served, then 6 months in the municipality, each
 * lengthened by part-time (spesialistforskriften § 31; Helsedirektoratet's LIS1 pages).
 */
export const LIS1_PART_DAYS: Record<'hospital' | 'municipality', number> = {
  hospital: 365,
  municipality: 182,
};

export type Profile = Pick<
  TraineeProfile,
  'phase' | 'part' | 'employer' | 'service' | 'earlier' | 'psychiatry'
>;

/** Where the current period is served: the part for a LIS1, else the employer's kind. */
export const currentPlace = (p: Profile): Arena =>
  p.phase === 'LIS1' ? (p.part ?? 'hospital') : p.employer.kind === 'hospital' ? 'hospital' : 'municipality';

/** Every period, earliest first, each with its place; the current one marked. */
export function periodsOf(p: Profile): (ServicePeriod & { place: Arena; current: boolean })[] {
  const earlier = (p.earlier ?? []).map((x) => ({ ...x, place: x.place ?? 'hospital', current: false }));
  const now = p.service ? [{ ...p.service, place: p.service.place ?? currentPlace(p), current: true }] : [];
  return [...earlier, ...now].sort((a, b) => a.start.localeCompare(b.start));
}

/** LIS1: the periods of the part running now (the hospital part counts its psychiatry periods). */
export function partPeriods(p: Profile): ReturnType<typeof periodsOf> {
  const municipal = currentPlace(p) === 'municipality';
  return periodsOf(p).filter((x) => (x.place === 'municipality') === municipal);
}

/** Days served in full-time equivalents: calendar days × percentage. */
const fte = (x: ServicePeriod) => ((daysBetween(x.start, x.end) + 1) * x.percent) / 100;

/**
 * LIS1: each part's full-time days against what it needs (the hospital part counts psychiatry):
 * `days` served up to `today`, `planned` when every period has ended (more while one runs);
 * `psychiatry` when the hospital part has a period there (only then does its name mention it).
 */
export function lis1Parts(
  p: Profile,
  today: string,
): {
  part: 'hospital' | 'municipality';
  days: number;
  planned: number;
  needed: number;
  psychiatry?: true;
}[] {
  if (p.phase !== 'LIS1') return [];
  const periods = periodsOf(p);
  const psychiatry = periods.some((x) => x.place === 'psychiatry');
  const sum = (part: 'hospital' | 'municipality', until?: string) =>
    Math.round(
      periods
        .filter((x) => (part === 'hospital' ? x.place !== 'municipality' : x.place === 'municipality'))
        .filter((x) => !until || x.start <= until)
        .reduce((n, x) => n + fte(until && x.end > until ? { ...x, end: until } : x), 0),
    );
  return (['hospital', 'municipality'] as const).map((part) => ({
    part,
    days: sum(part, today),
    planned: sum(part),
    needed: LIS1_PART_DAYS[part],
    ...(part === 'hospital' && psychiatry ? { psychiatry: true as const } : {}),
  }));
}

/**
 * Whether the LIS serves (or served) in psychiatry: a period there says so; otherwise what was
 * answered at registration (unset: counted, as before it was asked).
 */
export const servesPsychiatry = (p: Profile): boolean =>
  periodsOf(p).some((x) => x.place === 'psychiatry') || p.psychiatry !== false;

export type PeriodError = 'bad_period' | 'period_overlap' | 'period_after_current' | 'no_such_period';

/** The employer enters an earlier period: it ends before the current one starts and overlaps no other. */
export function addPeriod(
  p: TraineeProfile,
  period: ServicePeriod,
): Result<{ profile: TraineeProfile }, PeriodError> {
  if (period.end < period.start || period.percent < 1 || period.percent > 100) return fail('bad_period');
  if (p.service && period.end >= p.service.start) return fail('period_after_current');
  if ((p.earlier ?? []).some((x) => x.start <= period.end && period.start <= x.end))
    return fail('period_overlap');
  const earlier = [...(p.earlier ?? []), period].sort((a, b) => a.start.localeCompare(b.start));
  return ok({ profile: { ...p, earlier } });
}

/** A correction: an earlier period entered by mistake is removed (the audit event keeps what it was). */
export function removePeriod(
  p: TraineeProfile,
  start: string,
): Result<{ profile: TraineeProfile; removed: ServicePeriod }, PeriodError> {
  const removed = (p.earlier ?? []).find((x) => x.start === start);
  if (!removed) return fail('no_such_period');
  return ok({ profile: { ...p, earlier: (p.earlier ?? []).filter((x) => x !== removed) }, removed });
}
