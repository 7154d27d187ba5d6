import { notFound } from './flow';
import { goalCard, loadGoal } from './goalShared';
import { decisionData, defineAction } from './types';

/** The viewer's own version of a goal card: buttons only for whoever may decide or recommend now. */
export default defineAction('goal.refresh', decisionData, async (ctx, data) => {
  const l = await loadGoal(ctx.deps, data.traineeId, data.id);
  if (!l) return notFound(ctx.lang);
  return { card: goalCard(ctx, l, ctx.actor) };
});
