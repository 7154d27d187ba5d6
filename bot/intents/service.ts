import { escapeMarkdown as md } from '../../cards/render';
import { renderService, serviceModel } from '../../cards/service';
import { toIsoDate } from '../../core/dates';
import { t } from '../../core/i18n';
import { serviceView } from '../../ops/serviceView';
import type { Turn } from '../turn';
import { reply, sendCard } from './send';

/** "tjenesteperioder" (optionally "for Alex"): the periods with place, LIS1's parts, absence for those who may see it. */
export async function serviceIntent(turn: Turn, name?: string): Promise<void> {
  const { lang } = turn;
  const r = await serviceView(
    turn.deps,
    { caller: turn.caller, today: toIsoDate(turn.deps.now()) },
    name ? { name } : {},
  );
  if (r.kind === 'done') {
    await sendCard(turn, renderService(serviceModel(r.value, lang)));
    return;
  }
  const names = md(r.kind === 'refused' ? (r.details.names ?? '') : '');
  await reply(
    turn,
    r.kind === 'refused' && r.reason === 'no_trainees'
      ? t(lang, 'noTraineesForYou')
      : r.kind === 'refused' && r.reason === 'pick'
        ? t(lang, 'pickTrainee', { names })
        : r.kind === 'refused' && r.reason === 'ambiguous'
          ? t(lang, 'whoIsIt', { names })
          : t(lang, 'unknownPerson', { name: md(name ?? '') }),
  );
}
