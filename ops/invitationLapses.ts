import { isWorkingHours, norwayDate } from '../core/dates';
import type { Effect } from '../core/effects';
import { ok } from '../core/result';
import { lapseNotice } from '../core/roles';
import { auditId } from './decide';
import { changeProfile } from './profiles';
import type { OpsDeps } from './types';

/**
 * Tells each LIS of invitations that ran out unanswered (`core/roles.ts` `lapseNotice` decides which),
 * in one text however many ran out together, on working days from 08:00 to 16:00 Norwegian time.
 * Marking them told is written with the audit event and the text in one batch, guarded by the
 * profile's ETag: several instances sweeping at once tell it once. Returns how many LIS were told.
 */
export async function tellLapsedInvitations(deps: OpsDeps, now: Date): Promise<number> {
  if (!isWorkingHours(now)) return 0;
  const at = now.toISOString();
  const today = norwayDate(now);
  let told = 0;
  for (const traineeId of await deps.store.trainees.lapsedInvitations(at)) {
    let count = 0;
    const r = await changeProfile(
      deps,
      traineeId,
      (p) => {
        const n = lapseNotice(p, today, at);
        if (!n) return { ok: false, error: 'nothing_lapsed' as const };
        count = n.told.length;
        return ok(n);
      },
      (n) => {
        const effects: Effect[] =
          n.told.length === 1
            ? [
                {
                  kind: 'text',
                  to: n.profile.aadObjectId,
                  text: 'invitationLapsedToYou',
                  vars: {
                    name: n.told[0]?.name ?? '',
                    role: n.told[0]?.role ?? '',
                    from: n.told[0]?.last ?? '',
                  },
                },
              ]
            : n.told.length > 1
              ? [
                  {
                    kind: 'text',
                    to: n.profile.aadObjectId,
                    text: 'invitationsLapsedToYou',
                    vars: { count: String(n.told.length), names: n.told.map((x) => x.name).join(', ') },
                  },
                ]
              : [];
        return {
          audit: {
            kind: 'audit',
            id: auditId({ key: `lapses-${at}` }, 'invitations'),
            traineeId,
            actor: 'system',
            verb: 'role.lapsed',
            target: 'invitations',
            before: null,
            after: { marked: n.marked, told: n.told.length },
            at,
          },
          effects,
        };
      },
    ).catch((err: unknown) => {
      deps.log.warn({ err, traineeId }, 'invitation lapse notice failed');
      return undefined;
    });
    if (r?.ok && count > 0) told++;
  }
  return told;
}
