import { escapeMarkdown } from '../../cards/render';
import { formatDateTime } from '../../core/format';
import { t } from '../../core/i18n';
import { decideActivitySignoff } from '../../ops/activityDecide';
import { activityCardFor } from './activityShared';
import { itemCard, refOf } from './outcome';
import { type ActionContext, type DecisionData, decisionData, defineAction } from './types';

/** Sign or return a learning activity: the operation decides; this draws its outcome. */
export async function decideActivityAction(
  ctx: ActionContext,
  data: DecisionData,
  outcome: 'signed' | 'returned',
) {
  const r = await decideActivitySignoff(ctx.deps, ctx.call, data, outcome);
  return itemCard(ctx.lang, r, activityCardFor(ctx), (v) => ({
    done: t(ctx.lang, outcome === 'signed' ? 'doneSigned' : 'doneReturned', {
      what: escapeMarkdown(v.doc.description),
      name: escapeMarkdown(ctx.call.caller.name),
      when: formatDateTime(ctx.lang, ctx.call.now),
    }),
    ...(outcome === 'signed' ? { undo: { form: 'undoSign' as const, data: refOf(v.doc) } } : {}),
  }));
}

export default defineAction(decisionData, (ctx, data) => decideActivityAction(ctx, data, 'signed'));
