import { z } from 'zod';
import { noticeCard } from '../../cards/notice';
import { escapeMarkdown as md } from '../../cards/render';
import { formatDate } from '../../core/format';
import { t } from '../../core/i18n';
import { absenceRecord } from '../../ops/absenceRecord';
import { absenceFormCard } from '../absenceForm';
import { refusalText } from '../texts';
import { notFoundCard, refusalCard } from './outcome';
import { defineAction } from './types';

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
      // Refused: the form again with why (an overlap, an end before the start); `note` tells the
      // adapter it was not done, so the fields get back what was filled in (`keepTyped`).
      const note = text ? { text, style: 'attention' as const } : undefined;
      const form =
        note &&
        (await absenceFormCard(
          ctx.deps,
          ctx.call,
          await ctx.deps.store.people.get(ctx.call.caller.aadObjectId),
          lang,
          note,
        ));
      if (form && note) return { card: form, note };
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
