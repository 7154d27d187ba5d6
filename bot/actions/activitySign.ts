import { escapeMarkdown } from '../../cards/render';
import { decideActivity } from '../../core/activities';
import { formatDateTime } from '../../core/format';
import { t } from '../../core/i18n';
import { activityCard, loadActivity, tellLis, updateActivityCards } from './activityShared';
import { runDecision } from './flow';
import { type ActionContext, type DecisionData, decisionData, defineAction } from './types';

/** Sign or return: the supervisor's decision on a learning activity. */
export function decideActivityAction(ctx: ActionContext, data: DecisionData, outcome: 'signed' | 'returned') {
  return runDecision(ctx, data, {
    action: 'activity.decide',
    verb: outcome === 'signed' ? 'activity.sign' : 'activity.return',
    load: () => loadActivity(ctx.deps, data.traineeId, data.id),
    view: (l, notice) => activityCard(ctx, l, ctx.actor, notice),
    apply: (l, _p, comment) =>
      decideActivity(l.doc, {
        outcome,
        by: ctx.actor.aadObjectId,
        byName: ctx.actor.name,
        comment,
        now: ctx.now,
      }),
    save: (next) => ctx.deps.store.trainees.saveActivity(next),
    summary: (a) => ({ status: a.status, rev: a.rev }),
    errorVars: (l) => ({ name: escapeMarkdown(l.doc.supervisor?.name ?? '') }),
    doneText: (a) =>
      t(ctx.lang, outcome === 'signed' ? 'doneSigned' : 'doneReturned', {
        what: escapeMarkdown(a.description),
        name: escapeMarkdown(ctx.actor.name),
        when: formatDateTime(ctx.lang, ctx.now),
      }),
    after: (l, saved) => {
      updateActivityCards(ctx, saved, l.profile);
      tellLis(ctx, l.profile, saved);
    },
  });
}

export default defineAction('activity.sign', decisionData, (ctx, data) =>
  decideActivityAction(ctx, data, 'signed'),
);
