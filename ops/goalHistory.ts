import type { TraineeProfile } from '../core/model';
import { can } from '../core/policy';
import { parseGoalDocId } from '../core/refs';
import { type GoalData, isTraineeId, loadGoalOrBlank, refusal } from './load';
import type { Call, OpsDeps, Outcome } from './types';

export interface HistoryLine {
  at: string;
  who: string;
  verb: string;
  onBehalfOf?: string;
  comment?: string;
}

export interface GoalHistory {
  goal: GoalData;
  /** An approval recorded from elsewhere: where, by whom, when. */
  recorded?: { place: string; approver: string; at: string };
  events: HistoryLine[];
}

function namesOf(profile: TraineeProfile): Map<string, string> {
  return new Map<string, string>([
    ...profile.delegations.map((d) => [d.delegate, d.delegateName] as [string, string]),
    ...profile.roles.map((r) => [r.aadObjectId, r.name] as [string, string]),
    [profile.aadObjectId, profile.name],
  ]);
}

/**
 * A goal's audit trail: who did what, when, on whose behalf, with the comment as written.
 * For the LIS and those who decide on it; a supervisor is refused, a stranger learns nothing.
 */
export async function goalHistory(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today' | 'now'>,
  input: { traineeId: string; id: string },
): Promise<Outcome<GoalHistory, GoalData>> {
  if (!isTraineeId(input.traineeId) || !parseGoalDocId(input.id)) return { kind: 'not_found' };
  const goal = await loadGoalOrBlank(deps, input.traineeId, input.id, call.now);
  if (!goal) return { kind: 'not_found' };
  const permission = can(call.caller.aadObjectId, 'history.view', goal.profile, call.today);
  if (!permission.ok) return refusal(permission, goal.profile, goal);
  const names = namesOf(goal.profile);
  const events = await deps.store.trainees.auditOf(input.traineeId, input.id);
  const recorded = goal.doc.approval?.recordedFrom;
  return {
    kind: 'done',
    value: {
      goal,
      ...(recorded && goal.doc.approval
        ? { recorded: { place: recorded.place, approver: recorded.approverName, at: goal.doc.approval.at } }
        : {}),
      events: events.map((e) => ({
        at: e.at,
        who: names.get(e.actor) ?? '',
        verb: e.verb,
        ...(e.onBehalfOf ? { onBehalfOf: names.get(e.onBehalfOf) ?? '' } : {}),
        ...(e.comment ? { comment: e.comment } : {}),
      })),
    },
  };
}
