import { escapeMarkdown } from '../../cards/render';
import { t } from '../../core/i18n';
import { commentActivity } from '../../ops/activityComment';
import { activityCardFor } from './activityShared';
import { itemCard } from './outcome';
import { decisionData, defineAction } from './types';

/** The advisor's comment on a learning activity; the LIS is told and the cards show it. */
export default defineAction(decisionData, async (ctx, data) =>
  itemCard(ctx.lang, await commentActivity(ctx.deps, ctx.call, data), activityCardFor(ctx), (v) => ({
    notice: {
      text: t(ctx.lang, 'doneActivityComment', { what: escapeMarkdown(v.doc.description) }),
      style: 'good',
    },
  })),
);
