import { progressModel, renderProgressCard } from '../cards/progress';
import type { AdaptiveCard } from '../cards/render';
import type { Notice } from '../cards/views';
import type { Lang } from '../core/i18n';
import { progressOfTrainee } from '../ops/progressView';
import type { Call } from '../ops/types';
import type { BotDeps } from './turn';

/** The progress card of one LIS as the caller may see it, with a line on top (what a click on it did); none for someone with no role. */
export async function progressCard(
  deps: BotDeps,
  call: Pick<Call, 'caller' | 'today'>,
  lang: Lang,
  traineeId: string,
  notice?: Notice,
  /** The caller's channel id (`29:…`): Teams refreshes the card for them alone when they look again. */
  userId?: string,
): Promise<AdaptiveCard | undefined> {
  const r = await progressOfTrainee(deps, call, traineeId);
  if (r.kind !== 'done') return undefined;
  const v = r.value;
  return renderProgressCard(
    progressModel(v.progress, v.profile, lang, {
      viewerIsLis: v.viewerIsLis,
      viewer: call.caller.aadObjectId,
      canMarkMilestones: v.canMarkMilestones,
      returned: v.returned,
      ...(v.othersWaiting ? { othersWaiting: v.othersWaiting } : {}),
      ...(deps.tabUrl ? { tabUrl: deps.tabUrl } : {}),
      ...(notice ? { notice } : {}),
      ...(userId ? { userId } : {}),
    }),
  );
}
