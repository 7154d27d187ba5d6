import { t } from '../../core/i18n';
import type { Turn } from '../turn';
import { reply } from './send';

/**
 * "eksporter til kompetanseportalen": the export is made in the tab. A leader (or delegate) makes
 * it for one LIS or all of theirs; a LIS for their own approved goals; anyone else is told whose it is.
 */
export async function exportIntent(turn: Turn): Promise<void> {
  const person = turn.person ?? (await turn.deps.store.people.get(turn.caller.aadObjectId));
  const leads = (person?.roles ?? []).some(
    (r) => (r.role === 'leader' || r.role === 'delegate') && r.state === 'active',
  );
  await reply(
    turn,
    t(turn.lang, leads ? 'exportWhere' : person?.traineeId ? 'exportWhereLis' : 'exportWhose'),
  );
}
