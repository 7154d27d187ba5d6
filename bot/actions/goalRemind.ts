import { escapeMarkdown } from '../../cards/render';
import { t } from '../../core/i18n';
import { activeHolders } from '../../core/policy';
import { remindGoal } from '../../ops/goalRemind';
import { goalCardFor } from './goalShared';
import { itemCard } from './outcome';
import { decisionData, defineAction } from './types';

/** The LIS reminds the leader of a pending approval, at most once a day. */
export default defineAction(decisionData, async (ctx, data) =>
  itemCard(ctx.lang, await remindGoal(ctx.deps, ctx.call, data), goalCardFor(ctx), (v) => {
    const text = t(ctx.lang, 'reminderSent', {
      name: escapeMarkdown(activeHolders(v.profile, 'leader')[0]?.name ?? t(ctx.lang, 'theLeader')),
    });
    return { notice: { text, style: 'good' }, done: text };
  }),
);
