import { escapeMarkdown as md } from '../../cards/render';
import { t } from '../../core/i18n';
import type { Turn } from '../turn';
import { inbox } from './inbox';
import { rolesIntent } from './roles';
import { reply } from './send';

/**
 * "jeg skal være veileder for Alex": a role is given by the LIS's invitation, never taken. Someone
 * with an invitation waiting is shown it; someone holding the role, their roles; anyone else how
 * the invitation comes. The answer tells nothing of whether the LIS named exists.
 */
export async function roleClaimIntent(
  turn: Turn,
  role: 'leader' | 'advisor' | 'supervisor',
  name?: string,
): Promise<void> {
  const { lang } = turn;
  const person = turn.person ?? (await turn.deps.store.people.get(turn.caller.aadObjectId));
  const roles = person?.roles ?? [];
  if (roles.some((r) => r.state === 'invited')) return inbox(turn);
  if (roles.some((r) => r.state === 'active' && r.role === role)) return rolesIntent(turn, name);
  const vars = { role: t(lang, `role_${role}`), name: md(name ?? '') };
  return reply(turn, t(lang, name ? 'roleClaimHowNamed' : 'roleClaimHow', vars));
}
