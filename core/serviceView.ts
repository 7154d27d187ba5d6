import { periodAbsence } from './absence';
import type { TraineeProfile } from './model';
import { can } from './policy';
import { hospitalYearNotEntered, periodsOf, type ServicePart, serviceParts } from './service';

/** A LIS's service as this caller may see it: absence per period only for those who may see absence. */
export interface ServiceView {
  traineeId: string;
  trainee: string;
  periods: (ReturnType<typeof periodsOf>[number] & {
    /** Served today (the registered period once it has ended is not "now"). */
    ongoing: boolean;
    absenceDays?: number;
    absencePercent?: number;
  })[];
  /**
   * LIS1's two parts, or a general-practice LIS3's two requirements. `notEntered`: a LIS1 in the
   * municipal half whose hospital year nobody has entered here (served, not missing).
   */
  parts: (ServicePart & { notEntered?: true })[];
  absences?: TraineeProfile['absence'];
  mayEdit: boolean;
  /** The LIS asks about their own service. */
  own: boolean;
}

export function serviceOf(profile: TraineeProfile, caller: string, today: string): ServiceView {
  const seesAbsence = can(caller, 'absence.view', profile, today).ok;
  const absence = seesAbsence ? periodAbsence(profile) : [];
  return {
    traineeId: profile.traineeId,
    trainee: profile.name,
    periods: periodsOf(profile).map((p, i) => ({
      ...p,
      ongoing: p.start <= today && today <= p.end,
      ...(seesAbsence
        ? { absenceDays: absence[i]?.days ?? 0, absencePercent: absence[i]?.percent ?? 0 }
        : {}),
    })),
    parts: serviceParts(profile, today).map((x) =>
      hospitalYearNotEntered(profile, x) ? { ...x, notEntered: true as const } : x,
    ),
    ...(seesAbsence
      ? { absences: profile.absence.map(({ from, to, reason }) => ({ from, to, reason })) }
      : {}),
    mayEdit: can(caller, 'service.edit', profile, today).ok,
    own: caller === profile.aadObjectId,
  };
}
