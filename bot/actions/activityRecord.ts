import { z } from 'zod';
import { activityFormModel, renderActivityForm } from '../../cards/activityForm';
import { escapeMarkdown } from '../../cards/render';
import { t } from '../../core/i18n';
import { parseGoalChoices } from '../../core/refs';
import { recordLearningActivity } from '../../ops/activityRecord';
import { ownTrainee } from '../../ops/forms';
import { refusalText } from '../texts';
import { activityCardFor, activityFormData, activityFormNotice, typedValues } from './activityShared';
import { notFoundCard } from './outcome';
import { type ActionContext, defineAction } from './types';

const data = activityFormData.extend({ supervisor: z.string().max(128).optional() });

/** The form again, with what the LIS typed and a line saying what is wrong. */
async function formAgain(ctx: ActionContext, values: Record<string, string>, notice: string) {
  const own = await ownTrainee(ctx.deps, ctx.call);
  if (own.kind !== 'done') return { card: notFoundCard(ctx.lang) };
  return {
    card: renderActivityForm(
      activityFormModel(own.value.profile, own.value.goals, ctx.deps.catalogs, ctx.lang, ctx.call.today, {
        notice,
        values,
      }),
    ),
  };
}

/** The LIS records a learning activity from the form, and (usually) asks a supervisor to sign it. */
export default defineAction(data, async (ctx, input) => {
  const { lang } = ctx;
  const values = typedValues(input);
  const goals = parseGoalChoices(input.goals ?? '');
  if (!goals)
    return formAgain(ctx, values, refusalText(lang, 'bad_input', { field: t(lang, 'activityGoalsLabel') }));
  const r = await recordLearningActivity(ctx.deps, ctx.call, {
    traineeId: input.traineeId,
    activityKind: input.activityKind,
    date: input.date,
    description: input.description,
    goals,
    supervisor: input.supervisor && input.supervisor !== 'none' ? input.supervisor : undefined,
  });
  switch (r.kind) {
    case 'not_found':
      return { card: notFoundCard(lang) };
    case 'invalid':
    case 'refused':
    case 'stale':
    case 'lost_race':
      return formAgain(ctx, values, activityFormNotice(lang, r));
    case 'done': {
      // The profile the operation read: no second read for the card.
      const { activity, profile, supervisorName, unreachableSupervisor, toLeader } = r.value;
      const notice = unreachableSupervisor
        ? `${t(lang, 'activitySaved')} ${t(lang, 'cannotReach', { name: escapeMarkdown(unreachableSupervisor) })}`
        : supervisorName
          ? t(lang, toLeader ? 'activitySentToLeader' : 'activitySentTo', {
              name: escapeMarkdown(supervisorName),
            })
          : t(lang, 'activitySaved');
      return {
        card: activityCardFor(ctx)(
          { doc: activity, profile },
          { text: notice, style: unreachableSupervisor ? 'warning' : 'good' },
        ),
      };
    }
  }
});
