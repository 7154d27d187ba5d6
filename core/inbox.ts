import { basisComplete, inFollowedPlan } from './goals';
import type { GoalSummary, LearningActivity, Person, TraineeProfile } from './model';
import { can } from './policy';
import type { ReturnedItem } from './returned';
import { invitationsTo } from './roles';

/** One thing waiting for a person, across all their roles. */
export type InboxItem =
  | { kind: 'sign'; traineeId: string; activity: LearningActivity }
  /** Sent to the leader (or a delegate) to mark as met. */
  | { kind: 'markMet'; traineeId: string; activity: LearningActivity; onBehalfOf?: string }
  | { kind: 'approve'; traineeId: string; goal: GoalSummary; complete: boolean; onBehalfOf?: string }
  | { kind: 'recommend'; traineeId: string; goal: GoalSummary }
  | { kind: 'invitation'; traineeId: string; invitationId: string; role: string }
  /** Sent back to the LIS with a comment: it waits for them. */
  | { kind: 'returned'; traineeId: string; item: ReturnedItem }
  /** Recorded and signed by a supervisor for the LIS: it waits for the LIS to confirm (or dispute) it. */
  | { kind: 'confirmRecord'; traineeId: string; activity: LearningActivity };

export interface InboxGroup {
  profile: TraineeProfile;
  items: InboxItem[];
}

export interface TraineeData {
  profile: TraineeProfile;
  goals: GoalSummary[];
  /** The activities waiting for someone (a signature, the leader's mark, the LIS). */
  open: LearningActivity[];
  /** Signed activities per goal id. */
  signed: Readonly<Record<string, number>>;
  /** What was sent back to the LIS (read only when the LIS asks about themself). */
  returned?: readonly ReturnedItem[];
  /** The records a supervisor made for the LIS that wait for them (read only when the LIS asks about themself). */
  toConfirm?: readonly LearningActivity[];
}

/** Everything waiting for `me`, grouped by LIS, oldest request first. Pure: the caller reads the data. */
export function inboxOf(
  me: Pick<Person, 'aadObjectId'>,
  trainees: readonly TraineeData[],
  today: string,
): InboxGroup[] {
  const groups: InboxGroup[] = [];
  for (const { profile, goals, open, signed, returned, toConfirm } of trainees) {
    const items: InboxItem[] = [];
    if (profile.aadObjectId === me.aadObjectId) {
      for (const item of returned ?? []) items.push({ kind: 'returned', traineeId: profile.traineeId, item });
      for (const a of toConfirm ?? [])
        if (a.byLis === 'pending' && a.status === 'signed')
          items.push({ kind: 'confirmRecord', traineeId: profile.traineeId, activity: a });
    }
    for (const r of invitationsTo(profile, me.aadObjectId, today))
      items.push({
        kind: 'invitation',
        traineeId: profile.traineeId,
        invitationId: r.invitationId,
        role: r.role,
      });
    // Asked only when something waits for the leader's mark: the inbox reads every LIS of the caller.
    const mark = open.some((a) => a.status === 'pending_met')
      ? can(me.aadObjectId, 'activity.markMet', profile, today)
      : undefined;
    for (const a of open) {
      if (a.status === 'pending_met' && mark?.ok)
        items.push({
          kind: 'markMet',
          traineeId: profile.traineeId,
          activity: a,
          ...(mark.onBehalfOf ? { onBehalfOf: mark.onBehalfOf } : {}),
        });
      if (
        a.status === 'pending_signature' &&
        a.supervisor?.aadObjectId === me.aadObjectId &&
        can(me.aadObjectId, 'activity.decide', profile, today).ok
      ) {
        items.push({ kind: 'sign', traineeId: profile.traineeId, activity: a });
      }
    }
    const decide = can(me.aadObjectId, 'goal.decide', profile, today);
    const advise = can(me.aadObjectId, 'goal.recommend', profile, today);
    for (const g of goals) {
      if (g.status !== 'pending_approval' || !inFollowedPlan(profile, g)) continue;
      if (decide.ok) {
        items.push({
          kind: 'approve',
          traineeId: profile.traineeId,
          goal: g,
          complete: basisComplete(g, signed[g.id] ?? 0),
          ...(decide.onBehalfOf ? { onBehalfOf: decide.onBehalfOf } : {}),
        });
      } else if (advise.ok && g.recommendedBy !== me.aadObjectId && !g.advisedAgainst && !g.claimed) {
        // Advice given (for or against) leaves nothing waiting for the advisor; nor does an approval
        // made earlier elsewhere, which the leader confirms on its own basis.
        items.push({ kind: 'recommend', traineeId: profile.traineeId, goal: g });
      }
    }
    const when = (i: InboxItem) =>
      i.kind === 'sign' || i.kind === 'markMet' || i.kind === 'confirmRecord'
        ? (i.activity.requestedAt ?? '')
        : i.kind === 'invitation' || i.kind === 'returned'
          ? ''
          : (i.goal.requestedAt ?? '');
    items.sort((x, y) => when(x).localeCompare(when(y)));
    if (items.length > 0) groups.push({ profile, items });
  }
  return groups;
}

/** What a person decides on (not an invitation, nor what was sent back to the LIS). */
export type Decidable = Extract<
  InboxItem,
  { kind: 'sign' | 'markMet' | 'approve' | 'recommend' | 'confirmRecord' }
>;
const DECISIONS = new Set<InboxItem['kind']>(['sign', 'markMet', 'approve', 'recommend', 'confirmRecord']);

/** The decisions one LIS's data holds for `me`, as the inbox lists them: the tab's «venter på deg». */
export function decisionsFor(me: Pick<Person, 'aadObjectId'>, data: TraineeData, today: string): Decidable[] {
  return (inboxOf(me, [data], today)[0]?.items ?? []).filter((i): i is Decidable => DECISIONS.has(i.kind));
}
