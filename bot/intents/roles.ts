import { type NoticeCardModel, renderNoticeCard } from '../../cards/notice';
import { escapeMarkdown as md } from '../../cards/render';
import { norwayDate } from '../../core/dates';
import { formatDate } from '../../core/format';
import { type Lang, t } from '../../core/i18n';
import type { RoleHolder, TraineeProfile } from '../../core/model';
import { INVITATION_DAYS, lapsedOn, replacesHolder, rolesShown } from '../../core/roles';
import { rolesOverview } from '../../ops/forms';
import { rolesView } from '../../ops/rolesView';
import type { Turn } from '../turn';
import { reply, sendCard, whoAnswer } from './send';

/**
 * "roller" / "roles": who holds which role around a LIS (with Remove), or which roles the asker holds;
 * "roller for Alex": the roles around a LIS the asker follows, to read.
 */
export async function rolesIntent(turn: Turn, name?: string): Promise<void> {
  const { lang } = turn;
  if (name) {
    const r = await rolesView(
      turn.deps,
      { caller: turn.caller, today: norwayDate(turn.deps.now()) },
      { name, ...(turn.person ? { person: turn.person } : {}) },
    );
    if (r.kind === 'done' && !r.value.own) {
      const lines = [
        { text: t(lang, 'rolesForTrainee', { trainee: md(r.value.profile.name) }) },
        ...roleLines(lang, r.value.roles, norwayDate(turn.deps.now())),
      ];
      if (r.value.roles.length === 0) lines.push({ text: t(lang, 'rolesNoneThey') });
      await sendCard(turn, rolesCard(lang, lines, []));
      return;
    }
    if (r.kind === 'refused' && r.reason === 'forbidden') {
      await reply(turn, t(lang, 'rolesNotYours', { trainee: md(r.details.trainee ?? '') }));
      return;
    }
    if (r.kind !== 'done') {
      await reply(turn, whoAnswer(turn, r, name));
      return;
    }
  }
  const { own: profile, held } = await rolesOverview(turn.deps, turn, turn.person);
  const lines: { text: string }[] = [];
  const confirms: NoticeCardModel['confirms'] = [];
  if (profile) {
    lines.push({ text: t(lang, 'rolesForLis') });
    const today = norwayDate(turn.deps.now());
    const current = rolesShown(profile.roles, today);
    lines.push(...roleLines(lang, current, today));
    // Run out unanswered: not a role, and no one will answer it now. Invited again, it is new.
    if (current.some((r) => lapsedOn(r, today))) lines.push({ text: t(lang, 'rolesLapsedInviteAgain') });
    // One that ran out is invited again in one click (asked first); removing asks first too: one
    // click on the wrong line must not take a role away.
    confirms.push(
      ...current.filter((r) => lapsedOn(r, today)).map((r) => inviteAgainConfirm(lang, profile, r)),
    );
    confirms.push(...current.map((r) => removeConfirm(lang, profile, r)));
    if (current.length === 0) lines.push({ text: t(lang, 'rolesNone') });
    // "bytt leder" lands here: a leader or advisor is changed by inviting the new one, not by removing.
    else lines.push({ text: t(lang, 'rolesChange') });
  }
  if (held.length > 0) {
    lines.push({ text: t(lang, 'rolesYouHold') });
    for (const r of held)
      lines.push({
        text: `• ${t(lang, 'roleFor', { role: t(lang, `role_${r.role}`), trainee: md(r.traineeName) })} (${t(lang, `state_${r.state as 'active'}`)})`,
      });
    lines.push({ text: t(lang, 'rolesStepDown') });
  }
  if (lines.length === 0) lines.push({ text: t(lang, 'noTraineesForYou') });
  await sendCard(turn, rolesCard(lang, lines, confirms));
}

/** "Megan Bowen: leder (aktiv)"; an invitation that ran out unanswered says so, with the day. */
const roleLines = (lang: Lang, roles: readonly RoleHolder[], today: string) =>
  roles.map((r) => {
    const last = lapsedOn(r, today);
    return {
      text: `• ${t(lang, 'roleLine', {
        name: md(r.name || t(lang, 'aPerson')),
        role: t(lang, `role_${r.role}`),
        state: last
          ? t(lang, 'state_lapsed', { date: formatDate(lang, last) })
          : t(lang, `state_${r.state as 'active'}`),
      })}`,
    };
  });

/** The form's own verb and fields: one person, their role, and whether they replace the one who holds it. */
function inviteAgainConfirm(lang: Lang, profile: TraineeProfile, r: RoleHolder) {
  const name = md(r.name || t(lang, 'aPerson'));
  const role = t(lang, `role_${r.role}`);
  const field = r.role === 'supervisor' ? 'supervisors' : r.role;
  const replaces = replacesHolder(profile, r);
  return {
    title: t(lang, 'inviteAgain', { name, role }),
    text: t(lang, 'inviteAgainAsk', { name, role, days: INVITATION_DAYS }),
    yes: t(lang, 'inviteAgainYes'),
    verb: 'role.invite' as const,
    data: { traineeId: profile.traineeId, [field]: r.aadObjectId, ...(replaces ? { replace: 'true' } : {}) },
  };
}

function removeConfirm(lang: Lang, profile: TraineeProfile, r: RoleHolder) {
  const name = md(r.name || t(lang, 'aPerson'));
  const role = t(lang, `role_${r.role}`);
  return {
    title: t(lang, 'remove', { name, role }),
    text: t(lang, 'removeConfirm', { name, role }),
    yes: t(lang, 'removeYes'),
    verb: 'role.remove' as const,
    data: { traineeId: profile.traineeId, id: r.aadObjectId, role: r.role },
  };
}

const rolesCard = (lang: Lang, lines: { text: string }[], confirms: NoticeCardModel['confirms']) =>
  renderNoticeCard({
    title: t(lang, 'rolesTitle'),
    style: 'emphasis',
    lines,
    facts: [],
    actions: [],
    confirms,
  });
