import { z } from 'zod';
import { scheduleAdvisorySession } from '../../ops/sessionSchedule';
import { sessionsCard } from '../sessionsCard';
import { notFoundCard, refusalCard } from './outcome';
import { defineAction } from './types';

/** "Avtal ny veiledningssamtale": the LIS or the advisor schedules one; the sessions card is drawn again. */
export default defineAction(
  z.object({
    traineeId: z.string().min(1).max(200),
    date: z.string().max(20).default(''),
    form: z.enum(['individual', 'group']).default('individual'),
    hours: z.coerce.number().finite().default(1),
    topics: z.string().max(20_000).default(''),
  }),
  async (ctx, input) => {
    const r = await scheduleAdvisorySession(ctx.deps, ctx.call, input);
    if (r.kind === 'refused') return { card: refusalCard(ctx.lang, r.reason, r.details) };
    if (r.kind !== 'done') return { card: notFoundCard(ctx.lang) };
    return {
      card: (await sessionsCard(ctx.deps, ctx.call, input.traineeId, ctx.lang)) ?? notFoundCard(ctx.lang),
    };
  },
);
