import { isWorkingHours, norwayDate } from '../core/dates';
import type { Effect } from '../core/effects';
import { dueReminders, milestoneState, reminderPlan } from '../core/milestones';
import type { TraineeProfile } from '../core/model';
import { ok } from '../core/result';
import { auditId } from './decide';
import { changeProfile } from './profiles';
import type { OpsDeps } from './types';

/**
 * Reminds the LIS, the leader and the advisor of milestones due within a week or overdue, at most
 * once a day each and only on working days from 08:00 to 16:00 Norwegian time (`core/milestones.ts`
 * and `core/dates.ts` decide): a leader of three LIS with one due gets one text
 * naming the three. The reminder is stored with its audit event and
 * its notices in one batch, guarded by the profile's ETag: several instances sweeping at once
 * send it once. Returns how many LIS were reminded.
 */
export async function remindMilestones(deps: OpsDeps, now: Date): Promise<number> {
  // Nobody asked for these at this moment: they wait for a working day's working hours in Norway.
  if (!isWorkingHours(now)) return 0;
  const at = now.toISOString();
  const today = norwayDate(now);
  const all = await deps.store.trainees.milestonesOfAll();
  const candidates = all.filter((t) =>
    t.milestones.some((m) => {
      const s = milestoneState(m, today);
      return s === 'soon' || s === 'overdue';
    }),
  );
  // Who gets which notice: each leader or advisor once, about all their LIS with a milestone due.
  const due: { traineeId: string; trainee: string; lis: string; to: string[] }[] = [];
  for (const { traineeId } of candidates) {
    const p = await deps.store.trainees.getProfile(traineeId);
    const d = p && dueReminders(p, today, at);
    if (p && d) due.push({ traineeId, trainee: p.name, lis: p.aadObjectId, to: d.to });
  }
  const plan = reminderPlan(due);
  let reminded = 0;
  for (const { traineeId } of due) {
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
        effects: [
          ...(x.to.includes(x.profile.aadObjectId)
            ? [
                {
                  kind: 'text' as const,
                  to: x.profile.aadObjectId,
                  text: 'milestoneReminderYou' as const,
                  vars: { milestones: kinds.join(','), trainee: x.profile.name },
                },
              ]
            : []),
          ...(plan.get(traineeId) ?? []).map(
            (n): Effect =>
              n.trainees.length === 1
                ? {
                    kind: 'text' as const,
                    to: n.to,
                    text: 'milestoneReminderThey' as const,
                    vars: { milestones: kinds.join(','), trainee: x.profile.name },
                  }
                : {
                    kind: 'text' as const,
                    to: n.to,
                    text: 'milestoneReminderMany' as const,
                    vars: { trainees: n.trainees.join(', ') },
                  },
          ),
        ],
      }),
    ).catch((err: unknown) => {
      deps.log.warn({ err, traineeId }, 'milestone reminder failed');
      return undefined;
    });
    if (r?.ok) reminded++;
  }
  return reminded;
}
