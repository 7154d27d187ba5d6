import { noticeCard } from '../../cards/notice';
import { escapeMarkdown as md } from '../../cards/render';
import { langOf, type TextKey, t } from '../../core/i18n';
import type { RoleHolder, Stored, TraineeProfile } from '../../core/model';
import { answer } from '../../core/roles';
import { isConflict } from '../../store';
import { personalConversation } from '../conversation';
import { audit, syncPerson } from '../people';
import { notFound, refusal } from './flow';
import { type ActionContext, type DecisionData, decisionData, defineAction } from './types';

/** Accept or decline: only the invitee (the clicker's aadObjectId), once, while the invitation is open. */
export async function answerInvitation(ctx: ActionContext, data: DecisionData, accept: boolean) {
  const { lang, deps } = ctx;
  const me = ctx.actor.aadObjectId;
  for (let attempt = 0; ; attempt++) {
    const profile = await deps.store.trainees.getProfile(data.traineeId);
    if (!profile) return notFound(lang);
    const r = answer(profile, data.id, me, accept, ctx.now);
    if (!r.ok) {
      const invitee = profile.roles.find((x) => x.invitationId === data.id);
      if (r.error === 'invitation_not_found' || (r.error === 'not_invitee' && !invitee))
        return notFound(lang);
      return {
        card: refusal(lang, `err_${r.error}` as TextKey, { name: md(invitee?.name || t(lang, 'aPerson')) }),
      };
    }
    // The invitee's own name and 1:1 chat, as Teams gives them now.
    const conversation = personalConversation(ctx.context.activity);
    const holder: RoleHolder = {
      ...r.value.holder,
      name: ctx.actor.name || r.value.holder.name,
      ...(conversation ? { conversation } : {}),
    };
    const next: Stored<TraineeProfile> = {
      ...r.value.profile,
      roles: r.value.profile.roles.map((x) => (x.invitationId === data.id ? holder : x)),
      etag: profile.etag,
    };
    let saved: Stored<TraineeProfile>;
    try {
      saved = await deps.store.trainees.replaceProfile(next);
    } catch (err) {
      if (isConflict(err) && attempt < 2) continue;
      throw err;
    }
    await syncPerson(deps, { aadObjectId: me, name: holder.name }, saved, ctx.now);
    const ended = r.value.ended;
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
