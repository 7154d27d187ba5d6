import {
  ACTIVITY_EARLIEST,
  askableAsMet,
  DESCRIPTION_MAX,
  markableAsMet,
  undoableBy,
  waitsForRemovedSupervisor,
} from '../core/activities';
import { ARENAS, type Arena, type CatalogSet } from '../core/catalog';
import { COMMENT_MAX } from '../core/comments';
import { formatDate, formatDateTime, shorten } from '../core/format';
import { type ApprovalBasis, approvalArena, approvalBasis, approvalUndoable, arenasOf } from '../core/goals';
import { type Lang, t } from '../core/i18n';
import type { GoalState, LearningActivity, PriorApproval, TraineeProfile } from '../core/model';
import { activeHolder, activeHolders, can, delegatingLeaderName } from '../core/policy';
import { goalChoice } from '../core/refs';
import { remindedToday } from '../core/reminders';
import type { Verb } from '../core/verbs';
import { activityKindChoices, GOAL_DATASET, goalOption } from './activityForm';
import type { DecisionCardModel } from './decision';
import { escapeMarkdown } from './render';

/** A line at the top of a card: why it is shown (an error, a stale card, a race lost). */
export interface Notice {
  text: string;
  style: DecisionCardModel['noticeStyle'];
  /** A decision just made from a list (the inbox), offered to be undone at once, with the reason. */
  undo?: UndoOffer;
}

/** What was just decided, and which of the undo forms (`COMMENT_FORMS`) takes it back. */
export interface UndoOffer {
  form: 'undo' | 'undoSign' | 'undoMet';
  data: { traineeId: string; id: string; rev: number };
}

/**
 * An approval made earlier elsewhere as the LIS stated it, in a sentence (`priorClaimed` on the
 * goal's card, `claimsWhere` in the leader's message for several): where, by whom, when, and the evidence.
 */
export function priorClaimText(
  lang: Lang,
  key: 'priorClaimed' | 'claimsWhere',
  claim: PriorApproval,
  vars: { trainee?: string } = {},
): string {
  const text = t(lang, key, {
    trainee: vars.trainee ?? '',
    arenaWhere: t(lang, `arenaWhere_${claim.arena}`),
    place: md(claim.place),
    name: md(claim.approverName),
    when: formatDate(lang, claim.date),
  });
  return claim.attachment ? `${text} ${t(lang, 'priorAttachment', { ref: md(claim.attachment) })}` : text;
}

/** Who looks at the card. `null`: the shared view everyone in a chat sees (buttons come by refresh). */
export type Viewer = { aadObjectId: string } | null;

const md = escapeMarkdown;

function base(
  lang: Lang,
  notice?: Notice,
): Pick<
  DecisionCardModel,
  | 'hasNotice'
  | 'notice'
  | 'noticeStyle'
  | 'statusLabel'
  | 'commentMax'
  | 'commentPlaceholder'
  | 'refreshTitle'
  | 'hasResend'
  | 'resend'
  | 'confirms'
  | 'hasActivityLinks'
  | 'activityLinks'
  | 'hasSupervisorRecord'
  | 'supervisorRecord'
> {
  return {
    hasNotice: !!notice,
    notice: notice?.text ?? '',
    noticeStyle: notice?.style ?? 'accent',
    statusLabel: `${t(lang, 'status')}:`,
    commentMax: COMMENT_MAX,
    commentPlaceholder: t(lang, 'commentPlaceholder'),
    refreshTitle: t(lang, 'refreshCard'),
    hasActivityLinks: false,
    activityLinks: { title: '', intro: '', items: [] },
    hasSupervisorRecord: false,
    supervisorRecord: {
      title: '',
      intro: '',
      kindLabel: '',
      kinds: [],
      dateLabel: '',
      today: '',
      earliest: ACTIVITY_EARLIEST,
      descriptionLabel: '',
      descriptionPlaceholder: '',
      descriptionMax: DESCRIPTION_MAX,
      required: '',
      submit: '',
      data: { traineeId: '', goals: '' },
    },
    hasResend: false,
    resend: {
      title: '',
      intro: '',
      descriptionLabel: '',
      description: '',
      descriptionMax: DESCRIPTION_MAX,
      dateLabel: '',
      date: '',
      today: '',
      kindLabel: '',
      kind: '',
      kinds: [],
      goalsLabel: '',
      goals: '',
      goalChoices: [],
      goalsQuery: null,
      supervisorLabel: '',
      supervisors: [],
      supervisor: '',
      submit: '',
      required: '',
    },
    confirms: [],
  };
}

/**
 * What the LIS can do with an activity that came back (or was never sent): edit it and send it
 * again to one of their supervisors, or withdraw it (asking first). No dead end.
 */
