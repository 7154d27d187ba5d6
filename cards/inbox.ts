import type { CatalogSet } from '../core/catalog';
import { COMMENT_MAX } from '../core/comments';
import { formatDate, shorten } from '../core/format';
import { type Lang, t } from '../core/i18n';
import type { InboxGroup } from '../core/inbox';
import type { Person } from '../core/model';
import { delegatingLeaderName } from '../core/policy';
import type { Verb } from '../core/verbs';
import template from './inbox.json';
import { type AdaptiveCard, escapeMarkdown as md, render } from './render';
import { commentFormTexts, type Notice, type UndoOffer } from './views';

interface Ids {
  traineeId: string;
  id: string;
  rev: number;
  view: 'inbox';
  /** The page the card shows: after a decision the inbox is drawn again at the same page. */
  page: number;
  commentInput?: string;
}

/**
 * Items per inbox card. Teams refuses a message over about 100 KB (UTF-16; 80 KB recommended).
 * With its texts shortened as below an item is at most about 2.7 KB in UTF-16, so a page of ten
 * with the longest texts is about 28 KB, under `CARD_MAX_BYTES` (`cards/limits.ts`) whatever
 * waits (`test/bot/inboxPages.test.ts` renders that case).
 */
export const INBOX_PAGE_SIZE = 10;
/** The undo form's field: the items' comment fields are `comment-1` and up. */
const UNDO_INPUT = 'comment-0';
/** The longest activity description and goal title an inbox line shows; the card has the rest. */
const TEXT_MAX = 160;

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
  openData: Omit<Ids, 'view' | 'page'>;
}

