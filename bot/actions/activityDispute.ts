import { escapeMarkdown } from '../../cards/render';
import { t } from '../../core/i18n';
import { answerRecord } from '../../ops/activityAnswer';
import { activityCardFor } from './activityShared';
import { itemCard } from './outcome';
import { decisionData, defineAction } from './types';

/** "Ja, bestrid": the LIS disputes a record their supervisor made; it is withdrawn. */
export default defineAction(decisionData, async (ctx, data) =>
  itemCard(ctx.lang, await answerRecord(ctx.deps, ctx.call, data, 'disputed'), activityCardFor(ctx), (v) => ({
    done: t(ctx.lang, 'doneDisputedRecord', {
      what: escapeMarkdown(v.doc.description),
      name: escapeMarkdown(v.doc.supervisor?.name ?? ''),
    }),
  })),
);
