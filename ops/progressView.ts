import { decisionsFor } from '../core/inbox';
import type { Person, PersonRole, Stored, TraineeProfile } from '../core/model';
import { type Action, can } from '../core/policy';
import { type Progress, progressOf } from '../core/progress';
import type { ReturnedItem } from '../core/returned';
import type { TraineeSnapshot } from '../store';
import { hasStanding, isTraineeId } from './load';
import { returnedTo } from './returned';
import type { Call, OpsDeps, Outcome } from './types';

export interface ProgressView {
  profile: Stored<TraineeProfile>;
  snapshot: TraineeSnapshot;
  /** Absence is left out unless the caller may see it (the LIS, leader or delegate, advisor). */
  progress: Progress;
  viewerIsLis: boolean;
  /** Who looks (Entra object id): what waits for them is said to them. */
  viewer: string;
  /** The caller may mark milestones held (the leader, a delegate, the advisor). */
  canMarkMilestones: boolean;
  /** What was sent back to the LIS, with the comments: only when the LIS asks. */
  returned: ReturnedItem[];
  /**
   * On a LIS's own view, what waits for them as another LIS's supervisor, advisor or leader (a LIS3
   * who supervises a LIS1): their own status is where they look, and the inbox is a question away.
   */
  othersWaiting?: { traineeId: string; name: string; count: number }[];
}

/** Where a LIS stands, as this caller may see it: absence only for those the policy allows. */
export function progressFor(
  deps: OpsDeps,
  snap: TraineeSnapshot,
  caller: string,
  today: string,
): ProgressView {
  const p = progressOf(snap.profile, snap.goals, snap.open, snap.signed, deps.catalogs, today);
  const { absence, ...rest } = p;
  const seesAbsence = can(caller, 'absence.view', snap.profile, today).ok;
  // Who else supervises the LIS, what they are asked to sign and whom the leader lends approval to are
  // not a supervisor's to read (as the roles and the activities are not): only what waits for her.
  const seesOthers = can(caller, 'history.view', snap.profile, today).ok;
  const { delegates, ...shared } = rest;
  const visible = seesOthers
    ? { ...shared, ...(delegates ? { delegates } : {}) }
    : { ...shared, pending: shared.pending.filter((q) => q.waitingForId === caller) };
  return {
    profile: snap.profile,
    snapshot: snap,
    // Notes on milestones are about the LIS's training, like absence: not for supervisors.
    progress:
      seesAbsence && absence
        ? { ...visible, absence }
        : { ...visible, milestones: visible.milestones.map(({ note: _n, ...m }) => m) },
    viewerIsLis: snap.profile.aadObjectId === caller,
    viewer: caller,
    canMarkMilestones: can(caller, 'milestone.mark', snap.profile, today).ok,
    returned: [],
  };
}

/** A name as asked matches a person's: the whole of it, the first name, or its first words. */
export function matchesName(name: string, asked: string): boolean {
  const n = name.toLowerCase();
  const a = asked.toLowerCase();
  // The whole name, the first name, the first names, or the surname ("hva gjenstår for Wilber?").
  return n === a || n.split(/\s+/)[0] === a || n.startsWith(`${a} `) || n.endsWith(` ${a}`);
}

/** Whether a name is the asker's own (as a LIS) or that of a LIS they hold an active role for. */
export function namesSomeoneKnown(person: Person, name: string): boolean {
  if (person.traineeId && matchesName(person.name, name)) return true;
  return roleTraineeNamed(person, name) !== undefined;
}

/** The name of the LIS the person holds an active role for (any role) whom `name` matches. */
export function roleTraineeNamed(person: Person | undefined, name: string): string | undefined {
  return person?.roles.find((r) => r.state === 'active' && matchesName(r.traineeName, name))?.traineeName;
}

/**
 * Which LIS a question is about ("hva gjenstår for Alex?"): the one named (among the caller and those
 * they hold an active role for), or with no name the caller themself, or the only LIS they hold a
 * role for. Refusals: `no_trainees`, `pick` (several, no name), `ambiguous` (several match the name);
 * an unknown name, or one the caller has no role for, is `not_found`. The person document is an
 * index: whoever reads the LIS's partition after this checks the caller's standing there.
 */
export async function traineeAskedAbout(
  deps: OpsDeps,
  call: Pick<Call, 'caller'>,
  input: {
    name?: string;
    person?: Stored<Person>;
    /** A goal id as typed: with no name, the one LIS whose plans have it is the one meant. */
    goalId?: string;
    /** Filled with the profiles read to find that LIS, so the caller need not read the chosen one again. */
    read?: Map<string, Stored<TraineeProfile>>;
  },
): Promise<Outcome<string>> {
  const me = call.caller.aadObjectId;
  const person = input.person ?? (await deps.store.people.get(me));
  const roles: PersonRole[] = (person?.roles ?? []).filter((r) => r.state === 'active');
  const trainees = [...new Map(roles.map((r) => [r.traineeId, r.traineeName])).entries()];
  let traineeId: string | undefined;
  if (!input.name) {
    if (person?.traineeId) traineeId = person.traineeId;
    else if (trainees.length === 1) traineeId = trainees[0]?.[0];
    else if (trainees.length === 0) return { kind: 'refused', reason: 'no_trainees', details: {} };
    else {
      const only = input.goalId
        ? await onlyOneFollowing(deps, trainees, input.goalId, input.read)
        : undefined;
      if (!only)
        return { kind: 'refused', reason: 'pick', details: { names: trainees.map(([, n]) => n).join(', ') } };
      traineeId = only;
    }
  } else if (person?.traineeId && matchesName(person.name, input.name)) traineeId = person.traineeId;
  else {
    const found = trainees.filter(([, n]) => matchesName(n, input.name ?? ''));
    if (found.length > 1)
      return { kind: 'refused', reason: 'ambiguous', details: { names: found.map(([, n]) => n).join(', ') } };
    traineeId = found[0]?.[0];
  }
  return traineeId ? { kind: 'done', value: traineeId } : { kind: 'not_found' };
}

