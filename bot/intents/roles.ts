import { type NoticeCardModel, renderNoticeCard } from '../../cards/notice';
import { escapeMarkdown as md } from '../../cards/render';
import { t } from '../../core/i18n';
import { rolesOverview } from '../../ops/forms';
import type { Turn } from '../turn';
import { sendCard } from './send';

/** "roller" / "roles": who holds which role around a LIS (with Remove), or which roles the asker holds. */
export async function rolesIntent(turn: Turn): Promise<void> {
  const { lang } = turn;
  const { own: profile, held } = await rolesOverview(turn.deps, turn, turn.person);
  const lines: { text: string }[] = [];
  const confirms: NoticeCardModel['confirms'] = [];
  if (profile) {
    lines.push({ text: t(lang, 'rolesForLis') });
    const current = profile.roles.filter((r) => r.state === 'active' || r.state === 'invited');
    for (const r of current) {
      const name = md(r.name || t(lang, 'aPerson'));
      const role = t(lang, `role_${r.role}`);
      lines.push({
        text: `• ${t(lang, 'roleLine', { name, role, state: t(lang, `state_${r.state as 'active'}`) })}`,
      });
      // Removing asks first: one click on the wrong line must not take a role away.
      confirms.push({
        title: t(lang, 'remove', { name, role }),
        text: t(lang, 'removeConfirm', { name, role }),
        yes: t(lang, 'removeYes'),
        verb: 'role.remove',
        data: { traineeId: profile.traineeId, id: r.aadObjectId, role: r.role },
      });
    }
    if (current.length === 0) lines.push({ text: t(lang, 'rolesNone') });
  }
  if (held.length > 0) {
    lines.push({ text: t(lang, 'rolesYouHold') });
    for (const r of held)
      lines.push({
        text: `• ${t(lang, 'roleFor', { role: t(lang, `role_${r.role}`), trainee: md(r.traineeName) })} (${t(lang, `state_${r.state as 'active'}`)})`,
      });
  }
  if (lines.length === 0) lines.push({ text: t(lang, 'noTraineesForYou') });
  await sendCard(
    turn,
    renderNoticeCard({
      title: t(lang, 'rolesTitle'),
      style: 'emphasis',
      lines,
      facts: [],
      actions: [],
      confirms,
    }),
  );
}
