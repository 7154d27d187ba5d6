import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { noticeCard } from '../../cards/notice';
import { escapeMarkdown as md } from '../../cards/render';
import { formatDate } from '../../core/format';
import { langOf, type TextKey, t } from '../../core/i18n';
import type { Delegation, Stored, TraineeProfile } from '../../core/model';
import { can } from '../../core/policy';
import { fail } from '../../core/result';
import { delegate, type RoleError } from '../../core/roles';
import { audit, syncPerson } from '../people';
import { changeProfile } from '../profiles';
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
  const delegateId = input.delegate;
  const period = { from: input.from, to: input.to };
  const known = await deps.store.people.get(delegateId);
  const delegateName = known?.name ?? '';
  const names: string[] = [];
  let last: Stored<TraineeProfile> | undefined;
  for (const traineeId of targets) {
    // The profile decides, not the person index: only the leader of this LIS may delegate.
    const r = await changeProfile<
      { profile: TraineeProfile; delegation: Delegation },
      RoleError | 'not_leader'
    >(deps, traineeId, (p) =>
      can(me, 'delegation.grant', p, ctx.today).ok
        ? delegate(
            p,
            { aadObjectId: me, name: ctx.actor.name },
            { aadObjectId: delegateId, name: delegateName },
            period,
            randomUUID(),
          )
        : fail('not_leader'),
    );
    if (!r || (!r.ok && r.error === 'not_leader')) continue;
    if (!r.ok) return { card: refusal(lang, `err_${r.error}` as TextKey) };
    last = r.saved;
    await syncPerson(deps, { aadObjectId: delegateId, name: delegateName }, last, ctx.now);
    await deps.store.trainees.appendAudit(
      audit({
        id: `audit:${ctx.invokeId}:${traineeId}`,
        traineeId,
        actor: me,
        verb: 'delegation.grant',
        target: `delegation:${r.value.delegation.id}`,
        before: null,
        after: { delegate: delegateId, from: period.from, to: period.to },
        at: ctx.now,
      }),
    );
    names.push(md(last.name));
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
