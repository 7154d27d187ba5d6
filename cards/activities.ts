import { standingOf } from '../core/activities';
import { countyCoursesNotNamed } from '../core/courses';
import { andList, formatDate, shorten } from '../core/format';
import { type Lang, t } from '../core/i18n';
import type { LearningActivity, TraineeProfile } from '../core/model';
import { activeHolders } from '../core/policy';
import template from './activities.json';
import { type AdaptiveCard, escapeMarkdown as md, render } from './render';

/** Model of `activities.json`: a page of a LIS's learning activities, each one click from its own card. */
export interface ActivitiesCardModel {
  title: string;
  intro: string;
  items: {
    heading: string;
    text: string;
    status: string;
    open: string;
    data: { traineeId: string; id: string; rev: number };
  }[];
  /** "Vis eldre" and "Vis de nyeste": other pages, drawn again for whoever presses. */
  pages: { title: string; data: { traineeId: string; before?: { date: string; skip: string[] } } }[];
  hasPages: boolean;
}

/** A line's description, shortened (the activity's own card has the whole text). */
const TEXT_MAX = 200;

/** Where an activity stands, in a few words (`standingOf`), the LIS named, never "du". */
function statusOf(lang: Lang, a: LearningActivity, profile: TraineeProfile): string {
  const { who, at } = standingOf(a, activeHolders(profile, 'leader')[0]?.name);
  const vars = {
    name: who ? md(who) : t(lang, 'theLeader'),
    when: at ? formatDate(lang, at) : '',
    trainee: md(profile.name),
  };
  if (a.status === 'pending_signature') return t(lang, 'act_pending', vars);
  if (a.status === 'pending_met') return t(lang, 'act_pendingMet', vars);
  if (a.status === 'signed' && a.byLis === 'pending') return t(lang, 'act_byLisPending', vars);
  if (a.status === 'signed') return at ? t(lang, 'signedBy', vars) : t(lang, 'act_signed');
  if (a.status === 'returned' && at) return t(lang, 'returnedBy', vars);
  if (a.status === 'met_by_leader' && at) return t(lang, 'metBy', vars);
  if (a.status === 'withdrawn')
    return t(lang, a.byLis === 'disputed' ? 'act_disputed' : 'act_withdrawn', vars);
  return t(lang, 'act_registered');
}

export function activitiesModel(
  v: {
    profile: TraineeProfile;
    activities: readonly LearningActivity[];
    own: boolean;
    /** Where older ones start, when there are more. */
    next?: { date: string; skip: string[] };
    /** This page is not the newest. */
    older?: boolean;
  },
  lang: Lang,
): ActivitiesCardModel {
  const trainee = md(v.profile.name);
  const traineeId = v.profile.traineeId;
  const none = v.activities.length === 0;
  const pages = [
    ...(v.next ? [{ title: t(lang, 'activitiesOlder'), data: { traineeId, before: v.next } }] : []),
    ...(v.older ? [{ title: t(lang, 'activitiesNewest'), data: { traineeId } }] : []),
  ];
  return {
    title: t(lang, 'activitiesTitle', { trainee }),
    intro: none
      ? t(lang, v.own ? 'activitiesNoneYou' : 'activitiesNoneThey', { trainee })
      : t(lang, v.older ? 'activitiesOlderIntro' : 'activitiesIntro'),
    items: v.activities.map((a) => ({
      heading: `${formatDate(lang, a.date)} · ${t(lang, `kind_${a.activityKind}`)} · ${a.goals.map((g) => g.goalId).join(', ')}`,
      text: md(shorten(a.description, TEXT_MAX)),
      status: statusOf(lang, a, v.profile),
      open: t(lang, 'open'),
      data: { traineeId: a.traineeId, id: a.id, rev: a.rev },
    })),
    pages,
    hasPages: pages.length > 0,
  };
}

/** Courses on one card: the newest; how many there are in all is said (the activity list pages them all). */
export const COURSES_SHOWN = 20;

/**
 * "hvilke kurs mangler jeg?": the courses a LIS recorded, as the activity list shows them, with what
 * the county governor holds for LIS1 and which of those no recorded course names yet.
 */
export function coursesModel(
  v: { profile: TraineeProfile; courses: readonly LearningActivity[]; own: boolean },
  lang: Lang,
): ActivitiesCardModel {
  const trainee = md(v.profile.name);
  const count = v.courses.length;
  const base = activitiesModel(
    { profile: v.profile, activities: v.courses.slice(0, COURSES_SHOWN), own: v.own },
    lang,
  );
  const missing = v.profile.phase === 'LIS1' ? countyCoursesNotNamed(v.courses) : [];
  const intro = [
    count === 0
      ? t(lang, v.own ? 'coursesNoneYou' : 'coursesNoneThey', { trainee })
      : count > COURSES_SHOWN
        ? t(lang, 'coursesNewest', { shown: COURSES_SHOWN, count })
        : t(lang, 'coursesIntro', { count }),
    v.profile.phase === 'LIS1' ? t(lang, 'coursesCounty') : t(lang, 'coursesSpecialty'),
    ...(missing.length
      ? [
          t(lang, v.own ? 'coursesCountyMissingYou' : 'coursesCountyMissingThey', {
            trainee,
            list: andList(
              lang,
              missing.map((m) => t(lang, `countyCourse_${m}`)),
            ),
          }),
        ]
      : []),
    ...(v.own ? [t(lang, 'coursesHow')] : []),
  ];
  return { ...base, title: t(lang, 'coursesTitle', { trainee }), intro: intro.join(' ') };
}

export function renderActivitiesCard(model: ActivitiesCardModel): AdaptiveCard {
  return render(template, model);
}