/** Model of `inbox.json`: what waits for one person, grouped by LIS, with a button for each. */
export interface InboxCardModel {
  /**
   * Drawn again by Teams when its owner looks at it later (`refresh.userIds`: their own only), so an
   * inbox asked for in the morning does not list at noon what was decided meanwhile.
   */
  hasRefresh: boolean;
  refreshTitle: string;
  refreshData: { page: number };
  refreshUserIds: string[];
  hasNotice: boolean;
  notice: string;
  noticeStyle: Notice['style'];
  /** The decision just made here, to undo at once with the reason (a misclick): its form behind a button. */
  hasUndo: boolean;
  undo: ReturnType<typeof commentFormTexts> & {
    max: number;
    data: UndoOffer['data'] & { view: 'inbox'; page: number; commentInput: typeof UNDO_INPUT };
  };
  title: string;
  summary: string;
  groups: { heading: string; items: InboxItemModel[] }[];
  /** "Show more" and "Back": the next and the previous page, each an `Action.Execute`. */
  hasMore: boolean;
  moreTitle: string;
  moreData: { page: number };
  hasPrevious: boolean;
  previousTitle: string;
  previousData: { page: number };
  /**
   * One click for several on this page, after a confirmation: the leader's goals with a complete
   * basis (`goal.approveAll`), or else the LIS's records a supervisor made (`activity.confirmAll`).
   */
  hasBulk: boolean;
  bulkTitle: string;
  bulkConfirm: string;
  bulkYes: string;
  bulkVerb: 'goal.approveAll' | 'activity.confirmAll';
  bulkData: { items: { traineeId: string; id: string; rev: number }[]; view: 'inbox' };
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

/** The groups (one per LIS) of the items on page `page`, and the page actually shown (the last if past it). */
function pageOf(
  groups: readonly InboxGroup[],
  page: number,
): { groups: InboxGroup[]; page: number; pages: number } {
  const count = groups.reduce((s, g) => s + g.items.length, 0);
  const pages = Math.max(1, Math.ceil(count / INBOX_PAGE_SIZE));
  const shown = Math.min(Math.max(0, page), pages - 1);
  const from = shown * INBOX_PAGE_SIZE;
  const out: InboxGroup[] = [];
  let at = 0;
  for (const g of groups) {
    const items = g.items.slice(Math.max(0, from - at), Math.max(0, from + INBOX_PAGE_SIZE - at));
    if (items.length > 0) out.push({ profile: g.profile, items });
    at += g.items.length;
  }
  return { groups: out, page: shown, pages };
}

/** Who opens the inbox, as far as an empty one should explain it. */
export type InboxAsker = 'lis' | 'supervisor' | 'leader' | 'advisor' | 'none';

const EMPTY_HINT = {
  lis: 'inboxEmptyLis',
  supervisor: 'inboxEmptySupervisor',
  leader: 'inboxEmptyLeader',
  advisor: 'inboxEmptyAdvisor',
  none: 'inboxEmptyNoRole',
} as const;

/**
 * The hint for an empty inbox: a LIS's own; else the role that brings most here (a leader approves
 * goals and signs too, a supervisor only signs).
 */
export function inboxAsker(person: Pick<Person, 'traineeId' | 'roles'> | undefined): InboxAsker {
  if (person?.traineeId) return 'lis';
  const held = new Set((person?.roles ?? []).filter((r) => r.state === 'active').map((r) => r.role));
  if (held.has('leader') || held.has('delegate')) return 'leader';
  if (held.has('supervisor')) return 'supervisor';
  if (held.has('advisor')) return 'advisor';
  return 'none';
}

export function inboxModel(
  all: InboxGroup[],
  catalogs: CatalogSet,
  lang: Lang,
  notice?: Notice,
  requestedPage = 0,
  /**
   * Who asks, for an empty inbox: a LIS is told where their own progress is; a supervisor, leader
   * or advisor what would come here and how; someone with no role yet how a role begins.
   */
  asker: InboxAsker = 'none',
  /** The owner's channel id (`29:…`), for the refresh; unset: no refresh. */
  userId?: string,
): InboxCardModel {
  let n = 0;
  const complete: { traineeId: string; id: string; rev: number; goalId: string }[] = [];
  const records: { traineeId: string; id: string; rev: number; what: string }[] = [];
  const count = all.reduce((s, g) => s + g.items.length, 0);
  const { groups, page, pages } = pageOf(all, requestedPage);
  const first = page * INBOX_PAGE_SIZE + 1;
  const last = Math.min(count, (page + 1) * INBOX_PAGE_SIZE);
  const goalText = (catalogId: string, goalId: string) => {
    const g = catalogs.goal(catalogId, goalId);
    return g ? `${goalId} ${md(shorten(g.title, TEXT_MAX))}` : goalId;
  };
  const model: InboxCardModel = {
    hasRefresh: !!userId,
    refreshTitle: t(lang, 'refreshCard'),
    refreshData: { page },
    refreshUserIds: userId ? [userId] : [],
    hasNotice: !!notice,
    notice: notice?.text ?? '',
    noticeStyle: notice?.style ?? 'good',
    hasUndo: !!notice?.undo,
    undo: {
      ...commentFormTexts(lang, notice?.undo?.form ?? 'undo'),
      max: COMMENT_MAX,
      data: {
        traineeId: notice?.undo?.data.traineeId ?? '',
        id: notice?.undo?.data.id ?? '',
        rev: notice?.undo?.data.rev ?? 0,
        view: 'inbox',
        page,
        commentInput: UNDO_INPUT,
      },
    },
    title: t(lang, 'inboxTitle'),
    summary: [
      count === 0
        ? `${t(lang, 'inboxEmpty')} ${t(lang, EMPTY_HINT[asker])}`
        : count === 1
          ? t(lang, 'inboxSummaryOne')
          : t(lang, 'inboxSummary', { count }),
      ...(pages > 1 ? [t(lang, 'inboxShowing', { first, last, count })] : []),
    ].join(' '),
    groups: groups.map((group) => ({
      heading: t(lang, 'inboxGroup', { trainee: md(group.profile.name), phase: group.profile.phase }),
      items: group.items.map((item): InboxItemModel => {
        const commentId = `comment-${++n}`;
        if (item.kind === 'sign' || item.kind === 'markMet') {
          const a = item.activity;
          const ids: Ids = { traineeId: item.traineeId, id: a.id, rev: a.rev, view: 'inbox', page };
          const sign = item.kind === 'sign';
          const behalf =
            item.kind === 'markMet' && item.onBehalfOf
              ? delegatingLeaderName(group.profile, item.onBehalfOf)
              : undefined;
          return {
            ...blank,
            title: t(lang, sign ? 'inboxSign' : 'inboxMarkMet', {
              what: md(shorten(a.description, TEXT_MAX)),
            }),
            detail: [
              [
                a.goals.map((g) => goalText(g.catalogId, g.goalId)).join(', '),
                ...(sign ? [] : [t(lang, `kind_${a.activityKind}`)]),
                formatDate(lang, a.date),
              ].join(' · '),
              ...(behalf ? [t(lang, 'inboxOnBehalfMark', { name: md(behalf) })] : []),
            ].join(' '),
            hasPrimary: true,
            primaryTitle: t(lang, sign ? 'sign' : 'markMet'),
            primaryVerb: sign ? 'activity.sign' : 'activity.markMet',
            data: ids,
            ...returnWithComment(lang, 'activity.return', ids, commentId),
            hasOpen: true,
            openTitle: t(lang, 'open'),
            openVerb: 'activity.refresh' as const,
            openData: { traineeId: item.traineeId, id: a.id, rev: a.rev },
          };
        }
        if (item.kind === 'invitation') {
          const ids: Ids = { traineeId: item.traineeId, id: item.invitationId, rev: 0, view: 'inbox', page };
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
        if (item.kind === 'returned') {
          const r = item.item;
          const ids: Ids = { traineeId: item.traineeId, id: r.docId, rev: r.rev, view: 'inbox', page };
          return {
            ...blank,
            title: t(lang, 'inboxReturned', {
              what: r.kind === 'goal' ? r.what : md(shorten(r.what, TEXT_MAX)),
            }),
            detail: [
              t(lang, 'inboxReturnedBy', { name: md(r.by), when: formatDate(lang, r.at) }),
              ...(r.comment
                ? [t(lang, 'quoted', { name: md(r.by), text: md(shorten(r.comment, TEXT_MAX)) })]
                : []),
            ].join(' '),
            data: ids,
            returnData: ids,
            hasOpen: true,
            openTitle: t(lang, 'open'),
            openVerb: r.kind === 'goal' ? 'goal.refresh' : 'activity.refresh',
            openData: { traineeId: item.traineeId, id: r.docId, rev: r.rev },
          };
        }
        if (item.kind === 'confirmRecord') {
          // Confirmed here in one click; disputing asks first, on the activity's own card.
          const a = item.activity;
          const ids: Ids = { traineeId: item.traineeId, id: a.id, rev: a.rev, view: 'inbox', page };
          records.push({ traineeId: item.traineeId, id: a.id, rev: a.rev, what: a.description });
          return {
            ...blank,
            title: t(lang, 'inboxConfirmRecord', { what: md(shorten(a.description, TEXT_MAX)) }),
            detail: [
              [a.goals.map((g) => goalText(g.catalogId, g.goalId)).join(', '), formatDate(lang, a.date)].join(
                ' · ',
              ),
              t(lang, 'inboxRecordedBy', {
                name: md(a.supervisor?.name ?? ''),
                when: formatDate(lang, a.requestedAt ?? a.date),
              }),
            ].join(' '),
            hasPrimary: true,
            primaryTitle: t(lang, 'confirmRecord'),
            primaryVerb: 'activity.confirmRecord',
            data: ids,
            returnData: ids,
            hasOpen: true,
            openTitle: t(lang, 'open'),
            openVerb: 'activity.refresh',
            openData: { traineeId: item.traineeId, id: a.id, rev: a.rev },
          };
        }
        const g = item.goal;
        const ids: Ids = { traineeId: item.traineeId, id: g.id, rev: g.rev, view: 'inbox', page };
        const detail =
          [
            goalText(g.catalogId, g.goalId),
            ...(g.requestedAt ? [t(lang, 'inboxSent', { when: formatDate(lang, g.requestedAt) })] : []),
          ].join(' · ') + (g.claimed ? ` ${t(lang, 'inboxClaimed')}` : '');
        const open = {
          hasOpen: true,
          openTitle: t(lang, 'open'),
          openVerb: 'goal.refresh' as const,
          openData: { traineeId: item.traineeId, id: g.id, rev: g.rev },
        };
        if (item.kind === 'recommend') {
          // Advice for is one click here, as Approve is for the leader; advice against needs a reason (on the card).
          return {
            ...blank,
            ...open,
            hasPrimary: true,
            primaryTitle: t(lang, 'recommendApproval'),
            primaryVerb: 'goal.recommend' as const,
            title: t(lang, 'inboxRecommend', { goal: g.goalId }),
            detail,
            data: ids,
            returnData: ids,
          };
        }
        if (item.complete)
          complete.push({ traineeId: item.traineeId, id: g.id, rev: g.rev, goalId: g.goalId });
        const behalf = item.onBehalfOf ? delegatingLeaderName(group.profile, item.onBehalfOf) : undefined;
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
    hasMore: page < pages - 1,
    moreTitle: t(lang, 'inboxMore', { count: Math.min(INBOX_PAGE_SIZE, count - last) }),
    moreData: { page: page + 1 },
    hasPrevious: page > 0,
    previousTitle: t(lang, 'inboxPrevious'),
    previousData: { page: page - 1 },
    ...bulkOf(lang, complete, records),
  };
  return model;
}

/**
 * The page's one-click-for-several, if two or more qualify: the leader's goals with a complete basis;
 * else the records supervisors made for the LIS (each still a decision of its own).
 */
function bulkOf(
  lang: Lang,
  complete: readonly { traineeId: string; id: string; rev: number; goalId: string }[],
  records: readonly { traineeId: string; id: string; rev: number; what: string }[],
): Pick<InboxCardModel, 'hasBulk' | 'bulkTitle' | 'bulkConfirm' | 'bulkYes' | 'bulkVerb' | 'bulkData'> {
  if (complete.length < 2 && records.length > 1)
    return {
      hasBulk: true,
      bulkTitle: t(lang, 'confirmAll', { count: records.length }),
      bulkConfirm: t(lang, 'confirmAllConfirm', {
        count: records.length,
        what: records.map((r) => `«${md(shorten(r.what, BULK_TEXT_MAX))}»`).join(', '),
      }),
      bulkYes: t(lang, 'confirmAllYes', { count: records.length }),
      bulkVerb: 'activity.confirmAll',
      bulkData: { items: records.map(({ what: _w, ...ids }) => ids), view: 'inbox' },
    };
  return {
    hasBulk: complete.length > 1,
    bulkTitle: t(lang, 'approveAll', { count: complete.length }),
    bulkConfirm: t(lang, 'approveAllConfirm', {
      count: complete.length,
      goals: complete.map((c) => c.goalId).join(', '),
    }),
    bulkYes: t(lang, 'approveAllYes', { count: complete.length }),
    bulkVerb: 'goal.approveAll',
    bulkData: { items: complete.map(({ goalId: _g, ...ids }) => ids), view: 'inbox' },
  };
}

/** How much of each description the confirmation names (ten on a page). */
const BULK_TEXT_MAX = 40;

export function renderInboxCard(model: InboxCardModel): AdaptiveCard {
  return render(template, model);
}
