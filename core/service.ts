import { type Arena, inGeneralPractice } from './catalog';
import { addDays, addMonths, daysBetween } from './dates';
import type { ServicePeriod, TraineeProfile } from './model';
import { fail, ok, type Result } from './result';

/**
 * Service as periods with a place (DOMAIN, "Service"): the current period (`service`, from the
 * registration) and the earlier ones the employer has entered (`earlier`). LIS1 is two parts:
 * 12 months in hospital, psychiatry included where served, then 6 months in the municipality, each
 * lengthened by part-time (spesialistforskriften § 31; Helsedirektoratet's LIS1 pages).
 */
export const LIS1_PART_MONTHS: Record<'hospital' | 'municipality', number> = {
  hospital: 12,
  municipality: 6,
};

/**
 * Full-time days a LIS1 part takes: its months counted from the day the part starts (a municipal
 * part from 1 September has 181 days, or 182 in a leap year; from 1 March 184), about 365 and 182
 * before the part has a period to count from.
 */
export function lis1PartDays(part: 'hospital' | 'municipality', start?: string): number {
  if (!start) return part === 'hospital' ? 365 : 182;
  return daysBetween(start, addMonths(start, LIS1_PART_MONTHS[part]));
}

export type Profile = Pick<
  TraineeProfile,
  'phase' | 'part' | 'employer' | 'service' | 'earlier' | 'psychiatry' | 'specialty'
>;

/**
 * LIS3 in general practice (DOMAIN, from alis.no): of the five years, at least 2 in open, unselected
 * general practice and 6 months in an institution, in full-time days.
 */
export const LIS3_GP_DAYS: Record<'general_practice' | 'institution', number> = {
  general_practice: 730,
  institution: 182,
};

/** What the service must hold: LIS1's two parts, or the general-practice LIS3's two requirements. */
export type ServicePartName = 'hospital' | 'municipality' | 'general_practice' | 'institution';
export interface ServicePart {
  part: ServicePartName;
  /** Full-time days served up to today. */
  days: number;
  /** Full-time days when every period entered has ended (more while one runs). */
  planned: number;
  needed: number;
  /** The hospital part has a period in psychiatry (only then does its name mention it). */
  psychiatry?: true;
}

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

/** Full-time days of the periods `counts` picks: served up to `until`, or all of them. */
function served(
  periods: ReturnType<typeof periodsOf>,
  counts: (x: ReturnType<typeof periodsOf>[number]) => boolean,
  until?: string,
): number {
  return Math.round(
    periods
      .filter(counts)
      .filter((x) => !until || x.start <= until)
      .reduce((n, x) => n + fte(until && x.end > until ? { ...x, end: until } : x), 0),
  );
}

/**
 * A LIS1 in the municipal half whose hospital year nobody entered here: served before (the municipal
 * half comes after it), so not known, not missing.
 */
export const hospitalYearNotEntered = (p: Pick<Profile, 'part'>, x: ServicePart): boolean =>
  x.part === 'hospital' && x.planned === 0 && p.part === 'municipality';

/**
 * What the service must hold, each against what it needs, `days` served up to `today` and `planned`
 * when every period has ended. LIS1: its two parts (the hospital part counts psychiatry). A LIS3 in
 * general practice: open, unselected general practice (the municipality's periods, unless one is
 * marked as an institution) and an institution (hospital, psychiatry, or a municipal one).
 * Others: none.
 */
export function serviceParts(p: Profile, today: string): ServicePart[] {
  const periods = periodsOf(p);
  if (p.phase === 'LIS1') {
    const psychiatry = periods.some((x) => x.place === 'psychiatry');
    return (['hospital', 'municipality'] as const).map((part) => {
      const counts = (x: { place: Arena }) =>
        part === 'hospital' ? x.place !== 'municipality' : x.place === 'municipality';
      return {
        part,
        days: served(periods, counts, today),
        planned: served(periods, counts),
        needed: lis1PartDays(part, periods.find(counts)?.start),
        ...(part === 'hospital' && psychiatry ? { psychiatry: true as const } : {}),
      };
    });
  }
  if (!inGeneralPractice(p)) return [];
  return (['general_practice', 'institution'] as const).map((part) => {
    const counts = (x: ServicePeriod & { place: Arena }) =>
      (x.place === 'municipality' && x.setting !== 'institution') === (part === 'general_practice');
    return {
      part,
      days: served(periods, counts, today),
      planned: served(periods, counts),
      needed: LIS3_GP_DAYS[part],
    };
  });
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

/**
 * The earlier periods once the LIS registers again: kept as the employer entered them. A new period
 * (it starts after the current one started: LIS1 moving on to the municipal part, say) makes the
 * current one an earlier period, with its place, ended the day before the new one starts if it was
 * to run longer; a correction of the current period (the same or an earlier start) moves nothing.
 */
export function earlierAfterRegistration(p: Profile | undefined, start: string): ServicePeriod[] {
  const kept = p?.earlier ?? [];
  const current = p?.service;
  if (!p || !current || start <= current.start) return kept;
  const end = current.end < start ? current.end : addDays(start, -1);
  const ended: ServicePeriod = { ...current, end, place: current.place ?? currentPlace(p) };
  if (kept.some((x) => x.start <= ended.end && ended.start <= x.end)) return kept;
  return [...kept, ended].sort((a, b) => a.start.localeCompare(b.start));
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
