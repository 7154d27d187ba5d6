import { escapeMarkdown } from '../../cards/render';
import { t } from '../../core/i18n';
import { requestGoalApproval } from '../../ops/goalRequest';
import { goalCardFor } from './goalShared';
import { itemCard } from './outcome';
import { decisionData, defineAction } from './types';

/** The LIS asks for approval; the leader (and advisor) get the card; an unreachable leader is said plainly. */
export default defineAction(decisionData, async (ctx, data) => {
  const r = await requestGoalApproval(ctx.deps, ctx.call, data);
  const unreachable = r.kind === 'done' ? r.value.unreachableLeader : undefined;
  const noLeader = r.kind === 'done' && r.value.noLeader;
  return itemCard(ctx.lang, r, goalCardFor(ctx), (v) => {
    const sent = t(ctx.lang, 'requestSentFor', { goal: v.doc.goalId });
    if (!unreachable && !noLeader) return { done: sent };
    const text = unreachable
      ? t(ctx.lang, 'cannotReach', { name: escapeMarkdown(unreachable) })
      : t(ctx.lang, 'noLeaderYet');
    return { notice: { text, style: 'warning' }, done: `${sent} ${text}` };
  });
});
