import { z } from 'zod';
import { t } from '../../core/i18n';
import { servicePeriodAdd } from '../../ops/servicePeriodAdd';
import { serviceAnswer } from './serviceShared';
import { defineAction } from './types';

const data = z.object({
  traineeId: z.string().min(1).max(200),
  place: z.string().max(20).optional(),
  setting: z.string().max(40).optional(),
  workplace: z.string().max(500).optional(),
  start: z.string().max(20).optional(),
  end: z.string().max(20).optional(),
  position: z.string().max(500).optional(),
  percent: z.union([z.string().max(10), z.number()]).optional(),
});

const LABELS = {
  place: 'periodPlace',
  setting: 'periodSetting',
  dates: 'startLabel',
  percent: 'percentLabel',
  workplace: 'periodWorkplace',
  position: 'positionLabel',
} as const;

/** The leader (or a delegate) enters an earlier service period from the service card. */
export default defineAction(data, async (ctx, input) =>
  serviceAnswer(
    ctx,
    input.traineeId,
    await servicePeriodAdd(ctx.deps, ctx.call, input),
    t(ctx.lang, 'periodAdded'),
    (f) => (f in LABELS ? t(ctx.lang, LABELS[f as keyof typeof LABELS]) : f),
  ),
);
