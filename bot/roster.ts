import { TeamsInfo } from 'botbuilder';
import { teamForRoster } from '../ops/teamSeen';
import type { OpsDeps, TeamRoster } from '../ops/types';
import type { LisAdapter } from './adapter';
import type { Logger } from './log';

/** How long a yes about membership is kept: briefly, so a removed member loses access soon. */
export const ROSTER_TTL_MS = 5 * 60_000;

/**
 * Team membership as Teams knows it, through the Bot Connector's team members API
 * (`GET /v3/conversations/{teamId}/members/{userId}`, no Graph permission needed). The bot must be
 * installed in the team (it then knows where to ask). A team it cannot ask is `unknown`, and the
 * callers show nothing for it.
 */
export class BotRoster implements TeamRoster {
  private deps?: OpsDeps;
  private readonly cache = new Map<string, { member: boolean; until: number }>();

  constructor(
    private readonly adapter: LisAdapter,
    private readonly appId: string,
    private readonly log: Logger,
    /** Development only: teams that have no Teams behind them (the demo team in a plain browser) and their members. */
    private readonly devTeams: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
    private readonly ttlMs = ROSTER_TTL_MS,
  ) {}

  attach(deps: OpsDeps): this {
    this.deps = deps;
    return this;
  }

  async isMember(teamId: string, aadObjectId: string): Promise<boolean | 'unknown'> {
    const key = `${teamId}\u0000${aadObjectId}`;
    const cached = this.cache.get(key);
    if (cached && cached.until > Date.now()) return cached.member;
    if (!this.deps) return 'unknown';
    const team = await teamForRoster(this.deps, teamId);
    if (!team?.serviceUrl) return this.devTeams.get(teamId)?.has(aadObjectId) ?? 'unknown';
    const found: { member: boolean | 'unknown' } = { member: 'unknown' };
    await this.adapter.continueConversationAsync(
      this.appId,
      {
        channelId: 'msteams',
        serviceUrl: team.serviceUrl,
        conversation: {
          id: teamId,
          isGroup: true,
          conversationType: 'channel',
          name: '',
          tenantId: team.tenantId,
        },
        bot: { id: this.appId, name: '' },
      },
      async (context) => {
        try {
          await TeamsInfo.getTeamMember(context, teamId, aadObjectId);
          found.member = true;
        } catch (err) {
          const status = (err as { statusCode?: number }).statusCode;
          if (status === 404) found.member = false;
          else this.log.warn({ err, teamId }, 'team roster could not be read');
        }
      },
    );
    // Only a yes is kept: someone just added to a team gets in at once; someone removed loses access within the TTL.
    if (found.member === true) this.cache.set(key, { member: true, until: Date.now() + this.ttlMs });
    return found.member;
  }
}
