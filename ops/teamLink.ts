import type { Call, OpsDeps, Outcome } from './types';
import { unitsOf } from './units';

/** Links a team's channel tab to a unit. Only someone with a role for a LIS of that unit may link it. */
export async function linkTeam(
  deps: OpsDeps,
  call: Pick<Call, 'caller'>,
  input: { teamId: string; unitId: string },
): Promise<Outcome<{ teamId: string; unitId: string }>> {
  if (!/^[\w:@.-]{1,200}$/.test(input.teamId)) return { kind: 'invalid', field: 'teamId' };
  const mine = await unitsOf(deps, call);
  if (!mine.some((u) => u.unitId === input.unitId)) return { kind: 'not_found' };
  await deps.store.units.setTeamLink(input.teamId, input.unitId);
  deps.log.info(
    { verb: 'team.link', teamId: input.teamId, unitId: input.unitId, actor: call.caller.aadObjectId },
    'team linked',
  );
  return { kind: 'done', value: input };
}
