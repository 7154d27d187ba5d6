import { arenaSchema } from '../core/catalog';
import { isIsoDate } from '../core/dates';
import type { ServicePeriod, Stored, TraineeProfile } from '../core/model';
import { addPeriod } from '../core/service';
import { auditId } from './decide';
import { permittedProfileChange } from './profiles';
import type { Call, OpsDeps, Outcome } from './types';

const SETTINGS: ReadonlySet<string> = new Set(['general_practice', 'institution']);

export interface PeriodInput {
  traineeId: string;
  place?: string;
  /** LIS3 in general practice, a municipal period: general practice (the default) or an institution. */
  setting?: string;
  workplace?: string;
  start?: string;
  end?: string;
  position?: string;
  percent?: string | number;
}

/**
 * The leader (or a delegate) enters an earlier service period of the LIS: place (hospital,
 * municipality, psychiatry), workplace, dates, position and percentage. It ends before the current
 * period and overlaps no other; with its audit event in one batch. A psychiatry period makes the
 * psychiatry goals count.
 */
export async function servicePeriodAdd(
  deps: OpsDeps,
  call: Call,
  input: PeriodInput,
): Promise<Outcome<{ profile: Stored<TraineeProfile>; period: ServicePeriod }>> {
  const place = arenaSchema.safeParse(input.place);
  if (!place.success) return { kind: 'invalid', field: 'place' };
  if (input.setting !== undefined && !SETTINGS.has(input.setting))
    return { kind: 'invalid', field: 'setting' };
  // Only a municipal period has a setting to tell (a hospital is an institution); general practice is the default.
  const institution = input.setting === 'institution' && place.data === 'municipality';
  if (!isIsoDate(input.start) || !isIsoDate(input.end)) return { kind: 'invalid', field: 'dates' };
  const percent = Number(input.percent ?? 100);
  if (!Number.isInteger(percent) || percent < 1 || percent > 100)
    return { kind: 'invalid', field: 'percent' };
  // Over-long text is refused, never cut.
  const workplace = (input.workplace ?? '').trim();
  const position = (input.position ?? '').trim();
  if (workplace.length > 120) return { kind: 'invalid', field: 'workplace' };
  if (position.length > 100) return { kind: 'invalid', field: 'position' };
  const period: ServicePeriod = {
    start: input.start,
    end: input.end,
    position,
    percent,
    place: place.data,
    ...(workplace ? { workplace } : {}),
    ...(institution ? { setting: 'institution' as const } : {}),
  };
  const r = await permittedProfileChange(
    deps,
    call,
    input.traineeId,
    'service.edit',
    'not_allowed_service',
    (p) => addPeriod(p, period),
    () => ({
      audit: {
        kind: 'audit',
        id: auditId(call, `period:${period.start}`),
        traineeId: input.traineeId,
        actor: call.caller.aadObjectId,
        verb: 'service.addPeriod',
        target: 'service',
        before: null,
        after: {
          start: period.start,
          end: period.end,
          place: period.place,
          percent,
          ...(period.setting ? { setting: period.setting } : {}),
        },
        at: call.now,
      },
    }),
  );
  return r.kind === 'done' ? { kind: 'done', value: { profile: r.value.saved, period } } : r;
}
