import type { ActivityKind, Person, Stored } from '../core/model';
import { lookBack } from './lookBack';
import type { Call, OpsDeps } from './types';

/** One activity the caller signed, sent back or marked as met. */
export interface SignedLine {
  at: string;
  outcome: 'signed' | 'returned' | 'met';
  /** The LIS, by name. */
  trainee: string;
  activityId: string;
  activityKind: ActivityKind;
  /** The day the activity took place. */
  date: string;
  description: string;
  goalIds: string[];
  comment?: string;
}

export interface SignedByMe {
  /** The caller holds a role for some LIS: someone they could have signed for. */
  follows: boolean;
  /** Newest first. */
  lines: SignedLine[];
}

/**
 * "hva har jeg signert?": the activities the caller signed, sent back or marked as met, for the LIS
 * they hold a role for today (`name` keeps one LIS's), newest first. A query in each LIS's own
 * partition, on request only; the caller's own decisions only, so nothing of anyone else's.
 */
export async function signedByMe(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  input: { name?: string },
  person?: Stored<Person>,
): Promise<SignedByMe> {
  const me = call.caller.aadObjectId;
  const r = await lookBack(
    deps,
    call,
    {
      ...(person ? { person } : {}),
      as: ['supervisor', 'leader', 'delegate', 'advisor'],
      ...(input.name ? { name: input.name } : {}),
    },
    async (profile) =>
      (await deps.store.trainees.activitiesDecidedBy(profile.traineeId, me)).flatMap((a): SignedLine[] =>
        a.decision
          ? [
              {
                at: a.decision.at,
                outcome: a.decision.outcome,
                trainee: profile.name,
                activityId: a.id,
                activityKind: a.activityKind,
                date: a.date,
                description: a.description,
                goalIds: a.goals.map((g) => g.goalId),
                ...(a.decision.comment ? { comment: a.decision.comment } : {}),
              },
            ]
          : [],
      ),
  );
  return { follows: r.follows, lines: r.lines };
}
