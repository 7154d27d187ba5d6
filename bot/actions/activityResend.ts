import { z } from 'zod';
import { ACTIVITY_KINDS } from '../../core/model';
import { parseGoalChoices } from '../../core/refs';
import { resendActivity } from '../../ops/activityResend';
import { activityCardFor } from './activityShared';
import { itemCard } from './outcome';
import { decisionData, defineAction } from './types';

/**
 * "Send på nytt": a returned activity, edited in the card's form (description, date, kind, the
 * goals it serves) and sent to the supervisor chosen there. Over-long text is refused with a clear
 * message by the rule; goals outside the LIS's plans by the operation.
 */
export default defineAction(
  decisionData.extend({
    to: z.string().min(1).max(128),
    description: z.string().max(200_000).optional(),
    date: z.string().max(20).optional(),
    activityKind: z.enum(ACTIVITY_KINDS).optional(),
    // The goal list's value: `catalogId|goalId`, comma-separated; one that is no such choice is bad card data.
    goals: z
      .string()
      .max(20_000)
      .optional()
      .transform((v, ctx) => {
        if (v === undefined) return undefined;
        const goals = parseGoalChoices(v);
        if (!goals) ctx.addIssue({ code: 'custom', message: 'goals' });
        return goals ?? z.NEVER;
      }),
  }),
  async (ctx, data) =>
    itemCard(ctx.lang, await resendActivity(ctx.deps, ctx.call, data), activityCardFor(ctx)),
);
