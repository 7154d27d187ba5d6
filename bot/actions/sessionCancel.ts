import { formatDate } from '../../core/format';
import { t } from '../../core/i18n';
import { cancelAdvisorySession } from '../../ops/sessionCancel';
import { sessionsAnswer } from './sessionShared';
import { decisionData, defineAction } from './types';

/** "Avlys samtalen" on a session not held yet: it leaves the list; the other of the two is told. */
export default defineAction(decisionData, async (ctx, input) => {
  const r = await cancelAdvisorySession(ctx.deps, ctx.call, input);
  return sessionsAnswer(ctx, input.traineeId, r, {
    ...(r.kind === 'done'
      ? { done: t(ctx.lang, 'doneSessionCancelled', { date: formatDate(ctx.lang, r.value.doc.date) }) }
      : {}),
  });
});
