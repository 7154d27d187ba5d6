import { escapeMarkdown } from '../../cards/render';
import { t } from '../../core/i18n';
import { remindActivity } from '../../ops/activityRemind';
import { activityCardFor } from './activityShared';
import { itemCard } from './outcome';
import { decisionData, defineAction } from './types';

/** The LIS reminds the supervisor of a pending request, at most once a day. */
export default defineAction(decisionData, async (ctx, data) =>
  itemCard(ctx.lang, await remindActivity(ctx.deps, ctx.call, data), activityCardFor(ctx), (v) => {
    const text = t(ctx.lang, 'reminderSent', { name: escapeMarkdown(v.doc.supervisor?.name ?? '') });
    return { notice: { text, style: 'good' }, done: text };
  }),
);
