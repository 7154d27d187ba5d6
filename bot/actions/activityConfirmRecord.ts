import { escapeMarkdown } from '../../cards/render';
import { t } from '../../core/i18n';
import { answerRecord } from '../../ops/activityAnswer';
import { activityCardFor } from './activityShared';
import { itemCard } from './outcome';
import { decisionData, defineAction } from './types';

/** "Bekreft": the LIS confirms a record their supervisor made for them. */
export default defineAction(decisionData, async (ctx, data) =>
  itemCard(
    ctx.lang,
    await answerRecord(ctx.deps, ctx.call, data, 'confirmed'),
    activityCardFor(ctx),
    (v) => ({
      done: t(ctx.lang, 'doneConfirmedRecord', { what: escapeMarkdown(v.doc.description) }),
    }),
  ),
);
