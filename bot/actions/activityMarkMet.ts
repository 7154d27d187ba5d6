import { z } from 'zod';
import { escapeMarkdown } from '../../cards/render';
import { t } from '../../core/i18n';
import { markActivityMet } from '../../ops/activityMarkMet';
import { viewGoal } from '../../ops/goalView';
import { activityCardFor } from './activityShared';
import { goalCardFor } from './goalShared';
import { itemCard, refOf } from './outcome';
import { decisionData, defineAction } from './types';

/**
 * The leader (or a delegate) marks an activity as met. Pressed on a goal's card (`goal` names it),
 * the answer is that goal's card again, its basis drawn anew, so the leader can go on and approve.
 */
export default defineAction(
  decisionData.extend({ goal: z.string().min(1).max(200).optional() }),
  async (ctx, data) => {
    const r = await markActivityMet(ctx.deps, ctx.call, data);
    const result = itemCard(ctx.lang, r, activityCardFor(ctx), (v) => ({
      done: t(ctx.lang, 'doneMet', { what: escapeMarkdown(v.doc.description) }),
      undo: { form: 'undoMet' as const, data: refOf(v.doc) },
    }));
    if (!data.goal || !('card' in result)) return result;
    const goal = await viewGoal(ctx.deps, ctx.call, { traineeId: data.traineeId, id: data.goal });
    if (goal.kind !== 'done') return result;
    const notice = result.done ? { text: result.done, style: 'good' as const } : result.note;
    return { ...result, card: goalCardFor(ctx)(goal.value, notice) };
  },
);
