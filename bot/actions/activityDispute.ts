import { answerRecord } from '../../ops/activityAnswer';
import { activityCardFor } from './activityShared';
import { itemCard } from './outcome';
import { decisionData, defineAction } from './types';

/** "Ja, bestrid": the LIS disputes a record their supervisor made; it is withdrawn. */
export default defineAction(decisionData, async (ctx, data) =>
  itemCard(ctx.lang, await answerRecord(ctx.deps, ctx.call, data, 'disputed'), activityCardFor(ctx)),
);
