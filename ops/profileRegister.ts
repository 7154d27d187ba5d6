import { createHash } from 'node:crypto';
import { missingSpecialtyPlan, partOf, phaseSchema, SPECIALTY_MAX, specialtyName } from '../core/catalog';
import { isIsoDate } from '../core/dates';
import type { Effect } from '../core/effects';
import type { TextKey } from '../core/i18n';
import { milestonesAfterRegistration } from '../core/milestones';
import type { Stored, TraineeProfile } from '../core/model';
import { activeHolders, can } from '../core/policy';
import { earlierAfterRegistration } from '../core/service';
import { isConflict } from '../store';
import { auditId } from './decide';
import { rosterInStep, syncPerson } from './profiles';
import type { Call, OpsDeps, Outcome } from './types';
import { write } from './write';

export interface RegistrationInput {
  phase?: string;
  specialty?: string;
  /** The unit (employer) chosen from the list; a typed name creates nothing. */
  unitId?: string;
  start?: string;
  end?: string;
  position?: string;
  percent?: string | number;
  /** The day this part of the training began; empty = the service start. */
  partStart?: string;
  /** LIS1: "true"/"false", service in psychiatry in the hospital part. */
  psychiatry?: string | boolean;
  /** LIS3 in general practice: "true" when the period now is in an institution. */
  institution?: string | boolean;
  catalogs?: string;
}

export const PHASE_CHOICES = ['LIS1_hospital', 'LIS1_municipality', 'LIS2', 'LIS3'] as const;
export type PhaseChoice = (typeof PHASE_CHOICES)[number];

export interface Registered {
  profile: Stored<TraineeProfile>;
  phaseChoice: PhaseChoice;
  created: boolean;
  /** A LIS2/3 whose specialty has no plan of its own in the app: only the common goals (FKM) count. */
  noSpecialtyPlan?: true;
  /** A LIS who moved to another employer: the leader (or leaders) she still has, by name. */
  leaderStays?: string;
}

/**
 * A LIS who changes the plans they follow (moved over to a newer version) tells their leader: she
 * approves by the plan, and goals approved in the one left no longer count in the app.
 */
function planMoveNotices(deps: OpsDeps, before: TraineeProfile | undefined, after: TraineeProfile): Effect[] {
  const names = (ids: readonly string[]) => ids.map((id) => deps.catalogs.get(id)?.name ?? id);
  const left = before?.catalogIds.filter((id) => !after.catalogIds.includes(id)) ?? [];
  const joined = after.catalogIds.filter((id) => !before?.catalogIds.includes(id));
  if (!before || (left.length === 0 && joined.length === 0)) return [];
  const text =
    left.length === 0
      ? 'planAddedToLeader'
      : joined.length === 0
        ? 'planDroppedToLeader'
        : 'planMovedToLeader';
  return toLeaders(after, text, {
    trainee: after.name,
    left: names(left).join(', '),
    joined: names(joined).join(', '),
  });
}

/**
 * A LIS who moves to another employer (LIS1's hospital part to the municipal one, say) keeps her
 * leader until she invites the new one: the leader is told, as the approvals are the employer's.
 */
function employerMoveNotices(before: TraineeProfile | undefined, after: TraineeProfile): Effect[] {
  if (!before || before.employer.unitId === after.employer.unitId) return [];
  return toLeaders(after, 'employerMovedToLeader', {
    trainee: after.name,
    employer: after.employer.name,
    before: before.employer.name,
  });
}

/**
 * The leader confirms the service the LIS registers (the confirmation of service names its period,
 * position and percentage), so a change the LIS makes to it at the same employer is told to them.
 */