function afterReturn(
  a: LearningActivity,
  profile: TraineeProfile,
  catalogs: CatalogSet,
  lang: Lang,
  today: string,
): Pick<DecisionCardModel, 'hasResend' | 'resend' | 'confirms'> {
  const supervisors = activeHolders(profile, 'supervisor');
  const data = { traineeId: a.traineeId, id: a.id, rev: a.rev };
  const current = supervisors.find((r) => r.aadObjectId === a.supervisor?.aadObjectId) ?? supervisors[0];
  // Returned: put right and sent again; only recorded: sent (not "again").
  const returned = a.status === 'returned';
  const many = supervisors.length > 1;
  return {
    hasResend: supervisors.length > 0,
    resend: {
      title: t(lang, returned ? 'resendTitle' : 'sendTitle'),
      intro: t(
        lang,
        returned ? (many ? 'resendIntroMany' : 'resendIntro') : many ? 'sendIntroMany' : 'sendIntro',
      ),
      descriptionLabel: t(lang, 'resendDescription'),
      description: a.description,
      descriptionMax: DESCRIPTION_MAX,
      dateLabel: t(lang, 'date'),
      date: a.date,
      today,
      kindLabel: t(lang, 'activityKindLabel'),
      kind: a.activityKind,
      kinds: activityKindChoices(lang),
      // Its own goals are listed; the LIS finds any other by typing (the search answers with their plans' goals).
      goalsLabel: t(lang, 'resendGoalsLabel'),
      goals: a.goals.map(goalChoice).join(','),
      goalChoices: a.goals.flatMap((g) => {
        const goal = catalogs.goal(g.catalogId, g.goalId);
        return goal ? [goalOption({ catalogId: g.catalogId, goal })] : [];
      }),
      goalsQuery: { type: 'Data.Query', dataset: `${GOAL_DATASET}${a.traineeId}` },
      supervisorLabel: t(lang, 'supervisor'),
      supervisors: supervisors.map((r) => ({ title: r.name, value: r.aadObjectId })),
      supervisor: current?.aadObjectId ?? '',
      submit: t(lang, 'resendSubmit'),
      required: t(lang, 'required'),
    },
    confirms: [
      {
        title: t(lang, 'withdrawTitle'),
        text: t(lang, 'withdrawConfirm'),
        yes: t(lang, 'withdrawYes'),
        verb: 'activity.withdraw',
        data,
      },
    ],
  };
}

/** The first `max` lines of a list, and a line counting the rest. */
export function listed<T>(
  lang: Lang,
  items: readonly T[],
  max: number,
  line: (item: T) => { text: string },
): { text: string }[] {
  const shown = items.slice(0, max).map(line);
  const more = items.length - max;
  return more > 0 ? [...shown, { text: t(lang, 'linesMore', { count: more }) }] : shown;
}

/** A button with card data; its verb is checked against the verb list. */
const action = <D extends object>(title: string, verb: Verb, data: D) => ({ title, verb, data });

function goalLine(catalogs: CatalogSet, catalogId: string, goalId: string): string {
  const g = catalogs.goal(catalogId, goalId);
  return g ? `**${goalId}** ${md(g.title)}` : `**${goalId}**`;
}

