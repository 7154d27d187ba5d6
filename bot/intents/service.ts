import { renderService, serviceModel } from '../../cards/service';
import { norwayDate } from '../../core/dates';
import { serviceView } from '../../ops/serviceView';
import type { Turn } from '../turn';
import { reply, sendCard, whoAnswer } from './send';

/** "tjenesteperioder" (optionally "for Alex"): the periods with place, LIS1's parts, absence for those who may see it. */
export async function serviceIntent(turn: Turn, name?: string): Promise<void> {
  const { lang } = turn;
  const r = await serviceView(
    turn.deps,
    { caller: turn.caller, today: norwayDate(turn.deps.now()) },
    name ? { name } : {},
  );
  if (r.kind === 'done') {
    await sendCard(turn, renderService(serviceModel(r.value, lang)));
    return;
  }
  await reply(turn, whoAnswer(turn, r, name));
}
