import { addDays, endOfNorwayDay, norwayDate } from './dates';
import type { Delegation, Person, PersonRole, Role, RoleHolder, TraineeProfile } from './model';
import { activeHolders } from './policy';
import { fail, ok, type Result } from './result';

/** An invitation lapses after this many days. */
export const INVITATION_DAYS = 14;
/**
 * The profile lives in the LIS's document, which must stay bounded: at most this many invitations
 * wait for an answer at once, and of the invitations that came to nothing (declined, withdrawn,
 * lapsed) only the newest are kept (the audit trail keeps them all).
 */
export const OPEN_INVITATIONS_MAX = 30;
export const LAPSED_INVITATIONS_KEPT = 20;
/**
 * Delegations, for the same reason: at most this many not yet over at once, and of those over one per
 * leader and delegate (their names stay for the history), the newest 20.
 */
export const OPEN_DELEGATIONS_MAX = 10;
export const ENDED_DELEGATIONS_KEPT = 20;

export type RoleError =
  | 'self_invite'
  | 'has_leader'
  | 'has_advisor'
  | 'already_invited'
  | 'already_holds_role'
  | 'invitation_not_found'
  | 'not_invitee'
  | 'already_accepted'
  | 'already_declined'
  | 'invitation_withdrawn'
  | 'invitation_expired'
  | 'role_not_found'
  | 'bad_period'
  | 'delegate_is_leader'
  | 'delegate_is_lis'
  | 'period_over'
  | 'delegation_not_found'
  | 'delegation_ended'
  | 'too_many_invitations'
  | 'too_many_delegations';

const SINGLE: Partial<Record<Role, RoleError>> = { leader: 'has_leader', advisor: 'has_advisor' };

export interface Invitee {
  aadObjectId: string;
  name: string;
}

/**
 * Invites a person to a role. A LIS has one leader and one advisor at a time: a second one is
 * refused unless `replace` is set, and then the current one ends when the new one accepts.
 */
export function invite(
  profile: TraineeProfile,
  who: Invitee,
  role: Role,
  opts: { now: string; invitationId: string; replace?: boolean },
): Result<{ profile: TraineeProfile; invitation: RoleHolder }, RoleError> {
  if (who.aadObjectId === profile.aadObjectId) return fail('self_invite');
  const same = profile.roles.filter((r) => r.aadObjectId === who.aadObjectId && r.role === role);
  if (same.some((r) => r.state === 'active')) return fail('already_holds_role');
  if (same.some((r) => r.state === 'invited' && !expired(r, opts.now))) return fail('already_invited');
  const current = activeHolders(profile, role)[0];
  const single = SINGLE[role];
  if (single && current && !opts.replace) return fail(single);
  const open = profile.roles.filter((r) => r.state === 'invited' && !expired(r, opts.now));
  if (open.length >= OPEN_INVITATIONS_MAX) return fail('too_many_invitations');
  const invitation: RoleHolder = {
    aadObjectId: who.aadObjectId,
    name: who.name,
    role,
    state: 'invited',
    since: opts.now,
    invitationId: opts.invitationId,
    // To the end of the last day in Norway, the day the card shows.
    expiresAt: endOfNorwayDay(addDays(norwayDate(opts.now), INVITATION_DAYS)),
    ...(single && current && opts.replace ? { replaces: current.aadObjectId } : {}),
  };
  // Open invitations to the same single role are withdrawn: only the newest one counts.
  const roles = profile.roles.map((r) =>
    single && r.role === role && r.state === 'invited'
      ? { ...r, state: 'withdrawn' as const, since: opts.now }
      : r,
  );
  return ok({ profile: { ...profile, roles: [...pruned(roles, opts.now), invitation] }, invitation });
}

/** Invitations that came to nothing: declined, withdrawn, or lapsed unanswered. */
const cameToNothing = (r: RoleHolder, now: string): boolean =>
  r.state === 'declined' || r.state === 'withdrawn' || (r.state === 'invited' && expired(r, now));

/** The roles without the oldest invitations that came to nothing, past the number kept. */
function pruned(roles: RoleHolder[], now: string): RoleHolder[] {
  const gone = roles.filter((r) => cameToNothing(r, now));
  const drop = new Set(gone.slice(0, Math.max(0, gone.length - LAPSED_INVITATIONS_KEPT)));
  return roles.filter((r) => !drop.has(r));
}

function expired(r: RoleHolder, now: string): boolean {
  return !!r.expiresAt && r.expiresAt < now;
}

