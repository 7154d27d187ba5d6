import { cancelAdvisorySession } from '../../ops/sessionCancel';
import { sessionsCard } from '../sessionsCard';
import { notFoundCard, refusalCard } from './outcome';
import { decisionData, defineAction } from './types';

/** "Avlys samtalen" on a session not held yet: it leaves the list; the other of the two is told. */
export default defineAction(decisionData, async (ctx, input) => {
  const r = await cancelAdvisorySession(ctx.deps, ctx.call, input);
  if (r.kind === 'refused') return { card: refusalCard(ctx.lang, r.reason, r.details) };
  if (r.kind === 'not_found') return { card: notFoundCard(ctx.lang) };
  return {
    card: (await sessionsCard(ctx.deps, ctx.call, input.traineeId, ctx.lang)) ?? notFoundCard(ctx.lang),
  };
});
