import type { Stored, TraineeProfile } from '../core/model';
import { removePeriod } from '../core/service';
import { auditId } from './decide';
import { permittedProfileChange } from './profiles';
import type { Call, OpsDeps, Outcome } from './types';

/** A correction: the leader (or a delegate) removes an earlier period entered by mistake; the audit event keeps it. */
export async function servicePeriodRemove(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; start?: string },
): Promise<Outcome<{ profile: Stored<TraineeProfile> }>> {
  const start = input.start ?? '';
  const r = await permittedProfileChange(
    deps,
    call,
    input.traineeId,
    'service.edit',
    'not_allowed_service',
    (p) => removePeriod(p, start),
    (x) => ({
      audit: {
        kind: 'audit',
        id: auditId(call, `period-removed:${start}`),
        traineeId: input.traineeId,
        actor: call.caller.aadObjectId,
        verb: 'service.removePeriod',
        target: 'service',
        before: {
          start: x.removed.start,
          end: x.removed.end,
          place: x.removed.place ?? '',
          percent: x.removed.percent,
        },
        after: null,
        at: call.now,
      },
    }),
  );
  return r.kind === 'done' ? { kind: 'done', value: { profile: r.value.saved } } : r;
}
