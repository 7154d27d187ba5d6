import type { Arena } from './catalog';
import { addDays, daysBetween } from './dates';
import type { AbsencePeriod, TraineeProfile } from './model';
import { fail, ok, type Result } from './result';
import { lis1PartDays, partPeriods, periodsOf, type Profile as ServiceProfile } from './service';

/**
 * LIS1: absence may be at most 10 % of the service time; above it the service is extended
 * (resttjeneste), computed by the employer. Holiday counts as absence since 1 March 2019; course
 * days count as service; part-time shortens the counted time (spesialistforskriften § 31).
 * Source: Helsedirektoratet, "Fravær" (LIS1),
 * https://www.helsedirektoratet.no/tema/autorisasjon-og-spesialistutdanning/spesialistutdanning-for-leger/lis1/fravaer
 */
export const ABSENCE_LIMIT_PERCENT = 10;
/**
 * The early warning: at 8 % the LIS and the leader are told. In a six-month municipal period
 * (about 182 days) that leaves 3–4 days of margin: enough to move a planned holiday or a course
 * before the limit is passed, not so early that ordinary holiday raises an alarm.
 */
export const ABSENCE_WARN_PERCENT = 8;
/** One entry covers at most a year; longer leave is entered period by period. */
export const ABSENCE_ENTRY_MAX_DAYS = 366;

export type AbsenceLevel = 'ok' | 'warn' | 'over';

export interface AbsenceFigures {
  /** Calendar days of absence inside the service period (overlapping entries counted once). */
  days: number;
  serviceDays: number;
  percent: number;
  /** LIS1 only: the limit, the days it allows, and the extra service owed above it. */
  limit?: number;
  limitDays?: number;
  level: AbsenceLevel;
  /** Calendar days the service must be extended by (resttjeneste), at the period's own percentage. */
  owedDays: number;
}

/** The days of each entry inside the period, overlapping entries merged so no day counts twice. */
function absentDays(absence: readonly AbsencePeriod[], start: string, end: string): number {
  const spans = absence
    .map((a) => ({ from: a.from > start ? a.from : start, to: a.to < end ? a.to : end }))
    .filter((s) => s.from <= s.to)
    .sort((x, y) => x.from.localeCompare(y.from));
  let days = 0;
  let until = '';
  for (const s of spans) {
    const from = until && s.from <= until ? addDays(until, 1) : s.from;
    if (from <= s.to) days += daysBetween(from, s.to) + 1;
    if (s.to > until) until = s.to;
  }
  return days;
}

/**
 * Absence against the service the rule measures it by. LIS1: the whole current part (the hospital
 * part's hospital and psychiatry periods together, or the municipal part), so a split hospital year is
 * one base; otherwise the current period. The share is of calendar days; a part-time position's
 * period is already longer (see `serviceShortfall`), so the share is the same as in full-time
 * equivalents, and the days owed above the limit are calendar days at the same percentage.
 */
export function absenceFigures(
  profile: Pick<TraineeProfile, 'absence'> & ServiceProfile,
): AbsenceFigures | undefined {
  const svc = profile.service;
  if (!svc) return undefined;
  const periods = profile.phase === 'LIS1' ? partPeriods(profile) : [{ start: svc.start, end: svc.end }];
  const serviceDays = periods.reduce((n, x) => n + daysBetween(x.start, x.end) + 1, 0);
  if (serviceDays <= 0) return undefined;
  const days = periods.reduce((n, x) => n + absentDays(profile.absence, x.start, x.end), 0);
  const percent = Math.round((days / serviceDays) * 1000) / 10;
  if (profile.phase !== 'LIS1') return { days, serviceDays, percent, level: 'ok', owedDays: 0 };
  const limitDays = Math.floor((serviceDays * ABSENCE_LIMIT_PERCENT) / 100);
  const owedDays = Math.max(0, days - limitDays);
  const level: AbsenceLevel =
    days > limitDays ? 'over' : (days / serviceDays) * 100 >= ABSENCE_WARN_PERCENT ? 'warn' : 'ok';
  return { days, serviceDays, percent, limit: ABSENCE_LIMIT_PERCENT, limitDays, level, owedDays };
}

