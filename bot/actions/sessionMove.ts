import { z } from 'zod';
import { formatDate } from '../../core/format';
import { t } from '../../core/i18n';
import { moveAdvisorySession } from '../../ops/sessionMove';
import { sessionsAnswer } from './sessionShared';
import { decisionData, defineAction } from './types';

/** "Flytt" on a session not held yet: to the day chosen; the other of the LIS and the advisor is told. */
export default defineAction(
  decisionData.extend({ date: z.string().max(20).default('') }),
  async (ctx, input) => {
    const r = await moveAdvisorySession(ctx.deps, ctx.call, input);
    return sessionsAnswer(ctx, input.traineeId, r, {
      ...(r.kind === 'done'
        ? { done: t(ctx.lang, 'doneSessionMoved', { date: formatDate(ctx.lang, r.value.doc.date) }) }
        : {}),
    });
  },
);
