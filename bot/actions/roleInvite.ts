import { z } from 'zod';
import { inviteModel, renderInvite } from '../../cards/invite';
import { t } from '../../core/i18n';
import type { Role } from '../../core/model';
import { can } from '../../core/policy';
import { inviteOne } from '../people';
import { notFound, refusal } from './flow';
import { defineAction } from './types';

const aad = z.string().trim().max(128);
const data = z.object({
  traineeId: z.string().min(1).max(200),
  leader: aad.optional(),
  advisor: aad.optional(),
  supervisors: z.string().max(4000).optional(),
  replace: z.string().max(10).optional(),
});

/** The LIS sends invitations from the people pickers: one leader, one advisor, any number of supervisors. */
export default defineAction('role.invite', data, async (ctx, input) => {
  const { lang, deps } = ctx;
  const profile = await deps.store.trainees.getProfile(input.traineeId);
  if (!profile) return notFound(lang);
  if (!can(ctx.actor.aadObjectId, 'role.invite', profile, ctx.today).ok)
    return { card: refusal(lang, 'err_no_role', { trainee: profile.name }) };
  const wanted: { role: Role; id: string }[] = [
    ...(input.leader ? [{ role: 'leader' as const, id: input.leader }] : []),
    ...(input.advisor ? [{ role: 'advisor' as const, id: input.advisor }] : []),
    ...(input.supervisors ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((id) => ({ role: 'supervisor' as const, id })),
  ];
  if (wanted.length === 0)
    return { card: renderInvite(inviteModel(profile, lang, [t(lang, 'err_no_person_picked')], 'attention')) };
  const lines: string[] = [];
  let latest = profile;
  let failures = 0;
  for (const w of wanted) {
    const r = await inviteOne(
      deps,
      ctx.notifier,
      { lang, now: ctx.now, actor: ctx.actor.aadObjectId, auditId: ctx.invokeId },
      profile.traineeId,
      { aadObjectId: w.id, name: '' },
      w.role,
      input.replace === 'true',
    );
    if (!r) return notFound(lang);
    lines.push(r.line);
    latest = r.profile;
    if (!r.ok) failures++;
  }
  return {
    card: renderInvite(
      inviteModel(
        latest,
        lang,
        lines,
        failures === 0 ? 'good' : failures === wanted.length ? 'attention' : 'warning',
      ),
    ),
  };
});
