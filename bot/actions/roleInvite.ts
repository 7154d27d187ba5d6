import { z } from 'zod';
import { inviteModel, renderInvite } from '../../cards/invite';
import { escapeMarkdown as md } from '../../cards/render';
import { t } from '../../core/i18n';
import type { Role } from '../../core/model';
import { OPEN_INVITATIONS_MAX } from '../../core/roles';
import { ownTrainee } from '../../ops/forms';
import { type InviteLine, inviteToRoles } from '../../ops/roleInvite';
import { refusalText } from '../texts';
import { notFoundCard } from './outcome';
import { defineAction } from './types';

const aad = z.string().trim().max(128);
const data = z.object({
  traineeId: z.string().min(1).max(200),
  leader: aad.optional(),
  advisor: aad.optional(),
  supervisors: z.string().max(4000).optional(),
  replace: z.string().max(10).optional(),
});

/** One line per invitation: invited (and whether the invitee can be reached yet), or why not. */
export function inviteLineText(lang: 'nb' | 'en', l: InviteLine, trainee: string): string {
  const name = md(l.name || t(lang, 'aPerson'));
  const role = t(lang, `role_${l.role}`);
  if (l.result === 'invited') {
    const line = t(lang, 'invitedOk', { name, role });
    return l.unreachable ? `${line} ${t(lang, 'cannotReachInvitee', { name })}` : line;
  }
  const reason = refusalText(lang, l.result, { trainee, name, max: String(OPEN_INVITATIONS_MAX) }).replace(
    ` ${t(lang, 'nothingChanged')}`,
    '',
  );
  return t(lang, 'invitedFail', { name, role, reason });
}

/** The LIS sends invitations from the people pickers: one leader, one advisor, any number of supervisors. */
export default defineAction(data, async (ctx, input) => {
  const { lang } = ctx;
  const people: { aadObjectId: string; role: Role }[] = [
    ...(input.leader ? [{ role: 'leader' as const, aadObjectId: input.leader }] : []),
    ...(input.advisor ? [{ role: 'advisor' as const, aadObjectId: input.advisor }] : []),
    ...(input.supervisors ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((id) => ({ role: 'supervisor' as const, aadObjectId: id })),
  ];
  const r = await inviteToRoles(ctx.deps, ctx.call, {
    traineeId: input.traineeId,
    people,
    replace: input.replace === 'true',
  });
  if (r.kind === 'invalid') {
    const own = await ownTrainee(ctx.deps, ctx.call);
    if (own.kind !== 'done') return { card: notFoundCard(lang) };
    return {
      card: renderInvite(
        inviteModel(own.value.profile, lang, ctx.call.today, [t(lang, 'err_no_person_picked')], 'attention'),
      ),
    };
  }
  if (r.kind !== 'done') return { card: notFoundCard(lang) };
  const { profile, lines } = r.value;
  const failures = lines.filter((l) => l.result !== 'invited').length;
  return {
    card: renderInvite(
      inviteModel(
        profile,
        lang,
        ctx.call.today,
        lines.map((l) => inviteLineText(lang, l, md(profile.name))),
        failures === 0 ? 'good' : failures === lines.length ? 'attention' : 'warning',
      ),
    ),
  };
});
