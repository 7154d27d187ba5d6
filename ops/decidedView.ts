import type { Person, Stored } from '../core/model';
import { parseGoalDocId } from '../core/refs';
import { lookBack } from './lookBack';
import type { Call, OpsDeps } from './types';

/** The decisions on goals a leader (or a delegate) looks back on. */
const GOAL_DECISIONS = new Set(['goal.approve', 'goal.return', 'goal.undo']);

/** One decision the caller made on a goal. */
export interface DecidedLine {
  at: string;
  /** The audit verb (`goal.approve`, `goal.return`, `goal.undo`). */
  verb: string;
  trainee: string;
  goalId: string;
  comment?: string;
}

export interface DecidedByMe {
  /** The caller leads a LIS, or approves for one on a leader's behalf. */
  decides: boolean;
  /** Newest first. */
  lines: DecidedLine[];
}

/**
 * "hva har jeg godkjent?": the goals the caller approved, sent back or whose approval they undid, for
 * the LIS they lead or approve for today (`name` keeps one LIS's), newest first, from the audit trail
 * (an approval undone later is still one the caller gave). A query in each LIS's own partition, on
 * request only; the caller's own decisions only.
 */
export async function goalsDecidedByMe(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  input: { name?: string },
  person?: Stored<Person>,
): Promise<DecidedByMe> {
  const me = call.caller.aadObjectId;
  const r = await lookBack(
    deps,
    call,
    {
      ...(person ? { person } : {}),
      as: ['leader', 'delegate'],
      ...(input.name ? { name: input.name } : {}),
    },
    async (profile) =>
      (await deps.store.trainees.auditByActor(profile.traineeId, me)).flatMap((e): DecidedLine[] => {
        const goal = parseGoalDocId(e.target);
        return goal && GOAL_DECISIONS.has(e.verb)
          ? [
              {
                at: e.at,
                verb: e.verb,
                trainee: profile.name,
                goalId: goal.goalId,
                ...(e.comment ? { comment: e.comment } : {}),
              },
            ]
          : [];
      }),
  );
  return { decides: r.follows, lines: r.lines };
}
