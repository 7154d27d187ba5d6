import { z } from 'zod';
import { escapeMarkdown } from '../../cards/render';
import { t } from '../../core/i18n';
import { REQUEST_ALL_MAX } from '../../core/model';
import { requestAll } from '../../ops/goalRequestAll';
import { progressCard } from '../progressCard';
import { notFoundCard, refusalCard } from './outcome';
import { defineAction } from './types';

const input = z.object({
  traineeId: z.string().min(1).max(200),
  items: z
    .array(z.object({ id: z.string().min(1).max(200), rev: z.number().int().min(0) }))
    .min(1)
    .max(REQUEST_ALL_MAX),
});

/**
 * "Be om godkjenning for alle klare" on the LIS's status card: the goals the button carries are
 * asked for, and the card is drawn again with a line on what was sent (and what changed meanwhile).
 */
export default defineAction(input, async (ctx, data) => {
  const { lang } = ctx;
  const r = await requestAll(ctx.deps, ctx.call, data);
  // Someone with a role is told why (only the LIS asks); anyone else learns nothing.
  if (r.kind === 'refused') return { card: refusalCard(lang, r.reason, r.details) };
  if (r.kind !== 'done') return { card: notFoundCard(lang) };
  const { requested, count, unreachableLeader, noLeader } = r.value;
  const goals = requested.map((id) => id.slice(id.lastIndexOf(':') + 1));
  const text = [
    requested.length > 0
      ? t(lang, 'requestAllDone', { count: requested.length, goals: goals.join(', ') })
      : t(lang, 'requestAllNone'),
    ...(requested.length < count
      ? [t(lang, 'requestAllSkipped', { skipped: count - requested.length })]
      : []),
    ...(unreachableLeader ? [t(lang, 'cannotReach', { name: escapeMarkdown(unreachableLeader) })] : []),
    ...(noLeader ? [t(lang, 'noLeaderYet')] : []),
  ].join(' ');
  const style = requested.length === count && !unreachableLeader && !noLeader ? 'good' : 'warning';
  const card = await progressCard(ctx.deps, ctx.call, lang, data.traineeId, { text, style }, ctx.userId);
  return { card: card ?? notFoundCard(lang) };
});
