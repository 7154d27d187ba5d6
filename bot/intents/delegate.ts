import { delegateModel, renderDelegate } from '../../cards/delegate';
import { toIsoDate } from '../../core/dates';
import { t } from '../../core/i18n';
import type { Turn } from '../turn';
import { sendCard } from './send';

/** "deleger" / "delegate": a leader lends approval to someone for a period. */
export async function delegateIntent(turn: Turn): Promise<void> {
  const led = (turn.person?.roles ?? []).filter((r) => r.role === 'leader' && r.state === 'active');
  if (led.length === 0) {
    await turn.context.sendActivity(t(turn.lang, 'notALeader'));
    return;
  }
  await sendCard(turn, renderDelegate(delegateModel(led, turn.lang, toIsoDate(turn.deps.now()))));
}
