import { z } from 'zod';
import { reassignActivity } from '../../ops/activityReassign';
import { activityCardFor } from './activityShared';
import { itemCard } from './outcome';
import { decisionData, defineAction } from './types';

/** The LIS moves a pending request to another of their accepted supervisors. */
export default defineAction(decisionData.extend({ to: z.string().min(1).max(128) }), async (ctx, data) =>
  itemCard(ctx.lang, await reassignActivity(ctx.deps, ctx.call, data), activityCardFor(ctx)),
);
