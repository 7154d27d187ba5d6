import { z } from 'zod';
import { moveAdvisorySession } from '../../ops/sessionMove';
import { sessionsCard } from '../sessionsCard';
import { notFoundCard, refusalCard } from './outcome';
import { decisionData, defineAction } from './types';

/** "Flytt" on a session not held yet: to the day chosen; the other of the LIS and the advisor is told. */
export default defineAction(
  decisionData.extend({ date: z.string().max(20).default('') }),
  async (ctx, input) => {
    const r = await moveAdvisorySession(ctx.deps, ctx.call, input);
    if (r.kind === 'refused') return { card: refusalCard(ctx.lang, r.reason, r.details) };
    if (r.kind === 'not_found') return { card: notFoundCard(ctx.lang) };
    return {
      card: (await sessionsCard(ctx.deps, ctx.call, input.traineeId, ctx.lang)) ?? notFoundCard(ctx.lang),
    };
  },
);
