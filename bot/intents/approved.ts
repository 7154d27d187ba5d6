import { escapeMarkdown as md } from '../../cards/render';
import { norwayDate } from '../../core/dates';
import { rangesOf } from '../../core/format';
import { t } from '../../core/i18n';
import { approvedView } from '../../ops/approvedView';
import type { Turn } from '../turn';
import { reply, whoAnswer } from './send';

/**
 * "hvilke mål er godkjent?", "vis godkjente for Alex": the approved goals by ID, per plan, runs of
 * neighbours as ranges, so every one is named in a few lines however many there are.
 */
export async function approvedIntent(turn: Turn, name?: string): Promise<void> {
  const { lang } = turn;
  const r = await approvedView(
    turn.deps,
    { caller: turn.caller, today: norwayDate(turn.deps.now()) },
    { ...(name ? { name } : {}), ...(turn.person ? { person: turn.person } : {}) },
  );
  if (r.kind !== 'done') return reply(turn, whoAnswer(turn, r, name));
  const { profile, own, plans, earlier } = r.value;
  const approved = plans.reduce((n, p) => n + p.approved.size, 0);
  const total = plans.reduce((n, p) => n + p.order.length, 0);
  const head = t(lang, own ? 'approvedHeadYou' : 'approvedHeadThey', {
    trainee: md(profile.name),
    approved,
    total,
  });
  const lines = plans.map((p) =>
    t(lang, 'approvedPlan', {
      plan: md(p.name),
      approved: p.approved.size,
      total: p.order.length,
      ids: p.approved.size ? rangesOf(p.order, p.approved).join(', ') : t(lang, 'approvedNone'),
    }),
  );
  const before = earlier.map((p) =>
    t(lang, 'approvedEarlierPlan', {
      plan: md(p.name),
      ids: rangesOf(p.order, p.approved).join(', '),
    }),
  );
  return reply(turn, [head, ...lines, ...before, t(lang, 'approvedMore')].join('\n\n'));
}