/** The supervision sign-off card, from the viewer's standing. */
export function activityView(
  a: LearningActivity,
  profile: TraineeProfile,
  catalogs: CatalogSet,
  viewer: Viewer,
  lang: Lang,
  opts: { notice?: Notice; today: string; addressee?: string },
): DecisionCardModel {
  const trainee = md(profile.name);
  const sup = a.supervisor ? md(a.supervisor.name) : '';
  const isAssigned =
    !!viewer && a.status === 'pending_signature' && a.supervisor?.aadObjectId === viewer.aadObjectId;
  const isLis = !!viewer && viewer.aadObjectId === profile.aadObjectId;
  // The LIS reads "deg" where the card names them in its status.
  const self = isLis ? t(lang, 'youObject') : trainee;
  const seesAdvisor = !!viewer && can(viewer.aadObjectId, 'history.view', profile, opts.today).ok;
  let status = t(lang, 'act_registered');
  let statusColor: DecisionCardModel['statusColor'] = 'Default';
  const supervisorGone = waitsForRemovedSupervisor(profile, a);
  const leader = activeHolders(profile, 'leader')[0];
  const leaderName = leader ? md(leader.name) : t(lang, 'theLeader');
  // Whoever it waits for reads "deg", not their own name. (The policy is asked once for the viewer:
  // the same answer decides below whether the card offers the mark.)
  const mayMark = !!viewer && can(viewer.aadObjectId, 'activity.markMet', profile, opts.today).ok;
  if (a.status === 'pending_met') {
    status = mayMark ? t(lang, 'act_pendingMetYou') : t(lang, 'act_pendingMet', { name: leaderName });
    statusColor = 'Accent';
  } else if (a.status === 'pending_signature') {
    status = isAssigned
      ? t(lang, 'act_pendingYou')
      : t(lang, supervisorGone ? 'act_pendingGone' : 'act_pending', { name: sup });
    statusColor = supervisorGone ? 'Warning' : 'Accent';
  } else if (a.status === 'signed') {
    status = t(lang, 'act_signed');
    statusColor = 'Good';
  } else if (a.status === 'returned') {
    status = t(lang, 'act_returned', { trainee: self });
    statusColor = 'Attention';
  } else if (a.status === 'met_by_leader') {
    status = t(lang, 'act_met');
    statusColor = 'Good';
  } else if (a.status === 'withdrawn') {
    status = t(lang, a.byLis === 'disputed' ? 'act_disputed' : 'act_withdrawn', { trainee: self });
  }
  if (a.status === 'signed' && a.byLis === 'pending') {
    // The supervisor who recorded it reads "deg", as the LIS does.
    const bySelf = !!viewer && a.supervisor?.aadObjectId === viewer.aadObjectId;
    status = t(lang, isLis ? 'act_byLisPendingYou' : 'act_byLisPending', {
      name: bySelf ? t(lang, 'youObject') : sup,
      trainee,
    });
    statusColor = 'Accent';
  }
  // Someone who no longer holds the request sees plainly that nothing is needed (and no button).
  const holds = (who: string) =>
    a.status === 'pending_signature'
      ? a.supervisor?.aadObjectId === who
      : a.status === 'pending_met' && can(who, 'activity.markMet', profile, opts.today).ok;
  const noLongerNeeded =
    !!opts.addressee &&
    opts.addressee !== profile.aadObjectId &&
    !holds(opts.addressee) &&
    a.status !== 'signed' &&
    a.status !== 'returned';
  if (noLongerNeeded) {
    const why =
      a.status === 'pending_signature'
        ? t(lang, 'act_moved', { name: sup })
        : a.status === 'met_by_leader'
          ? t(lang, 'act_met')
          : t(lang, 'act_recalled', { trainee });
    status = `${why}. ${t(lang, 'noLongerNeedsAction')}`;
    statusColor = 'Default';
  }
  // A signature is undone by whoever gave it (while they sign for this LIS), a mark by the leader.
  const undoable = viewer ? undoableBy(a, viewer.aadObjectId) : undefined;
  const undo =
    undoable === 'sign' && can(viewer?.aadObjectId ?? '', 'activity.decide', profile, opts.today).ok
      ? ('undoSign' as const)
      : undoable === 'met' && mayMark
        ? ('undoMet' as const)
        : undefined;
  const d = a.decision;
  const outcome = d
    ? t(
        lang,
        d.outcome === 'signed'
          ? 'signedBy'
          : d.outcome === 'met'
            ? 'metBy'
            : d.undid
              ? 'undoneBy'
              : 'returnedBy',
        {
          name: md(d.byName),
          when: formatDateTime(lang, d.at),
        },
      )
    : '';
  // The leader (or a delegate) may mark as met what is not signed yet; the supervisor asked signs instead.
  const mayMarkMet = mayMark && !isAssigned && !noLongerNeeded && markableAsMet(a);
  // Sent to the leader to mark: the leader marks it, or sends it back with a reason.
  const metAsked = mayMarkMet && a.status === 'pending_met';
  const others =
    isLis && a.status === 'pending_signature'
      ? activeHolders(profile, 'supervisor').filter((r) => r.aadObjectId !== a.supervisor?.aadObjectId)
      : [];
  const data = { traineeId: a.traineeId, id: a.id, rev: a.rev };
  // What the LIS can do with their activity from here, by its state.
  const lisActions = () => {
    if (!isLis) return [];
    if (a.status === 'signed' && a.byLis === 'pending')
      return [action(t(lang, 'confirmRecord'), 'activity.confirmRecord', data)];
    if (a.status === 'pending_met') return [action(t(lang, 'recall'), 'activity.recall', data)];
    if (a.status === 'pending_signature')
      return [
        ...(remindedToday(a.remindedAt, opts.today) || supervisorGone
          ? []
          : [action(t(lang, 'remind', { name: sup }), 'activity.remind', data)]),
        action(t(lang, 'recall'), 'activity.recall', data),
        ...others.map((o) =>
          action(t(lang, 'moveTo', { name: md(o.name) }), 'activity.reassign', {
            ...data,
            to: o.aadObjectId,
          }),
        ),
      ];
    return askableAsMet(a) && leader
      ? [action(t(lang, 'askMet', { name: leaderName }), 'activity.askMet', data)]
      : [];
  };
  const reminded = a.remindedAt ? t(lang, 'remindedAt', { when: formatDateTime(lang, a.remindedAt) }) : '';
  return {
    ...base(lang, opts.notice),
    // Sent to the leader, or marked by them: not a sign-off.
    title: t(
      lang,
      a.status === 'pending_met' || a.status === 'met_by_leader'
        ? 'activityCardTitleMet'
        : 'activityCardTitle',
    ),
    subtitle: isAssigned
      ? t(lang, 'activityAsks', { trainee })
      : metAsked
        ? t(lang, 'activityAsksMet', { trainee })
        : t(lang, 'activityOf', { trainee }),
    facts: [
      { title: t(lang, 'activity'), value: md(a.description) },
      { title: t(lang, 'kind'), value: t(lang, `kind_${a.activityKind}`) },
      { title: t(lang, 'date'), value: formatDate(lang, a.date) },
      ...(a.supervisor ? [{ title: t(lang, 'supervisor'), value: sup }] : []),
    ],
    sections: [
      {
        heading: t(lang, 'learningGoals'),
        items: a.goals.map((g) => ({ text: goalLine(catalogs, g.catalogId, g.goalId) })),
      },
      // The advisor's words: for those who follow the LIS's training, not for a supervisor.
      ...(a.advisorComment && seesAdvisor
        ? [
            {
              heading: t(lang, 'advisorActivityComment'),
              items: [
                {
                  text: `${formatDate(lang, a.advisorComment.at)}: ${t(lang, 'quoted', {
                    name: md(a.advisorComment.byName),
                    text: md(a.advisorComment.comment ?? ''),
                  })}`,
                },
              ],
            },
          ]
        : []),
    ],
    hasWarning: false,
    warning: '',
    status,
    statusColor,
    hasOutcome: !!outcome || !!reminded,
    outcome: [outcome, a.status === 'pending_signature' ? reminded : ''].filter(Boolean).join(' '),
    hasComment: !!d?.comment,
    comment: d?.comment ? t(lang, 'quoted', { name: md(d.byName), text: md(d.comment) }) : '',
    canDecide: isAssigned || mayMarkMet,
    commentLabel: t(
      lang,
      metAsked ? 'markMetOrReturnLabel' : mayMarkMet ? 'markMetCommentLabel' : 'signCommentLabel',
    ),
    buttons: isAssigned
      ? [
          { title: t(lang, 'sign'), verb: 'activity.sign', style: 'positive' },
          { title: t(lang, 'returnIt'), verb: 'activity.return', style: 'destructive' },
        ]
      : mayMarkMet
        ? [
            { title: t(lang, 'markMet'), verb: 'activity.markMet', style: 'positive' },
            ...(metAsked
              ? [
                  {
                    title: t(lang, 'returnIt'),
                    verb: 'activity.return' as const,
                    style: 'destructive' as const,
                  },
                ]
              : []),
          ]
        : [],
    extraActions: lisActions(),
    data,
    ...priorForm(lang, opts.today),
    // The supervisor who signed may undo it, and the leader a mark as met, with the reason; else the
    // advisor comments on any activity but a withdrawn one.
    ...(undo
      ? commentForm(lang, data, undo)
      : commentForm(
          lang,
          viewer &&
            a.status !== 'withdrawn' &&
            can(viewer.aadObjectId, 'activity.comment', profile, opts.today).ok
            ? data
            : undefined,
          'activity',
        )),
    ...(isLis && (a.status === 'returned' || a.status === 'registered')
      ? afterReturn(a, profile, catalogs, lang, opts.today)
      : {}),
    // A record the supervisor made for the LIS: the LIS confirms it, or disputes it (asking first).
    ...(isLis && a.status === 'signed' && a.byLis === 'pending'
      ? {
          confirms: [
            {
              title: t(lang, 'disputeRecord'),
              text: t(lang, 'disputeConfirm', { name: sup }),
              yes: t(lang, 'disputeYes'),
              verb: 'activity.dispute' as const,
              data,
            },
          ],
        }
      : {}),
    hasRefresh: a.status === 'pending_signature' && !!a.supervisor?.userId,
    refreshVerb: 'activity.refresh',
    refreshUserIds: a.status === 'pending_signature' && a.supervisor?.userId ? [a.supervisor.userId] : [],
  };
}

