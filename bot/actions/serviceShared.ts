import { renderService, serviceModel } from '../../cards/service';
import { t } from '../../core/i18n';
import type { TraineeProfile } from '../../core/model';
import { serviceOf } from '../../core/serviceView';
import type { Outcome } from '../../ops/types';
import { refusalText } from '../texts';
import { notFoundCard } from './outcome';
import type { ActionContext, ActionResult } from './types';

/**
 * The service card after a change to it: the new state with a line saying what was done, or the
 * refusal's words on the card as it stands. Someone with no role for the LIS learns nothing.
 */
export async function serviceAnswer(
  ctx: ActionContext,
  traineeId: string,
  r: Outcome<{ profile: TraineeProfile }>,
  done: string,
  fieldLabel: (field: string) => string,
): Promise<ActionResult> {
  const { lang, call, deps } = ctx;
  const me = call.caller.aadObjectId;
  if (r.kind === 'done')
    return {
      card: renderService(
        serviceModel(serviceOf(r.value.profile, me, call.today), lang, { text: done, style: 'good' }),
      ),
    };
  if (r.kind === 'not_found') return { card: notFoundCard(lang) };
  const text =
    r.kind === 'invalid'
      ? refusalText(lang, 'bad_input', { field: fieldLabel(r.field) })
      : r.kind === 'refused'
        ? refusalText(lang, r.reason, r.details)
        : t(lang, 'lostRace');
  const profile = await deps.store.trainees.getProfile(traineeId);
  if (!profile) return { card: notFoundCard(lang) };
  // `note`: not done, so the adapter gives the add-period form back what was typed (`keepTyped`).
  const note = { text, style: 'attention' as const };
  return { card: renderService(serviceModel(serviceOf(profile, me, call.today), lang, note)), note };
}