/**
 * An invitation nobody answered before it ran out (no longer open, and not a role): its last day,
 * if that is before today.
 */
export function lapsedOn(r: RoleHolder, today: string): string | undefined {
  if (r.state !== 'invited' || !r.expiresAt) return undefined;
  const last = norwayDate(new Date(r.expiresAt));
  return last < today ? last : undefined;
}

/**
 * The roles to show around a LIS: those held, the invitations open, and those that ran out
 * unanswered unless the same person was invited to the same role again since (or holds it).
 */
export function rolesShown(roles: readonly RoleHolder[], today: string): RoleHolder[] {
  return roles.filter(
    (r) =>
      r.state === 'active' ||
      (r.state === 'invited' &&
        (!lapsedOn(r, today) ||
          !roles.some(
            (x) =>
              x !== r &&
              x.aadObjectId === r.aadObjectId &&
              x.role === r.role &&
              (x.state === 'active' || (x.state === 'invited' && x.since > r.since)),
          ))),
  );
}

/**
 * An invitation meant to replace the leader or advisor who still holds the role: invited again, it
 * replaces them again. (One made when no one held the role does not replace whoever holds it now.)
 */
export const replacesHolder = (profile: TraineeProfile, r: RoleHolder): boolean =>
  !!r.replaces && activeHolders(profile, r.role).some((h) => h.aadObjectId === r.replaces);

/**
 * The LIS is told of an invitation that ran out unanswered once, by the first sweep after; one that
 * ran out longer ago than this (before anyone looked) is only marked, not told.
 */
export const LAPSE_TOLD_WITHIN_DAYS = 7;

/**
 * The invitations that ran out and were not yet told of: the profile with each marked told, and
 * those to tell the LIS about (not one the LIS has since invited again, or one from long ago).
 * Undefined when there is nothing to mark, so that writing the profile is what makes it once.
 */
export function lapseNotice(
  profile: TraineeProfile,
  today: string,
  now: string,
):
  | { profile: TraineeProfile; told: { name: string; role: Role; last: string }[]; marked: number }
  | undefined {
  const lapsed = profile.roles.filter((r) => !r.lapseToldAt && lapsedOn(r, today));
  if (lapsed.length === 0) return undefined;
  const shown = new Set(rolesShown(profile.roles, today));
  const since = addDays(today, -LAPSE_TOLD_WITHIN_DAYS);
  const told = lapsed.flatMap((r) => {
    const last = lapsedOn(r, today);
    return last && last >= since && shown.has(r) ? [{ name: r.name, role: r.role, last }] : [];
  });
  return {
    profile: {
      ...profile,
      roles: profile.roles.map((r) => (lapsed.includes(r) ? { ...r, lapseToldAt: now } : r)),
    },
    told,
    marked: lapsed.length,
  };
}

/** Accepts or declines an invitation. Only the invitee may answer; an answered invitation stays answered. */
export function answer(
  profile: TraineeProfile,
  invitationId: string,
  actor: string,
  accept: boolean,
  now: string,
): Result<{ profile: TraineeProfile; holder: RoleHolder; ended?: RoleHolder }, RoleError> {
  const inv = profile.roles.find((r) => r.invitationId === invitationId);
  if (!inv) return fail('invitation_not_found');
  if (inv.aadObjectId !== actor) return fail('not_invitee');
  if (inv.state === 'active' || inv.state === 'ended') return fail('already_accepted');
  if (inv.state === 'declined') return fail('already_declined');
  if (inv.state === 'withdrawn') return fail('invitation_withdrawn');
  if (expired(inv, now)) return fail('invitation_expired');
  const holder: RoleHolder = { ...inv, state: accept ? 'active' : 'declined', since: now };
  let ended: RoleHolder | undefined;
  const roles = profile.roles.map((r) => {
    if (r === inv) return holder;
    const replaced =
      accept && ((inv.replaces && r.aadObjectId === inv.replaces) || SINGLE[inv.role] !== undefined);
    if (replaced && r.role === inv.role && r.state === 'active') {
      ended = { ...r, state: 'ended', since: now };
      return ended;
    }
    return r;
  });
  return ok({ profile: { ...profile, roles }, holder, ...(ended ? { ended } : {}) });
}

