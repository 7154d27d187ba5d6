import { activityFormModel, renderActivityForm } from '../../cards/activityForm';
import { recordForLis, supervisorFormFor } from '../../ops/activitySupervisorRecord';
import { supervisorRecordedText } from '../texts';
import { activityCardFor, activityFormData, activityFormNotice, typedValues } from './activityShared';
import { notFoundCard } from './outcome';
import { type ActionContext, defineAction } from './types';

/** The supervisor's form again, with what they typed and a line saying what is wrong. */
async function formAgain(
  ctx: ActionContext,
  traineeId: string,
  values: Record<string, string>,
  notice: string,
) {
  const f = await supervisorFormFor(ctx.deps, ctx.call, { traineeId });
  if (f.kind !== 'done') return { card: notFoundCard(ctx.lang) };
  return {
    card: renderActivityForm(
      activityFormModel(f.value.profile, f.value.goals, ctx.deps.catalogs, ctx.lang, ctx.call.today, {
        notice,
        values,
        bySupervisor: true,
      }),
    ),
  };
}

/** A supervisor records an activity for the LIS from the form ("signer Alex") and signs it in one step. */
export default defineAction(activityFormData, async (ctx, input) => {
  const { lang } = ctx;
  const values = typedValues(input);
  const r = await recordForLis(ctx.deps, ctx.call, input);
  switch (r.kind) {
    case 'not_found':
      return { card: notFoundCard(lang) };
    case 'invalid':
    case 'refused':
    case 'stale':
    case 'lost_race':
      return formAgain(ctx, input.traineeId, values, activityFormNotice(lang, r));
    case 'done': {
      // The profile the operation read: no second read for the card.
      const { activity: a, profile } = r.value;
      const text = supervisorRecordedText(lang, profile.name, a);
      return { card: activityCardFor(ctx)({ doc: a, profile }, { text, style: 'good' }) };
    }
  }
});
