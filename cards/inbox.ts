import type { CatalogSet } from '../core/catalog';
import { COMMENT_MAX } from '../core/comments';
import { formatDate } from '../core/format';
import { type Lang, t } from '../core/i18n';
import type { InboxGroup } from '../core/inbox';
import type { Verb } from '../core/verbs';
import template from './inbox.json';
import { type AdaptiveCard, escapeMarkdown as md, render } from './render';
import type { Notice } from './views';

interface Ids {
  traineeId: string;
  id: string;
  rev: number;
  view: 'inbox';
  commentInput?: string;
}

export interface InboxItemModel {
  title: string;
  detail: string;
  hasWarning: boolean;
  warning: string;
  hasPrimary: boolean;
  primaryTitle: string;
  primaryVerb: Verb | '';
  hasSecondary: boolean;
  secondaryTitle: string;
  secondaryVerb: Verb | '';
  data: Ids;
  hasReturn: boolean;
  returnTitle: string;
  commentId: string;
  commentLabel: string;
  commentMax: number;
  returnButton: string;
  returnVerb: Verb | '';
  returnData: Ids;
  hasOpen: boolean;
  openTitle: string;
  openVerb: Verb | '';
  openData: Omit<Ids, 'view'>;
}

/** Model of `inbox.json`: what waits for one person, grouped by LIS, with a button for each. */
export interface InboxCardModel {
  hasNotice: boolean;
  notice: string;
  noticeStyle: Notice['style'];
  title: string;
  summary: string;
  groups: { heading: string; items: InboxItemModel[] }[];
  hasApproveAll: boolean;
  approveAllTitle: string;
  approveAllConfirm: string;
  approveAllYes: string;
  approveAllData: { items: { traineeId: string; id: string; rev: number }[]; view: 'inbox' };
}

const blank: Omit<InboxItemModel, 'title' | 'detail' | 'data' | 'returnData' | 'openData'> = {
  hasWarning: false,
  warning: '',
  hasPrimary: false,
  primaryTitle: '',
  primaryVerb: '',
  hasSecondary: false,
  secondaryTitle: '',
  secondaryVerb: '',
  hasReturn: false,
  returnTitle: '',
  commentId: '',
  commentLabel: '',
  commentMax: COMMENT_MAX,
  returnButton: '',
  returnVerb: '',
  hasOpen: false,
  openTitle: '',
  openVerb: '',
};

/** "Return …": a comment field of its own (the card has several) and the return button. */
function returnWithComment(
  lang: Lang,
  verb: Verb,
  ids: Ids,
  commentId: string,
): Pick<
  InboxItemModel,
  'hasReturn' | 'returnTitle' | 'commentId' | 'commentLabel' | 'returnButton' | 'returnVerb' | 'returnData'
> {
  return {
    hasReturn: true,
    returnTitle: t(lang, 'returnEllipsis'),
    commentId,
    commentLabel: t(lang, 'returnComment'),
    returnButton: t(lang, 'returnIt'),
    returnVerb: verb,
    returnData: { ...ids, commentInput: commentId },
  };
}

