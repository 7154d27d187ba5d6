import { z } from 'zod';
import { writeSessionMinutes } from '../../ops/sessionMinutes';
import { sessionsCard } from '../sessionsCard';
import { notFoundCard, refusalCard } from './outcome';
import { decisionData, defineAction } from './types';

/** "Lagre utkast" / "Lagre og ferdigstill" on the advisor's minutes. */
export default defineAction(
  decisionData.extend({ finalise: z.boolean().default(false) }),
  async (ctx, input) => {
    const r = await writeSessionMinutes(ctx.deps, ctx.call, { ...input, text: input.comment ?? '' });
    if (r.kind === 'refused') return { card: refusalCard(ctx.lang, r.reason, r.details) };
    if (r.kind === 'not_found') return { card: notFoundCard(ctx.lang) };
    return {
      card: (await sessionsCard(ctx.deps, ctx.call, input.traineeId, ctx.lang)) ?? notFoundCard(ctx.lang),
    };
  },
);