/**
 * The forms of one written text behind a button: the advisor's comment on a goal (without advice) or
 * on an activity, and the reason for undoing an approval, a signature or a mark as met.
 */
const COMMENT_FORMS = {
  goal: { verb: 'goal.comment', title: 'commentGoal', label: 'commentGoalLabel', submit: 'commentGoalSend' },
  activity: {
    verb: 'activity.comment',
    title: 'commentActivity',
    label: 'commentActivityLabel',
    submit: 'commentGoalSend',
  },
  undo: { verb: 'goal.undo', title: 'undoApproval', label: 'undoReasonLabel', submit: 'undoApprovalSend' },
  undoSign: { verb: 'activity.undo', title: 'undoSign', label: 'undoSignLabel', submit: 'undoSignSend' },
  undoMet: { verb: 'activity.undo', title: 'undoMet', label: 'undoSignLabel', submit: 'undoMetSend' },
} as const;

/** The words and verb of one of `COMMENT_FORMS`, for a card that draws the form itself (the inbox). */
export function commentFormTexts(lang: Lang, on: keyof typeof COMMENT_FORMS) {
  const form = COMMENT_FORMS[on];
  return {
    verb: form.verb,
    title: t(lang, form.title),
    label: t(lang, form.label),
    required: t(lang, 'required'),
    submit: t(lang, form.submit),
  };
}

