import { norwayDate } from '../../core/dates';
import { inboxCard } from '../inboxCard';
import type { Turn } from '../turn';
import { sendCard } from './send';

/** "hva venter på meg?" / "what needs my approval?": everything waiting for the asker, across roles. */
export async function inbox(turn: Turn): Promise<void> {
  const call = { caller: turn.caller, today: norwayDate(turn.deps.now()) };
  await sendCard(
    turn,
    await inboxCard(turn.deps, call, turn.lang, turn.person, undefined, 0, turn.context.activity.from.id),
  );
}
