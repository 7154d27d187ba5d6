import { confirmAll } from '../../ops/activityConfirmAll';
import { bulkAnswer, bulkData } from './bulk';
import { defineAction } from './types';

/**
 * "Bekreft alle": the LIS confirms the records supervisors made for them on one page of the inbox,
 * after saying yes; answers with the inbox again, saying how many were confirmed.
 */
export default defineAction(bulkData, async (ctx, data) => {
  const { confirmed, count } = await confirmAll(ctx.deps, ctx.call, data.items);
  return bulkAnswer(
    ctx,
    { done: confirmed, count },
    { done: 'confirmAllDone', skipped: 'confirmAllSkipped' },
  );
});
