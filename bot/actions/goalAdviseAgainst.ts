import { adviseAgainstGoal } from '../../ops/goalAdviseAgainst';
import { goalCardFor } from './goalShared';
import { itemCard } from './outcome';
import { decisionData, defineAction } from './types';

/** "Fraråd godkjenning": the advisor advises against approval, with a reason. */
export default defineAction(decisionData, async (ctx, data) =>
  itemCard(ctx.lang, await adviseAgainstGoal(ctx.deps, ctx.call, data), goalCardFor(ctx)),
);