/** The invitations of this LIS still open to the person, to answer (expired ones are not). */
export function invitationsTo(
  profile: Pick<TraineeProfile, 'roles'>,
  who: string,
  today: string,
): (RoleHolder & { invitationId: string })[] {
  return profile.roles.filter(
    (r): r is RoleHolder & { invitationId: string } =>
      r.aadObjectId === who &&
      r.state === 'invited' &&
      !!r.invitationId &&
      (!r.expiresAt || norwayDate(r.expiresAt) >= today),
  );
}

/** Ends an active role or withdraws an open invitation. */
export function removeRole(
  profile: TraineeProfile,
  aadObjectId: string,
  role: Role,
  now: string,
): Result<{ profile: TraineeProfile; removed: RoleHolder }, RoleError> {
  const target = profile.roles.find(
    (r) =>
      r.aadObjectId === aadObjectId && r.role === role && (r.state === 'active' || r.state === 'invited'),
  );
  if (!target) return fail('role_not_found');
  const removed: RoleHolder = {
    ...target,
    state: target.state === 'active' ? 'ended' : 'withdrawn',
    since: now,
  };
  return ok({
    profile: { ...profile, roles: profile.roles.map((r) => (r === target ? removed : r)) },
    removed,
  });
}

/** Lends the leader's approval rights to someone for a period (inclusive dates). */
export function delegate(
  profile: TraineeProfile,
  leader: Invitee,
  to: Invitee,
  period: { from: string; to: string },
  id: string,
  today: string,
): Result<{ profile: TraineeProfile; delegation: Delegation }, RoleError> {
  if (period.to < period.from) return fail('bad_period');
  if (period.to < today) return fail('period_over');
  if (to.aadObjectId === leader.aadObjectId) return fail('delegate_is_leader');
  // No one approves their own learning goals.
  if (to.aadObjectId === profile.aadObjectId) return fail('delegate_is_lis');
  const over = (d: Delegation) => !!d.revoked || d.to < today;
  const all = profile.delegations ?? [];
  if (all.filter((d) => !over(d)).length >= OPEN_DELEGATIONS_MAX) return fail('too_many_delegations');
  const delegation: Delegation = {
    id,
    leader: leader.aadObjectId,
    leaderName: leader.name,
    delegate: to.aadObjectId,
    delegateName: to.name,
    from: period.from,
    to: period.to,
  };
  // Of those over, the newest per leader and delegate, and of those the newest few.
  const ended = all.filter(over);
  const kept = new Set(
    ended
      .filter((d, i) => !ended.slice(i + 1).some((x) => x.leader === d.leader && x.delegate === d.delegate))
      .slice(-ENDED_DELEGATIONS_KEPT),
  );
  return ok({
    profile: {
      ...profile,
      delegations: [...all.filter((d) => !over(d) || kept.has(d)), delegation],
    },
    delegation,
  });
}

/**
 * The leader ends a delegation of theirs before its last day (taking approval back). It stays in
 * the profile, marked ended, as the history of who could approve when; one already over is refused.
 */
export function endDelegation(
  profile: TraineeProfile,
  id: string,
  leader: string,
  today: string,
): Result<{ profile: TraineeProfile; delegation: Delegation }, RoleError> {
  const d = (profile.delegations ?? []).find((x) => x.id === id && x.leader === leader);
  if (!d) return fail('delegation_not_found');
  if (d.revoked || d.to < today) return fail('delegation_ended');
  const delegation: Delegation = { ...d, revoked: true, endedAt: today };
  return ok({
    profile: { ...profile, delegations: profile.delegations.map((x) => (x.id === id ? delegation : x)) },
    delegation,
  });
}

/** The person's index entries for this LIS, derived from the profile (which is the source of truth). */
export function personRolesFor(
  person: Pick<Person, 'aadObjectId' | 'roles'>,
  profile: TraineeProfile,
): PersonRole[] {
  const others = person.roles.filter((r) => r.traineeId !== profile.traineeId);
  const mine: PersonRole[] = profile.roles
    .filter((r) => r.aadObjectId === person.aadObjectId && (r.state === 'active' || r.state === 'invited'))
    .map((r) => ({ traineeId: profile.traineeId, traineeName: profile.name, role: r.role, state: r.state }));
  for (const d of profile.delegations ?? []) {
    if (d.delegate === person.aadObjectId && !d.revoked && !mine.some((m) => m.role === 'delegate')) {
      mine.push({
        traineeId: profile.traineeId,
        traineeName: profile.name,
        role: 'delegate',
        state: 'active',
      });
    }
  }
  return [...others, ...mine];
}
