import { renderDecisionCard } from '../../cards/decision';
import { activityView, type Notice, type Viewer } from '../../cards/views';
import type { Lang } from '../../core/i18n';
import type { LearningActivity, TraineeProfile } from '../../core/model';
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
