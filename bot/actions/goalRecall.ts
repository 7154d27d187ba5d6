import { recallGoal } from '../../ops/goalRecall';
import { goalCardFor } from './goalShared';
import { itemCard } from './outcome';
import { decisionData, defineAction } from './types';

/** The LIS takes back a request for approval while it waits. */
export default defineAction(decisionData, async (ctx, data) =>
  itemCard(ctx.lang, await recallGoal(ctx.deps, ctx.call, data), goalCardFor(ctx)),
);
