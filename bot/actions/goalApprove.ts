import { escapeMarkdown } from '../../cards/render';
import { formatDateTime } from '../../core/format';
import { t } from '../../core/i18n';
import { decideGoalApproval } from '../../ops/goalDecide';
import { goalCardFor } from './goalShared';
import { itemCard, refOf } from './outcome';
import { type ActionContext, type DecisionData, decisionData, defineAction } from './types';

/** Approve or return a learning goal: the operation decides; this draws its outcome. */
export async function decideGoalAction(
  ctx: ActionContext,
  data: DecisionData,
  outcome: 'approved' | 'returned',
) {
  const r = await decideGoalApproval(ctx.deps, ctx.call, data, outcome);
  return itemCard(ctx.lang, r, goalCardFor(ctx), (v) => ({
    done: t(ctx.lang, outcome === 'approved' ? 'doneApproved' : 'doneReturned', {
      what: v.doc.goalId,
      name: escapeMarkdown(ctx.call.caller.name),
      when: formatDateTime(ctx.lang, ctx.call.now),
    }),
    ...(outcome === 'approved' ? { undo: { form: 'undo' as const, data: refOf(v.doc) } } : {}),
  }));
}

export default defineAction(decisionData, (ctx, data) => decideGoalAction(ctx, data, 'approved'));
