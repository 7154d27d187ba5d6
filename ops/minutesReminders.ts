import { isWorkingHours, norwayDate } from '../core/dates';
import type { Effect } from '../core/effects';
import { reminderPlan } from '../core/milestones';
import type { AdvisorySession, Stored, TraineeProfile } from '../core/model';
import { activeHolders } from '../core/policy';
import { minutesReminderDue } from '../core/sessions';
import { isConflict } from '../store';
import { auditId } from './decide';
import type { OpsDeps } from './types';
import { write } from './write';

/**
 * Reminds advisors of sessions held without finalised minutes (`core/sessions.ts`
 * `minutesReminderDue` decides which, and how often), on working days from 08:00 to 16:00
 * Norwegian time. An advisor with several such sessions gets one text naming the LIS. Each reminder
 * is stored on its session with its audit event and its notice in one batch, guarded by the
 * session's ETag: several instances sweeping at once send it once. Returns how many sessions were
 * reminded of.
 */
export async function remindMinutes(deps: OpsDeps, now: Date): Promise<number> {
  if (!isWorkingHours(now)) return 0;
  const at = now.toISOString();
  const today = norwayDate(now);
  const open = (await deps.store.trainees.sessionsWithoutMinutes(today)).filter((s) =>
    minutesReminderDue(s, today),
  );
  const profiles = new Map<string, TraineeProfile | undefined>();
  for (const s of open)
    if (!profiles.has(s.traineeId))
      profiles.set(s.traineeId, await deps.store.trainees.getProfile(s.traineeId));
  const due: { session: Stored<AdvisorySession>; profile: TraineeProfile; to: string[] }[] = [];
  for (const session of open) {
    const profile = profiles.get(session.traineeId);
    const to = profile ? activeHolders(profile, 'advisor').map((a) => a.aadObjectId) : [];
    if (profile && to.length > 0) due.push({ session, profile, to });
  }
  // One text per advisor, carried by the write of their first session in this sweep.
  const plan = reminderPlan(
    due.map((d) => ({
      traineeId: d.session.id,
      trainee: d.profile.name,
      lis: d.profile.aadObjectId,
      to: d.to,
    })),
  );
  let reminded = 0;
  for (const { session, profile } of due) {
    const effects = (plan.get(session.id) ?? []).map(
      (n): Effect =>
        n.trainees.length === 1
          ? {
              kind: 'text',
              to: n.to,
              text: 'minutesReminder',
              vars: { trainee: profile.name, from: session.date },
            }
          : {
              kind: 'text',
              to: n.to,
              text: 'minutesReminderMany',
              vars: { count: String(n.trainees.length), trainees: [...new Set(n.trainees)].join(', ') },
            },
    );
    try {
      await write<AdvisorySession>(deps, {
        change: { kind: 'session', session: { ...session, remindedAt: at }, before: session },
        audit: {
          kind: 'audit',
          id: auditId({ key: `minutes-${today}` }, session.id),
          traineeId: session.traineeId,
          actor: 'system',
          verb: 'session.remind',
          target: session.id,
          before: null,
          after: { to: effects.length },
          at,
        },
        effects,
      });
      reminded++;
    } catch (err) {
      // Another instance reminded of it, or the advisor wrote meanwhile: nothing to send from here.
      if (!isConflict(err))
        deps.log.warn({ err, traineeId: session.traineeId, id: session.id }, 'minutes reminder failed');
    }
  }
  return reminded;
}
