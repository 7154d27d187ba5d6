import { addDays, daysBetween, norwayDate } from './dates';
import type { Milestone, MilestoneKind, TraineeProfile } from './model';
import { activeHolders } from './policy';
import { fail, ok, type Result } from './result';

/** A milestone this close (in days) is due soon: the people concerned are reminded from then on. */
export const MILESTONE_SOON_DAYS = 7;
/** A note on a held milestone is short: what was agreed goes in the advisory session's minutes. */
export const MILESTONE_NOTE_MAX = 500;

export type MilestoneState = 'done' | 'overdue' | 'soon' | 'later';

/** Where a milestone stands today: done, overdue (its date passed, not marked done), due soon, or later. */
export function milestoneState(m: Milestone, today: string): MilestoneState {
  if (m.done) return 'done';
  const days = daysBetween(today, m.date);
  if (days < 0) return 'overdue';
  return days <= MILESTONE_SOON_DAYS ? 'soon' : 'later';
}

export type MilestoneError = 'milestone_not_found' | 'milestone_done' | 'note_too_long';

/** The leader or advisor marks a milestone held, with a short note (who and when are recorded). */
export function markMilestoneDone(
  profile: TraineeProfile,
  kind: MilestoneKind,
  by: { aadObjectId: string; name: string },
  note: string | undefined,
  now: string,
): Result<{ profile: TraineeProfile; milestone: Milestone }, MilestoneError> {
  const m = profile.milestones.find((x) => x.kind === kind);
  if (!m) return fail('milestone_not_found');
  if (m.done) return fail('milestone_done');
  const text = note?.trim() ?? '';
  if (text.length > MILESTONE_NOTE_MAX) return fail('note_too_long');
  const { remindedAt: _r, ...rest } = m;
  const milestone: Milestone = {
    ...rest,
    done: true,
    doneAt: now,
    doneBy: by.aadObjectId,
    doneByName: by.name,
    ...(text ? { note: text } : {}),
  };
  return ok({
    profile: { ...profile, milestones: profile.milestones.map((x) => (x.kind === kind ? milestone : x)) },
    milestone,
  });
}

/** The final evaluation is held this many days before the municipal part ends (2–3 weeks). */
export const FINAL_BEFORE_END_DAYS = 17;

/** Milestones of a municipal LIS1 part: intro at the start, halfway, a final meeting 2–3 weeks before the end. */
export function milestonesFor(start: string, end: string): Milestone[] {
  return [
    { kind: 'intro', date: addDays(start, 7), done: false },
    { kind: 'halfway', date: addDays(start, Math.round(daysBetween(start, end) / 2)), done: false },
    { kind: 'final', date: addDays(end, -FINAL_BEFORE_END_DAYS), done: false },
  ];
}

/**
 * The milestones after a LIS registers, or edits the registration. A municipal LIS1 part that goes
 * on at the same employer keeps its own, held ones included: a new percentage or position from a
 * date starts a new period, not a new part. If the part now ends on another day, the halfway and
 * final evaluations not yet held move with it. A new municipal part gets new ones; other parts none.
 */
export function milestonesAfterRegistration(
  before: Pick<TraineeProfile, 'phase' | 'part' | 'employer' | 'service' | 'milestones'> | undefined,
  next: { municipal: boolean; unitId: string; start: string; end: string },
): Milestone[] {
  if (!before) return next.municipal ? milestonesFor(next.start, next.end) : [];
  const samePart =
    next.municipal &&
    before.phase === 'LIS1' &&
    before.part === 'municipality' &&
    before.employer.unitId === next.unitId &&
    before.milestones.length > 0 &&
    // A later start is a new period (the current one becomes an earlier one); the same or an
    // earlier start corrects the current one.
    !!before.service &&
    next.start > before.service.start;
  if (!samePart) {
    // A correction of the same period keeps what was there (as it always did).
    if (before.service?.start === next.start) return before.milestones;
    return next.municipal ? milestonesFor(next.start, next.end) : [];
  }
  if (before.service?.end === next.end) return before.milestones;
  const intro = before.milestones.find((m) => m.kind === 'intro');
  const partStart = intro ? addDays(intro.date, -7) : next.start;
  const moved = milestonesFor(partStart, next.end);
  return before.milestones.map((m) => {
    if (m.done || m.kind === 'intro') return m;
    const date = moved.find((x) => x.kind === m.kind)?.date ?? m.date;
    // A reminder sent for the old day says nothing about the new one.
    const { remindedAt: _r, ...rest } = m;
    return date === m.date ? m : { ...rest, date };
  });
}

