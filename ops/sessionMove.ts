import type { Effect } from '../core/effects';
import type { TraineeProfile } from '../core/model';
import { activeHolders } from '../core/policy';
import { rescheduleSession } from '../core/sessions';
import { changeSession, type SessionData } from './sessionChange';
import type { Call, OpsDeps, Outcome } from './types';

/**
 * The LIS or the advisor moves a session not held yet to another day; the other is told. The audit
 * event names both days (never the topics).
 */
export function moveAdvisorySession(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number; date: string },
): Promise<Outcome<SessionData, SessionData>> {
  return changeSession(deps, call, input, {
    action: 'session.move',
    verb: 'session.move',
    apply: (s) => rescheduleSession(s, { date: input.date }, call.now),
    audit: (before, next) => ({ before: { date: before.date }, after: { date: next.date } }),
    effects: (next, profile, before) =>
      toTheOther(call, profile, 'sessionMovedToYou', {
        trainee: profile.name,
        from: before.date,
        to: next.date,
      }),
  });
}

/** Whoever of the LIS and the advisor did not make the change (a session scheduled, moved, called off): told. */
export function toTheOther(
  call: Pick<Call, 'caller'>,
  profile: TraineeProfile,
  text: 'sessionScheduledToYou' | 'sessionMovedToYou' | 'sessionCancelledToYou',
  vars: Record<string, string>,
): Effect[] {
  const me = call.caller.aadObjectId;
  const others = [profile.aadObjectId, ...activeHolders(profile, 'advisor').map((h) => h.aadObjectId)];
  return [...new Set(others)]
    .filter((x) => x !== me)
    .map((to) => ({ kind: 'text' as const, to, text, vars: { name: call.caller.name, ...vars } }));
}
