import { z } from 'zod';
import { noticeCard } from '../../cards/notice';
import { escapeMarkdown as md } from '../../cards/render';
import { t } from '../../core/i18n';
import { endDelegation } from '../../ops/delegationEnd';
import { notFoundCard, refusalCard } from './outcome';
import { defineAction } from './types';

/** "Ja, avslutt nå": the leader ends a delegation before its last day. */
export default defineAction(
  z.object({ traineeId: z.string().min(1).max(200), id: z.string().min(1).max(100) }),
  async (ctx, input) => {
    const { lang } = ctx;
    const r = await endDelegation(ctx.deps, ctx.call, input);
    if (r.kind === 'refused') return { card: refusalCard(lang, r.reason, r.details) };
    if (r.kind !== 'done') return { card: notFoundCard(lang) };
    const name = md(r.value.delegation.delegateName || t(lang, 'aPerson'));
    return {
      card: noticeCard(
        t(lang, 'delegateTitle'),
        [t(lang, 'delegationEnded', { name, trainee: md(r.value.trainee) })],
        'good',
      ),
    };
  },
);
