import { approveAll } from '../../ops/goalApproveAll';
import { bulkAnswer, bulkData } from './bulk';
import { defineAction } from './types';

/**
 * "Approve all with a complete basis", after the leader confirmed; answers with the inbox again.
 * The button carries the goals of one page of the inbox: no more are taken (each is a decision of
 * its own, made while Teams waits for the answer).
 */
export default defineAction(bulkData, async (ctx, data) => {
  const { approved, count } = await approveAll(ctx.deps, ctx.call, data.items);
  return bulkAnswer(ctx, { done: approved, count }, { done: 'approveAllDone', skipped: 'approveAllSkipped' });
});
