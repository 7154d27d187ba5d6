import { delegateModel, renderDelegate } from '../../cards/delegate';
import { toIsoDate } from '../../core/dates';
import { t } from '../../core/i18n';
import { ledTrainees } from '../../ops/forms';
import type { Turn } from '../turn';
import { reply, sendCard } from './send';

/** "deleger" / "delegate": a leader lends approval to someone for a period. */
export async function delegateIntent(turn: Turn): Promise<void> {
  const led = await ledTrainees(turn.deps, turn, turn.person);
  if (led.length === 0) {
    await reply(turn, t(turn.lang, 'notALeader'));
    return;
  }
  await sendCard(turn, renderDelegate(delegateModel(led, turn.lang, toIsoDate(turn.deps.now()))));
}
