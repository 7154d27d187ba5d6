import { t } from '../../core/i18n';
import { prepareAdvisorySession } from '../../ops/sessionPrepare';
import { sessionsAnswer } from './sessionShared';
import { decisionData, defineAction } from './types';

/** "Lagre" on the LIS's preparation; what was typed is kept on the card if it could not be saved. */
export default defineAction(decisionData, async (ctx, input) => {
  const text = input.comment ?? '';
  const r = await prepareAdvisorySession(ctx.deps, ctx.call, { ...input, text });
  return sessionsAnswer(ctx, input.traineeId, r, {
    done: t(ctx.lang, 'sessionSaved'),
    draft: { id: input.id, text },
  });
});
