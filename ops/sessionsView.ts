import type { AdvisorySession, Stored, TraineeProfile } from '../core/model';
import { can } from '../core/policy';
import { veiledningCounts } from '../core/sessions';
import { hasStanding, isTraineeId } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/** A session as the leader may see it: that it took place (or is planned), and when. */
export type SessionDate = Pick<AdvisorySession, 'id' | 'date' | 'form' | 'hours'> & { held: boolean };

export interface SessionsView {
  profile: Stored<TraineeProfile>;
  /** The LIS and the advisor: everything. */
  full: boolean;
  sessions: Stored<AdvisorySession>[] | SessionDate[];
  counts: ReturnType<typeof veiledningCounts>;
  mayPrepare: boolean;
  mayWriteMinutes: boolean;
  /** Moves or calls off a session not held yet (the LIS and the advisor). */
  mayMove: boolean;
  maySchedule: boolean;
}

/**
 * A LIS's advisory sessions, newest first, as the caller may see them: in full for the LIS and
 * the advisor, dates only for the leader; a supervisor is refused, a stranger learns nothing.
 */
export async function advisorySessions(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  input: { traineeId: string },
): Promise<Outcome<SessionsView>> {
  if (!isTraineeId(input.traineeId)) return { kind: 'not_found' };
  const profile = await deps.store.trainees.getProfile(input.traineeId);
  const me = call.caller.aadObjectId;
  if (!profile || !hasStanding(me, profile, call.today)) return { kind: 'not_found' };
  if (!can(me, 'session.dates', profile, call.today).ok)
    return { kind: 'refused', reason: 'not_allowed', details: {} };
  // One called off is in no list (the audit trail keeps it).
  const all = (await deps.store.trainees.documents<AdvisorySession>(input.traineeId, 'session'))
    .filter((s) => !s.cancelled)
    .sort((a, b) => b.date.localeCompare(a.date));
  const full = can(me, 'session.view', profile, call.today).ok;
  return {
    kind: 'done',
    value: {
      profile,
      full,
      sessions: full
        ? all
        : all.map((s) => ({ id: s.id, date: s.date, form: s.form, hours: s.hours, held: !!s.finalisedAt })),
      counts: veiledningCounts(all, profile),
      mayPrepare: can(me, 'session.prepare', profile, call.today).ok,
      mayWriteMinutes: can(me, 'session.minutes', profile, call.today).ok,
      mayMove: can(me, 'session.move', profile, call.today).ok,
      maySchedule: can(me, 'session.schedule', profile, call.today).ok,
    },
  };
}