/** While overdue, a milestone is reminded of again after this many days. */
export const MILESTONE_REMIND_EVERY_DAYS = 7;

/**
 * Whether a milestone is reminded of today: when it comes within the week, again on its day (or the
 * first sweep after, a weekend between), then once a week while it is overdue. Daily reminders
 * taught people to mute the bot, and then they missed the requests that wait for them. Days are
 * days in Norway, so a reminder comes at the same working hour, not 24 hours after the last.
 */
export function reminderDue(m: Milestone, today: string): boolean {
  const s = milestoneState(m, today);
  if (s !== 'soon' && s !== 'overdue') return false;
  const last = m.remindedAt ? norwayDate(m.remindedAt) : undefined;
  if (!last) return true;
  if (last >= today) return false;
  // Reminded before this week's window opened (the date was moved): this window's first reminder.
  if (last < addDays(m.date, -MILESTONE_SOON_DAYS)) return true;
  if (today >= m.date && last < m.date) return true;
  return s === 'overdue' && daysBetween(last, today) >= MILESTONE_REMIND_EVERY_DAYS;
}

/**
 * The milestones to remind about now (`reminderDue`): due soon or overdue, not done;
 * and who to remind (the LIS, the leader and the advisor). The profile comes back with `remindedAt`
 * set on them, so writing it (guarded by its ETag) is what makes the reminder happen once.
 */
export function dueReminders(
  profile: TraineeProfile,
  today: string,
  now: string,
): { profile: TraineeProfile; kinds: MilestoneKind[]; to: string[] } | undefined {
  const due = profile.milestones.filter((m) => reminderDue(m, today));
  if (due.length === 0) return undefined;
  const kinds = due.map((m) => m.kind);
  const to = [
    profile.aadObjectId,
    ...activeHolders(profile, 'leader').map((r) => r.aadObjectId),
    ...activeHolders(profile, 'advisor').map((r) => r.aadObjectId),
  ];
  return {
    profile: {
      ...profile,
      milestones: profile.milestones.map((m) => (kinds.includes(m.kind) ? { ...m, remindedAt: now } : m)),
    },
    kinds,
    to: [...new Set(to)],
  };
}

/**
 * Who is told what in one sweep, so each person gets at most one reminder however many of their LIS
 * have a milestone due: the LIS about their own; a leader or advisor once, about all their LIS with one
 * due, carried by the first of those LIS's writes (in sweep order). Pure.
 */
export function reminderPlan(
  due: readonly { traineeId: string; trainee: string; lis: string; to: readonly string[] }[],
): Map<string, { to: string; trainees: string[] }[]> {
  const byPerson = new Map<string, { first: string; trainees: string[] }>();
  for (const d of due)
    for (const person of d.to) {
      if (person === d.lis) continue;
      const seen = byPerson.get(person);
      if (seen) seen.trainees.push(d.trainee);
      else byPerson.set(person, { first: d.traineeId, trainees: [d.trainee] });
    }
  const plan = new Map<string, { to: string; trainees: string[] }[]>();
  for (const [to, { first, trainees }] of byPerson)
    plan.set(first, [...(plan.get(first) ?? []), { to, trainees }]);
  return plan;
}
