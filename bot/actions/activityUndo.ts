import { undoActivityDecision } from '../../ops/activityUndo';
import { activityCardFor } from './activityShared';
import { itemCard } from './outcome';
import { decisionData, defineAction } from './types';

/** The supervisor undoes a signature given by mistake (or the leader a mark), with the reason. */
export default defineAction(decisionData, async (ctx, data) =>
  itemCard(ctx.lang, await undoActivityDecision(ctx.deps, ctx.call, data), activityCardFor(ctx)),
);
