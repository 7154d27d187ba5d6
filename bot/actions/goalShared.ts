import { renderDecisionCard } from '../../cards/decision';
import { goalView, type Notice, type Viewer } from '../../cards/views';
import type { Lang } from '../../core/i18n';
import type { GoalState, LearningActivity, TraineeProfile } from '../../core/model';
import type { BotDeps } from '../turn';

/** The goal card for one viewer (the buttons follow their standing). */
export function goalCard(
  ctx: { deps: Pick<BotDeps, 'catalogs'>; lang: Lang; today: string },
  l: { doc: GoalState; profile: TraineeProfile; open?: readonly LearningActivity[] },
  viewer: Viewer,
  notice?: Notice,
) {
  return renderDecisionCard(
    goalView(l.doc, l.profile, ctx.deps.catalogs, viewer, ctx.lang, {
      notice,
      today: ctx.today,
      ...(l.open ? { open: l.open } : {}),
    }),
  );
}

/** The goal card as the caller of a card action sees it. */
export const goalCardFor =
  (ctx: {
    deps: Pick<BotDeps, 'catalogs'>;
    lang: Lang;
    call: { caller: { aadObjectId: string }; today: string };
  }) =>
  (l: { doc: GoalState; profile: TraineeProfile; open?: readonly LearningActivity[] }, notice?: Notice) =>
    goalCard(
      { deps: ctx.deps, lang: ctx.lang, today: ctx.call.today },
      l,
      { aadObjectId: ctx.call.caller.aadObjectId },
      notice,
    );
