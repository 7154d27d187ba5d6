import { type AbsenceFigures, absenceFigures } from '../core/absence';
import { type Action, can } from '../core/policy';
import type { Call, OpsDeps } from './types';

export interface AbsenceOverviewLine {
  traineeId: string;
  name: string;
  /** Absent when the LIS has no service period yet. */
  figures?: AbsenceFigures;
}

/**
 * The absence so far of the LIS the caller may record absence for (a leader, a delegate), or only
 * read it (`absence.view`: an advisor too, never a supervisor), each checked against the LIS's own
 * roles (the person's list of roles is only where to look).
 */
export async function absenceOverview(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  traineeIds: readonly string[],
  action: Extract<Action, 'absence.record' | 'absence.view'> = 'absence.record',
): Promise<AbsenceOverviewLine[]> {
  // One point read per LIS (a leader's list), in the order asked.
  const lines = await Promise.all(
    [...new Set(traineeIds)].map(async (id): Promise<AbsenceOverviewLine | undefined> => {
      const p = await deps.store.trainees.getProfile(id);
      if (!p || !can(call.caller.aadObjectId, action, p, call.today).ok) return undefined;
      const figures = absenceFigures(p);
      return { traineeId: id, name: p.name, ...(figures ? { figures } : {}) };
    }),
  );
  return lines.filter((x): x is AbsenceOverviewLine => !!x);
}
