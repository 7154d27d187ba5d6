import { prepareSession } from '../core/sessions';
import { changeSession, type SessionData } from './sessionChange';
import type { Call, OpsDeps, Outcome } from './types';

/** The LIS writes (or rewrites) the preparation for a session, until its minutes are finalised. */
export function prepareAdvisorySession(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number; text: string },
): Promise<Outcome<SessionData, SessionData>> {
  return changeSession(deps, call, input, {
    action: 'session.prepare',
    verb: 'session.prepare',
    apply: (s) => prepareSession(s, input.text, call.now),
  });
}
