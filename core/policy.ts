import type { Delegation, PersonRole, RoleHolder, TraineeProfile } from './model';

/**
 * Who may do what. This table and `can` are the only place that decides; the bot and the tab
 * both ask here, always with the actor's Entra object id and the stored profile, never card data.
 */
export type Standing = 'lis' | 'leader' | 'delegate' | 'advisor' | 'supervisor';

export const ACTIONS = [
  'profile.edit',
  'role.invite',
  'role.remove',
  'roles.view',
  'progress.view',
  'absence.view',
  'history.view',
  'activity.record',
  'activity.request',
  'activity.recall',
  'activity.remind',
  'activity.decide',
  'activity.markMet',
  'activity.comment',
  'goal.request',
  'goal.recall',
  'goal.remind',
  'goal.decide',
  'goal.recommend',
  'goal.recordPrior',
  'delegation.grant',
  'milestone.mark',
  'absence.record',
  'service.edit',
  'confirmation.issue',
  'session.schedule',
  'session.move',
  'session.prepare',
  'session.minutes',
  'session.view',
  'session.dates',
  'approvals.export',
] as const;
export type Action = (typeof ACTIONS)[number];

export const POLICY: Record<Action, readonly Standing[]> = {
  'profile.edit': ['lis'],
  'role.invite': ['lis'],
  'role.remove': ['lis'],
  // Who holds which role around a LIS: the LIS, and those who follow the training (not every supervisor).
  'roles.view': ['lis', 'leader', 'delegate', 'advisor'],
  'progress.view': ['lis', 'leader', 'delegate', 'advisor', 'supervisor'],
  // Absence is health-adjacent: never shown to supervisors.
  'absence.view': ['lis', 'leader', 'delegate', 'advisor'],
  'history.view': ['lis', 'leader', 'delegate', 'advisor'],
  'activity.record': ['lis'],
  'activity.request': ['lis'],
  'activity.recall': ['lis'],
  'activity.remind': ['lis'],
  // Only the supervisor the request names; the activity's own state check adds that.
  'activity.decide': ['supervisor'],
  'activity.markMet': ['leader', 'delegate'],
  // The advisor comments on goals and on activities.
  'activity.comment': ['advisor'],
  'goal.request': ['lis'],
  'goal.recall': ['lis'],
  'goal.remind': ['lis'],
  'goal.decide': ['leader', 'delegate'],
  'goal.recommend': ['advisor'],
  'goal.recordPrior': ['leader', 'delegate'],
  'delegation.grant': ['leader'],
  // The start-up meeting and the evaluations are held by the leader and the advisor with the LIS.
  'milestone.mark': ['leader', 'delegate', 'advisor'],
  // The employer computes and confirms absence: the leader (or a delegate) enters it.
  'absence.record': ['leader', 'delegate'],
  // The employer records the service periods (where, when, what percentage) it confirms.
  'service.edit': ['leader', 'delegate'],
  // The employer confirms completed service.
  'confirmation.issue': ['leader', 'delegate'],
  // Advisory sessions are between the LIS and the advisor; the leader sees only that they took place, and when.
  'session.schedule': ['lis', 'advisor'],
  // Moved or called off by either of the two who hold it, as either schedules one.
  'session.move': ['lis', 'advisor'],
  'session.prepare': ['lis'],
  'session.minutes': ['advisor'],
  'session.view': ['lis', 'advisor'],
  'session.dates': ['lis', 'advisor', 'leader', 'delegate'],
  // The record handed to Kompetanseportalen: the LIS's own, or the leader's for their LIS.
  'approvals.export': ['lis', 'leader', 'delegate'],
};

export type Permission =
  | { ok: true; as: Standing; onBehalfOf?: string }
  | { ok: false; reason: 'no_role' | 'not_allowed'; standings: Standing[] };

/** A delegation counts on the days from `from` to `to`, both included, unless revoked. */
export function delegationActive(d: Delegation, today: string): boolean {
  return !d.revoked && d.from <= today && today <= d.to;
}

/** The name of the leader a delegate acted for, as the delegation names them. */
export const delegatingLeaderName = (profile: TraineeProfile, leader: string): string | undefined =>
  profile.delegations.find((d) => d.leader === leader)?.leaderName;

