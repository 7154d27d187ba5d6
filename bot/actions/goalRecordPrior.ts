import { z } from 'zod';
import { fieldLabel } from '../../core/words';
import { type PriorInput, priorProblems, recordPriorApproval } from '../../ops/goalRecordPrior';
import type { GoalData } from '../../ops/load';
import type { Call, OpsDeps, Outcome } from '../../ops/types';
import { refusalText } from '../texts';
import { goalCardFor } from './goalShared';
import { itemCard } from './outcome';
import { type ActionContext, decisionData, defineAction } from './types';

export const priorData = decisionData.extend({
  place: z.string().trim().max(120).optional(),
  approver: z.string().trim().max(120).optional(),
  date: z.string().max(20).optional(),
  arena: z.string().max(20).optional(),
  attachment: z.string().trim().max(1000).optional(),
});

/**
 * Runs an earlier-approval operation and answers with the goal's card: when a field is missing or
 * wrong, the card names it (the form is still there to fix it).
 */
export async function priorAnswer(
  ctx: ActionContext,
  input: PriorInput,
  op: (deps: OpsDeps, call: Call, input: PriorInput) => Promise<Outcome<GoalData, GoalData>>,
) {
  const r = await op(ctx.deps, ctx.call, input);
  if (r.kind === 'refused' && r.reason === 'bad_input' && r.view) {
    const field = priorProblems(input, ctx.call.today)
      .map((p) => fieldLabel(ctx.lang, p, 'prior'))
      .join(', ');
    return {
      card: goalCardFor(ctx)(r.view, {
        text: refusalText(ctx.lang, 'bad_input', { field }),
        style: 'attention' as const,
      }),
    };
  }
  return itemCard(ctx.lang, r, goalCardFor(ctx));
}

/** The leader records a goal approved earlier elsewhere (arena, where, by whom, when, evidence); it then counts as done. */
export default defineAction(priorData, (ctx, input) => priorAnswer(ctx, input, recordPriorApproval));
