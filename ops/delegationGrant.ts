import { randomUUID } from 'node:crypto';
import { isIsoDate } from '../core/dates';
import type { Delegation, TraineeProfile } from '../core/model';
import { activeFor, can } from '../core/policy';
import { AAD_OBJECT_ID } from '../core/refs';
import { fail } from '../core/result';
import { delegate, OPEN_DELEGATIONS_MAX, type RoleError } from '../core/roles';
import { auditId } from './decide';
import { changeProfile, syncPerson } from './profiles';
import type { Call, OpsDeps, Outcome } from './types';

export interface Delegated {
  delegateName: string;
  trainees: string[];
  reachable: boolean;
}

/**
 * A leader lends approval for one LIS or all of theirs to someone, for a period. The profile
 * decides, not the person index: only the active leader of a LIS may delegate for that LIS.
 */
export async function grantDelegation(
  deps: OpsDeps,
  call: Call,
  input: { delegate?: string; name?: string; trainee?: string; from?: string; to?: string },
): Promise<Outcome<Delegated>> {
  const me = call.caller.aadObjectId;
  if (!input.delegate || !AAD_OBJECT_ID.test(input.delegate)) return { kind: 'invalid', field: 'delegate' };
  if (!isIsoDate(input.from) || !isIsoDate(input.to)) return { kind: 'invalid', field: 'period' };
  const person = await deps.store.people.get(me);
  const led = activeFor(person, ['leader']);
  const targets = input.trainee && input.trainee !== 'all' ? led.filter((id) => id === input.trainee) : led;
  if (targets.length === 0) return { kind: 'refused', reason: 'not_a_leader', details: {} };
  const delegateId = input.delegate;
  const known = await deps.store.people.get(delegateId);
  // Checked before any LIS is changed, so "all my LIS" is refused whole, not half-written.
  if (known?.traineeId && targets.includes(known.traineeId))
    return { kind: 'refused', reason: 'delegate_is_lis', details: {} };
  // The name Teams gave the person themselves wins over the one the request carries (the tab's picker).
  const delegateName = known?.name || input.name || '';
  const period = { from: input.from, to: input.to };
  const names: string[] = [];
  const reachable = !!known?.conversation;
  for (const traineeId of targets) {
    const r = await changeProfile<
      { profile: TraineeProfile; delegation: Delegation },
      RoleError | 'not_leader'
    >(
      deps,
      traineeId,
      (p) =>
        can(me, 'delegation.grant', p, call.today).ok
          ? delegate(
              p,
              { aadObjectId: me, name: call.caller.name },
              { aadObjectId: delegateId, name: delegateName },
              period,
              randomUUID(),
              call.today,
            )
          : fail('not_leader'),
      (x, before) => ({
        audit: {
          kind: 'audit',
          id: auditId(call, `delegation:${traineeId}`),
          traineeId,
          actor: me,
          verb: 'delegation.grant',
          target: `delegation:${x.delegation.id}`,
          before: null,
          after: { delegate: delegateId, from: period.from, to: period.to },
          at: call.now,
        },
        // One notice per LIS, stored with that LIS's change: it cannot be lost between them.
        effects: [
          { kind: 'person_index', traineeId, to: delegateId, name: delegateName },
          ...(reachable
            ? [
                {
                  kind: 'text' as const,
                  to: delegateId,
                  text: 'delegatedToYou' as const,
                  vars: { leader: call.caller.name, trainees: before.name, from: period.from, to: period.to },
                },
              ]
            : []),
        ],
      }),
    );
    if (!r || (!r.ok && r.error === 'not_leader')) continue;
    if (!r.ok) return { kind: 'refused', reason: r.error, details: { max: String(OPEN_DELEGATIONS_MAX) } };
    await syncPerson(deps, { aadObjectId: delegateId, name: delegateName }, r.saved, call.now);
    names.push(r.saved.name);
  }
  if (names.length === 0) return { kind: 'refused', reason: 'not_a_leader', details: {} };
  return { kind: 'done', value: { delegateName, trainees: names, reachable } };
}