function serviceChangeNotices(before: TraineeProfile | undefined, after: TraineeProfile): Effect[] {
  const was = before?.service;
  const now = after.service;
  if (!before || !was || !now || before.employer.unitId !== after.employer.unitId) return [];
  if (
    was.start === now.start &&
    was.end === now.end &&
    was.percent === now.percent &&
    was.position === now.position &&
    was.setting === now.setting
  )
    return [];
  return toLeaders(after, 'serviceChangedToLeader', {
    trainee: after.name,
    from: now.start,
    to: now.end,
    percent: String(now.percent),
    position: now.position || '–',
  });
}

/** A short text to each active leader of the LIS, delivered by the outbox with the change. */
const toLeaders = (profile: TraineeProfile, text: TextKey, vars: Record<string, string>): Effect[] =>
  activeHolders(profile, 'leader').map((leader) => ({ kind: 'text', to: leader.aadObjectId, text, vars }));

/**
 * The id of a person's LIS record when they first register: derived from who they are (hashed, so it
 * does not show their Entra id), so a registration tried again finds the record a first try wrote.
 */
export const firstTraineeId = (aadObjectId: string): string =>
  `lis-${createHash('sha256').update(`lis:${aadObjectId}`).digest('hex').slice(0, 32)}`;

/** The caller's own registration as a LIS, if any (for the form). */
export async function ownProfile(deps: OpsDeps, caller: string): Promise<Stored<TraineeProfile> | undefined> {
  const person = await deps.store.people.get(caller);
  return person?.traineeId ? deps.store.trainees.getProfile(person.traineeId) : undefined;
}

/**
 * "kom i gang": registers the caller as a LIS, or edits their registration. `invalid` names the
 * field that is wrong (`catalogs` with `details.phase/date` when no catalog fits); nothing is stored then.
 */
