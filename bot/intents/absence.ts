import { absenceFormModel, renderAbsenceForm } from '../../cards/absence';
import { absenceText } from '../../cards/progress';
import { absenceFigures } from '../../core/absence';
import { t } from '../../core/i18n';
import type { Turn } from '../turn';
import { reply, sendCard } from './send';

/**
 * "fravær" / "absence": a leader (or delegate) gets the form to record absence for their LIS; a LIS
 * is told their own figure (absence is theirs to see, never a supervisor's). Nobody else learns anything.
 */
export async function absenceIntent(turn: Turn): Promise<void> {
  const { lang } = turn;
  const person = turn.person ?? (await turn.deps.store.people.get(turn.caller.aadObjectId));
  const leads = [
    ...new Map(
      (person?.roles ?? [])
        .filter((r) => (r.role === 'leader' || r.role === 'delegate') && r.state === 'active')
        .map((r) => [r.traineeId, { traineeId: r.traineeId, name: r.traineeName }]),
    ).values(),
  ];
  if (leads.length > 0) {
    await sendCard(turn, renderAbsenceForm(absenceFormModel(leads, lang)));
    return;
  }
  const own = person?.traineeId ? await turn.deps.store.trainees.getProfile(person.traineeId) : undefined;
  const a = own ? absenceFigures(own) : undefined;
  if (!a) {
    await reply(turn, t(lang, own ? 'absenceNoService' : 'noTraineesToRecordFor'));
    return;
  }
  await reply(turn, `${t(lang, 'absenceYours')} ${absenceText(lang, a)}.`);
}