/** One of `COMMENT_FORMS` for this item, shown only when `data` is given. */
function commentForm(
  lang: Lang,
  data?: { traineeId: string; id: string; rev: number },
  on: keyof typeof COMMENT_FORMS = 'goal',
): Pick<DecisionCardModel, 'hasGoalComment' | 'goalComment'> {
  return {
    hasGoalComment: !!data,
    goalComment: {
      ...commentFormTexts(lang, on),
      data: {
        traineeId: data?.traineeId ?? '',
        id: data?.id ?? '',
        rev: data?.rev ?? 0,
        commentInput: 'comment-1',
      },
    },
  };
}

/**
 * A supervisor who looks at a goal of their LIS records what they supervised for it and signs it in
 * one step, from the card ("signer Alex: …" in a form, with this goal chosen).
 */
function supervisorRecordForm(
  lang: Lang,
  today: string,
  trainee: string,
  goal?: { traineeId: string; catalogId: string; goalId: string },
): Pick<DecisionCardModel, 'hasSupervisorRecord' | 'supervisorRecord'> | Record<string, never> {
  if (!goal) return {};
  return {
    hasSupervisorRecord: true,
    supervisorRecord: {
      title: t(lang, 'supervisorRecordGoal', { goal: goal.goalId }),
      intro: t(lang, 'supervisorFormIntro', { trainee }),
      kindLabel: t(lang, 'activityKindLabel'),
      kinds: activityKindChoices(lang),
      dateLabel: t(lang, 'activityDateLabel'),
      today,
      earliest: ACTIVITY_EARLIEST,
      descriptionLabel: t(lang, 'activityDescriptionLabel'),
      descriptionPlaceholder: t(lang, 'activityDescriptionPlaceholder'),
      descriptionMax: DESCRIPTION_MAX,
      required: t(lang, 'required'),
      submit: t(lang, 'supervisorFormSubmit'),
      data: { traineeId: goal.traineeId, goals: goalChoice(goal) },
    },
  };
}

/** The form for an earlier approval; the LIS's goes to the leader to confirm, the leader's is the confirmation. */
function priorForm(
  lang: Lang,
  today: string,
  opts: { show: boolean; byLis?: boolean; arena?: Arena } = { show: false },
): Pick<DecisionCardModel, 'hasRecordPrior' | 'recordPrior'> {
  return {
    hasRecordPrior: opts.show,
    recordPrior: {
      title: t(lang, 'recordPriorTitle'),
      intro: t(lang, opts.byLis ? 'recordPriorIntroLis' : 'recordPriorIntro'),
      verb: opts.byLis ? 'goal.claimPrior' : 'goal.recordPrior',
      arenaLabel: t(lang, 'recordPriorArena'),
      arenas: ARENAS.map((a) => ({ title: t(lang, `arena_${a}`), value: a })),
      arena: opts.arena ?? '',
      placeLabel: t(lang, 'recordPriorPlace'),
      approverLabel: t(lang, 'recordPriorApprover'),
      dateLabel: t(lang, 'recordPriorDate'),
      attachmentLabel: t(lang, 'recordPriorAttachment'),
      attachmentPlaceholder: t(lang, 'recordPriorAttachmentHint'),
      required: t(lang, 'required'),
      submit: t(lang, opts.byLis ? 'recordPriorSend' : 'save'),
      earliest: ACTIVITY_EARLIEST,
      today,
    },
  };
}

