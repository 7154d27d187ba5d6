import { type ApprovalBasis, approvalBasis } from '../core/goals';
import { type Decidable, decisionsFor } from '../core/inbox';
import type {
  AdvisorySession,
  Decision,
  LearningActivity,
  PriorApproval,
  RoleHolder,
  Stored,
} from '../core/model';
import { activeHolder, activeHolders, approverNames, can } from '../core/policy';
import { lapsedOn, replacesHolder, rolesShown } from '../core/roles';
import { type ServiceView, serviceOf } from '../core/serviceView';
import { type SessionCounts, unmovable, veiledningCounts, writableIn } from '../core/sessions';
import type { TraineeSnapshot } from '../store';
import { type ActivitiesCursor, activityPage } from './activitiesView';
import { hasStanding, isTraineeId } from './load';
import { type ProgressView, progressFor } from './progressView';
import { returnedTo } from './returned';
import type { Call, OpsDeps, Outcome } from './types';

export interface TraineeView extends ProgressView {
  canRequest: boolean;
  /** The LIS: may take back a request for approval while it waits. */
  canRecall: boolean;
  /** The LIS: may remind the supervisor an activity waits for. */
  canRemind: boolean;
  canRecord: boolean;
  /**
   * The LIS: may take an activity back while it waits, withdraw one sent back, and send one again
   * to a supervisor (`activity.recall`, `activity.request`: the same roles).
   */
  canManageActivities: boolean;
  /** The leader or a delegate: may draw the confirmation of service. */
  canConfirm: boolean;
  /** The LIS, the leader or a delegate: may take the approved goals out for Kompetanseportalen. */
  canExport: boolean;
  /** May read a goal's history (the LIS and those who decide on it; not a supervisor). */
  canHistory: boolean;
  /** The leader or a delegate: decides on the goals (and may undo an approval given where the LIS is now). */
  canDecide: boolean;
  /** The advisor: comments on a goal not approved yet, and on an activity (the LIS is told). */
  canCommentGoals: boolean;
  canCommentActivities: boolean;
  /** An active supervisor: records an activity for the LIS, signed at once (`ops/activitySupervisorRecord.ts`). */
  canRecordForLis: boolean;
  /** The leader or a delegate: records goals approved earlier elsewhere (`ops/goalRecordPriorAll.ts`). */
  canRecordPrior: boolean;
  /** The LIS or the advisor: may schedule an advisory session. */
  canSchedule: boolean;
  /** The leader or a delegate: enters absence (and removes one entered by mistake). */
  canRecordAbsence: boolean;
  /**
   * Advisory sessions: in full for the LIS and the advisor, dates only for the leader, none for others.
   * `write`: what the caller may write in it now (the LIS a preparation until the minutes are
   * finalised, the advisor the minutes once it has been held), with the `id` and `rev` to do it.
   */
  sessions: {
    id?: string;
    rev?: number;
    write?: 'preparation' | 'minutes';
    /** Not held yet, and the caller may move it or call it off (the LIS and the advisor). */
    movable?: boolean;
    date: string;
    form: string;
    hours: number;
    held: boolean;
    topics?: string;
    preparation?: string;
    minutes?: string;
  }[];
  /** The held sessions counted as the chat's card counts them (group hours against LIS3's 120): for those who see them in full. */
  sessionCounts?: SessionCounts;
  supervisors: Pick<RoleHolder, 'aadObjectId' | 'name'>[];
  /** The leader's name: an activity no supervisor signs may go to them to mark as met. */
  leader?: string;
  /** Who approves for the LIS today (the leader, then her active delegates): a reminder goes to them all. */
  approvers: string[];
  /** Who holds which role around the LIS (active or invited): for those the policy lets see it. */
  roles: (Pick<RoleHolder, 'aadObjectId' | 'name' | 'role'> & {
    state: RoleHolder['state'] | 'lapsed';
    /** The last day of an invitation that ran out unanswered. */
    lapsedOn?: string;
    /** That invitation was to replace the one who still holds the role (invited again, it does so again). */
    replaces?: true;
  })[];
  /** The LIS: may invite people to roles, and end a role or withdraw an invitation. */
  canInvite: boolean;
  /**
   * The newest learning activities (a page), for those who may read a goal's history (the LIS, the
   * leader, a delegate, the advisor); none for others. `activitiesNext`: where older ones start.
   */
  activities: Stored<LearningActivity>[];
  activitiesNext?: ActivitiesCursor;
  /**
   * For someone who may not read the whole list (a supervisor): the activities of this LIS they
   * signed, sent back or marked themselves, newest first (at most `DECIDED_SHOWN`), and how many in all.
   */
  decidedByYou: Stored<LearningActivity>[];
  decidedByYouCount: number;
  /** Service periods with place, LIS1's parts, and absence per period for those who may see absence. */
  periods: ServiceView;
  /**
   * What of this LIS waits for the caller's own decision (a signature, an approval, a mark, advice),
   * oldest first: the same items, by the same rules, as the chat's «hva venter på meg?». An approval
   * comes with its basis as the approval card shows it, and an approval made elsewhere with its facts.
   */
  forYou: ForYou[];
}

