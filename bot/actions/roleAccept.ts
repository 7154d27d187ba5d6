import { noticeCard } from '../../cards/notice';
import { escapeMarkdown as md } from '../../cards/render';
import { langOf, type TextKey, t } from '../../core/i18n';
import type { RoleHolder, TraineeProfile } from '../../core/model';
import { ok } from '../../core/result';
import { answer } from '../../core/roles';
import { personalConversation } from '../conversation';
import { audit, syncPerson } from '../people';
import { changeProfile } from '../profiles';
import { notFound, refusal } from './flow';
import { type ActionContext, type DecisionData, decisionData, defineAction } from './types';

/** Accept or decline: only the invitee (the clicker's aadObjectId), once, while the invitation is open. */
export async function answerInvitation(ctx: ActionContext, data: DecisionData, accept: boolean) {
  const { lang, deps } = ctx;
  const me = ctx.actor.aadObjectId;
  // The invitee's own name and 1:1 chat, as Teams gives them now.
  const conversation = personalConversation(ctx.context.activity);
  const r = await changeProfile(deps, data.traineeId, (p) => {
    const a = answer(p, data.id, me, accept, ctx.now);
    if (!a.ok) return a;
    const holder: RoleHolder = {
      ...a.value.holder,
      name: ctx.actor.name || a.value.holder.name,
      ...(conversation ? { conversation } : {}),
    };
    return ok({
      ...a.value,
      holder,
      profile: {
        ...a.value.profile,
        roles: a.value.profile.roles.map((x) => (x.invitationId === data.id ? holder : x)),
      },
    });
  });
  if (!r) return notFound(lang);
  if (!r.ok) {
    const invitee = r.profile.roles.find((x) => x.invitationId === data.id);
    if (r.error === 'invitation_not_found' || (r.error === 'not_invitee' && !invitee)) return notFound(lang);
    return {
      card: refusal(lang, `err_${r.error}` as TextKey, { name: md(invitee?.name || t(lang, 'aPerson')) }),
    };
  }
  const { saved } = r;
  const { holder, ended } = r.value;
  await syncPerson(deps, { aadObjectId: me, name: holder.name }, saved, ctx.now);
  if (ended) await syncPerson(deps, { aadObjectId: ended.aadObjectId, name: ended.name }, saved, ctx.now);
  const verb = accept ? 'role.accept' : 'role.decline';
  await deps.store.trainees.appendAudit(
    audit({
      id: `audit:${ctx.invokeId}`,
      traineeId: saved.traineeId,
      actor: me,
      verb,
      target: `role:${data.id}`,
      before: { state: 'invited' },
      after: { state: holder.state, role: holder.role, ...(ended ? { ended: ended.aadObjectId } : {}) },
      at: ctx.now,
    }),
  );
  deps.log.info({ verb, traineeId: saved.traineeId, role: holder.role, actor: me }, 'invitation answered');
  const role = t(lang, `role_${holder.role}`);
  tellAbout(ctx, saved, holder, accept, ended);
  const text = t(lang, accept ? 'doneAccepted' : 'doneDeclined', { role, trainee: md(saved.name) });
  return { card: noticeCard(t(lang, 'invitationsTitle'), [text], accept ? 'good' : 'default'), done: text };
}

function tellAbout(
  ctx: ActionContext,
  profile: TraineeProfile,
  holder: RoleHolder,
  accept: boolean,
  ended?: RoleHolder,
): void {
  const toLis = profile.conversation;
  ctx.notifier.later('tell about invitation', { traineeId: profile.traineeId }, async () => {
    if (toLis) {
      const l = langOf(toLis.locale);
      const text = t(l, accept ? 'accepted' : 'declined', {
        name: md(holder.name),
        role: t(l, `role_${holder.role}`),
      });
      await ctx.notifier.send(toLis, text);
    }
    const toEnded = ended && profile.roles.find((r) => r.aadObjectId === ended.aadObjectId)?.conversation;
    if (ended && toEnded) {
      const l = langOf(toEnded.locale);
      await ctx.notifier.send(
        toEnded,
        t(l, 'roleEndedForYou', { role: t(l, `role_${ended.role}`), trainee: md(profile.name) }),
      );
    }
  });
}

export default defineAction('role.accept', decisionData, (ctx, data) => answerInvitation(ctx, data, true));
