import type { ActivityKind, Person, Stored } from '../core/model';
import { activeFor, standingsOf } from '../core/policy';
import { matchesName } from './progressView';
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
  const p = person ?? (await deps.store.people.get(me));
  const followed = activeFor(p, ['supervisor', 'leader', 'delegate', 'advisor']).filter(
    (id) => id !== p?.traineeId,
  );
  const named = input.name
    ? followed.filter((id) =>
        p?.roles.some((r) => r.traineeId === id && matchesName(r.traineeName, input.name ?? '')),
      )
    : followed;
  const perLis = await Promise.all(
    named.map(async (traineeId) => {
      const profile = await deps.store.trainees.getProfile(traineeId);
      // The LIS's own document says who holds a role, whatever the person's index of roles says.
      if (!profile || standingsOf(me, profile, call.today).every((s) => s.as === 'lis')) return [];
      const activities = await deps.store.trainees.activitiesDecidedBy(traineeId, me);
      return activities.flatMap((a): SignedLine[] =>
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
      );
    }),
  );
  return { follows: followed.length > 0, lines: perLis.flat().sort((a, b) => b.at.localeCompare(a.at)) };
}
