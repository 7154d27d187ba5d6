import { renderSessionsCard, type SessionDraft, sessionsModel } from '../cards/sessions';
import type { Notice } from '../cards/views';
import { norwayDate } from '../core/dates';
import type { Lang } from '../core/i18n';
import { advisorySessions } from '../ops/sessionsView';
import type { Call } from '../ops/types';
import type { BotDeps } from './turn';

/** One LIS's advisory sessions as the caller may see them, or undefined when they may not. */
export async function sessionsCard(
  deps: BotDeps,
  call: Pick<Call, 'caller'>,
  traineeId: string,
  lang: Lang,
  answer: { notice?: Notice; draft?: SessionDraft; userId?: string } = {},
) {
  const today = norwayDate(deps.now());
  const r = await advisorySessions(deps, { caller: call.caller, today }, { traineeId });
  if (r.kind !== 'done') return undefined;
  const v = r.value;
  return renderSessionsCard(
    sessionsModel(
      {
        traineeId,
        trainee: v.profile.name,
        full: v.full,
        sessions: v.sessions,
        counts: v.counts,
        mayPrepare: v.mayPrepare,
        mayWriteMinutes: v.mayWriteMinutes,
        mayMove: v.mayMove,
        maySchedule: v.maySchedule,
        today,
        ...answer,
      },
      lang,
    ),
  );
}