function listJoin(lang: Lang, items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${t(lang, 'and')} ${items.at(-1)}`;
}

/**
 * Signed activities listed on a goal's card, newest last: with ten advisor comments and every
 * other text at its longest the card stays under `CARD_MAX_BYTES` (`cards/limits.ts`).
 */
const BASIS_SHOWN = 10;
/** Buttons to mark an unsigned activity as met on a goal's card (Teams shows few buttons in a row). */
const MARK_MET_SHOWN = 3;
/** Activities not signed yet, on a goal's card: a few short lines (the activity's own card has the whole text). */
const UNSIGNED_SHOWN = 5;
const UNSIGNED_LINE_MAX = 80;
/** …each described in at most this many characters (the activity's own card has the whole text). */
const BASIS_LINE_MAX = 300;

/** The goal approval card: the goal, the basis and what is missing, and the viewer's buttons. */
export function goalView(
  g: GoalState,
  profile: TraineeProfile,
  catalogs: CatalogSet,
  viewer: Viewer,
  lang: Lang,
  opts: {
    notice?: Notice;
    today: string;
    /** The LIS's activities naming the goal that are not signed yet (waiting for a signature or for the LIS). */
    open?: readonly LearningActivity[];
  },
): DecisionCardModel & { basis: ApprovalBasis } {
  const trainee = md(profile.name);
  const goal = catalogs.goal(g.catalogId, g.goalId);
  const catalog = catalogs.get(g.catalogId);
  const leader = activeHolders(profile, 'leader')[0];
  const pending = g.status === 'pending_approval';
  const who = viewer?.aadObjectId ?? '';
  const decide = viewer && pending ? can(who, 'goal.decide', profile, opts.today) : undefined;
  const mayDecide = !!decide?.ok;
  // An approval made earlier elsewhere is confirmed on its own basis: no advice is asked for.
  const mayRecommend =
    !!viewer && pending && !mayDecide && !g.priorClaim && can(who, 'goal.recommend', profile, opts.today).ok;
  const isLis = !!viewer && who === profile.aadObjectId;
  const isAdvisor = !!viewer && !!activeHolder(profile, 'advisor', who);
  const mayHistory = !!viewer && can(who, 'history.view', profile, opts.today).ok;
  const undo = viewer && g.status === 'approved' ? can(who, 'goal.decide', profile, opts.today) : undefined;
  const mayUndo =
    !!undo?.ok &&
    approvalUndoable(g, profile, { by: who, ...(undo.onBehalfOf ? { onBehalfOf: undo.onBehalfOf } : {}) });
  const basis = approvalBasis(g);
  // Not approved yet, and not where the LIS is now: the card says where it is approved.
  const elsewhere = !!goal && g.status !== 'approved' && !arenasOf(profile).includes(goal.arena);

  let status = t(lang, 'goal_in_progress');
  let statusColor: DecisionCardModel['statusColor'] = 'Default';
  if (g.status === 'pending_approval') {
    const name = leader ? md(leader.name) : t(lang, 'theLeader');
    // The leader reads "fra deg"; a delegate, on whose behalf they approve.
    status =
      decide?.ok && decide.as === 'leader'
        ? t(lang, 'goal_pending_you')
        : decide?.ok && decide.as === 'delegate'
          ? t(lang, 'goal_pending_delegate', { name })
          : t(lang, 'goal_pending', { name });
    statusColor = 'Accent';
  } else if (g.status === 'approved') {
    status = t(lang, 'goal_approved');
    statusColor = 'Good';
  } else if (g.returned && g.status === 'in_progress') {
    status = t(lang, 'goal_returned', { trainee: isLis ? t(lang, 'youObject') : trainee });
    statusColor = 'Attention';
  } else if (g.status === 'not_started') status = t(lang, 'goal_not_started');

  let outcome = '';
  let comment = '';
  const evidence = (a?: string) => (a ? ` ${t(lang, 'priorAttachment', { ref: md(a) })}` : '');
  if (g.approval?.recordedFrom) {
    outcome =
      t(lang, 'approvedPrior', {
        place: md(g.approval.recordedFrom.place),
        name: md(g.approval.recordedFrom.approverName),
        when: formatDate(lang, g.approval.at),
      }) + evidence(g.approval.recordedFrom.attachment);
  } else if (pending && g.priorClaim) {
    // Recorded by the LIS: Approve confirms it.
    outcome = priorClaimText(lang, 'priorClaimed', g.priorClaim, { trainee });
  } else if (g.approval) {
    const when = formatDateTime(lang, g.approval.at);
    const delegateFor = g.approval.onBehalfOf
      ? delegatingLeaderName(profile, g.approval.onBehalfOf)
      : undefined;
    outcome = delegateFor
      ? t(lang, 'approvedByFor', { name: md(g.approval.byName), leader: md(delegateFor), when })
      : t(lang, 'approvedBy', { name: md(g.approval.byName), when });
    if (g.approval.comment)
      comment = t(lang, 'quoted', { name: md(g.approval.byName), text: md(g.approval.comment) });
  } else if (g.returned && g.status === 'in_progress') {
    outcome = t(lang, g.returned.undid ? 'goalUndoneBy' : 'goalReturnedBy', {
      name: md(g.returned.byName),
      when: formatDateTime(lang, g.returned.at),
    });
    if (g.returned.comment)
      comment = t(lang, 'quoted', { name: md(g.returned.byName), text: md(g.returned.comment) });
  }

  // The newest signed activities only: a goal named by many would take the card past Teams' size
  // limit (the goal keeps them all, and the export of an approval lists them); the card says how many it leaves out.
  const shown = basis.signed.slice(-BASIS_SHOWN);
  const earlier = basis.signed.length - shown.length;
  const basisItems = [
    ...shown.map((s) => ({
      text: t(lang, s.met ? 'basisMet' : 'basisSigned', {
        what: md(shorten(s.description, BASIS_LINE_MAX)),
        name: md(s.by),
        when: formatDate(lang, s.at),
      }),
    })),
    ...(earlier > 0 ? [{ text: t(lang, 'basisEarlier', { shown: shown.length, count: earlier }) }] : []),
    ...(basis.signed.length === 0 ? [{ text: t(lang, 'basisNoSupervisor') }] : []),
    // The advisor's words are for those who follow the LIS's training (as their comments below), not a supervisor.
    {
      text: basis.advisor
        ? basis.advisor.comment && mayHistory
          ? t(lang, 'basisAdvisor', { name: md(basis.advisor.byName), text: md(basis.advisor.comment) })
          : t(lang, 'basisAdvisorPlain', { name: md(basis.advisor.byName) })
        : basis.against
          ? mayHistory
            ? t(lang, 'basisAdvisorAgainst', {
                name: md(basis.against.byName),
                text: md(basis.against.comment ?? ''),
              })
            : t(lang, 'basisAdvisorAgainstPlain', { name: md(basis.against.byName) })
          : t(lang, 'basisNoAdvisor'),
    },
  ];
  // What is not signed yet, for those who follow the training; the leader may mark it as met here.
  const unsigned = g.status === 'approved' || !mayHistory ? [] : (opts.open ?? []);
  const markableHere = unsigned.filter(markableAsMet);
  const mayMarkMet = markableHere.length > 0 && can(who, 'activity.markMet', profile, opts.today).ok;
  const data = { traineeId: g.traineeId, id: g.id, rev: g.rev };
  const deciders = [leader, ...profile.roles.filter((r) => r.role === 'advisor' && r.state === 'active')]
    .map((r) => r?.conversation?.userId)
    .filter((u): u is string => !!u);
  const reminded =
    g.remindedAt && pending ? t(lang, 'remindedAt', { when: formatDateTime(lang, g.remindedAt) }) : '';
  return {
    ...base(lang, opts.notice),
    basis,
    title: t(lang, 'goalCardTitle'),
    subtitle: mayDecide ? t(lang, 'goalAsks', { trainee }) : t(lang, 'goalOf', { trainee }),
    facts: [
      { title: t(lang, 'goal'), value: goalLine(catalogs, g.catalogId, g.goalId) },
      ...(goal ? [{ title: t(lang, 'arena'), value: t(lang, `arena_${approvalArena(profile, goal)}`) }] : []),
      ...(catalog ? [{ title: t(lang, 'catalog'), value: md(catalog.name) }] : []),
      ...(goal?.crossLevel ? [{ title: t(lang, 'crossLevel'), value: t(lang, 'crossLevelValue') }] : []),
      ...(g.requestedAt && pending
        ? [{ title: t(lang, 'requested'), value: formatDate(lang, g.requestedAt) }]
        : []),
    ],
    sections: [
      ...(g.approval?.recordedFrom || g.priorClaim ? [] : [{ heading: t(lang, 'basis'), items: basisItems }]),
      ...(unsigned.length
        ? [
            {
              heading: t(lang, 'openActivitiesHeading'),
              items: listed(lang, unsigned, UNSIGNED_SHOWN, (a) => {
                const what = md(shorten(a.description, UNSIGNED_LINE_MAX));
                return {
                  text:
                    a.status === 'returned'
                      ? t(lang, 'openActivityReturned', { what, name: md(a.decision?.byName ?? '') })
                      : a.status === 'pending_met'
                        ? t(lang, 'openActivityMet', {
                            what,
                            name: leader ? md(leader.name) : t(lang, 'theLeader'),
                          })
                        : t(lang, 'openActivityPending', { what, name: md(a.supervisor?.name ?? '') }),
                };
              }),
            },
          ]
        : []),
      // The advisor's comments: for those who follow the LIS's training, not for a supervisor.
      ...(mayHistory && g.advisorComments?.length
        ? [
            {
              heading: t(lang, 'advisorComments'),
              items: g.advisorComments.map((c) => ({
                text: `${formatDate(lang, c.at)}: ${t(lang, 'quoted', { name: md(c.byName), text: md(c.comment ?? '') })}`,
              })),
            },
          ]
        : []),
    ],
    hasWarning: (pending && !basis.complete && !g.priorClaim) || elsewhere,
    warning: elsewhere
      ? t(lang, 'err_wrong_arena', {
          arenaWhere: t(lang, `arenaWhere_${goal?.arena ?? 'hospital'}`),
          employer: md(profile.employer.name),
        })
      : pending && !basis.complete && !g.priorClaim
        ? t(lang, mayDecide ? 'basisIncomplete' : 'basisIncompleteInfo', {
            missing: listJoin(
              lang,
              basis.missing.map((m) => t(lang, `missing_${m}`)),
            ),
          })
        : '',
    status,
    statusColor,
    hasOutcome: !!outcome || !!reminded,
    outcome: [outcome, reminded].filter(Boolean).join(' '),
    // A decision's words (an approval's or a return's comment) go to those who follow the training.
    hasComment: !!comment && mayHistory,
    comment: mayHistory ? comment : '',
    canDecide: mayDecide || mayRecommend,
    commentLabel: mayRecommend ? t(lang, 'recommendLabel') : t(lang, 'approveCommentLabel'),
    buttons: mayDecide
      ? [
          { title: t(lang, 'approve'), verb: 'goal.approve', style: 'positive' },
          { title: t(lang, 'returnIt'), verb: 'goal.return', style: 'destructive' },
        ]
      : mayRecommend
        ? [
            { title: t(lang, 'recommendApproval'), verb: 'goal.recommend', style: 'positive' },
            { title: t(lang, 'adviseAgainst'), verb: 'goal.adviseAgainst', style: 'destructive' },
          ]
        : [],
    extraActions: [
      // Asked for only where it can be approved (a hospital goal is not sent to a municipal leader).
      ...(isLis &&
      (g.status === 'in_progress' || g.status === 'not_started') &&
      (!goal || arenasOf(profile).includes(goal.arena))
        ? [action(t(lang, 'askApproval'), 'goal.request', data)]
        : []),
      ...(isLis && pending && leader && !remindedToday(g.remindedAt, opts.today)
        ? [action(t(lang, 'remind', { name: md(leader.name) }), 'goal.remind', data)]
        : []),
      ...(isLis && pending ? [action(t(lang, 'recall'), 'goal.recall', data)] : []),
      ...(mayMarkMet
        ? markableHere.slice(0, MARK_MET_SHOWN).map((a) =>
            action(t(lang, 'markMetFor', { what: md(shorten(a.description, 28)) }), 'activity.markMet', {
              traineeId: a.traineeId,
              id: a.id,
              rev: a.rev,
              goal: g.id,
            }),
          )
        : []),
      ...(mayHistory ? [action(t(lang, 'showHistory'), 'goal.history', data)] : []),
    ],
    data,
    // The advisor comments on a goal not approved yet, without advice for or against; the leader
    // (or a delegate) may undo an approval given where the LIS is now, with the reason.
    ...(mayUndo
      ? commentForm(lang, data, 'undo')
      : commentForm(lang, viewer && g.status !== 'approved' && isAdvisor ? data : undefined)),
    // …and on its activities, each from its own card (`activity.refresh` needs no revision).
    ...(isAdvisor && (unsigned.length > 0 || (g.basis?.length ?? 0) > 0)
      ? {
          hasActivityLinks: true,
          activityLinks: {
            title: t(lang, 'commentActivities'),
            intro: t(lang, 'commentActivitiesIntro'),
            items: [
              ...unsigned.slice(0, UNSIGNED_SHOWN).map((a) => ({ id: a.id, description: a.description })),
              ...(g.basis ?? [])
                .slice(-BASIS_SHOWN)
                .map((b) => ({ id: b.activityId, description: b.description })),
            ].map((a) => ({
              title: `«${shorten(a.description, 60)}»`,
              data: { traineeId: g.traineeId, id: a.id, rev: 0 },
            })),
          },
        }
      : {}),
    ...supervisorRecordForm(
      lang,
      opts.today,
      trainee,
      viewer && !isLis && g.status !== 'approved' && goal && activeHolder(profile, 'supervisor', who)
        ? g
        : undefined,
    ),
    // A goal not approved yet may have been approved elsewhere before: the leader records it, the LIS
    // records it for the leader to confirm.
    ...priorForm(lang, opts.today, {
      show:
        !!viewer &&
        (g.status === 'in_progress' || g.status === 'not_started') &&
        (isLis || can(who, 'goal.recordPrior', profile, opts.today).ok),
      byLis: isLis,
      ...(goal ? { arena: approvalArena(profile, goal) } : {}),
    }),
    hasRefresh: pending && deciders.length > 0,
    refreshVerb: 'goal.refresh',
    refreshUserIds: pending ? deciders : [],
  };
}