export type ForYou = Decidable & {
  basis?: ApprovalBasis;
  claim?: PriorApproval;
  /** The advisor's comments on a goal to approve (its card shows them to the leader too). */
  comments?: Decision[];
};

/** A supervisor's own decisions listed in one view (the chat's «hva har jeg signert for Alex?» has them all). */
export const DECIDED_SHOWN = 30;

/** What waits for `me`, with the basis of each approval (one point read per goal waiting for them). */
async function forYouOf(deps: OpsDeps, snap: TraineeSnapshot, me: string, today: string): Promise<ForYou[]> {
  // The LIS's own: the records a supervisor made for them wait for their confirmation (one query).
  const toConfirm =
    snap.profile.aadObjectId === me ? await deps.store.trainees.recordsToConfirm(snap.profile.traineeId) : [];
  const items = decisionsFor({ aadObjectId: me }, { ...snap, toConfirm }, today);
  return Promise.all(
    items.map(async (i) => {
      // The advisor advises on the same basis the leader approves on: both see it with the item.
      if (i.kind !== 'approve' && i.kind !== 'recommend') return i;
      const goal = await deps.store.trainees.getGoal(snap.profile.traineeId, i.goal.id);
      if (!goal) return i;
      return {
        ...i,
        basis: approvalBasis(goal),
        ...(goal.priorClaim ? { claim: goal.priorClaim } : {}),
        ...(goal.advisorComments?.length ? { comments: goal.advisorComments } : {}),
      };
    }),
  );
}

