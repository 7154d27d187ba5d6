import { activityCard, loadActivity } from './activityShared';
import { notFound } from './flow';
import { decisionData, defineAction } from './types';

/**
 * Teams asks for the viewer's own version of a card (automatic refresh, or "Refresh card").
 * Anyone in the chat may ask; the buttons come only from the stored request and the asker's id.
 */
export default defineAction('activity.refresh', decisionData, async (ctx, data) => {
  const l = await loadActivity(ctx.deps, data.traineeId, data.id);
  if (!l) return notFound(ctx.lang);
  return { card: activityCard(ctx, l, ctx.actor) };
});