/**
 * The profile of the LIS a question names (as `traineeAskedAbout` finds them), for a caller who may do
 * `action` there. Someone with no role learns nothing (`not_found`); someone with another role is
 * refused (`forbidden`, with the LIS's name: they know of the LIS already).
 */
export async function profileAskedAbout(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  input: {
    name?: string;
    person?: Stored<Person> /** From a card's button: the LIS it was drawn for. */;
    traineeId?: string;
  },
  action: Action,
): Promise<Outcome<Stored<TraineeProfile>>> {
  const me = call.caller.aadObjectId;
  const who: Outcome<string> = input.traineeId
    ? { kind: 'done', value: input.traineeId }
    : await traineeAskedAbout(deps, call, input);
  if (who.kind !== 'done') return who;
  const profile = isTraineeId(who.value) ? await deps.store.trainees.getProfile(who.value) : undefined;
  if (!profile || !hasStanding(me, profile, call.today)) return { kind: 'not_found' };
  if (!can(me, action, profile, call.today).ok)
    return { kind: 'refused', reason: 'forbidden', details: { trainee: profile.name } };
  return { kind: 'done', value: profile };
}

/** The one of these LIS whose plans have the goal (the id as typed), if just one has it. */
async function onlyOneFollowing(
  deps: OpsDeps,
  trainees: readonly [string, string][],
  goalId: string,
  read?: Map<string, Stored<TraineeProfile>>,
): Promise<string | undefined> {
  const profiles = await Promise.all(trainees.map(([id]) => deps.store.trainees.getProfile(id)));
  for (const p of profiles) if (p) read?.set(p.traineeId, p);
  const having = profiles.filter((p) => p && deps.catalogs.inPlans(p.catalogIds, goalId));
  return having.length === 1 ? having[0]?.traineeId : undefined;
}

export async function whatIsLeft(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  input: { name?: string; person?: Stored<Person> },
): Promise<Outcome<ProgressView>> {
  const person = input.person ?? (await deps.store.people.get(call.caller.aadObjectId));
  const who = await traineeAskedAbout(deps, call, { ...input, ...(person ? { person } : {}) });
  if (who.kind !== 'done') return who;
  return progressOfTrainee(deps, call, who.value, person ?? null);
}

/** Where one LIS stands, by id (a click on their progress card), as this caller may see it. */
export async function progressOfTrainee(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  traineeId: string,
  /** The caller's person document, if read already (`null`: they have none). */
  person?: Stored<Person> | null,
): Promise<Outcome<ProgressView>> {
  const me = call.caller.aadObjectId;
  const snap = isTraineeId(traineeId) ? await deps.store.trainees.snapshot(traineeId) : undefined;
  // The person document is an index; the profile decides.
  if (!snap || !hasStanding(me, snap.profile, call.today)) return { kind: 'not_found' };
  const view = progressFor(deps, snap, me, call.today);
  if (!view.viewerIsLis) return { kind: 'done', value: view };
  const own = person === undefined ? await deps.store.people.get(me) : (person ?? undefined);
  const [returned, othersWaiting] = await Promise.all([
    returnedTo(deps, snap),
    waitingElsewhere(deps, call, own),
  ]);
  return { kind: 'done', value: { ...view, returned, othersWaiting } };
}

/**
 * What waits for the caller at the other LIS they hold an active role for, per LIS (none: no reads
 * beyond the person document). Each LIS's own document decides, as the inbox's does.
 */
async function waitingElsewhere(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  person: Stored<Person> | undefined,
): Promise<{ traineeId: string; name: string; count: number }[]> {
  const me = call.caller.aadObjectId;
  const ids = [
    ...new Set(
      (person?.roles ?? [])
        .filter((r) => r.state === 'active' && r.traineeId !== person?.traineeId)
        .map((r) => r.traineeId),
    ),
  ];
  const snaps = await Promise.all(ids.map((id) => deps.store.trainees.snapshot(id)));
  return snaps
    .filter((s): s is TraineeSnapshot => s !== undefined && hasStanding(me, s.profile, call.today))
    .map((s) => ({
      traineeId: s.profile.traineeId,
      name: s.profile.name,
      count: decisionsFor({ aadObjectId: me }, s, call.today).length,
    }))
    .filter((x) => x.count > 0);
}
