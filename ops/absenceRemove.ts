import { type AbsenceFigures, removeAbsence } from '../core/absence';
import type { Stored, TraineeProfile } from '../core/model';
import { auditId } from './decide';
import { permittedProfileChange } from './profiles';
import type { Call, OpsDeps, Outcome } from './types';

/**
 * A correction: the leader (or a delegate) removes an absence entered by mistake. The audit event
 * keeps what it was; the LIS is told the new figure.
 */
export async function absenceRemove(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; from?: string },
): Promise<Outcome<{ profile: Stored<TraineeProfile>; figures: AbsenceFigures | undefined }>> {
  const from = input.from ?? '';
  type Removed = Extract<ReturnType<typeof removeAbsence>, { ok: true }>['value'];
  const r = await permittedProfileChange<Removed, 'no_such_absence'>(
    deps,
    call,
    input.traineeId,
    'absence.record',
    'not_allowed_absence',
    (p) => removeAbsence(p, from),
    (x) => ({
      audit: {
        kind: 'audit',
        id: auditId(call, `absence-removed:${from}`),
        traineeId: input.traineeId,
        actor: call.caller.aadObjectId,
        verb: 'absence.remove',
        target: 'absence',
        before: { from: x.removed.from, to: x.removed.to, kind: x.removed.reason, days: x.before?.days ?? 0 },
        after: { days: x.after?.days ?? 0 },
        at: call.now,
      },
      effects: [
        {
          kind: 'text',
          to: x.profile.aadObjectId,
          text: 'absenceRemovedToYou',
          vars: {
            name: call.caller.name,
            from: x.removed.from,
            to: x.removed.to,
            days: String(x.after?.days ?? 0),
            percent: String(x.after?.percent ?? 0),
          },
        },
      ],
    }),
  );
  return r.kind === 'done'
    ? { kind: 'done', value: { profile: r.value.saved, figures: r.value.value.after } }
    : r;
}
