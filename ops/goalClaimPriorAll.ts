import { activeHolders } from '../core/policy';
import { claimPriorApproval } from './goalClaimPrior';
import { type PriorGoals, type PriorInput, priorRun } from './goalRecordPrior';
import { cannotReachNow } from './load';
import type { Call, OpsDeps, Outcome } from './types';
import { inOneRun } from './write';

/** The most goals stated in one go: every goal of a LIS1's plans (101 clinical, at most 50 FKM). */
export const PRIOR_CLAIMS_MAX = 160;

export type PriorClaimsInput = Omit<PriorInput, 'id' | 'rev'> & { goals: PriorGoals };

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
  const r = await inOneRun(deps, (held) =>
    priorRun(held, call, input, 'goal.request', (one, claimed) =>
      claimPriorApproval(held, call, one, claimed),
    ),
  );
  if (r.kind !== 'done') return r;
  const { profile, done: claimed, skipped } = r.value;
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
