import { renderNoticeCard } from '../cards/notice';
import { escapeMarkdown as md } from '../cards/render';
import { formatDate } from '../core/format';
import { type Lang, t } from '../core/i18n';
import type { RoleHolder, TraineeProfile } from '../core/model';

/** The card an invitee gets: who invites them to what, and Accept / Decline. */
export function invitationCard(profile: TraineeProfile, invitation: RoleHolder, lang: Lang) {
  const trainee = md(profile.name);
  const role = t(lang, `role_${invitation.role}`);
  const replaced = invitation.replaces
    ? profile.roles.find((r) => r.aadObjectId === invitation.replaces)?.name
    : undefined;
  const data = { traineeId: profile.traineeId, id: invitation.invitationId ?? '', rev: 0 };
  return renderNoticeCard({
    title: t(lang, 'invitationTitle', { trainee }),
    style: 'accent',
    lines: [
      { text: t(lang, 'invitationText', { trainee, role }) },
      ...(replaced ? [{ text: t(lang, 'invitationReplaces', { name: md(replaced) }) }] : []),
      ...(invitation.expiresAt
        ? [{ text: t(lang, 'invitationExpires', { date: formatDate(lang, invitation.expiresAt) }) }]
        : []),
    ],
    facts: [
      {
        title: t(lang, 'lis'),
        value: `${trainee} (${profile.phase}${profile.specialty ? `, ${md(profile.specialty)}` : ''})`,
      },
      { title: t(lang, 'employerLabel'), value: md(profile.employer.name) },
      ...(profile.service
        ? [
            {
              title: t(lang, 'servicePeriod'),
              value: `${formatDate(lang, profile.service.start)} – ${formatDate(lang, profile.service.end)}`,
            },
          ]
        : []),
    ],
    actions: [
      { title: t(lang, 'accept'), verb: 'role.accept', data },
      { title: t(lang, 'decline'), verb: 'role.decline', data },
    ],
    confirms: [],
  });
}
