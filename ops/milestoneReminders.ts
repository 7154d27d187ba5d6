import { toIsoDate } from '../core/dates';
import { dueReminders, milestoneState } from '../core/milestones';
import type { TraineeProfile } from '../core/model';
import { ok } from '../core/result';
import { auditId } from './decide';
import { changeProfile } from './profiles';
import type { OpsDeps } from './types';

/**
 * Reminds the LIS, the leader and the advisor of milestones due within a week or overdue, at most
 * once a day each (`core/milestones.ts` decides). The reminder is stored with its audit event and
 * its notices in one batch, guarded by the profile's ETag: several instances sweeping at once
 * send it once. Returns how many LIS were reminded.
 */
export async function remindMilestones(deps: OpsDeps, now: Date): Promise<number> {
  const at = now.toISOString();
  const today = toIsoDate(now);
  const all = await deps.store.trainees.milestonesOfAll();
  const candidates = all.filter((t) =>
    t.milestones.some((m) => {
      const s = milestoneState(m, today);
      return s === 'soon' || s === 'overdue';
    }),
  );
  let reminded = 0;
  for (const { traineeId } of candidates) {
    let kinds: string[] = [];
    const r = await changeProfile<{ profile: TraineeProfile; to: string[] }, 'nothing_due'>(
      deps,
      traineeId,
      (p) => {
        const due = dueReminders(p, today, at);
        if (!due) return { ok: false, error: 'nothing_due' };
        kinds = due.kinds;
        return ok({ profile: due.profile, to: due.to });
      },
      (x) => ({
        audit: {
          kind: 'audit',
          id: auditId({ key: `milestones-${today}` }, `milestone:${kinds.join('+')}`),
          traineeId,
          actor: 'system',
          verb: 'milestone.remind',
          target: `milestone:${kinds.join('+')}`,
          before: null,
          after: { kinds, to: x.to.length },
          at,
        },
        effects: x.to.map((to) => ({
          kind: 'text' as const,
          to,
          text:
            to === x.profile.aadObjectId
              ? ('milestoneReminderYou' as const)
              : ('milestoneReminderThey' as const),
          vars: { milestones: kinds.join(','), trainee: x.profile.name },
        })),
      }),
    ).catch((err: unknown) => {
      deps.log.warn({ err, traineeId }, 'milestone reminder failed');
      return undefined;
    });
    if (r?.ok) reminded++;
  }
  return reminded;
}