export async function registerTrainee(
  deps: OpsDeps,
  call: Call,
  input: RegistrationInput,
): Promise<Outcome<Registered>> {
  const me = call.caller.aadObjectId;
  const person = await deps.store.people.get(me);
  // A first registration cut short after its write, before the person was linked to it, is found by
  // its id (the same for every try): tried again, it completes that one instead of making a second LIS.
  const found = await deps.store.trainees.getProfile(person?.traineeId ?? firstTraineeId(me));
  const existing = found?.aadObjectId === me || person?.traineeId ? found : undefined;
  if (existing && !can(me, 'profile.edit', existing, call.today).ok) return { kind: 'not_found' };
  // Leaders, cards and the confirmation of service name the LIS: a LIS is not registered nameless (a
  // token without a name, from someone the app has not met in the chat).
  const name = call.caller.name || person?.name || existing?.name || '';
  if (!name.trim()) return { kind: 'refused', reason: 'name_unknown', details: {} };

  const phaseChoice = PHASE_CHOICES.find((p) => p === input.phase);
  const phase = phaseSchema.safeParse((input.phase ?? '').split('_')[0]);
  if (!phaseChoice || !phase.success) return { kind: 'invalid', field: 'phase' };
  const unit =
    // A unit's id keeps the letters of its name: "unit-sørlandet-sykehus-…" is one.
    input.unitId && /^[\p{L}\p{N}_:-]{1,200}$/u.test(input.unitId)
      ? await deps.store.units.get(input.unitId)
      : undefined;
  if (!unit) return { kind: 'invalid', field: 'unit' };
  // LIS1's two parts are served at two employers: the hospital part at a hospital (health trust), the
  // municipal part at a municipality. The part decides how the period counts (12 months or 6, the
  // milestones, the place on the confirmation of service), the employer which goals its leader
  // approves: the two must agree.
  const part =
    phaseChoice === 'LIS1_hospital'
      ? 'hospital'
      : phaseChoice === 'LIS1_municipality'
        ? 'municipality'
        : undefined;
  if (part && unit.kind !== part)
    return { kind: 'invalid', field: 'unit', details: { part, employer: unit.name } };
  if (!isIsoDate(input.start) || !isIsoDate(input.end)) return { kind: 'invalid', field: 'dates' };
  if (input.end <= input.start)
    return { kind: 'invalid', field: 'dates', details: { order: 'end_before_start' } };
  const partStart = (input.partStart ?? '').trim() || input.start;
  if (!isIsoDate(partStart) || partStart > input.start)
    return { kind: 'invalid', field: 'dates', details: { order: 'part_start_after_start' } };
  const percent = Number(input.percent ?? 100);
  if (!Number.isFinite(percent) || percent < 1 || percent > 100) return { kind: 'invalid', field: 'percent' };
  // Every LIS2/3 is in a specialty, and its plan and rules are found by it.
  const specialty = phase.data === 'LIS1' ? undefined : specialtyName(input.specialty);
  if (phase.data !== 'LIS1' && (!specialty || specialty.length > SPECIALTY_MAX))
    return { kind: 'invalid', field: 'specialty', details: { max: String(SPECIALTY_MAX) } };
  const chosen = [
    ...new Set(
      (input.catalogs ?? '')
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
    ),
  ];
  if (chosen.some((c) => !deps.catalogs.get(c))) return { kind: 'invalid', field: 'catalogs' };
  // None chosen: a registered LIS in the same part (and specialty) keeps the plans she follows (she
  // may have been moved over to a newer version); someone new, or in a new part, gets those in force
  // when the part started.
  const keeps =
    existing &&
    partOf(existing.phase) === partOf(phase.data) &&
    specialtyName(existing.specialty) === specialty;
  const catalogIds =
    chosen.length > 0
      ? chosen
      : keeps
        ? existing.catalogIds
        : deps.catalogs.defaultsFor(phase.data, partStart, specialty).map((c) => c.id);
  if (catalogIds.length === 0)
    return { kind: 'invalid', field: 'catalogs', details: { phase: phase.data, date: partStart } };
  // A plan of another part or specialty, one that ended before the LIS started, or two versions of one.
  const problem = deps.catalogs.planProblem(catalogIds, phase.data, partStart, call.today, specialty);
  if (problem) {
    const { reason, ...facts } = problem;
    return { kind: 'invalid', field: 'catalogs', details: { plan_problem: reason, ...facts } };
  }
  // A request for approval in a plan left behind could be neither decided nor recalled after the
  // move: recalled or answered first. (The write below is guarded by the document's ETag, which a
  // request made meanwhile changes.)
  const left = existing?.catalogIds.filter((id) => !catalogIds.includes(id)) ?? [];
  if (existing && left.length > 0) {
    const waiting = ((await deps.store.trainees.snapshot(existing.traineeId))?.goals ?? []).filter(
      (g) => left.includes(g.catalogId) && g.status === 'pending_approval',
    );
    const first = waiting[0];
    if (first)
      return {
        kind: 'invalid',
        field: 'catalogs',
        details: {
          plan_problem: 'pending_in_left',
          plan: deps.catalogs.get(first.catalogId)?.name ?? first.catalogId,
          goals: waiting
            .filter((g) => g.catalogId === first.catalogId)
            .map((g) => g.goalId)
            .join(', '),
        },
      };
  }

  const traineeId = existing?.traineeId ?? firstTraineeId(me);
  const profile: TraineeProfile = {
    kind: 'profile',
    id: 'profile',
    traineeId,
    aadObjectId: me,
    name,
    phase: phase.data,
    ...(phase.data === 'LIS1'
      ? { part: phaseChoice === 'LIS1_municipality' ? ('municipality' as const) : ('hospital' as const) }
      : {}),
    partStart,
    ...(phase.data === 'LIS1' ? { psychiatry: String(input.psychiatry ?? 'true') !== 'false' } : {}),
    ...(specialty ? { specialty } : {}),
    employer: { unitId: unit.unitId, name: unit.name, kind: unit.kind },
    service: {
      start: input.start,
      end: input.end,
      position: (input.position ?? '').trim(),
      percent,
      // Only a LIS3 in general practice is asked; for anyone else the answer means nothing.
      ...(phase.data === 'LIS3' && String(input.institution) === 'true'
        ? { setting: 'institution' as const }
        : {}),
    },
    catalogIds,
    ...(person?.conversation ? { conversation: person.conversation } : {}),
    // The employer's periods stay; the current one becomes one of them when a new period starts.
    ...(existing ? { earlier: earlierAfterRegistration(existing, input.start) } : {}),
    roles: existing?.roles ?? [],
    delegations: existing?.delegations ?? [],
    absence: existing?.absence ?? [],
    milestones: milestonesAfterRegistration(existing, {
      municipal: phaseChoice === 'LIS1_municipality',
      unitId: unit.unitId,
      start: input.start,
      end: input.end,
    }),
    createdAt: existing?.createdAt ?? call.now,
  };
  const verb = existing ? 'profile.edit' : 'profile.register';
  const eventId = auditId(call, `profile:${traineeId}`);
  let saved: Stored<TraineeProfile>;
  try {
    // The profile and its audit event in one batch: a registration is never stored without its event.
    saved = await write<TraineeProfile>(deps, {
      change: existing ? { kind: 'profile', profile, etag: existing.etag } : { kind: 'new_trainee', profile },
      audit: {
        kind: 'audit',
        id: eventId,
        traineeId,
        actor: me,
        verb,
        target: 'profile',
        before: existing
          ? {
              phase: existing.phase,
              catalogIds: existing.catalogIds,
              service: existing.service,
              ...(existing.partStart ? { partStart: existing.partStart } : {}),
            }
          : null,
        after: {
          phase: profile.phase,
          catalogIds: profile.catalogIds,
          service: profile.service,
          partStart,
          ...(profile.psychiatry !== undefined ? { psychiatry: profile.psychiatry } : {}),
          // The period that ended, now an earlier one.
          ...((profile.earlier?.length ?? 0) > (existing?.earlier?.length ?? 0)
            ? { earlier: profile.earlier }
            : {}),
        },
        at: call.now,
      },
      // Her person's link and the workplace's list are written after the profile, below; stored with
      // it, these mend both after a stop between the writes, as the other role changes' index does.
      effects: [
        { kind: 'person_index', traineeId, to: me, name: profile.name },
        {
          kind: 'roster',
          traineeId,
          ...(existing && existing.employer.unitId !== unit.unitId ? { left: existing.employer.unitId } : {}),
        },
        ...planMoveNotices(deps, existing, profile),
        ...employerMoveNotices(existing, profile),
        ...serviceChangeNotices(existing, profile),
      ],
    });
  } catch (err) {
    if (!isConflict(err)) throw err;
    // The same request again (no answer came the first time): its event is written, so it was done.
    const first = existing ? await deps.store.trainees.getAudit(traineeId, eventId) : undefined;
    if (!existing || !first) return { kind: 'refused', reason: 'lost_race', details: {} };
    return {
      kind: 'done',
      value: { profile: existing, phaseChoice, created: first.verb === 'profile.register' },
    };
  }
  await syncPerson(deps, { aadObjectId: me, name: profile.name }, saved, call.now);
  await rosterInStep(deps, traineeId, unit.unitId, existing?.employer.unitId);
  deps.log.info({ verb, traineeId }, 'registered');
  const noSpecialtyPlan = missingSpecialtyPlan(profile, deps.catalogs) !== undefined;
  // A new employer approves from now on: the leader she has is named, to invite the new one.
  const moved = existing && existing.employer.unitId !== unit.unitId;
  const leaders = moved ? activeHolders(profile, 'leader').map((r) => r.name) : [];
  return {
    kind: 'done',
    value: {
      profile: saved,
      phaseChoice,
      created: !existing,
      ...(noSpecialtyPlan ? { noSpecialtyPlan } : {}),
      ...(leaders.length ? { leaderStays: leaders.join(', ') } : {}),
    },
  };
}
