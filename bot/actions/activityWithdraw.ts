import { withdrawActivity } from '../../ops/activityWithdraw';
import { activityCardFor } from './activityShared';
import { itemCard } from './outcome';
import { decisionData, defineAction } from './types';

/** "Ja, trekk tilbake": the LIS takes back a returned or never-sent activity. */
export default defineAction(decisionData, async (ctx, data) =>
  itemCard(ctx.lang, await withdrawActivity(ctx.deps, ctx.call, data), activityCardFor(ctx)),
);
