import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { noticeCard } from '../../cards/notice';
import { escapeMarkdown as md } from '../../cards/render';
import { formatDate } from '../../core/format';
import { langOf, type TextKey, t } from '../../core/i18n';
import type { Stored, TraineeProfile } from '../../core/model';
import { can } from '../../core/policy';
import { delegate } from '../../core/roles';
import { isConflict } from '../../store';
import { audit, syncPerson } from '../people';
import { refusal } from './flow';
import { defineAction } from './types';

const data = z.object({
  delegate: z.string().trim().max(128).optional(),
  trainee: z.string().max(200).optional(),
  from: z.string().max(20).optional(),
  to: z.string().max(20).optional(),
});
const isDate = (v: string | undefined): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** A leader lends approval for one LIS or all of theirs to someone, for a period. */
export default defineAction('delegation.grant', data, async (ctx, input) => {
  const { lang, deps } = ctx;
  const me = ctx.actor.aadObjectId;
  if (!input.delegate) return { card: refusal(lang, 'err_no_person_picked') };
  if (!isDate(input.from) || !isDate(input.to))
    return {
      card: refusal(lang, 'err_bad_input', {
        field: `${t(lang, 'delegateFromLabel')} / ${t(lang, 'delegateUntilLabel')}`,
      }),
    };
  const person = await deps.store.people.get(me);
  const led = (person?.roles ?? [])
    .filter((r) => r.role === 'leader' && r.state === 'active')
    .map((r) => r.traineeId);
  const targets = input.trainee && input.trainee !== 'all' ? led.filter((id) => id === input.trainee) : led;
  if (targets.length === 0) return { card: refusal(lang, 'notALeader') };
  const known = await deps.store.people.get(input.delegate);
  const delegateName = known?.name ?? '';
  const names: string[] = [];
  let last: Stored<TraineeProfile> | undefined;
  for (const traineeId of targets) {
    for (let attempt = 0; ; attempt++) {
      const profile = await deps.store.trainees.getProfile(traineeId);
      if (!profile) break;
      // The profile decides, not the person index: only the leader of this LIS may delegate.
      if (!can(me, 'delegation.grant', profile, ctx.today).ok) break;
      const r = delegate(
        profile,
        { aadObjectId: me, name: ctx.actor.name },
        { aadObjectId: input.delegate, name: delegateName },
        { from: input.from, to: input.to },
        randomUUID(),
      );
      if (!r.ok) return { card: refusal(lang, `err_${r.error}` as TextKey) };
      try {
        last = await deps.store.trainees.replaceProfile({ ...r.value.profile, etag: profile.etag });
      } catch (err) {
        if (isConflict(err) && attempt < 2) continue;
        throw err;
      }
      await syncPerson(deps, { aadObjectId: input.delegate, name: delegateName }, last, ctx.now);
      await deps.store.trainees.appendAudit(
        audit({
          id: `audit:${ctx.invokeId}:${traineeId}`,
          traineeId,
          actor: me,
          verb: 'delegation.grant',
          target: `delegation:${r.value.delegation.id}`,
          before: null,
          after: { delegate: input.delegate, from: input.from, to: input.to },
          at: ctx.now,
        }),
      );
      names.push(md(profile.name));
      break;
    }
  }
  if (!last) return { card: refusal(lang, 'notALeader') };
  const trainees = names.join(', ');
  const vars = { from: formatDate(lang, input.from), to: formatDate(lang, input.to), trainees };
  const reach = (await deps.store.people.get(input.delegate))?.conversation;
  const shown = md(delegateName || t(lang, 'aPerson'));
  if (reach) {
    ctx.notifier.later('tell delegate', { delegate: input.delegate }, async () => {
      const l = langOf(reach.locale);
      await ctx.notifier.send(
        reach,
        t(l, 'delegatedToYou', {
          leader: md(ctx.actor.name),
          trainees,
          from: formatDate(l, input.from ?? ''),
          to: formatDate(l, input.to ?? ''),
        }),
      );
    });
  }
  return {
    card: noticeCard(
      t(lang, 'delegateTitle'),
      [
        t(lang, 'delegated', { name: shown, ...vars }),
        ...(reach ? [] : [t(lang, 'cannotReach', { name: shown })]),
      ],
      'good',
    ),
  };
});
