import { noticeCard } from '../../cards/notice';
import { escapeMarkdown as md } from '../../cards/render';
import { t } from '../../core/i18n';
import { answerInvitation } from '../../ops/roleAnswer';
import { personalConversation } from '../conversation';
import { notFoundCard, refusalCard } from './outcome';
import { type ActionContext, type DecisionData, decisionData, defineAction } from './types';

/** Accept or decline: only the invitee (the clicker's aadObjectId), once, while the invitation is open. */
export async function answerAction(ctx: ActionContext, data: DecisionData, accept: boolean) {
  const { lang } = ctx;
  // The invitee's own 1:1 chat, as Teams gives it now, so decisions can reach them at once.
  const conversation = personalConversation(ctx.context.activity);
  const r = await answerInvitation(ctx.deps, ctx.call, {
    traineeId: data.traineeId,
    invitationId: data.id,
    accept,
    ...(conversation ? { conversation } : {}),
  });
  if (r.kind === 'refused') return { card: refusalCard(lang, r.reason, r.details) };
  if (r.kind !== 'done') return { card: notFoundCard(lang) };
  const role = t(lang, `role_${r.value.holder.role}`);
  const text = t(lang, accept ? 'doneAccepted' : 'doneDeclined', { role, trainee: md(r.value.profile.name) });
  return { card: noticeCard(t(lang, 'invitationsTitle'), [text], accept ? 'good' : 'default'), done: text };
}

export default defineAction(decisionData, (ctx, data) => answerAction(ctx, data, true));
