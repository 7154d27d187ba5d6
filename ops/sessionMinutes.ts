import { activeHolders } from '../core/policy';
import { writeMinutes } from '../core/sessions';
import { changeSession, type SessionData } from './sessionChange';
import type { Call, OpsDeps, Outcome } from './types';

/**
 * The advisor writes the minutes of a held session, and finalises them when done: from then on
 * the session is read-only. The LIS is told when they are finalised.
 */
export function writeSessionMinutes(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; id: string; rev: number; text: string; finalise: boolean },
): Promise<Outcome<SessionData, SessionData>> {
  return changeSession(deps, call, input, {
    action: 'session.minutes',
    verb: input.finalise ? 'session.finalise' : 'session.minutes',
    apply: (s) => writeMinutes(s, input.text, input.finalise, call.caller, call.now),
    effects: (next, profile) =>
      next.finalisedAt &&
      activeHolders(profile, 'advisor').some((a) => a.aadObjectId === call.caller.aadObjectId)
        ? [
            {
              kind: 'text',
              to: profile.aadObjectId,
              text: 'sessionFinalisedToYou',
              vars: { name: call.caller.name, from: next.date },
            },
          ]
        : [],
  });
}
