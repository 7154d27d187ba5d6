import { z } from 'zod';
import { t } from '../../core/i18n';
import { priorProblems, recordPriorApproval } from '../../ops/goalRecordPrior';
import { refusalText } from '../texts';
import { goalCardFor } from './goalShared';
import { itemCard } from './outcome';
import { decisionData, defineAction } from './types';

const data = decisionData.extend({
  place: z.string().trim().max(120).optional(),
  approver: z.string().trim().max(120).optional(),
  date: z.string().max(20).optional(),
});

const LABELS = {
  place: 'recordPriorPlace',
  approver: 'recordPriorApprover',
  date: 'recordPriorDate',
} as const;

/** The leader records a goal approved earlier elsewhere (where, by whom, when); it then counts as done. */
export default defineAction(data, async (ctx, input) => {
  const r = await recordPriorApproval(ctx.deps, ctx.call, input);
  if (r.kind === 'refused' && r.reason === 'bad_input' && r.view) {
    const field = priorProblems(input, ctx.call.today)
      .map((p) => t(ctx.lang, LABELS[p]))
      .join(', ');
    return {
      card: goalCardFor(ctx)(r.view, {
        text: refusalText(ctx.lang, 'bad_input', { field }),
        style: 'attention',
      }),
    };
  }
  return itemCard(ctx.lang, r, goalCardFor(ctx));
});
