import { recallActivity } from '../../ops/activityRecall';
import { activityCardFor } from './activityShared';
import { itemCard } from './outcome';
import { decisionData, defineAction } from './types';

/** The LIS takes back a pending request; the supervisor's card then says it needs no action. */
export default defineAction(decisionData, async (ctx, data) =>
  itemCard(ctx.lang, await recallActivity(ctx.deps, ctx.call, data), activityCardFor(ctx)),
);
