import { type ServiceConfirmation, serviceConfirmation } from '../core/confirmation';
import { can } from '../core/policy';
import { hasStanding, isTraineeId } from './load';
import type { Call, OpsDeps, Outcome } from './types';

/**
 * The confirmation of service for a finished or finishing period, for the leader (or a delegate)
 * to hand over on Helsedirektoratet's form. One point read. Someone with no standing for the LIS
 * learns nothing; another role is told it is the employer's.
 */
export async function confirmService(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  input: { traineeId: string },
): Promise<Outcome<ServiceConfirmation>> {
  if (!isTraineeId(input.traineeId)) return { kind: 'not_found' };
  const snap = await deps.store.trainees.snapshot(input.traineeId);
  const me = call.caller.aadObjectId;
  if (!snap || !hasStanding(me, snap.profile, call.today)) return { kind: 'not_found' };
  if (!can(me, 'confirmation.issue', snap.profile, call.today).ok)
    return { kind: 'refused', reason: 'not_allowed', details: {} };
  const r = serviceConfirmation(snap.profile, snap.goals, deps.catalogs, call.today);
  if (!r.ok) return { kind: 'refused', reason: r.error, details: {} };
  deps.log.info({ traineeId: input.traineeId, actor: me }, 'service confirmation drawn');
  return { kind: 'done', value: r.value };
}