/** One LIS in full, for someone with a role for them; `not_found` alike for an unknown LIS and for anyone else. */
export async function viewTrainee(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  input: { traineeId: string },
): Promise<Outcome<TraineeView>> {
  if (!isTraineeId(input.traineeId)) return { kind: 'not_found' };
  const snap = await deps.store.trainees.snapshot(input.traineeId);
  const me = call.caller.aadObjectId;
  if (!snap || !hasStanding(me, snap.profile, call.today)) return { kind: 'not_found' };
  const view = progressFor(deps, snap, me, call.today);
  // One single-partition query, only when the caller may see sessions at all.
  const seesDates = can(me, 'session.dates', snap.profile, call.today).ok;
  const seesAll = can(me, 'session.view', snap.profile, call.today).ok;
  const may = {
    prepare: can(me, 'session.prepare', snap.profile, call.today).ok,
    minutes: can(me, 'session.minutes', snap.profile, call.today).ok,
  };
  // One called off is in no list (the audit trail keeps it).
  const stored = seesDates
    ? (await deps.store.trainees.documents<AdvisorySession>(input.traineeId, 'session')).filter(
        (x) => !x.cancelled,
      )
    : [];
  const mayMove = can(me, 'session.move', snap.profile, call.today).ok;
  const sessions = seesDates
    ? stored
        .sort((a, b) => b.date.localeCompare(a.date))
        .map((x) => ({
          ...(seesAll ? { id: x.id, rev: x.rev } : {}),
          ...writable(seesAll ? writableIn(x, may, call.today) : undefined),
          date: x.date,
          form: x.form,
          hours: x.hours,
          held: !!x.finalisedAt,
          ...(seesAll && mayMove && !unmovable(x) ? { movable: true } : {}),
          ...(seesAll
            ? {
                topics: x.topics,
                ...(x.preparation ? { preparation: x.preparation.text } : {}),
                ...(x.minutes ? { minutes: x.minutes.text } : {}),
              }
            : {}),
        }))
    : [];
  const leader = activeHolders(snap.profile, 'leader')[0];
  // The door of a goal's history, also for the list of activities.
  const canHistory = can(me, 'history.view', snap.profile, call.today).ok;
  // Who may not read the list sees what they decided themselves (one query, on the decider's path).
  const decided = canHistory ? [] : await deps.store.trainees.activitiesDecidedBy(input.traineeId, me);
  decided.sort((a, b) => (b.decision?.at ?? '').localeCompare(a.decision?.at ?? ''));
  return {
    kind: 'done',
    value: {
      ...view,
      // What was sent back, with the comments: in the LIS's own view only.
      returned: view.viewerIsLis ? await returnedTo(deps, snap) : [],
      // One single-partition query (TOP, by date), only for those who may read the training's history.
      ...(canHistory ? await activitiesOf(deps, input.traineeId) : { activities: [] }),
      decidedByYou: decided.slice(0, DECIDED_SHOWN),
      decidedByYouCount: decided.length,
      canRequest: can(me, 'goal.request', snap.profile, call.today).ok,
      canRecall: can(me, 'goal.recall', snap.profile, call.today).ok,
      canRemind: can(me, 'activity.remind', snap.profile, call.today).ok,
      canRecord: can(me, 'activity.record', snap.profile, call.today).ok,
      canManageActivities:
        can(me, 'activity.recall', snap.profile, call.today).ok &&
        can(me, 'activity.request', snap.profile, call.today).ok,
      canConfirm: can(me, 'confirmation.issue', snap.profile, call.today).ok,
      canExport: can(me, 'approvals.export', snap.profile, call.today).ok,
      canHistory,
      canDecide: can(me, 'goal.decide', snap.profile, call.today).ok,
      // The chat's comment buttons follow the same actions (ops/goalComment.ts, ops/activityComment.ts).
      canCommentGoals: can(me, 'goal.recommend', snap.profile, call.today).ok,
      canCommentActivities: can(me, 'activity.comment', snap.profile, call.today).ok,
      canRecordForLis: !!activeHolder(snap.profile, 'supervisor', me),
      canRecordPrior: can(me, 'goal.recordPrior', snap.profile, call.today).ok,
      canSchedule: can(me, 'session.schedule', snap.profile, call.today).ok,
      canRecordAbsence: can(me, 'absence.record', snap.profile, call.today).ok,
      sessions,
      ...(seesAll ? { sessionCounts: countsOnly(veiledningCounts(stored, snap.profile)) } : {}),
      supervisors: activeHolders(snap.profile, 'supervisor').map((r) => ({
        aadObjectId: r.aadObjectId,
        name: r.name,
      })),
      ...(leader ? { leader: leader.name } : {}),
      approvers: approverNames(snap.profile, call.today).filter(Boolean),
      roles: can(me, 'roles.view', snap.profile, call.today).ok
        ? rolesShown(snap.profile.roles, call.today)
            // An invitation that ran out unanswered holds no role: said so, with its last day.
            .map((r) => {
              const { aadObjectId, name, role, state } = r;
              const last = lapsedOn(r, call.today);
              return last
                ? {
                    aadObjectId,
                    name,
                    role,
                    state: 'lapsed' as const,
                    lapsedOn: last,
                    ...(replacesHolder(snap.profile, r) ? { replaces: true as const } : {}),
                  }
                : { aadObjectId, name, role, state };
            })
        : [],
      canInvite:
        can(me, 'role.invite', snap.profile, call.today).ok &&
        can(me, 'role.remove', snap.profile, call.today).ok,
      periods: serviceOf(snap.profile, me, call.today),
      forYou: await forYouOf(deps, snap, me, call.today),
    },
  };
}

/** The counts the tab shows above the sessions (the chat's card also names the last individual one). */
const countsOnly = ({ lastIndividual: _, ...counts }: ReturnType<typeof veiledningCounts>): SessionCounts =>
  counts;

const writable = (write: 'preparation' | 'minutes' | undefined) => (write ? { write } : {});

async function activitiesOf(
  deps: OpsDeps,
  traineeId: string,
): Promise<Pick<TraineeView, 'activities' | 'activitiesNext'>> {
  const page = await activityPage(deps, traineeId);
  return { activities: page.activities, ...(page.next ? { activitiesNext: page.next } : {}) };
}
