import { decisionsFor } from '../core/inbox';
import type { Person, Stored, Unit } from '../core/model';
import { can } from '../core/policy';
import { invitationsTo } from '../core/roles';
import type { TraineeSnapshot } from '../store';
import { hasStanding } from './load';
import { type ProgressView, progressFor } from './progressView';
import { type TraineeView, viewTrainee } from './traineeView';
import type { Call, OpsDeps, Outcome } from './types';

/** One LIS in a list: in full for someone with a role, else only name, phase and overall progress. */
export interface Summary {
  view: ProgressView;
  full: boolean;
  /** How many decisions wait for the caller (a signature, an approval, advice, a mark), as the inbox counts them. */
  forYou: number;
}

export interface Overview {
  person?: Stored<Person>;
  isLis: boolean;
  /** Leads (or holds a delegation for) another LIS: the export of approvals and the plan check are theirs. */
  leads: boolean;
  trainees: Summary[];
  /** The LIS whose approval the caller (their active leader) may lend someone for a period. */
  delegable: { traineeId: string; trainee: string }[];
  /** The approvals the caller (a leader) lends someone, not yet over: per LIS, to end one early. */
  delegations: {
    traineeId: string;
    trainee: string;
    id: string;
    delegateName: string;
    from: string;
    to: string;
  }[];
  /** Invitations waiting for the caller's answer: the LIS (by name) and the role. */
  invitations: { traineeId: string; invitationId: string; trainee: string; role: string }[];
  detail?: TraineeView;
  unit?: Pick<Unit, 'unitId' | 'name'> | null;
}

const summary = (deps: OpsDeps, s: TraineeSnapshot, me: string, today: string, full: boolean): Summary => ({
  view: progressFor(deps, s, me, today),
  full,
  forYou: full ? decisionsFor({ aadObjectId: me }, s, today).length : 0,
});

/** The LIS the caller may see: their own, and those they hold an active role for (the person document). */
function visible(person: Stored<Person> | undefined): string[] {
  const ids = new Set((person?.roles ?? []).filter((r) => r.state === 'active').map((r) => r.traineeId));
  if (person?.traineeId) ids.add(person.traineeId);
  return [...ids];
}

/**
 * The tab's first view in one call. Personal: the LIS the caller may see, and the one to open
 * first (`trainee` if asked for; someone not theirs is `not_found`, as an unknown id is).
 * Channel (`team`): the LIS of the unit the team is linked to.
 */
export async function overview(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  input: {
    team?: string;
    trainee?: string /** The caller's person, when already read this turn. */;
    person?: Stored<Person>;
    /** Only the list (the chat's): no LIS is opened in full. */
    listOnly?: true;
  },
): Promise<Outcome<Overview>> {
  const me = call.caller.aadObjectId;
  const person = input.person ?? (await deps.store.people.get(me));
  if (input.team !== undefined) {
    // The channel's summary is for members of that team, as Teams says; anyone else sees nothing.
    if (!/^[\w:@.-]{1,200}$/.test(input.team) || (await deps.roster.isMember(input.team, me)) !== true)
      return { kind: 'not_found' };
    const unitId = await deps.store.units.getTeamLink(input.team);
    const unit = unitId ? await deps.store.units.get(unitId) : undefined;
    // Only those serving there now: a LIS who moved elsewhere is not the team's to see (an older
    // roster may still name them).
    const snaps = unit
      ? (await Promise.all(unit.traineeIds.map((id) => deps.store.trainees.snapshot(id)))).filter(
          (s): s is TraineeSnapshot => s !== undefined && s.profile.employer.unitId === unit.unitId,
        )
      : [];
    return {
      kind: 'done',
      value: {
        ...(person ? { person } : {}),
        isLis: false,
        leads: false,
        // Invitations and delegations are personal: never in a channel's view.
        invitations: [],
        delegable: [],
        delegations: [],
        unit: unit ? { unitId: unit.unitId, name: unit.name } : null,
        trainees: snaps.map((s) => summary(deps, s, me, call.today, hasStanding(me, s.profile, call.today))),
      },
    };
  }
  const snaps = (await Promise.all(visible(person).map((id) => deps.store.trainees.snapshot(id)))).filter(
    (s) => s !== undefined,
  );
  const viewable = snaps.filter((s) => hasStanding(me, s.profile, call.today));
  if (input.trainee && !viewable.some((s) => s.profile.traineeId === input.trainee))
    return { kind: 'not_found' };
  const own = viewable.find((s) => s.profile.aadObjectId === me);
  const first =
    input.trainee ??
    own?.profile.traineeId ??
    (viewable.length === 1 ? viewable[0]?.profile.traineeId : undefined);
  const detail = first && !input.listOnly ? await viewTrainee(deps, call, { traineeId: first }) : undefined;
  // One point read per LIS whose invitation the person document names, to see it is still open
  // (the chat's list has its own way to them: the inbox).
  const invitedBy = input.listOnly
    ? []
    : [...new Set((person?.roles ?? []).filter((r) => r.state === 'invited').map((r) => r.traineeId))];
  const inviters = await Promise.all(invitedBy.map((id) => deps.store.trainees.getProfile(id)));
  const invitations = inviters.flatMap((p) =>
    p
      ? invitationsTo(p, me, call.today).map((r) => ({
          traineeId: p.traineeId,
          invitationId: r.invitationId,
          trainee: p.name,
          role: r.role,
        }))
      : [],
  );
  return {
    kind: 'done',
    value: {
      ...(person ? { person } : {}),
      isLis: !!own,
      leads: viewable.some(
        (s) => s.profile.aadObjectId !== me && can(me, 'approvals.export', s.profile, call.today).ok,
      ),
      trainees: viewable.map((s) => summary(deps, s, me, call.today, true)),
      invitations,
      delegable: viewable
        .filter((s) => can(me, 'delegation.grant', s.profile, call.today).ok)
        .map((s) => ({ traineeId: s.profile.traineeId, trainee: s.profile.name })),
      delegations: viewable.flatMap((s) =>
        (s.profile.delegations ?? [])
          .filter((d) => d.leader === me && !d.revoked && d.to >= call.today)
          .map((d) => ({
            traineeId: s.profile.traineeId,
            trainee: s.profile.name,
            id: d.id,
            delegateName: d.delegateName,
            from: d.from,
            to: d.to,
          })),
      ),
      ...(detail?.kind === 'done' ? { detail: detail.value } : {}),
    },
  };
}
