import { z } from 'zod';
import { t } from '../../core/i18n';
import { MILESTONE_KINDS } from '../../core/model';
import { milestoneDone } from '../../ops/milestoneDone';
import { progressCard } from '../progressCard';
import { refusalText } from '../texts';
import { notFoundCard, refusalCard } from './outcome';
import { defineAction } from './types';

/** "Marker som gjennomført": the leader or advisor marks a milestone held; the progress card is drawn again. */
export default defineAction(
  z.object({
    traineeId: z.string().min(1).max(200),
    kind: z.enum(MILESTONE_KINDS),
    // Over-long notes are refused with a clear message by the rule, not here.
    comment: z.string().max(200_000).optional(),
  }),
  async (ctx, input) => {
    const { lang } = ctx;
    const r = await milestoneDone(ctx.deps, ctx.call, {
      traineeId: input.traineeId,
      kind: input.kind,
      ...(input.comment ? { note: input.comment } : {}),
    });
    if (r.kind === 'refused') {
      // Refused (held already, not due): the status card the button was on again, with why on top.
      const note = { text: refusalText(lang, r.reason, r.details), style: 'attention' as const };
      const card = await progressCard(ctx.deps, ctx.call, lang, input.traineeId, note, ctx.userId);
      return { card: card ?? refusalCard(lang, r.reason, r.details), note };
    }
    if (r.kind !== 'done') return { card: notFoundCard(lang) };
    const done = t(lang, 'milestoneMarked', { milestone: t(lang, `milestone_${input.kind}`) });
    const card = await progressCard(
      ctx.deps,
      ctx.call,
      lang,
      input.traineeId,
      { text: done, style: 'good' },
      ctx.userId,
    );
    return card ? { card, done } : { card: notFoundCard(lang) };
  },
);
