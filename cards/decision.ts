import type { Verb } from '../core/verbs';
import template from './decision.json';
import { type AdaptiveCard, render } from './render';

/** Ids and revision only: everything else is loaded from the store when the button is pressed. */
export interface CardData {
  traineeId: string;
  id: string;
  rev: number;
}

export interface CardButton {
  title: string;
  verb: Verb;
  style: 'positive' | 'destructive' | 'default';
}

/**
 * Model of `decision.json`: the one card for every decision (supervision sign-off, goal
 * approval, the advisor's recommendation), in the viewer's language and from their standing.
 */
export interface DecisionCardModel {
  hasNotice: boolean;
  notice: string;
  noticeStyle: 'attention' | 'warning' | 'good' | 'accent';
  title: string;
  subtitle: string;
  facts: { title: string; value: string }[];
  sections: { heading: string; items: { text: string }[] }[];
  hasWarning: boolean;
  warning: string;
  statusLabel: string;
  status: string;
  statusColor: 'Good' | 'Attention' | 'Warning' | 'Accent' | 'Default';
  hasOutcome: boolean;
  outcome: string;
  hasComment: boolean;
  comment: string;
  canDecide: boolean;
  commentLabel: string;
  commentPlaceholder: string;
  commentMax: number;
  buttons: CardButton[];
  extraActions: { title: string; verb: Verb; data: object }[];
  data: CardData;
  /**
   * The advisor comments on a goal without advice for or against, or on an activity; or the leader
   * undoes an approval, with the reason (one form behind a button: written only when asked for).
   */
  hasGoalComment: boolean;
  goalComment: {
    verb: 'goal.comment' | 'activity.comment' | 'goal.undo' | 'activity.undo';
    title: string;
    label: string;
    required: string;
    submit: string;
    data: { traineeId: string; id: string; rev: number; commentInput: 'comment-1' };
  };
  /**
   * A goal approved earlier elsewhere: the leader records it (`goal.recordPrior`), or the LIS records it
   * for the leader to confirm (`goal.claimPrior`).
   */
  hasRecordPrior: boolean;
  recordPrior: {
    title: string;
    intro: string;
    verb: 'goal.recordPrior' | 'goal.claimPrior';
    arenaLabel: string;
    arenas: { title: string; value: string }[];
    /** The goal's own arena, chosen at first. */
    arena: string;
    placeLabel: string;
    approverLabel: string;
    dateLabel: string;
    attachmentLabel: string;
    attachmentPlaceholder: string;
    required: string;
    submit: string;
    /** The earliest date the form takes (`ACTIVITY_EARLIEST`: no approval under the regulation is older), and the latest: today. */
    earliest: string;
    today: string;
  };
  /** The LIS edits a returned activity and sends it again, to the same or another supervisor. */
  hasResend: boolean;
  resend: {
    title: string;
    intro: string;
    descriptionLabel: string;
    description: string;
    descriptionMax: number;
    dateLabel: string;
    date: string;
    today: string;
    kindLabel: string;
    kind: string;
    kinds: { title: string; value: string }[];
    goalsLabel: string;
    /** The goals it names now (`catalogId|goalId`, comma-separated), listed; any other is found by typing. */
    goals: string;
    goalChoices: { title: string; value: string }[];
    goalsQuery: { type: 'Data.Query'; dataset: string } | null;
    supervisorLabel: string;
    supervisors: { title: string; value: string }[];
    supervisor: string;
    submit: string;
    required: string;
  };
  /** The advisor's way from a goal's card to its activities' cards, to comment on one. */
  /** A supervisor of the LIS records an activity for this goal and signs it in one step. */
  hasSupervisorRecord: boolean;
  supervisorRecord: {
    title: string;
    intro: string;
    kindLabel: string;
    kinds: { title: string; value: string }[];
    dateLabel: string;
    today: string;
    earliest: string;
    descriptionLabel: string;
    descriptionPlaceholder: string;
    descriptionMax: number;
    required: string;
    submit: string;
    data: { traineeId: string; goals: string };
  };
  hasActivityLinks: boolean;
  activityLinks: { title: string; intro: string; items: { title: string; data: CardData }[] };
  /** Actions that ask first (withdrawing an activity): a question and a "yes". */
  confirms: { title: string; text: string; yes: string; verb: Verb; data: object }[];
  hasRefresh: boolean;
  refreshTitle: string;
  refreshVerb: Verb;
  refreshUserIds: string[];
}

export function renderDecisionCard(model: DecisionCardModel): AdaptiveCard {
  return render(template, model);
}
