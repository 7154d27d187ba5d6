import { TeamsInfo } from 'botbuilder';
import { inviteModel, renderInvite } from '../../cards/invite';
import { noticeCard } from '../../cards/notice';
import { escapeMarkdown as md } from '../../cards/render';
import { norwayDate } from '../../core/dates';
import { t } from '../../core/i18n';
import { normalise } from '../../core/intents';
import type { Role } from '../../core/model';
import { ownTrainee } from '../../ops/forms';
import { inviteToRoles } from '../../ops/roleInvite';
import { inviteLineText } from '../actions/roleInvite';
import { requestKey } from '../activityShape';
import type { Turn } from '../turn';
import { reply, sendCard, sendShared } from './send';

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
  const own = await ownTrainee(deps, turn, turn.person);
  if (own.kind !== 'done') {
    await reply(turn, t(lang, 'err_not_registered'));
    return;
  }
  const profile = own.value.profile;
  const a = context.activity;
  const mentions = (a.entities ?? []).filter(
    (e) => e.type === 'mention' && e.mentioned?.id && e.mentioned.id !== a.recipient?.id,
  );
  if (mentions.length === 0) {
    const today = norwayDate(turn.deps.now());
    await sendCard(turn, renderInvite(inviteModel(profile, lang, today, [], 'good', await membersOf(turn))));
    return;
  }
  const role = ROLE_WORDS.find(([rx]) => rx.test(normalise(a.text ?? '')))?.[1];
  if (!role) {
    await context.sendActivity(t(lang, 'mentionNoRole'));
    return;
  }
  const people: { aadObjectId: string; name: string; role: Role }[] = [];
  for (const m of mentions) {
    try {
      const member = await TeamsInfo.getMember(context, m.mentioned.id);
      if (member.aadObjectId)
        people.push({ aadObjectId: member.aadObjectId, name: member.name ?? m.mentioned.name ?? '', role });
    } catch {
      // Not someone in this conversation: nothing to invite.
    }
  }
  const now = deps.now();
  const r =
    people.length > 0
      ? await inviteToRoles(
          deps,
          {
            caller: turn.caller,
            key: requestKey(a.id, () => now.toISOString()),
            now: now.toISOString(),
            today: norwayDate(now),
          },
          { traineeId: profile.traineeId, people, replace: false },
        )
      : undefined;
  const lines = r?.kind === 'done' ? r.value.lines.map((l) => inviteLineText(lang, l, md(profile.name))) : [];
  await sendShared(
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
