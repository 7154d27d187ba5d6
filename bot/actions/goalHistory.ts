import { renderNoticeCard } from '../../cards/notice';
import { escapeMarkdown } from '../../cards/render';
import { formatDateTime } from '../../core/format';
import { type TextKey, t } from '../../core/i18n';
import type { TraineeProfile } from '../../core/model';
import { can } from '../../core/policy';
import { notFound, refusal } from './flow';
import { goalCard, loadGoal } from './goalShared';
import { decisionData, defineAction } from './types';

function nameOf(profile: TraineeProfile, aadObjectId: string): string | undefined {
  if (profile.aadObjectId === aadObjectId) return profile.name;
  return (
    profile.roles.find((r) => r.aadObjectId === aadObjectId)?.name ??
    profile.delegations.find((d) => d.delegate === aadObjectId)?.delegateName
  );
}

/** "Vis historikk": the goal's audit trail (who, when, what, comment), for the LIS and those who decide on it. */
export default defineAction('goal.history', decisionData, async (ctx, data) => {
  const l = await loadGoal(ctx.deps, data.traineeId, data.id);
  if (!l) return notFound(ctx.lang);
  const permission = can(ctx.actor.aadObjectId, 'history.view', l.profile, ctx.today);
  if (!permission.ok) {
    if (permission.reason === 'no_role')
      return { card: refusal(ctx.lang, 'err_no_role', { trainee: l.profile.name }) };
    return {
      card: goalCard(ctx, l, ctx.actor, {
        text: t(ctx.lang, 'err_not_allowed', {
          standing: t(ctx.lang, `role_${permission.standings[0] ?? 'lis'}`),
          trainee: l.profile.name,
        }),
        style: 'attention',
      }),
    };
  }
  const events = await ctx.deps.store.trainees.auditOf(l.profile.traineeId, l.doc.id);
  const lang = ctx.lang;
  const lines = events.map((e) => {
    const who = escapeMarkdown(nameOf(l.profile, e.actor) ?? t(lang, 'someone'));
    const key = `verb_${e.verb.replace('.', '_')}` as TextKey;
    const what = key.startsWith('verb_goal_') ? t(lang, key) : e.verb;
    const behalf = e.onBehalfOf
      ? ` ${t(lang, 'historyOnBehalf', { name: escapeMarkdown(nameOf(l.profile, e.onBehalfOf) ?? '') })}`
      : '';
    const comment = e.comment ? ` ${t(lang, 'quoted', { name: who, text: escapeMarkdown(e.comment) })}` : '';
    return {
      text: `${t(lang, 'historyLine', { when: formatDateTime(lang, e.at), who, what })}${behalf}.${comment}`,
    };
  });
  const recorded = l.doc.approval?.recordedFrom;
  if (recorded && l.doc.approval) {
    lines.unshift({
      text: t(lang, 'approvedPrior', {
        place: escapeMarkdown(recorded.place),
        name: escapeMarkdown(recorded.approverName),
        when: formatDateTime(lang, l.doc.approval.at),
      }),
    });
  }
  const goal = ctx.deps.catalogs.goal(l.doc.catalogId, l.doc.goalId);
  return {
    card: renderNoticeCard({
      title: t(lang, 'historyTitle', {
        goal: `${l.doc.goalId}${goal ? ` ${escapeMarkdown(goal.title)}` : ''}`,
      }),
      style: 'emphasis',
      lines: lines.length > 0 ? lines : [{ text: t(lang, 'historyEmpty') }],
      facts: [],
      actions: [
        {
          title: t(lang, 'backToCard'),
          verb: 'goal.refresh',
          data: { traineeId: l.doc.traineeId, id: l.doc.id, rev: l.doc.rev },
        },
      ],
    }),
  };
});
