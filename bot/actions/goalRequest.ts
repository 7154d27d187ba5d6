import { escapeMarkdown } from '../../cards/render';
import { blankGoal, requestApproval } from '../../core/goals';
import { t } from '../../core/i18n';
import type { GoalState } from '../../core/model';
import { cardMessageOf } from '../notify';
import type { BotDeps } from '../turn';
import { runDecision } from './flow';
import { goalCard, type LoadedGoal, notifyGoalRequested } from './goalShared';
import { decisionData, defineAction } from './types';

/** Loads a goal for a request: its state if there is one, else a blank "not started" state. */
export async function loadGoalOrBlank(
  deps: BotDeps,
  traineeId: string,
  id: string,
  now: string,
): Promise<LoadedGoal | undefined> {
  const m = /^goal:([a-z0-9-]+):([A-Z0-9]+-\d{3})$/.exec(id);
  if (!m) return undefined;
  const [, catalogId = '', goalId = ''] = m;
  const snap = await deps.store.trainees.snapshot(traineeId);
  if (!snap?.profile.catalogIds.includes(catalogId) || !deps.catalogs.goal(catalogId, goalId))
    return undefined;
  const doc = snap.goals.find((g) => g.id === id) ?? {
    ...blankGoal(traineeId, { catalogId, goalId }, now),
    etag: '',
  };
  return { doc, profile: snap.profile, activities: snap.activities };
}

/** The LIS marks a goal as ready and asks for approval; the leader (and advisor) get the card. */
export default defineAction('goal.request', decisionData, async (ctx, data) => {
  let unreachable: string | undefined;
  const result = await runDecision<GoalState, LoadedGoal>(ctx, data, {
    action: 'goal.request',
    verb: 'goal.request',
    load: () => loadGoalOrBlank(ctx.deps, data.traineeId, data.id, ctx.now),
    view: (l, notice) =>
      goalCard(
        ctx,
        l,
        ctx.actor,
        notice ?? (unreachable ? { text: unreachable, style: 'warning' } : undefined),
      ),
    apply: (l) => requestApproval(l.doc, ctx.now),
    save: (next) => ctx.deps.store.trainees.saveGoal(next),
    summary: (g) => ({ status: g.status, rev: g.rev }),
    after: (l, saved) => {
      // The LIS's card follows the leader's decision too.
      const replyTo = ctx.context.activity.replyToId;
      if (replyTo) {
        const message = { ...cardMessageOf(ctx.context, replyTo), for: l.profile.aadObjectId };
        ctx.notifier.later('remember card', { traineeId: saved.traineeId, target: saved.id }, () =>
          ctx.deps.store.trainees.addCardMessage(saved, message),
        );
      }
      const leader = notifyGoalRequested(ctx.deps, ctx.notifier, { ...l, doc: saved }, ctx.today);
      if (leader && !leader.conversation)
        unreachable = t(ctx.lang, 'cannotReach', { name: escapeMarkdown(leader.name) });
    },
  });
  return result;
});
