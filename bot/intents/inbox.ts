import { toIsoDate } from '../../core/dates';
import { inboxCard } from '../inbox';
import type { Turn } from '../turn';
import { sendCard } from './send';

/** "hva venter på meg?" / "what needs my approval?": everything waiting for the asker, across roles. */
export async function inbox(turn: Turn): Promise<void> {
  const me = turn.person?.aadObjectId ?? turn.context.activity.from.aadObjectId ?? '';
  const card = await inboxCard(turn.deps, me, turn.lang, toIsoDate(turn.deps.now()), turn.person);
  await sendCard(turn, card);
}
