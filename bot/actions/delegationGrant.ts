import { z } from 'zod';
import { delegateModel, renderDelegate } from '../../cards/delegate';
import { noticeCard } from '../../cards/notice';
import { escapeMarkdown as md } from '../../cards/render';
import { isIsoDate } from '../../core/dates';
import { formatDate } from '../../core/format';
import { t } from '../../core/i18n';
import { grantDelegation } from '../../ops/delegationGrant';
import { ledTrainees } from '../../ops/forms';
import { refusalText } from '../texts';
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
  if (r.kind === 'invalid' || (r.kind === 'refused' && r.reason !== 'not_a_leader')) {
    const text =
      r.kind === 'refused'
        ? refusalText(lang, r.reason, r.details)
        : r.field === 'delegate'
          ? refusalText(lang, 'no_person_picked')
          : refusalText(lang, 'bad_input', {
              field: `${t(lang, 'delegateFromLabel')} / ${t(lang, 'delegateUntilLabel')}`,
            });
    // The form again, as it was filled in, with why on top: the leader corrects one field, not all.
    const led = await ledTrainees(ctx.deps, ctx.call);
    if (led.length > 0) {
      const picked = input.delegate ? await ctx.deps.store.people.get(input.delegate) : undefined;
      const period =
        input.from && input.to && isIsoDate(input.from) && isIsoDate(input.to)
          ? { from: input.from, to: input.to }
          : undefined;
      const form = delegateModel(
        led,
        lang,
        ctx.call.today,
        picked ? { aadObjectId: picked.aadObjectId, name: picked.name } : undefined,
        period,
        { ...(input.trainee ? { trainee: input.trainee } : {}), notice: { text, style: 'attention' } },
      );
      return { card: renderDelegate(form) };
    }
    return { card: noticeCard(t(lang, 'refusedTitle'), [text], 'attention') };
  }
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
