import { escapeMarkdown } from '../../cards/render';
import { andList } from '../../core/format';
import { t } from '../../core/i18n';
import { approverNames } from '../../core/policy';
import { remindGoal } from '../../ops/goalRemind';
import { goalCardFor } from './goalShared';
import { itemCard } from './outcome';
import { decisionData, defineAction } from './types';

/** The LIS reminds the leader (and her active delegates) of a pending approval, at most once a day. */
export default defineAction(decisionData, async (ctx, data) =>
  itemCard(ctx.lang, await remindGoal(ctx.deps, ctx.call, data), goalCardFor(ctx), (v) => {
    const names = approverNames(v.profile, ctx.call.today).filter(Boolean).map(escapeMarkdown);
    const text = t(ctx.lang, 'reminderSent', {
      name: names.length ? andList(ctx.lang, names) : t(ctx.lang, 'theLeader'),
    });
    return { notice: { text, style: 'good' }, done: text };
  }),
);
