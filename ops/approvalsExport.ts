import { isIsoDate } from '../core/dates';
import { type ExportRow, exportRows } from '../core/export';
import type { GoalState, TraineeProfile } from '../core/model';
import { activeFor, can } from '../core/policy';
import { auditId } from './decide';
import { hasStanding, isTraineeId } from './load';
import type { Call, OpsDeps, Outcome } from './types';
import { write } from './write';

const isDate = (v: string) => v === '' || isIsoDate(v);

/** One LIS's rows, and the export written into their audit trail (who took the record out, when, how much). */
async function rowsOf(
  deps: OpsDeps,
  call: Call,
  profile: TraineeProfile,
  since: string,
  format: string,
): Promise<ExportRow[]> {
  const goals = await deps.store.trainees.documents<GoalState>(profile.traineeId, 'goal');
  const rows = exportRows(profile, goals, deps.catalogs, since);
  await write(deps, {
    change: { kind: 'event', traineeId: profile.traineeId },
    audit: {
      kind: 'audit',
      id: auditId(call, `export:${format}:${since}`),
      traineeId: profile.traineeId,
      actor: call.caller.aadObjectId,
      verb: 'approvals.export',
      target: 'export',
      before: null,
      after: { format, since: since || null, goals: rows.length },
      at: call.now,
    },
    effects: [],
  });
  return rows;
}

/**
 * Every approved goal of one LIS, for registering in Kompetanseportalen (which has no API): for
 * the LIS themself, and their leader or a delegate. Others are refused; a stranger learns nothing.
 */
export async function exportApprovals(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; since?: string; format: string },
): Promise<Outcome<ExportRow[]>> {
  if (!isTraineeId(input.traineeId)) return { kind: 'not_found' };
  const since = input.since ?? '';
  if (!isDate(since)) return { kind: 'invalid', field: 'since' };
  const profile = await deps.store.trainees.getProfile(input.traineeId);
  const me = call.caller.aadObjectId;
  if (!profile || !hasStanding(me, profile, call.today)) return { kind: 'not_found' };
  if (!can(me, 'approvals.export', profile, call.today).ok)
    return { kind: 'refused', reason: 'not_allowed', details: {} };
  return { kind: 'done', value: await rowsOf(deps, call, profile, since, input.format) };
}

/** The same for all the caller's LIS as leader (or delegate), since a date: one pass for the coordinator. */
export async function exportApprovalsForLeader(
  deps: OpsDeps,
  call: Call,
  input: { since?: string; format: string },
): Promise<Outcome<ExportRow[]>> {
  const since = input.since ?? '';
  if (!isDate(since)) return { kind: 'invalid', field: 'since' };
  const me = call.caller.aadObjectId;
  const person = await deps.store.people.get(me);
  const ids = activeFor(person, ['leader', 'delegate']);
  const profiles = await Promise.all(ids.map((id) => deps.store.trainees.getProfile(id)));
  // The person document is an index; each profile decides.
  const mine = profiles.filter(
    (p): p is NonNullable<typeof p> =>
      !!p && can(me, 'approvals.export', p, call.today).ok && p.aadObjectId !== me,
  );
  if (mine.length === 0) return { kind: 'refused', reason: 'not_allowed', details: {} };
  const rows: ExportRow[] = [];
  for (const p of mine.sort((a, b) => a.name.localeCompare(b.name, 'nb')))
    rows.push(...(await rowsOf(deps, call, p, since, input.format)));
  return { kind: 'done', value: rows };
}
