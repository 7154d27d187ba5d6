import type { OpsDeps } from './types';

/** The bot saw a team (installed there, or a message in a channel): remember where to ask about its members. */
export async function teamSeen(
  deps: OpsDeps,
  team: { teamId: string; serviceUrl: string; tenantId?: string },
): Promise<void> {
  if (!/^[\w:@.-]{1,200}$/.test(team.teamId)) return;
  const known = await deps.store.units.getTeam(team.teamId);
  if (known?.serviceUrl === team.serviceUrl && known.tenantId === team.tenantId) return;
  await deps.store.units.rememberTeam(team.teamId, {
    serviceUrl: team.serviceUrl,
    ...(team.tenantId ? { tenantId: team.tenantId } : {}),
  });
}

/** Where to ask Teams about a team's members (for the roster check), if the bot has seen the team. */
export async function teamForRoster(deps: OpsDeps, teamId: string) {
  return deps.store.units.getTeam(teamId);
}