export function inboxModel(
  groups: InboxGroup[],
  catalogs: CatalogSet,
  lang: Lang,
  notice?: Notice,
): InboxCardModel {
  let n = 0;
  const complete: { traineeId: string; id: string; rev: number; goalId: string }[] = [];
  const count = groups.reduce((s, g) => s + g.items.length, 0);
  const goalText = (catalogId: string, goalId: string) => {
    const g = catalogs.goal(catalogId, goalId);
    return g ? `${goalId} ${md(g.title)}` : goalId;
  };
  const model: InboxCardModel = {
    hasNotice: !!notice,
    notice: notice?.text ?? '',
    noticeStyle: notice?.style ?? 'good',
    title: t(lang, 'inboxTitle'),
    summary:
      count === 0
        ? t(lang, 'inboxEmpty')
        : count === 1
          ? t(lang, 'inboxSummaryOne')
          : t(lang, 'inboxSummary', { count }),
    groups: groups.map((group) => ({
      heading: t(lang, 'inboxGroup', { trainee: md(group.profile.name), phase: group.profile.phase }),
      items: group.items.map((item): InboxItemModel => {
        const commentId = `comment-${++n}`;
        if (item.kind === 'sign') {
          const a = item.activity;
          const ids: Ids = { traineeId: item.traineeId, id: a.id, rev: a.rev, view: 'inbox' };
          return {
            ...blank,
            title: t(lang, 'inboxSign', { what: md(a.description) }),
            detail: [
              a.goals.map((g) => goalText(g.catalogId, g.goalId)).join(', '),
              formatDate(lang, a.date),
            ].join(' · '),
            hasPrimary: true,
            primaryTitle: t(lang, 'sign'),
            primaryVerb: 'activity.sign',
            data: ids,
            ...returnWithComment(lang, 'activity.return', ids, commentId),
            hasOpen: true,
            openTitle: t(lang, 'open'),
            openVerb: 'activity.refresh' as const,
            openData: { traineeId: item.traineeId, id: a.id, rev: a.rev },
          };
        }
        if (item.kind === 'invitation') {
          const ids: Ids = { traineeId: item.traineeId, id: item.invitationId, rev: 0, view: 'inbox' };
          return {
            ...blank,
            title: t(lang, 'inboxInvitation', {
              role: t(lang, `role_${item.role as 'leader'}`),
              trainee: md(group.profile.name),
            }),
            detail: md(group.profile.employer.name),
            hasPrimary: true,
            primaryTitle: t(lang, 'accept'),
            primaryVerb: 'role.accept',
            hasSecondary: true,
            secondaryTitle: t(lang, 'decline'),
            secondaryVerb: 'role.decline',
            data: ids,
            returnData: ids,
            openData: ids,
          };
        }
        const g = item.goal;
        const ids: Ids = { traineeId: item.traineeId, id: g.id, rev: g.rev, view: 'inbox' };
        const detail = [
          goalText(g.catalogId, g.goalId),
          ...(g.requestedAt ? [t(lang, 'inboxSent', { when: formatDate(lang, g.requestedAt) })] : []),
        ].join(' · ');
        const open = {
          hasOpen: true,
          openTitle: t(lang, 'open'),
          openVerb: 'goal.refresh' as const,
          openData: { traineeId: item.traineeId, id: g.id, rev: g.rev },
        };
        if (item.kind === 'recommend') {
          return {
            ...blank,
            ...open,
            title: t(lang, 'inboxRecommend', { goal: g.goalId }),
            detail,
            data: ids,
            returnData: ids,
          };
        }
        if (item.complete)
          complete.push({ traineeId: item.traineeId, id: g.id, rev: g.rev, goalId: g.goalId });
        const behalf = item.onBehalfOf
          ? group.profile.delegations.find((d) => d.leader === item.onBehalfOf)?.leaderName
          : undefined;
        const warnings = [
          ...(behalf ? [t(lang, 'inboxOnBehalf', { name: md(behalf) })] : []),
          ...(item.complete ? [] : [t(lang, 'inboxIncomplete')]),
        ];
        return {
          ...blank,
          ...open,
          title: t(lang, 'inboxApprove', { goal: g.goalId }),
          detail,
          hasWarning: warnings.length > 0,
          warning: warnings.join(' '),
          hasPrimary: item.complete,
          primaryTitle: t(lang, 'approve'),
          primaryVerb: 'goal.approve',
          data: ids,
          ...returnWithComment(lang, 'goal.return', ids, commentId),
        };
      }),
    })),
    hasApproveAll: complete.length > 1,
    approveAllTitle: t(lang, 'approveAll', { count: complete.length }),
    approveAllConfirm: t(lang, 'approveAllConfirm', {
      count: complete.length,
      goals: complete.map((c) => c.goalId).join(', '),
    }),
    approveAllYes: t(lang, 'approveAllYes', { count: complete.length }),
    approveAllData: { items: complete.map(({ goalId: _g, ...ids }) => ids), view: 'inbox' },
  };
  return model;
}

export function renderInboxCard(model: InboxCardModel): AdaptiveCard {
  return render(template, model);
}
