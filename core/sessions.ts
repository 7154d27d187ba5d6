import { ACTIVITY_EARLIEST } from './activities';
import { inGeneralPractice } from './catalog';
import { daysBetween, isIsoDate, norwayDate, yearAhead } from './dates';
import type { AdvisorySession, GoalRef, TraineeProfile } from './model';
import { fail, ok, type Result } from './result';

export const SESSION_TOPICS_MAX = 500;
export const SESSION_TEXT_MAX = 4000;
/** An advisory session lasts from a quarter of an hour to a day. */
export const SESSION_HOURS_MAX = 8;
/**
 * LIS3 in general practice: individual veiledning through all five years, and group veiledning
 * for two years (one of them in open, unselected general practice), 120 hours in all.
 * Sources: ALIS, "Gjennomføring av spesialistutdanningen",
 * https://www.alis.no/alis-ordningen/gjennomforing-av-spesialistutdanningen; Legeforeningen,
 * "Deltakere i veiledningsgrupper for allmennmedisin" (two years, 120 hours in all).
 */
export const GROUP_HOURS_REQUIRED = 120;

/** Goals one session is about, at most. */
export const SESSION_GOALS_MAX = 20;

export type SessionError =
  | 'bad_session_date'
  | 'date_too_early'
  | 'session_too_far_ahead'
  | 'bad_hours'
  | 'topics_required'
  | 'text_too_long'
  | 'finalised'
  | 'not_held_yet'
  | 'minutes_required'
  | 'too_many_session_goals'
  | 'session_held'
  | 'session_cancelled';

/**
 * A session's day: a real date, not before the regulation (as for activities), and at most a year
 * ahead (a later one is a mistyped year, and would sit in every list as the "next" session).
 */
function sessionDateProblem(date: string, now: string): SessionError | undefined {
  if (!isIsoDate(date)) return 'bad_session_date';
  if (date < ACTIVITY_EARLIEST) return 'date_too_early';
  return date > sessionLatest(norwayDate(new Date(now))) ? 'session_too_far_ahead' : undefined;
}

/** The latest day a session may be set for: a year from today (the forms' date fields stop there too). */
export const sessionLatest = yearAhead;

export function scheduleSession(
  input: { date: string; form: AdvisorySession['form']; hours: number; topics: string; goals: GoalRef[] },
  ids: { id: string; traineeId: string; by: string },
  now: string,
): Result<AdvisorySession, SessionError> {
  const dateProblem = sessionDateProblem(input.date, now);
  if (dateProblem) return fail(dateProblem);
  if (!(input.hours > 0 && input.hours <= SESSION_HOURS_MAX)) return fail('bad_hours');
  const topics = input.topics.trim();
  if (!topics) return fail('topics_required');
  if (topics.length > SESSION_TOPICS_MAX) return fail('text_too_long');
  // More goals than a session can take is refused, not cut.
  if (input.goals.length > SESSION_GOALS_MAX) return fail('too_many_session_goals');
  return ok({
    kind: 'session',
    id: `session:${ids.id}`,
    traineeId: ids.traineeId,
    rev: 1,
    date: input.date,
    form: input.form,
    hours: input.hours,
    topics,
    goals: [...input.goals],
    createdBy: ids.by,
    createdAt: now,
  });
}

/** Why a session can no longer be moved or called off, or undefined when it can (the views offer it then). */
export function unmovable(
  s: Pick<AdvisorySession, 'cancelled' | 'finalisedAt' | 'minutes'>,
): 'session_cancelled' | 'finalised' | 'session_held' | undefined {
  if (s.cancelled) return 'session_cancelled';
  if (s.finalisedAt) return 'finalised';
  return s.minutes ? 'session_held' : undefined;
}

/**
 * A session not held yet, moved to another day (`date`) or called off (`cancel`): until the advisor
 * has written minutes, which say it was held. A day already past is allowed (it was held another
 * day than planned, and the minutes are still to come).
 */
export function rescheduleSession(
  s: AdvisorySession,
  change: { date: string } | { cancel: { aadObjectId: string; name: string } },
  now: string,
): Result<AdvisorySession, SessionError> {
  const not = unmovable(s);
  if (not) return fail(not);
  if ('date' in change) {
    const dateProblem = sessionDateProblem(change.date, now);
    if (dateProblem) return fail(dateProblem);
    return ok({ ...s, date: change.date, rev: s.rev + 1 });
  }
  return ok({
    ...s,
    cancelled: { by: change.cancel.aadObjectId, byName: change.cancel.name, at: now },
    rev: s.rev + 1,
  });
}

