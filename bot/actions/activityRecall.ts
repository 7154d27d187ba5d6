import { recallRequest } from '../../core/activities';
import { activityCard, loadActivity, updateActivityCards } from './activityShared';
import { runDecision } from './flow';
import { decisionData, defineAction } from './types';

/** The LIS takes back a pending request; the supervisor's card then says it needs no action. */
export default defineAction('activity.recall', decisionData, (ctx, data) =>
  runDecision(ctx, data, {
    action: 'activity.recall',
    verb: 'activity.recall',
    load: () => loadActivity(ctx.deps, data.traineeId, data.id),
    view: (l, notice) => activityCard(ctx, l, ctx.actor, notice),
    apply: (l) => recallRequest(l.doc),
    save: (next) => ctx.deps.store.trainees.saveActivity(next),
    summary: (a) => ({ status: a.status, supervisor: a.supervisor?.aadObjectId, rev: a.rev }),
    after: (l, saved) => updateActivityCards(ctx, saved, l.profile),
  }),
);
