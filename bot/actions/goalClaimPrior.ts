import { claimPriorApproval } from '../../ops/goalClaimPrior';
import { priorAnswer, priorData } from './goalRecordPrior';
import { defineAction } from './types';

/** The LIS records a goal approved earlier elsewhere; the leader gets it to confirm. */
export default defineAction(priorData, (ctx, input) => priorAnswer(ctx, input, claimPriorApproval));