/** The LIS's preparation: written or rewritten until the minutes are finalised. */
export function prepareSession(
  s: AdvisorySession,
  text: string,
  now: string,
): Result<AdvisorySession, SessionError> {
  if (s.cancelled) return fail('session_cancelled');
  if (s.finalisedAt) return fail('finalised');
  const t = text.trim();
  if (t.length > SESSION_TEXT_MAX) return fail('text_too_long');
  const { preparation: _p, ...rest } = s;
  return ok({ ...rest, ...(t ? { preparation: { text: t, at: now } } : {}), rev: s.rev + 1 });
}

/**
 * The advisor's minutes: written after the session has been held (on or after its date), and
 * finalised when the advisor says so; from then on the session is read-only.
 */
export function writeMinutes(
  s: AdvisorySession,
  text: string,
  finalise: boolean,
  by: { aadObjectId: string; name: string },
  now: string,
): Result<AdvisorySession, SessionError> {
  if (s.cancelled) return fail('session_cancelled');
  if (s.finalisedAt) return fail('finalised');
  if (norwayDate(now) < s.date) return fail('not_held_yet');
  const t = text.trim();
  if (t.length > SESSION_TEXT_MAX) return fail('text_too_long');
  if (finalise && !t) return fail('minutes_required');
  return ok({
    ...s,
    ...(t ? { minutes: { text: t, by: by.aadObjectId, byName: by.name, at: now } } : {}),
    ...(finalise ? { finalisedAt: now } : {}),
    rev: s.rev + 1,
  });
}

/**
 * What someone may write in a session now, by what the policy lets them do: the LIS the preparation
 * until the minutes are finalised, the advisor the minutes once it has been held (as the rules above).
 */
export function writableIn(
  s: Pick<AdvisorySession, 'date' | 'finalisedAt'>,
  may: { prepare: boolean; minutes: boolean },
  today: string,
): 'preparation' | 'minutes' | undefined {
  if (s.finalisedAt) return undefined;
  if (may.prepare) return 'preparation';
  return may.minutes && s.date <= today ? 'minutes' : undefined;
}

/** Minutes not finalised: the advisor is reminded the first working day after, then weekly … */
export const MINUTES_REMIND_EVERY_DAYS = 7;
/** … for four weeks; after that the session stays labelled «referat ikke ferdigstilt», unreminded. */
export const MINUTES_REMIND_FOR_DAYS = 28;

/**
 * Whether the advisor is reminded today of a session's minutes: held before today (on the day
 * itself they may still be written in the afternoon), not finalised or called off, and not reminded
 * in the last week (a reminder from before the session was moved counts for nothing).
 */
export function minutesReminderDue(
  s: Pick<AdvisorySession, 'date' | 'finalisedAt' | 'cancelled' | 'remindedAt'>,
  today: string,
): boolean {
  if (s.finalisedAt || s.cancelled || s.date >= today) return false;
  if (daysBetween(s.date, today) > MINUTES_REMIND_FOR_DAYS) return false;
  const last = s.remindedAt ? norwayDate(s.remindedAt) : undefined;
  return !last || last <= s.date || daysBetween(last, today) >= MINUTES_REMIND_EVERY_DAYS;
}

export interface SessionCounts {
  individual: number;
  individualHours: number;
  groupHours: number;
  groupRequired?: number;
}

/** Group hours a LIS must have: set for LIS3 in general practice only. */
export const groupHoursRequired = (
  profile: Pick<TraineeProfile, 'phase' | 'specialty'>,
): number | undefined => (inGeneralPractice(profile) ? GROUP_HOURS_REQUIRED : undefined);

/**
 * Held sessions counted as the specialty asks: individual ones, and group hours (against the
 * requirement where there is one).
 */
export function veiledningCounts(
  sessions: readonly AdvisorySession[],
  profile: Pick<TraineeProfile, 'phase' | 'specialty'>,
): SessionCounts & { lastIndividual?: string } {
  const required = groupHoursRequired(profile);
  const held = sessions.filter((s) => s.finalisedAt);
  const individual = held.filter((s) => s.form === 'individual');
  const last = individual
    .map((s) => s.date)
    .sort()
    .at(-1);
  return {
    individual: individual.length,
    individualHours: individual.reduce((n, s) => n + s.hours, 0),
    groupHours: held.filter((s) => s.form === 'group').reduce((n, s) => n + s.hours, 0),
    ...(required ? { groupRequired: required } : {}),
    ...(last ? { lastIndividual: last } : {}),
  };
}
