import { z } from 'zod';
import { escapeMarkdown as md } from '../../cards/render';
import { t } from '../../core/i18n';
import { absenceRemove } from '../../ops/absenceRemove';
import { serviceAnswer } from './serviceShared';
import { defineAction } from './types';

const data = z.object({ traineeId: z.string().min(1).max(200), from: z.string().max(20).optional() });

/** A correction: the leader removes an absence entered by mistake (asked first); the LIS is told. */
export default defineAction(data, async (ctx, input) => {
  const r = await absenceRemove(ctx.deps, ctx.call, input);
  const trainee = r.kind === 'done' ? md(r.value.profile.name) : '';
  return serviceAnswer(ctx, input.traineeId, r, t(ctx.lang, 'absenceRemoved', { trainee }), (f) => f);
});
