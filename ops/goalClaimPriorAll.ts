import { activeHolders } from '../core/policy';
import { claimPriorApproval } from './goalClaimPrior';
import { type PriorInput, priorProblems } from './goalRecordPrior';
import { cannotReachNow, permittedProfile } from './load';
import type { Call, OpsDeps, Outcome } from './types';
import { inOneRun } from './write';

/** The most goals stated in one go: every goal of a LIS1's plans (101 clinical, at most 50 FKM). */
export const PRIOR_CLAIMS_MAX = 160;

export type PriorClaimsInput = Omit<PriorInput, 'id' | 'rev'> & {
  goals: readonly { id: string; rev: number }[];
};

export interface PriorClaims {
  /** Sent to the leader for confirmation (goal document ids). */
  claimed: string[];
  /** Not sent, and why (already approved or waiting, another arena, changed meanwhile, not in the plans). */
  skipped: { id: string; reason: string }[];
  /**
   * Who confirms them: the LIS's leader, or none yet (they wait in the inbox of the leader the LIS
   * invites); `reachable` false when the leader has never opened the app (nothing could be sent yet).
   */
  leader: { name: string; reachable: boolean } | null;
}

/**
 * The LIS states several goals as approved earlier elsewhere, with one set of facts (arena, place,
 * approver, date, evidence): a LIS who starts using the app halfway, with the hospital's goals
 * approved in another system. Each goal goes through the same decision as one claimed from its
 * card, stored whole with its own audit event; but the leader gets one message naming them all
 * (each claim's card names the goals claimed before it in the run, and the deliveries start
 * together when the run ends, so the outbox sends only the last), and confirms them in the inbox.
 */
export async function claimPriorAll(
  deps: OpsDeps,
  call: Call,
  input: PriorClaimsInput,
): Promise<Outcome<PriorClaims>> {
  const { goals, ...facts } = input;
  const problems = priorProblems({ ...facts, id: '', rev: 0 }, call.today);
  if (problems[0]) return { kind: 'invalid', field: problems[0] };
  const may = await permittedProfile(deps, call, input.traineeId, 'goal.request');
  if (may.kind !== 'permitted') return may;
  const { profile } = may;

  const claimed: string[] = [];
  const skipped: PriorClaims['skipped'] = [];
  await inOneRun(deps, async (held) => {
    for (const g of goals) {
      if (claimed.includes(g.id) || skipped.some((s) => s.id === g.id)) continue;
      const r = await claimPriorApproval(held, call, { ...facts, ...g }, claimed);
      if (r.kind === 'done') claimed.push(g.id);
      else
        skipped.push({
          id: g.id,
          reason: r.kind === 'refused' ? r.reason : r.kind === 'not_found' ? 'not_in_plans' : 'changed',
        });
    }
  });
  const leader = activeHolders(profile, 'leader')[0];
  return {
    kind: 'done',
    value: {
      claimed,
      skipped,
      leader: leader ? { name: leader.name, reachable: !cannotReachNow(deps, leader) } : null,
    },
  };
}
