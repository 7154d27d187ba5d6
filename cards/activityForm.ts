import { ACTIVITY_EARLIEST, DESCRIPTION_MAX } from '../core/activities';
import type { CatalogSet, Goal } from '../core/catalog';
import { nameableGoals } from '../core/goals';
import { type Lang, t } from '../core/i18n';
import { ACTIVITY_KINDS, type GoalSummary, type TraineeProfile } from '../core/model';
import { activeHolders } from '../core/policy';
import { goalChoice } from '../core/refs';
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
  /** `compact`, or `filtered` when the list is cut and the rest is found by typing. */
  goalsStyle: 'compact' | 'filtered';
  /** Teams' dynamic typeahead (`choices.data`): the LIS's other goals, asked of the bot as the person types. */
  goalsQuery: { type: 'Data.Query'; dataset: string } | null;
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

/** A goal as a list offers it: `catalogId|goalId`, titled "DEL1-064 Prioritere …" (the forms and the search's answers). */
export const goalOption = (g: { catalogId: string; goal: Goal }): { title: string; value: string } => ({
  title: `${g.goal.id} ${md(g.goal.title)}`,
  value: goalChoice({ catalogId: g.catalogId, goalId: g.goal.id }),
});

/** The search dataset of one LIS's goals: `goals:<traineeId>` (the search checks who asks). */
export const GOAL_DATASET = 'goals:';

/**
 * How much of the goal list the form carries, in characters of its JSON (about 30 KB in UTF-16, so
 * the form stays under `CARD_MAX_BYTES`). A plan of 300 goals with official titles is over 100 KB
 * as a card, and Teams refuses a message that size (413): past this the form carries the goals
 * under way and the first of the rest, and the person finds any other by typing an id or a word
 * (Teams' dynamic typeahead asks the bot).
 */
export const GOAL_CHOICES_BUDGET = 15_000;

/** The goals the form lists when they are too many: those chosen and those under way first, then in plan order. */
function listedGoals(
  all: { title: string; value: string }[],
  first: ReadonlySet<string>,
): { title: string; value: string }[] | undefined {
  const cost = (c: { title: string; value: string }) => c.title.length + c.value.length + 22;
  if (all.reduce((n, c) => n + cost(c), 0) <= GOAL_CHOICES_BUDGET) return undefined;
  const kept = new Set<string>();
  let used = 0;
  for (const c of [...all.filter((c) => first.has(c.value)), ...all]) {
    if (kept.has(c.value) || used + cost(c) > GOAL_CHOICES_BUDGET) continue;
    kept.add(c.value);
    used += cost(c);
  }
  return all.filter((c) => kept.has(c.value));
}

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
  const choices = nameableGoals(profile, goals, catalogs).map(goalOption);
  const v = prior.values ?? {};
  const underWay = goals.filter((g) => g.status !== 'not_started').map(goalChoice);
  const listed = listedGoals(choices, new Set([...(v.goals ?? '').split(','), ...underWay]));
  const supervisors = activeHolders(profile, 'supervisor').map((r) => ({
    title: md(r.name),
    value: r.aadObjectId,
  }));
  const leader = activeHolders(profile, 'leader')[0];
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
    goalsLabel: listed
      ? t(lang, 'activityGoalsLabelSearch', { count: choices.length })
      : t(lang, 'activityGoalsLabel'),
    goalsValue: v.goals ?? '',
    goals: listed ?? choices,
    goalsStyle: listed ? 'filtered' : 'compact',
    goalsQuery: listed ? { type: 'Data.Query', dataset: `${GOAL_DATASET}${profile.traineeId}` } : null,
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
