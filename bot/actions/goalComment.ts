import { commentGoal } from '../../ops/goalComment';
import { goalCardFor } from './goalShared';
import { itemCard } from './outcome';
import { decisionData, defineAction } from './types';

/** The advisor's comment on a goal, without advice; the LIS is told and the cards show it. */
export default defineAction(decisionData, async (ctx, data) =>
  itemCard(ctx.lang, await commentGoal(ctx.deps, ctx.call, data), goalCardFor(ctx)),
);
