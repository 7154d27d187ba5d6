import { viewGoal } from '../../ops/goalView';
import { goalCardFor } from './goalShared';
import { notFoundCard } from './outcome';
import { decisionData, defineAction } from './types';

/**
 * The viewer's own version of a goal card (automatic refresh, "Refresh card", "Open the card").
 * Anyone in a chat may ask; someone with no role for the LIS sees nothing of it.
 */
export default defineAction(decisionData, async (ctx, data) => {
  const r = await viewGoal(ctx.deps, ctx.call, data);
  return { card: r.kind === 'done' ? goalCardFor(ctx)(r.value) : notFoundCard(ctx.lang) };
});
