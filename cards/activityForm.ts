import { ACTIVITY_EARLIEST, DESCRIPTION_MAX } from '../core/activities';
import type { CatalogSet } from '../core/catalog';
import { followsGoal } from '../core/goals';
import { type Lang, t } from '../core/i18n';
import { ACTIVITY_KINDS, type GoalSummary, type TraineeProfile } from '../core/model';
import { activeHolders } from '../core/policy';
import { servesPsychiatry } from '../core/service';
import type { Verb } from '../core/verbs';
import template from './activityForm.json';
import { type AdaptiveCard, escapeMarkdown as md, render } from './render';

/** Model of `activityForm.json`: the LIS records a learning activity and picks a supervisor to sign it. */
export interface ActivityFormModel {
  hasNotice: boolean;
  notice: string;
  title: string;
  intro: string;
  kindLabel: string;
  kindValue: string;
  kinds: { title: string; value: string }[];
  dateLabel: string;
  dateValue: string;
  /** The earliest date the form takes (`ACTIVITY_EARLIEST`), and the latest: today. */
  earliest: string;
  today: string;
  descriptionLabel: string;
  descriptionPlaceholder: string;
  descriptionMax: number;
  descriptionValue: string;
  goalsLabel: string;
  goalsValue: string;
  goals: { title: string; value: string }[];
  /** The LIS picks who signs; a supervisor recording for the LIS signs it themself. */
  hasSupervisor: boolean;
  supervisorLabel: string;
  supervisorValue: string;
  supervisors: { title: string; value: string }[];
  submit: string;
  verb: Extract<Verb, 'activity.record' | 'activity.supervisorRecord'>;
  requiredText: string;
  data: { traineeId: string };
}

/** Every kind of learning activity, as a form offers them (this form, and a goal card's record). */
export const activityKindChoices = (lang: Lang): { title: string; value: string }[] =>
  ACTIVITY_KINDS.map((k) => ({ title: t(lang, `kind_${k}`), value: k }));

/** Goal choices are `catalogId|goalId`; approved goals are left out. */
export function activityFormModel(
  profile: TraineeProfile,
  goals: readonly GoalSummary[],
  catalogs: CatalogSet,
  lang: Lang,
  today: string,
  prior: {
    notice?: string;
    values?: Record<string, string>;
    /** A supervisor records and signs for the LIS ("signer Alex"). */
    bySupervisor?: boolean;
  } = {},
): ActivityFormModel {
  const approved = new Set(goals.filter((g) => g.status === 'approved').map((g) => g.id));
  const psychiatry = servesPsychiatry(profile);
  const choices = profile.catalogIds.flatMap((cid) =>
    (catalogs.get(cid)?.goals ?? [])
      .filter((g) => !approved.has(`goal:${cid}:${g.id}`) && followsGoal(psychiatry, g))
      .map((g) => ({ title: `${g.id} ${md(g.title)}`, value: `${cid}|${g.id}` })),
  );
  const supervisors = activeHolders(profile, 'supervisor').map((r) => ({
    title: md(r.name),
    value: r.aadObjectId,
  }));
  const leader = activeHolders(profile, 'leader')[0];
  const v = prior.values ?? {};
  return {
    hasNotice: !!prior.notice,
    notice: prior.notice ?? '',
    title: prior.bySupervisor
      ? t(lang, 'supervisorFormTitle', { trainee: md(profile.name) })
      : t(lang, 'activityFormTitle'),
    intro: prior.bySupervisor
      ? t(lang, 'supervisorFormIntro', { trainee: md(profile.name) })
      : t(lang, 'activityFormIntro'),
    kindLabel: t(lang, 'activityKindLabel'),
    kindValue: v.activityKind ?? 'supervised_procedure',
    kinds: activityKindChoices(lang),
    dateLabel: t(lang, 'activityDateLabel'),
    dateValue: v.date ?? today,
    earliest: ACTIVITY_EARLIEST,
    today,
    descriptionLabel: t(lang, 'activityDescriptionLabel'),
    descriptionPlaceholder: t(lang, 'activityDescriptionPlaceholder'),
    descriptionMax: DESCRIPTION_MAX,
    descriptionValue: v.description ?? '',
    goalsLabel: t(lang, 'activityGoalsLabel'),
    goalsValue: v.goals ?? '',
    goals: choices,
    hasSupervisor: !prior.bySupervisor,
    supervisorLabel: t(lang, 'activitySupervisorLabel'),
    supervisorValue: v.supervisor ?? supervisors[0]?.value ?? '',
    // A course or e-learning has no supervisor to sign it: the leader may mark it as met instead.
    supervisors: [
      ...supervisors,
      ...(leader ? [{ title: t(lang, 'activityToLeader', { name: md(leader.name) }), value: 'leader' }] : []),
      { title: t(lang, 'activityNoSignature'), value: 'none' },
    ],
    submit: t(lang, prior.bySupervisor ? 'supervisorFormSubmit' : 'activitySubmit'),
    verb: prior.bySupervisor ? 'activity.supervisorRecord' : 'activity.record',
    requiredText: t(lang, 'required'),
    data: { traineeId: profile.traineeId },
  };
}

export function renderActivityForm(model: ActivityFormModel): AdaptiveCard {
  return render(template, model);
}
