import { z } from 'zod';
import { noticeCard } from '../../cards/notice';
import { escapeMarkdown as md } from '../../cards/render';
import { isIsoDate } from '../../core/dates';
import { formatDate } from '../../core/format';
import { t } from '../../core/i18n';
import { ABSENCE_KINDS } from '../../core/model';
import { absenceRecord } from '../../ops/absenceRecord';
import { absenceFormCard } from '../absenceForm';
import { refusalText } from '../texts';
import { notFoundCard, refusalCard } from './outcome';
import { defineAction } from './types';

/** What the form had filled in, kept where it is a valid choice. */
function presetOf(input: {
  traineeId: string;
  from?: string | undefined;
  to?: string | undefined;
  kind?: string | undefined;
}) {
  const kind = ABSENCE_KINDS.find((k) => k === input.kind);
  return {
    traineeId: input.traineeId,
    ...(kind ? { kind } : {}),
    ...(input.from && isIsoDate(input.from) ? { from: input.from } : {}),
    ...(input.to && isIsoDate(input.to) ? { to: input.to } : {}),
  };
}

/** "Registrer" on the absence form: the leader records an absence; the answer says where the LIS now stands. */
export default defineAction(
  z.object({
    traineeId: z.string().min(1).max(200),
    from: z.string().max(20).optional(),
    to: z.string().max(20).optional(),
    kind: z.string().max(20).optional(),
  }),
  async (ctx, input) => {
    const { lang } = ctx;
    const r = await absenceRecord(ctx.deps, ctx.call, input);
    if (r.kind !== 'done') {
      const text =
        r.kind === 'invalid'
          ? refusalText(lang, 'bad_input', {
              field:
                r.field === 'kind'
                  ? t(lang, 'absenceKind')
                  : `${t(lang, 'absenceFrom')} / ${t(lang, 'absenceTo')}`,
            })
          : r.kind === 'refused'
            ? refusalText(lang, r.reason, r.details)
            : undefined;
      // Refused: the form again, as it was filled in, with why (an overlap, an end before the start).
      const form =
        text &&
        (await absenceFormCard(
          ctx.deps,
          ctx.call,
          await ctx.deps.store.people.get(ctx.call.caller.aadObjectId),
          lang,
          presetOf(input),
          { text, style: 'attention' },
        ));
      if (form) return { card: form };
      if (r.kind === 'refused') return { card: refusalCard(lang, r.reason, r.details) };
      return { card: notFoundCard(lang) };
    }
    const { entry, figures, profile } = r.value;
    const lines = [
      t(lang, 'absenceRecorded', {
        absenceKind: t(lang, `absenceKind_${entry.reason}`),
        from: formatDate(lang, entry.from),
        to: formatDate(lang, entry.to),
        trainee: md(profile.name),
        days: figures?.days ?? 0,
        percent: figures?.percent ?? 0,
      }),
      ...(figures?.level === 'over'
        ? [t(lang, 'absenceOver', { limit: figures.limit ?? 0, owed: figures.owedDays })]
        : figures?.level === 'warn'
          ? [t(lang, 'absenceWarn', { limit: figures.limit ?? 0 })]
          : []),
    ];
    return { card: noticeCard(t(lang, 'absenceTitle'), lines, figures?.level === 'ok' ? 'good' : 'warning') };
  },
);
