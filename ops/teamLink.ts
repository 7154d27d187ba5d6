import { isConflict } from '../store';
import { auditId } from './decide';
import type { Call, OpsDeps, Outcome } from './types';
import { unitsToLink } from './units';

/**
 * Links a team's channel tab to a unit (or links it again to another). Only a leader (or delegate,
 * or the unit's owner) of that unit who is a member of the team, as Teams says, may do it.
 */
export async function linkTeam(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'now' | 'key'>,
  input: { teamId: string; unitId: string },
): Promise<Outcome<{ teamId: string; unitId: string }>> {
  if (!/^[\w:@.-]{1,200}$/.test(input.teamId)) return { kind: 'invalid', field: 'teamId' };
  const mine = await unitsToLink(deps, call);
  if (!mine.some((u) => u.unitId === input.unitId)) return { kind: 'not_found' };
  const member = await deps.roster.isMember(input.teamId, call.caller.aadObjectId);
  if (member !== true) return { kind: 'refused', reason: 'not_team_member', details: {} };
  try {
    await deps.store.units.setTeamLink(input.teamId, input.unitId, call.caller.aadObjectId, (before) => ({
      kind: 'audit',
      // The request's own key: a retried request finds its event written, and its link made.
      id: auditId(call, `team:${input.teamId}`),
      actor: call.caller.aadObjectId,
      verb: 'team.link',
      target: `team:${input.teamId}`,
      before: before && { unitId: before },
      after: { unitId: input.unitId },
      at: call.now,
    }));
  } catch (err) {
    if (!isConflict(err)) throw err;
    return { kind: 'done', value: input };
  }
  deps.log.info(
    { verb: 'team.link', teamId: input.teamId, unitId: input.unitId, actor: call.caller.aadObjectId },
    'team linked',
  );
  return { kind: 'done', value: input };
}