/**
 * Those the active leader has lent her approval to today, each once (not the leader herself): a
 * request, its reminder and the status card's line about it reach them too.
 */
export function delegatesToday(
  profile: TraineeProfile,
  today: string,
): { aadObjectId: string; name: string }[] {
  const leader = activeHolders(profile, 'leader')[0];
  if (!leader) return [];
  const named = new Map<string, string>();
  for (const d of profile.delegations ?? [])
    if (d.leader === leader.aadObjectId && d.delegate !== leader.aadObjectId && delegationActive(d, today))
      named.set(d.delegate, d.delegateName);
  return [...named].map(([aadObjectId, name]) => ({ aadObjectId, name }));
}

/** Who approves for the LIS today: the leader, and those the leader has delegated to (leader first). */
function approvers(profile: TraineeProfile, today: string): { aadObjectId: string; name: string }[] {
  const leader = activeHolders(profile, 'leader')[0];
  return leader
    ? [{ aadObjectId: leader.aadObjectId, name: leader.name }, ...delegatesToday(profile, today)]
    : [];
}

/** Who approves for the LIS today (ids, leader first). */
export const approversOf = (profile: TraineeProfile, today: string): string[] =>
  approvers(profile, today).map((a) => a.aadObjectId);

/** The names of those who approve for the LIS today: the leader, then her active delegates. */
export const approverNames = (profile: TraineeProfile, today: string): string[] =>
  approvers(profile, today).map((a) => a.name);

/**
 * The LIS a person holds one of these roles for, active, by their person document (an index:
 * each profile read after this decides). Each LIS once.
 */
export function activeFor(
  person: { roles: readonly PersonRole[] } | undefined,
  roles: readonly PersonRole['role'][],
): string[] {
  const ids = (person?.roles ?? [])
    .filter((r) => r.state === 'active' && roles.includes(r.role))
    .map((r) => r.traineeId);
  return [...new Set(ids)];
}

export function activeHolders(profile: TraineeProfile, role: RoleHolder['role']): RoleHolder[] {
  return profile.roles.filter((r) => r.role === role && r.state === 'active');
}

/** The person's active role of this kind for the LIS, if they hold one (a supervisor picked on a card, say). */
export function activeHolder(
  profile: TraineeProfile,
  role: RoleHolder['role'],
  aadObjectId: string,
): RoleHolder | undefined {
  return activeHolders(profile, role).find((r) => r.aadObjectId === aadObjectId);
}

/** Every standing the actor has towards this LIS today (a person may hold several). */
export function standingsOf(
  actor: string,
  profile: TraineeProfile,
  today: string,
): { as: Standing; onBehalfOf?: string }[] {
  // No one signs, advises on or approves their own training: for their own record the LIS is the
  // LIS only, whatever a role or a delegation (a wrong pick in a people picker) says.
  if (profile.aadObjectId === actor) return [{ as: 'lis' }];
  const out: { as: Standing; onBehalfOf?: string }[] = [];
  for (const r of profile.roles) {
    if (r.aadObjectId === actor && r.state === 'active') out.push({ as: r.role });
  }
  const leader = activeHolders(profile, 'leader')[0];
  for (const d of profile.delegations ?? []) {
    if (d.delegate === actor && delegationActive(d, today) && leader?.aadObjectId === d.leader) {
      out.push({ as: 'delegate', onBehalfOf: d.leader });
    }
  }
  return out;
}

/** May `actor` do `action` for this LIS today? */
export function can(actor: string, action: Action, profile: TraineeProfile, today: string): Permission {
  const standings = standingsOf(actor, profile, today);
  if (standings.length === 0) return { ok: false, reason: 'no_role', standings: [] };
  const allowed = POLICY[action];
  const match = standings.find((s) => allowed.includes(s.as));
  if (!match) return { ok: false, reason: 'not_allowed', standings: standings.map((s) => s.as) };
  return { ok: true, as: match.as, ...(match.onBehalfOf ? { onBehalfOf: match.onBehalfOf } : {}) };
}
