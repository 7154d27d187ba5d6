import { absenceFormModel, renderAbsenceForm } from '../../cards/absence';
import { absenceText } from '../../cards/progress';
import { escapeMarkdown as md } from '../../cards/render';
import { absenceFigures } from '../../core/absence';
import { addDays, norwayDate, periodInText } from '../../core/dates';
import { t } from '../../core/i18n';
import type { AbsenceKind } from '../../core/model';
import { activeFor } from '../../core/policy';
import { absenceOverview } from '../../ops/absenceOverview';
import { ownProfileAndLeader } from '../../ops/forms';
import { matchesName, roleTraineeNamed } from '../../ops/progressView';
import type { Turn } from '../turn';
import { delegateIntent } from './delegate';
import { reply, sendCard, whoAnswer } from './send';

/**
 * "fravær" / "absence": a leader (or delegate) gets the form to record absence for their LIS, with
 * each one's absence so far (in a shared chat the card goes privately, as all personal data); an
 * advisor the figures of the LIS they advise; a LIS is told their own figure (absence is theirs to
 * see, never a supervisor's). Nobody else learns anything.
 */
export async function absenceIntent(
  turn: Turn,
  said: {
    name?: string;
    absenceKind?: AbsenceKind;
    today?: true;
    daysAgo?: number;
    self?: 'ahead' | 'past';
  } = {},
): Promise<void> {
  const { lang } = turn;
  const person = turn.person ?? (await turn.deps.store.people.get(turn.caller.aadObjectId));
  const leads = activeFor(person, ['leader', 'delegate']);
  // "jeg skal på ferie" from someone who is no LIS: their own absence is not kept here. A leader going
  // away is offered someone to approve meanwhile; anyone else is told where their absence goes.
  if (said.self && !person?.traineeId) {
    if (said.self === 'ahead' && activeFor(person, ['leader']).length > 0)
      return delegateIntent(turn, { intro: t(lang, 'absenceSelfLeader') });
    await reply(turn, t(lang, 'absenceSelfNotLis'));
    return;
  }
  if (leads.length > 0) {
    // The form says where each LIS stands before anything is added ("hvor mye fravær har Alex?").
    const lines = await absenceOverview(
      turn.deps,
      { caller: turn.caller, today: norwayDate(turn.deps.now()) },
      leads,
    );
    if (lines.length > 0) {
      // "Alex er syk i dag": Alex, sick, today, filled in; the leader checks and saves (one click).
      const asked = said.name;
      const named = asked ? lines.find((x) => matchesName(x.name, asked)) : undefined;
      const today = norwayDate(turn.deps.now());
      // "Alex har ferie 1.12–5.12": those days; "i går": the day before ("Lynne var syk i går").
      const period = periodInText(turn.context.activity.text ?? '', today);
      // A name none of theirs is said (with the one meant, if near), and no LIS is chosen for them:
      // a guess would put the absence on someone else.
      // (A LIS of theirs in another role, their advisee say, is named as such: not "not found".)
      const other = asked && !named ? roleTraineeNamed(person, asked) : undefined;
      const unknown =
        asked && !named
          ? other
            ? t(lang, 'absenceNotYoursToRecord', { name: md(other) })
            : whoAnswer(turn, { kind: 'not_found' }, asked)
          : undefined;
      const preset = {
        ...(named ? { traineeId: named.traineeId } : unknown ? { traineeId: '' } : {}),
        ...(said.absenceKind ? { kind: said.absenceKind } : {}),
        ...(period ?? (said.today || said.daysAgo ? { day: addDays(today, -(said.daysAgo ?? 0)) } : {})),
      };
      await sendCard(turn, renderAbsenceForm(absenceFormModel(lines, lang, preset)), unknown);
      return;
    }
  }
  // An advisor reads the absence of the LIS they advise ("hvor mye fravær har Alex?"); the leader records it.
  const advises = activeFor(person, ['advisor']);
  if (advises.length > 0 && (said.name || !person?.traineeId)) {
    const lines = await absenceOverview(
      turn.deps,
      { caller: turn.caller, today: norwayDate(turn.deps.now()) },
      advises,
      'absence.view',
    );
    const asked = said.name;
    const shown = asked ? lines.filter((x) => matchesName(x.name, asked)) : lines;
    if (shown.length > 0) {
      const each = shown.map(
        (x) => `${md(x.name)}: ${x.figures ? absenceText(lang, x.figures) : t(lang, 'absenceNoPeriod')}.`,
      );
      await reply(turn, [t(lang, 'absenceAdvised'), ...each].join('\n\n'));
      return;
    }
  }
  // "hvor mye fravær har Alex?" from Alex's supervisor: whose it is to see, not how to record it.
  if (said.name && !(person?.traineeId && matchesName(person.name, said.name))) {
    const other = roleTraineeNamed(person, said.name);
    await reply(
      turn,
      other
        ? t(lang, 'absenceNotYoursToSee', { name: md(other) })
        : whoAnswer(turn, { kind: 'not_found' }, said.name),
    );
    return;
  }
  const { profile: own, leader } = await ownProfileAndLeader(turn.deps, person);
  const a = own ? absenceFigures(own) : undefined;
  if (!a) {
    // Someone new (no role, not a LIS) learns how to begin; a supervisor, that absence is not theirs to see.
    const key = own
      ? 'absenceNoService'
      : activeFor(person, ['supervisor']).length > 0
        ? 'absenceNotForSupervisors'
        : activeFor(person, ['leader', 'delegate', 'advisor', 'supervisor']).length === 0
          ? 'noTraineesForYou'
          : 'noTraineesToRecordFor';
    await reply(turn, t(lang, key));
    return;
  }
  // "registrer fravær" from a LIS: the leader records it, so say who to tell.
  const who = leader ? t(lang, 'absenceByLeader', { name: md(leader.name) }) : t(lang, 'absenceByEmployer');
  await reply(turn, `${t(lang, 'absenceYours')} ${absenceText(lang, a)}. ${who}`);
}
