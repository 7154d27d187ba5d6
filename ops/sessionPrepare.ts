import { activeHolders } from '../core/policy';
import { prepareSession } from '../core/sessions';
import { changeSession, type SessionData } from './sessionChange';
import type { Call, OpsDeps, Outcome } from './types';

/**
 * The LIS writes (or rewrites) the preparation for a session, until its minutes are finalised. The
 * advisor is told when there first is one to read (not at every rewrite).
 */
export function prepareAdvisorySession(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number; text: string },
): Promise<Outcome<SessionData, SessionData>> {
  return changeSession(deps, call, input, {
    action: 'session.prepare',
    verb: 'session.prepare',
    apply: (s) => prepareSession(s, input.text, call.now),
    effects: (next, profile, before) =>
      next.preparation && !before.preparation
        ? activeHolders(profile, 'advisor').map((a) => ({
            kind: 'text' as const,
            to: a.aadObjectId,
            text: 'sessionPreparedToAdvisor' as const,
            vars: { trainee: profile.name, from: next.date },
          }))
        : [],
  });
}
