import { TeamsInfo } from 'botbuilder';
import { inviteModel, renderInvite } from '../../cards/invite';
import { noticeCard } from '../../cards/notice';
import { t } from '../../core/i18n';
import { normalise } from '../../core/intents';
import type { Role } from '../../core/model';
import { inviteOne } from '../people';
import type { Turn } from '../turn';
import { sendCard } from './send';

const ROLE_WORDS: [RegExp, Role][] = [
  [/\b(leder|leader|sjef)\b/, 'leader'],
  [/\b(veileder|advisor|adviser|mentor)\b/, 'advisor'],
  [/\b(supervisør|supervisor|supervisører|supervisors)\b/, 'supervisor'],
];

/**
 * "inviter": the form with people pickers. In a group chat or channel, "@LIS inviter veileder @Kari"
 * invites the people mentioned directly (their Entra ids come from the conversation's roster).
 */
export async function inviteIntent(turn: Turn): Promise<void> {
  const { lang, deps, context } = turn;
  const traineeId = turn.person?.traineeId;
  const profile = traineeId ? await deps.store.trainees.getProfile(traineeId) : undefined;
  if (!profile) {
    await context.sendActivity(t(lang, 'err_not_registered'));
    return;
  }
  const a = context.activity;
  const mentions = (a.entities ?? []).filter(
    (e) => e.type === 'mention' && e.mentioned?.id && e.mentioned.id !== a.recipient?.id,
  );
  if (mentions.length === 0) {
    await sendCard(turn, renderInvite(inviteModel(profile, lang, [], 'good', await membersOf(turn))));
    return;
  }
  const text = normalise(a.text ?? '');
  const role = ROLE_WORDS.find(([rx]) => rx.test(text))?.[1];
  if (!role) {
    await context.sendActivity(t(lang, 'mentionNoRole'));
    return;
  }
  const lines: string[] = [];
  const now = deps.now().toISOString();
  for (const m of mentions) {
    let who: { aadObjectId: string; name: string } | undefined;
    try {
      const member = await TeamsInfo.getMember(context, m.mentioned.id);
      if (member.aadObjectId)
        who = { aadObjectId: member.aadObjectId, name: member.name ?? m.mentioned.name ?? '' };
    } catch {
      who = undefined;
    }
    if (!who) continue;
    const r = await inviteOne(
      deps,
      turn.notifier,
      { lang, now, actor: profile.aadObjectId, auditId: a.id ?? now },
      profile.traineeId,
      who,
      role,
      false,
    );
    if (r) lines.push(r.line);
  }
  await sendCard(
    turn,
    noticeCard(
      t(lang, 'invitationsTitle'),
      lines.length > 0 ? lines : [t(lang, 'err_no_person_picked')],
      lines.length > 0 ? 'good' : 'attention',
    ),
  );
}

/** In a group chat or channel, its members are offered in the form (the search covers everyone else). */
async function membersOf(turn: Turn): Promise<{ name: string; aadObjectId: string }[]> {
  const type = turn.context.activity.conversation.conversationType;
  if (!type || type === 'personal') return [];
  try {
    const page = await TeamsInfo.getPagedMembers(turn.context, 100);
    return page.members
      .filter((m) => m.aadObjectId)
      .map((m) => ({ name: m.name ?? '', aadObjectId: m.aadObjectId as string }));
  } catch (err) {
    turn.deps.log.warn(
      { err, conversationId: turn.context.activity.conversation.id },
      'could not read conversation members',
    );
    return [];
  }
}
