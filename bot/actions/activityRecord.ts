import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { activityFormModel, renderActivityForm } from '../../cards/activityForm';
import { escapeMarkdown } from '../../cards/render';
import { recordActivity, requestSignature, supervisorRef } from '../../core/activities';
import { type TextKey, t } from '../../core/i18n';
import { ACTIVITY_KINDS, type AuditEvent, type GoalRef, type LearningActivity } from '../../core/model';
import { activeHolders, can } from '../../core/policy';
import { cardMessageOf } from '../notify';
import { activityCard, sendToSupervisor } from './activityShared';
import { notFound, refusal } from './flow';
import { defineAction } from './types';

const data = z.object({
  traineeId: z.string().min(1).max(200),
  activityKind: z.string().max(40).optional(),
  date: z.string().max(20).optional(),
  description: z.string().max(5000).optional(),
  goals: z.string().max(20_000).optional(),
  supervisor: z.string().max(128).optional(),
});

/** The LIS records a learning activity from the form, and (usually) asks a supervisor to sign it. */
export default defineAction('activity.record', data, async (ctx, input) => {
  const { lang } = ctx;
  const snap = await ctx.deps.store.trainees.snapshot(input.traineeId);
  if (!snap) return notFound(lang);
  const { profile } = snap;
  const permission = can(ctx.actor.aadObjectId, 'activity.record', profile, ctx.today);
  if (!permission.ok) return { card: refusal(lang, 'err_no_role', { trainee: profile.name }) };

  const values = Object.fromEntries(Object.entries(input).filter(([, v]) => typeof v === 'string')) as Record<
    string,
    string
  >;
  const again = (key: TextKey, vars: Record<string, string> = {}) => ({
    card: renderActivityForm(
      activityFormModel(profile, snap.goals, ctx.deps.catalogs, lang, ctx.today, {
        notice: `${t(lang, key, vars)} ${t(lang, 'nothingChanged')}`,
        values,
      }),
    ),
  });

  const kind = ACTIVITY_KINDS.find((k) => k === input.activityKind);
  if (!kind) return again('err_bad_input', { field: t(lang, 'activityKindLabel') });
  if (!input.date || !/^\d{4}-\d{2}-\d{2}$/.test(input.date))
    return again('err_bad_input', { field: t(lang, 'activityDateLabel') });
  const goals: GoalRef[] = [];
  for (const v of (input.goals ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)) {
    const [catalogId = '', goalId = ''] = v.split('|');
    if (!profile.catalogIds.includes(catalogId) || !ctx.deps.catalogs.goal(catalogId, goalId)) {
      return again('err_bad_input', { field: t(lang, 'activityGoalsLabel') });
    }
    goals.push({ catalogId, goalId });
  }
  const recorded = recordActivity(
    { activityKind: kind, date: input.date, description: input.description ?? '', goals },
    profile.traineeId,
    randomUUID(),
    ctx.now,
  );
  if (!recorded.ok) return again(`err_${recorded.error}` as TextKey);

  let activity: LearningActivity = recorded.value;
  const wanted = input.supervisor && input.supervisor !== 'none' ? input.supervisor : undefined;
  const holder = wanted
    ? activeHolders(profile, 'supervisor').find((r) => r.aadObjectId === wanted)
    : undefined;
  if (wanted && !holder) return again('err_no_supervisor');
  if (holder) {
    const asked = requestSignature(activity, supervisorRef(holder), ctx.now);
    if (!asked.ok) return again(`err_${asked.error}` as TextKey);
    activity = asked.value;
  }
  const saved = await ctx.deps.store.trainees.saveActivity(activity);
  // The form's message now shows the activity: remember it, so it follows the supervisor's decision.
  const replyTo = ctx.context.activity.replyToId;
  if (replyTo)
    await ctx.deps.store.trainees.addCardMessage(saved, {
      ...cardMessageOf(ctx.context, replyTo),
      for: profile.aadObjectId,
    });
  const event: AuditEvent = {
    kind: 'audit',
    id: `audit:${ctx.invokeId}`,
    traineeId: profile.traineeId,
    actor: ctx.actor.aadObjectId,
    verb: holder ? 'activity.request' : 'activity.record',
    target: saved.id,
    before: null,
    after: { status: saved.status, supervisor: saved.supervisor?.aadObjectId ?? null },
    at: ctx.now,
  };
  await ctx.deps.store.trainees.appendAudit(event);
  ctx.deps.log.info(
    { verb: event.verb, traineeId: profile.traineeId, target: saved.id, actor: ctx.actor.aadObjectId },
    'activity recorded',
  );

  let notice = t(lang, 'activitySaved');
  if (holder?.conversation) {
    const to = holder.conversation;
    ctx.notifier.later('send to supervisor', { traineeId: profile.traineeId, target: saved.id }, () =>
      sendToSupervisor(ctx.deps, ctx.notifier, saved, profile, to, ctx.today),
    );
    notice = t(lang, 'activitySentTo', { name: escapeMarkdown(holder.name) });
  } else if (holder) {
    notice = `${t(lang, 'activitySaved')} ${t(lang, 'cannotReach', { name: escapeMarkdown(holder.name) })}`;
  }
  return {
    card: activityCard(ctx, { doc: saved, profile }, ctx.actor, {
      text: notice,
      style: holder?.conversation || !holder ? 'good' : 'warning',
    }),
  };
});
