import { z } from 'zod';
import { formatDate } from '../../core/format';
import { t } from '../../core/i18n';
import { writeSessionMinutes } from '../../ops/sessionMinutes';
import { sessionsAnswer } from './sessionShared';
import { decisionData, defineAction } from './types';

/** "Lagre utkast" / "Lagre og ferdigstill" on the advisor's minutes; kept on the card if not saved. */
export default defineAction(
  decisionData.extend({ finalise: z.boolean().default(false) }),
  async (ctx, input) => {
    const text = input.comment ?? '';
    const r = await writeSessionMinutes(ctx.deps, ctx.call, { ...input, text });
    return sessionsAnswer(ctx, input.traineeId, r, {
      done:
        r.kind === 'done' && input.finalise
          ? t(ctx.lang, 'doneSessionFinalised', { date: formatDate(ctx.lang, r.value.doc.date) })
          : t(ctx.lang, 'sessionSaved'),
      draft: { id: input.id, text },
    });
  },
);
