import { z } from 'zod';
import { escapeMarkdown } from '../../cards/render';
import { reassign, supervisorRef } from '../../core/activities';
import { activeHolders } from '../../core/policy';
import { fail } from '../../core/result';
import { activityCard, loadActivity, sendToSupervisor, updateActivityCards } from './activityShared';
import { runDecision } from './flow';
import { decisionData, defineAction } from './types';

/** The LIS moves a pending request to another of their accepted supervisors. */
export default defineAction(
  'activity.reassign',
  decisionData.extend({ to: z.string().min(1).max(128) }),
  (ctx, data) =>
    runDecision(ctx, data, {
      action: 'activity.request',
      verb: 'activity.reassign',
      load: () => loadActivity(ctx.deps, data.traineeId, data.id),
      view: (l, notice) => activityCard(ctx, l, ctx.actor, notice),
      apply: (l) => {
        // The target must be one of this LIS's accepted supervisors, whatever the card says.
        const holder = activeHolders(l.profile, 'supervisor').find((r) => r.aadObjectId === data.to);
        if (!holder) return fail('no_supervisor');
        return reassign(l.doc, supervisorRef(holder), ctx.now);
      },
      save: (next) => ctx.deps.store.trainees.saveActivity(next),
      summary: (a) => ({ status: a.status, supervisor: a.supervisor?.aadObjectId, rev: a.rev }),
      errorVars: (l) => ({ name: escapeMarkdown(l.doc.supervisor?.name ?? '') }),
      after: (l, saved) => {
        updateActivityCards(ctx, saved, l.profile);
        const holder = activeHolders(l.profile, 'supervisor').find((r) => r.aadObjectId === data.to);
        const to = holder?.conversation;
        if (to) {
          ctx.notifier.later('send to new supervisor', { traineeId: saved.traineeId, target: saved.id }, () =>
            sendToSupervisor(ctx.deps, ctx.notifier, saved, l.profile, to, ctx.today),
          );
        }
      },
    }),
);
