import { recommendGoal } from '../../ops/goalRecommend';
import { goalCardFor } from './goalShared';
import { itemCard } from './outcome';
import { decisionData, defineAction } from './types';

/** "Fraråd godkjenning": the advisor advises against approval, with a reason. */
export default defineAction(decisionData, async (ctx, data) =>
  itemCard(ctx.lang, await recommendGoal(ctx.deps, ctx.call, data, 'against'), goalCardFor(ctx)),
);
