import { escapeMarkdown } from '../../cards/render';
import { t } from '../../core/i18n';
import { undoGoalApproval } from '../../ops/goalUndo';
import { goalCardFor } from './goalShared';
import { itemCard } from './outcome';
import { decisionData, defineAction } from './types';

/** The leader undoes an approval made by mistake, with the reason: the operation decides; this draws its outcome. */
export default defineAction(decisionData, async (ctx, data) =>
  itemCard(ctx.lang, await undoGoalApproval(ctx.deps, ctx.call, data), goalCardFor(ctx), (v) => ({
    done: t(ctx.lang, 'doneUndone', { what: v.doc.goalId, name: escapeMarkdown(ctx.call.caller.name) }),
  })),
);
