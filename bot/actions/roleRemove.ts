import { z } from 'zod';
import { noticeCard } from '../../cards/notice';
import { escapeMarkdown as md } from '../../cards/render';
import { langOf, type TextKey, t } from '../../core/i18n';
import type { Role, RoleHolder, TraineeProfile } from '../../core/model';
import { can } from '../../core/policy';
import { fail } from '../../core/result';
import { type RoleError, removeRole } from '../../core/roles';
import { audit, syncPerson } from '../people';
import { changeProfile } from '../profiles';
import { notFound, refusal } from './flow';
import { defineAction } from './types';

const data = z.object({
  traineeId: z.string().min(1).max(200),
  id: z.string().min(1).max(128),
  role: z.enum(['leader', 'advisor', 'supervisor']),
});

/** The LIS ends a role (or withdraws an open invitation); the person concerned is told. */
export default defineAction('role.remove', data, async (ctx, input) => {
  const { lang, deps } = ctx;
  const r = await changeProfile<{ profile: TraineeProfile; removed: RoleHolder }, RoleError | 'no_role'>(
    deps,
    input.traineeId,
    (p) =>
      can(ctx.actor.aadObjectId, 'role.remove', p, ctx.today).ok
        ? removeRole(p, input.id, input.role as Role, ctx.now)
        : fail('no_role'),
  );
  if (!r) return notFound(lang);
  if (!r.ok) return { card: refusal(lang, `err_${r.error}` as TextKey, { trainee: r.profile.name }) };
  const { saved } = r;
  const removed = r.value.removed;
  await syncPerson(deps, removed, saved, ctx.now);
  await deps.store.trainees.appendAudit(
    audit({
      id: `audit:${ctx.invokeId}`,
      traineeId: saved.traineeId,
      actor: ctx.actor.aadObjectId,
      verb: 'role.remove',
      target: `role:${removed.aadObjectId}:${removed.role}`,
      before: { state: removed.state === 'ended' ? 'active' : 'invited' },
      after: { state: removed.state },
      at: ctx.now,
    }),
  );
  const to = removed.conversation;
  if (to) {
    ctx.notifier.later('tell removed', { traineeId: saved.traineeId }, async () => {
      const l = langOf(to.locale);
      await ctx.notifier.send(
        to,
        t(l, 'roleEndedForYou', { role: t(l, `role_${removed.role}`), trainee: md(saved.name) }),
      );
    });
  }
  return {
    card: noticeCard(
      t(lang, 'rolesTitle'),
      [t(lang, 'removed', { name: md(removed.name), role: t(lang, `role_${removed.role}`) })],
      'good',
    ),
  };
});
