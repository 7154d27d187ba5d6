import { type MilestoneError, markMilestoneDone } from '../core/milestones';
import type { Milestone, MilestoneKind, TraineeProfile } from '../core/model';
import { can } from '../core/policy';
import { fail } from '../core/result';
import { auditId } from './decide';
import { isTraineeId } from './load';
import { changeProfile } from './profiles';
import type { Call, OpsDeps, Outcome } from './types';

/**
 * The leader (or delegate) or the advisor marks a milestone held, with a short note; the LIS is
 * told. Anyone else, and anyone with no standing, learns nothing of the LIS.
 */
export async function milestoneDone(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; kind: MilestoneKind; note?: string },
): Promise<Outcome<{ milestone: Milestone; profile: TraineeProfile }>> {
  const me = call.caller.aadObjectId;
  if (!isTraineeId(input.traineeId)) return { kind: 'not_found' };
  let standing = true;
  const r = await changeProfile<
    { profile: TraineeProfile; milestone: Milestone },
    MilestoneError | 'not_allowed'
  >(
    deps,
    input.traineeId,
    (p) => {
      const permission = can(me, 'milestone.mark', p, call.today);
      if (!permission.ok) {
        standing = permission.reason !== 'no_role';
        return fail('not_allowed');
      }
      return markMilestoneDone(p, input.kind, call.caller, input.note, call.now);
    },
    (x) => ({
      audit: {
        kind: 'audit',
        id: auditId(call, `milestone:${input.kind}`),
        traineeId: input.traineeId,
        actor: me,
        verb: 'milestone.done',
        target: `milestone:${input.kind}`,
        before: { done: false },
        after: { done: true },
        ...(x.milestone.note ? { comment: x.milestone.note } : {}),
        at: call.now,
      },
      effects:
        x.profile.aadObjectId !== me
          ? [
              {
                kind: 'text',
                to: x.profile.aadObjectId,
                text: 'milestoneDoneToYou',
                vars: { name: call.caller.name, milestone: input.kind },
              },
            ]
          : [],
    }),
  );
  if (!r || (!r.ok && r.error === 'not_allowed' && !standing)) return { kind: 'not_found' };
  if (!r.ok) return { kind: 'refused', reason: r.error, details: {} };
  return { kind: 'done', value: { milestone: r.value.milestone, profile: r.saved } };
}
