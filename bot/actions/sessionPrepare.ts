import { prepareAdvisorySession } from '../../ops/sessionPrepare';
import { sessionsCard } from '../sessionsCard';
import { notFoundCard, refusalCard } from './outcome';
import { decisionData, defineAction } from './types';

/** "Lagre" on the LIS's preparation. */
export default defineAction(decisionData, async (ctx, input) => {
  const r = await prepareAdvisorySession(ctx.deps, ctx.call, { ...input, text: input.comment ?? '' });
  if (r.kind === 'refused') return { card: refusalCard(ctx.lang, r.reason, r.details) };
  if (r.kind === 'not_found') return { card: notFoundCard(ctx.lang) };
  return {
    card: (await sessionsCard(ctx.deps, ctx.call, input.traineeId, ctx.lang)) ?? notFoundCard(ctx.lang),
  };
});
