import { t } from '../../core/i18n';
import { activeFor } from '../../core/policy';
import { matchesName } from '../../ops/progressView';
import { sessionsCard } from '../sessionsCard';
import type { Turn } from '../turn';
import { replyAll } from './send';

/** At most this many LIS get a card each (an advisor or leader of more names the LIS in the tab). */
const CARDS_MAX = 5;

/**
 * "veiledning" / "advisory sessions": the asker's own sessions as a LIS, and those of the LIS they
 * advise or lead, one card each, as each may see them (the leader: dates only).
 */
export async function sessionsIntent(turn: Turn, name?: string): Promise<void> {
  const person = turn.person ?? (await turn.deps.store.people.get(turn.caller.aadObjectId));
  const all = [
    ...new Set([
      ...(person?.traineeId ? [person.traineeId] : []),
      ...activeFor(person, ['advisor', 'leader', 'delegate']),
    ]),
  ];
  // "veiledning med Lynne": hers alone; a name that is none of theirs shows them all.
  const named = name
    ? all.filter((id) =>
        id === person?.traineeId
          ? matchesName(person.name, name)
          : person?.roles.some((r) => r.traineeId === id && matchesName(r.traineeName, name)),
      )
    : [];
  const ids = (named.length > 0 ? named : all).slice(0, CARDS_MAX);
  const cards = [];
  for (const id of ids) {
    const card = await sessionsCard(turn.deps, { caller: turn.caller }, id, turn.lang);
    if (card) cards.push({ card });
  }
  await replyAll(turn, cards.length ? cards : [t(turn.lang, 'noSessionsForYou')]);
}
