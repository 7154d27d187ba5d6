import { z } from 'zod';
import { t } from '../../core/i18n';
import { servicePeriodRemove } from '../../ops/servicePeriodRemove';
import { serviceAnswer } from './serviceShared';
import { defineAction } from './types';

const data = z.object({ traineeId: z.string().min(1).max(200), start: z.string().max(20).optional() });

/** A correction: the leader removes an earlier period (asked first on the card). */
export default defineAction(data, async (ctx, input) =>
  serviceAnswer(
    ctx,
    input.traineeId,
    await servicePeriodRemove(ctx.deps, ctx.call, input),
    t(ctx.lang, 'periodRemoved'),
    (f) => f,
  ),
);
