import { z } from 'zod';
import { noticeCard } from '../../cards/notice';
import { escapeMarkdown as md } from '../../cards/render';
import { formatDate } from '../../core/format';
import { t } from '../../core/i18n';
import { grantDelegation } from '../../ops/delegationGrant';
import { refusalCard } from './outcome';
import { defineAction } from './types';

const data = z.object({
  delegate: z.string().trim().max(128).optional(),
  trainee: z.string().max(200).optional(),
  from: z.string().max(20).optional(),
  to: z.string().max(20).optional(),
});

/** A leader lends approval for one LIS or all of theirs to someone, for a period. */
export default defineAction(data, async (ctx, input) => {
  const { lang } = ctx;
  const r = await grantDelegation(ctx.deps, ctx.call, input);
  if (r.kind === 'invalid')
    return {
      card:
        r.field === 'delegate'
          ? refusalCard(lang, 'no_person_picked')
          : refusalCard(lang, 'bad_input', {
              field: `${t(lang, 'delegateFromLabel')} / ${t(lang, 'delegateUntilLabel')}`,
            }),
    };
  if (r.kind === 'refused') return { card: refusalCard(lang, r.reason, r.details) };
  if (r.kind !== 'done') return { card: refusalCard(lang, 'not_a_leader') };
  const shown = md(r.value.delegateName || t(lang, 'aPerson'));
  const vars = {
    from: formatDate(lang, input.from ?? ''),
    to: formatDate(lang, input.to ?? ''),
    trainees: r.value.trainees.map(md).join(', '),
  };
  return {
    card: noticeCard(
      t(lang, 'delegateTitle'),
      [
        t(lang, 'delegated', { name: shown, ...vars }),
        ...(r.value.reachable ? [] : [t(lang, 'cannotReachDelegate', { name: shown })]),
      ],
      'good',
    ),
  };
});
