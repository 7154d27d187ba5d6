import { t } from '../../core/i18n';
import { activeFor } from '../../core/policy';
import { traineeAskedAbout } from '../../ops/progressView';
import { sessionsCard } from '../sessionsCard';
import type { Turn } from '../turn';
import { replyAll, whoAnswer } from './send';

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
  // "veiledning med Lynne": hers alone, found as every question finds a LIS by name; a name that
  // is none of theirs (or fits several) shows them all.
  const named = name
    ? await traineeAskedAbout(turn.deps, turn, { name, ...(person ? { person } : {}) })
    : undefined;
  const asked = named?.kind === 'done' && all.includes(named.value) ? [named.value] : all;
  const ids = asked.slice(0, CARDS_MAX);
  const cards = [];
  for (const id of ids) {
    const card = await sessionsCard(turn.deps, { caller: turn.caller }, id, turn.lang, {
      userId: turn.context.activity.from.id,
    });
    if (card) cards.push({ card });
  }
  // Those beyond the cards are said, not dropped.
  const more =
    asked.length > ids.length
      ? [
          t(turn.lang, 'sessionsMore', {
            shown: cards.length,
            count: cards.length + asked.length - ids.length,
          }),
        ]
      : [];
  // A name not found is said (with the near one, if any) above them all: not silently ignored.
  const unknown = named && named.kind !== 'done' && cards.length ? [whoAnswer(turn, named, name)] : [];
  // Someone with no role and no registration of their own learns how to begin.
  const none =
    !person?.traineeId && activeFor(person, ['leader', 'delegate', 'advisor', 'supervisor']).length === 0
      ? 'noTraineesForYou'
      : 'noSessionsForYou';
  await replyAll(turn, cards.length ? [...unknown, ...cards, ...more] : [t(turn.lang, none)]);
}
