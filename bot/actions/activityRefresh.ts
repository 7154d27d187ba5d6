import { viewActivity } from '../../ops/activityView';
import { activityCardFor } from './activityShared';
import { notFoundCard } from './outcome';
import { decisionData, defineAction } from './types';

/**
 * Teams asks for the viewer's own version of a card (automatic refresh, or "Refresh card").
 * Anyone in the chat may ask; someone with no role for the LIS sees nothing of it.
 */
export default defineAction(decisionData, async (ctx, data) => {
  const r = await viewActivity(ctx.deps, ctx.call, data);
  return { card: r.kind === 'done' ? activityCardFor(ctx)(r.value) : notFoundCard(ctx.lang) };
});
