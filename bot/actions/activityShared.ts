import { z } from 'zod';
import { renderDecisionCard } from '../../cards/decision';
import { activityView, type Notice, type Viewer } from '../../cards/views';
import { type Lang, t } from '../../core/i18n';
import type { LearningActivity, TraineeProfile } from '../../core/model';
import { fieldLabel } from '../../core/words';
import { refusalText } from '../texts';
import type { BotDeps } from '../turn';

/** The sign-off card for one viewer (the buttons follow their standing). */
export function activityCard(
  ctx: { deps: Pick<BotDeps, 'catalogs'>; lang: Lang; today: string },
  l: { doc: LearningActivity; profile: TraineeProfile },
  viewer: Viewer,
  notice?: Notice,
  addressee?: string,
) {
  return renderDecisionCard(
    activityView(l.doc, l.profile, ctx.deps.catalogs, viewer, ctx.lang, {
      notice,
      today: ctx.today,
      addressee,
    }),
  );
}

/** The sign-off card as the caller of a card action sees it. */
export const activityCardFor =
  (ctx: {
    deps: Pick<BotDeps, 'catalogs'>;
    lang: Lang;
    call: { caller: { aadObjectId: string }; today: string };
  }) =>
  (l: { doc: LearningActivity; profile: TraineeProfile }, notice?: Notice) =>
    activityCard(
      { deps: ctx.deps, lang: ctx.lang, today: ctx.call.today },
      l,
      { aadObjectId: ctx.call.caller.aadObjectId },
      notice,
    );

/** The activity form's fields, as the LIS's form and the supervisor's ("signer Alex") send them. */
export const activityFormData = z.object({
  traineeId: z.string().min(1).max(200),
  activityKind: z.string().max(40).optional(),
  date: z.string().max(20).optional(),
  description: z.string().max(20_000).optional(),
  goals: z.string().max(20_000).optional(),
});

/** What was typed into the form, to show it again with a line saying what is wrong. */
export const typedValues = (input: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(input).filter(([, v]) => typeof v === 'string')) as Record<
    string,
    string
  >;

/** The line a form is shown again with when its operation did not go through (the field, the reason, a lost race). */
export function activityFormNotice(
  lang: Lang,
  r:
    | { kind: 'invalid'; field: string }
    | { kind: 'refused'; reason: string; details: Record<string, string> }
    | { kind: 'stale' | 'lost_race' },
): string {
  if (r.kind === 'invalid') return refusalText(lang, 'bad_input', { field: fieldLabel(lang, r.field) });
  if (r.kind === 'refused') return refusalText(lang, r.reason, r.details);
  return t(lang, 'lostRace');
}
