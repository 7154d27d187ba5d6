import { type AbsenceFigures, recordAbsence } from '../core/absence';
import { isIsoDate } from '../core/dates';
import type { Effect } from '../core/effects';
import { ABSENCE_KINDS, type AbsencePeriod, type TraineeProfile } from '../core/model';
import { activeHolders } from '../core/policy';
import { auditId } from './decide';
import { permittedProfileChange } from './profiles';
import type { Call, OpsDeps, Outcome } from './types';

export interface AbsenceRecorded {
  profile: TraineeProfile;
  entry: Pick<AbsencePeriod, 'from' | 'to' | 'reason'>;
  figures: AbsenceFigures | undefined;
}

/** What the people concerned are told: the LIS always; the leaders when the warning level is reached or passed. */
function notices(
  p: TraineeProfile,
  entry: Pick<AbsencePeriod, 'from' | 'to' | 'reason'>,
  before: AbsenceFigures | undefined,
  after: AbsenceFigures | undefined,
  by: { aadObjectId: string; name: string },
): Effect[] {
  if (!after) return [];
  const figures = {
    days: String(after.days),
    percent: String(after.percent),
    limit: String(after.limit ?? ''),
    owed: String(after.owedDays),
  };
  const out: Effect[] = [
    {
      kind: 'text',
      to: p.aadObjectId,
      text: 'absenceRecordedToYou',
      vars: { name: by.name, absenceKind: entry.reason, from: entry.from, to: entry.to, ...figures },
    },
  ];
  const rose = after.level !== 'ok' && after.level !== before?.level;
  if (!rose) return out;
  out.push({
    kind: 'text',
    to: p.aadObjectId,
    text: after.level === 'over' ? 'absenceOverToYou' : 'absenceWarnToYou',
    vars: figures,
  });
  for (const leader of activeHolders(p, 'leader'))
    if (leader.aadObjectId !== by.aadObjectId)
      out.push({
        kind: 'text',
        to: leader.aadObjectId,
        text: 'absenceLevelToLeader',
        vars: { trainee: p.name, ...figures },
      });
  return out;
}

/**
 * The leader (or a delegate) enters an absence for a LIS: dates and a kind, never a diagnosis.
 * Stored with its audit event and its notices in one batch; the LIS is told, and the leaders too
 * when it reaches the warning level or passes the limit. Anyone else learns nothing of the LIS.
 */
export async function absenceRecord(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; from?: string; to?: string; kind?: string },
): Promise<Outcome<AbsenceRecorded>> {
  const me = call.caller.aadObjectId;
  if (!isIsoDate(input.from) || !isIsoDate(input.to)) return { kind: 'invalid', field: 'period' };
  const reason = ABSENCE_KINDS.find((k) => k === input.kind);
  if (!reason) return { kind: 'invalid', field: 'kind' };
  const entry = { from: input.from, to: input.to, reason };
  const r = await permittedProfileChange(
    deps,
    call,
    input.traineeId,
    'absence.record',
    'not_allowed_absence',
    (p) => recordAbsence(p, entry, me, call.now),
    (x) => ({
      audit: {
        kind: 'audit',
        id: auditId(call, `absence:${entry.from}`),
        traineeId: input.traineeId,
        actor: me,
        verb: 'absence.record',
        target: 'absence',
        before: x.before ? { days: x.before.days } : null,
        after: { from: entry.from, to: entry.to, kind: entry.reason, days: x.after?.days ?? 0 },
        at: call.now,
      },
      effects: notices(x.profile, entry, x.before, x.after, call.caller),
    }),
  );
  if (r.kind !== 'done') return r;
  return { kind: 'done', value: { profile: r.value.saved, entry, figures: r.value.value.after } };
}
