import { z } from 'zod';
import { formatDate } from '../../core/format';
import { t } from '../../core/i18n';
import { scheduleAdvisorySession } from '../../ops/sessionSchedule';
import { sessionsAnswer } from './sessionShared';
import { defineAction } from './types';

/** "Avtal ny veiledningssamtale": the LIS or the advisor schedules one; the sessions card is drawn again. */
export default defineAction(
  z.object({
    traineeId: z.string().min(1).max(200),
    date: z.string().max(20).default(''),
    form: z.enum(['individual', 'group']).default('individual'),
    hours: z.coerce.number().finite().default(1),
    topics: z.string().max(20_000).default(''),
  }),
  async (ctx, input) => {
    const r = await scheduleAdvisorySession(ctx.deps, ctx.call, input);
    return sessionsAnswer(ctx, input.traineeId, r, {
      ...(r.kind === 'done'
        ? { done: t(ctx.lang, 'doneSessionScheduled', { date: formatDate(ctx.lang, r.value.date) }) }
        : {}),
      // A refused form comes back as it was filled in, to be corrected.
      typed: { date: input.date, form: input.form, hours: input.hours, topics: input.topics },
    });
  },
);
