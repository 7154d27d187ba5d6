import { escapeMarkdown } from '../../cards/render';
import { t } from '../../core/i18n';
import { activeHolders } from '../../core/policy';
import { askActivityMet } from '../../ops/activityAskMet';
import { activityCardFor } from './activityShared';
import { itemCard } from './outcome';
import { decisionData, defineAction } from './types';

/** The LIS sends a recorded activity to the leader to mark as met; the leader gets the card. */
export default defineAction(decisionData, async (ctx, data) =>
  itemCard(ctx.lang, await askActivityMet(ctx.deps, ctx.call, data), activityCardFor(ctx), (v) => ({
    done: t(ctx.lang, 'doneAskedMet', {
      name: escapeMarkdown(activeHolders(v.profile, 'leader')[0]?.name ?? t(ctx.lang, 'theLeader')),
    }),
  })),
);
