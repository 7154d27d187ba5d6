import { rescheduleSession } from '../core/sessions';
import { changeSession, type SessionData } from './sessionChange';
import { toTheOther } from './sessionMove';
import type { Call, OpsDeps, Outcome } from './types';

/**
 * The LIS or the advisor calls off a session not held yet: it leaves every list (the audit trail
 * keeps it), and the other is told.
 */
export function cancelAdvisorySession(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number },
): Promise<Outcome<SessionData, SessionData>> {
  return changeSession(deps, call, input, {
    action: 'session.move',
    verb: 'session.cancel',
    apply: (s) => rescheduleSession(s, { cancel: call.caller }, call.now),
    audit: (before) => ({ before: { date: before.date }, after: { cancelled: true } }),
    effects: (next, profile) =>
      toTheOther(call, profile, 'sessionCancelledToYou', { trainee: profile.name, from: next.date }),
  });
}
