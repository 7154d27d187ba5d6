import type { LearningActivity } from './model';

/**
 * The courses Statsforvalteren (the county governor) holds for LIS1 in the municipality: public
 * health work and out-of-hours medicine (Statsforvalteren's LIS1 pages). Group guidance is a session
 * of its own. How a LIS names a course they attended is theirs, so a course counts as this one when
 * its description names the subject.
 */
export const LIS1_COUNTY_COURSES = [
  { id: 'public_health', names: /offentl[ie]g helsearbeid|samfunnsmedisin|public health/i },
  { id: 'out_of_hours', names: /legevakt|out[- ]of[- ]hours|emergency/i },
] as const;

export type CountyCourse = (typeof LIS1_COUNTY_COURSES)[number]['id'];

/** The county's LIS1 courses that none of these recorded courses names (a withdrawn one counts as none). */
export function countyCoursesNotNamed(courses: readonly LearningActivity[]): CountyCourse[] {
  const kept = courses.filter((c) => c.activityKind === 'course' && c.status !== 'withdrawn');
  return LIS1_COUNTY_COURSES.filter((x) => !kept.some((c) => x.names.test(c.description))).map((x) => x.id);
}
