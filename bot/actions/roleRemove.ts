import { z } from 'zod';
import { noticeCard } from '../../cards/notice';
import { escapeMarkdown as md } from '../../cards/render';
import { t } from '../../core/i18n';
import { removeFromRole } from '../../ops/roleRemove';
import { notFoundCard, refusalCard } from './outcome';
import { defineAction } from './types';

const data = z.object({
  traineeId: z.string().min(1).max(200),
  id: z.string().min(1).max(128),
  role: z.enum(['leader', 'advisor', 'supervisor']),
});

/** The LIS ends a role (or withdraws an open invitation); the person concerned is told. */
export default defineAction(data, async (ctx, input) => {
  const { lang } = ctx;
  const r = await removeFromRole(ctx.deps, ctx.call, {
    traineeId: input.traineeId,
    aadObjectId: input.id,
    role: input.role,
  });
  if (r.kind === 'refused') return { card: refusalCard(lang, r.reason, r.details) };
  if (r.kind !== 'done') return { card: notFoundCard(lang) };
  const { removed } = r.value;
  return {
    card: noticeCard(
      t(lang, 'rolesTitle'),
      [t(lang, 'removed', { name: md(removed.name), role: t(lang, `role_${removed.role}`) })],
      'good',
    ),
  };
});
