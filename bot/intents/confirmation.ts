import { escapeMarkdown as md } from '../../cards/render';
import { t } from '../../core/i18n';
import { ownProfileAndLeader } from '../../ops/forms';
import type { Turn } from '../turn';
import { reply } from './send';

/**
 * "tjenesteattest": the confirmation of service is drawn in the tab (a draft PDF and a page to
 * print), where the leader picks the LIS; here the leader is told where, with the tab's link.
 */
export async function confirmationIntent(turn: Turn): Promise<void> {
  const { lang } = turn;
  const person = turn.person ?? (await turn.deps.store.people.get(turn.caller.aadObjectId));
  const leads = (person?.roles ?? []).some(
    (r) => (r.role === 'leader' || r.role === 'delegate') && r.state === 'active',
  );
  if (!leads) {
    // A LIS asking for theirs is told whom to ask: their leader, by name.
    const { leader } = await ownProfileAndLeader(turn.deps, person);
    await reply(
      turn,
      leader ? t(lang, 'confirmByLeader', { name: md(leader.name) }) : t(lang, 'err_not_employer'),
    );
    return;
  }
  const where = turn.deps.tabUrl
    ? t(lang, 'confirmWhereLink', { url: turn.deps.tabUrl })
    : t(lang, 'confirmWhere');
  await reply(turn, where);
}