/** Absence per period (the figure is each period's own share, as the employer confirms it per period). */
export function periodAbsence(
  profile: Pick<TraineeProfile, 'absence'> & ServiceProfile,
): { start: string; end: string; place: Arena; current: boolean; days: number; percent: number }[] {
  return periodsOf(profile).map((x) => {
    const days = absentDays(profile.absence, x.start, x.end);
    const serviceDays = daysBetween(x.start, x.end) + 1;
    return {
      start: x.start,
      end: x.end,
      place: x.place,
      current: x.current,
      days,
      percent: Math.round((days / serviceDays) * 1000) / 10,
    };
  });
}

/**
 * How many calendar days, at the current period's percentage, the LIS1 part running now is shorter
 * than it needs: all its periods together (a hospital year split with psychiatry is one part), in
 * full-time days, against its months (part-time lengthens it: 6 months at 80 % is 7.5 months); 0 when
 * it is long enough.
 */
export function serviceShortfall(profile: ServiceProfile): number {
  const svc = profile.service;
  if (profile.phase !== 'LIS1' || !profile.part || !svc || svc.percent <= 0) return 0;
  const periods = partPeriods(profile);
  const planned = periods.reduce((n, x) => n + ((daysBetween(x.start, x.end) + 1) * x.percent) / 100, 0);
  const short = lis1PartDays(profile.part, periods[0]?.start) - planned;
  // (Not rounded before this: 36.2 full-time days at 80 % are 46 calendar days, not 45.)
  return short > 0 ? Math.ceil((short * 100) / svc.percent - 1e-9) : 0;
}

export type AbsenceError =
  | 'bad_period'
  | 'outside_service'
  | 'absence_too_long'
  | 'absence_overlap'
  | 'no_service';

/** The leader enters one absence: inside the service period, not overlapping one already entered. */
export function recordAbsence(
  profile: TraineeProfile,
  entry: Pick<AbsencePeriod, 'from' | 'to' | 'reason'>,
  by: string,
  now: string,
): Result<
  { profile: TraineeProfile; before: AbsenceFigures | undefined; after: AbsenceFigures | undefined },
  AbsenceError
> {
  const svc = profile.service;
  if (!svc) return fail('no_service');
  if (entry.to < entry.from) return fail('bad_period');
  // Per period: the current one or an earlier one the employer entered.
  if (!periodsOf(profile).some((x) => entry.from <= x.end && x.start <= entry.to))
    return fail('outside_service');
  if (daysBetween(entry.from, entry.to) + 1 > ABSENCE_ENTRY_MAX_DAYS) return fail('absence_too_long');
  if (profile.absence.some((a) => a.from <= entry.to && entry.from <= a.to)) return fail('absence_overlap');
  const next: TraineeProfile = {
    ...profile,
    absence: [...profile.absence, { ...entry, recordedBy: by, recordedAt: now }].sort((x, y) =>
      x.from.localeCompare(y.from),
    ),
  };
  return ok({ profile: next, before: absenceFigures(profile), after: absenceFigures(next) });
}

/** A correction: the leader removes an absence entered by mistake (the audit event keeps what it was). */
export function removeAbsence(
  profile: TraineeProfile,
  from: string,
): Result<
  {
    profile: TraineeProfile;
    removed: AbsencePeriod;
    before: AbsenceFigures | undefined;
    after: AbsenceFigures | undefined;
  },
  'no_such_absence'
> {
  const removed = profile.absence.find((a) => a.from === from);
  if (!removed) return fail('no_such_absence');
  const next = { ...profile, absence: profile.absence.filter((a) => a !== removed) };
  return ok({ profile: next, removed, before: absenceFigures(profile), after: absenceFigures(next) });
}
