import { t } from '../../core/i18n';
import { recommendGoal } from '../../ops/goalRecommend';
import { goalCardFor } from './goalShared';
import { itemCard } from './outcome';
import { decisionData, defineAction } from './types';

/** The advisor's recommendation on a pending goal; it shows in the leader's basis. */
export default defineAction(decisionData, async (ctx, data) =>
  itemCard(ctx.lang, await recommendGoal(ctx.deps, ctx.call, data), goalCardFor(ctx), (v) => ({
    // Said on top of the inbox when recommended from there.
    done: t(ctx.lang, 'doneRecommended', { what: v.doc.goalId }),
  })),
);
