import type { AbsenceLevel } from '../core/absence';
import { andList, formatDate, formatDateTime, shorten } from '../core/format';
import { type Lang, t } from '../core/i18n';
import type { Scope } from '../core/intents';
import { MILESTONE_NOTE_MAX } from '../core/milestones';
import { REQUEST_ALL_MAX, type TraineeProfile } from '../core/model';
import type { Progress, themeCounts } from '../core/progress';

type ThemeCounts = ReturnType<typeof themeCounts>;

import type { ReturnedItem } from '../core/returned';
import type { Verb } from '../core/verbs';
import type { NoticeCardModel } from './notice';
import template from './progress.json';
import { type AdaptiveCard, escapeMarkdown as md, render } from './render';
import { partText } from './service';
import { listed, type Notice } from './views';

/** Themes named on the card per plan, those with most left first. */
const THEMES_SHOWN = 8;
/** A button on the card. */
type CardAction = { title: string; verb: Verb; data: object };

/** Model of `progress.json`: the answer to "what is left?". Bars are columns: schema 1.5 has no progress bar. */
export interface ProgressCardModel {
  /** Drawn again by Teams when its owner looks at it later (their own `refresh.userIds` only). */
  hasRefresh: boolean;
  refreshTitle: string;
  refreshData: { traineeId: string };
  refreshUserIds: string[];
  /** What a click on the card did (or why not), above it: the card is a list, drawn again. */
  hasNotice: boolean;
  notice: string;
  noticeStyle: Notice['style'];
  title: string;
  catalogs: {
    name: string;
    summary: string;
    rows: {
      label: string;
      count: string;
      done: number;
      waiting: number;
      left: number;
      /** Column weights as strings, made here: the template's `string()` builds a date formatter per call. */
      doneWidth: string;
      waitingWidth: string;
      leftWidth: string;
    }[];
    hasThemes: boolean;
    themes: string;
  }[];
  hasMilestones: boolean;
  milestonesHeading: string;
  milestones: { text: string; overdue: boolean }[];
  milestoneForms: { title: string; inputId: string; label: string; yes: string; data: object }[];
  noteMax: number;
  /** Sent back to the LIS, with the comment (the LIS's own view only). */
  hasReturned: boolean;
  returnedHeading: string;
  returned: { text: string }[];
  /** What waits for the LIS at other LIS (as their supervisor, say), with a button to the inbox. */
  hasOthersWaiting: boolean;
  othersWaitingHeading: string;
  othersWaiting: { text: string }[];
  othersWaitingActions: CardAction[];
  pendingHeading: string;
  pending: { text: string }[];
  facts: { title: string; value: string }[];
  /** Asking for approval (all that are ready, or one). */
  actions: CardAction[];
  /** Under what was sent back: open it. */
  returnedActions: CardAction[];
  /** Under what waits for others: remind them (once a day). */
  remindActions: CardAction[];
  hasTab: boolean;
  tabTitle: string;
  tabUrl: string;
}

/** The one sentence that comes first: how many goals are left, what waits, and whether the LIS will make it. */
export function progressSentence(
  lang: Lang,
  p: Progress,
  trainee: string | null,
  /** What was sent back to the LIS asking (their own question only): the first thing to act on. */
  returned: readonly { kind: 'activity' | 'goal' }[] = [],
): string {
  const you = trainee === null;
  if (p.remaining === 0) {
    const done = you
      ? t(lang, 'allDoneYou', { total: p.total })
      : t(lang, 'allDoneThey', { trainee, total: p.total });
    // The goals are reached; the service time still has to be served (LIS1's months, say).
    const running = p.service && !p.service.ended && !p.service.upcoming;
    return running
      ? `${done} ${t(lang, 'weeksLeftUnknown', { left: timeLeft(lang, p.service?.daysLeft ?? 0) })}`
      : done;
  }
  // What waits, without a clause for nothing ("… og 0 aktiviteter venter").
  const clauses = [
    p.pendingApproval ? t(lang, 'leftWaitingApproval', { pa: p.pendingApproval }) : '',
    p.pendingSignature ? t(lang, 'leftWaitingSignature', { ps: p.pendingSignature }) : '',
    p.pendingMet ? t(lang, 'leftWaitingMet', { pm: p.pendingMet }) : '',
  ].filter(Boolean);
  const last = clauses.pop();
  const waiting =
    last === undefined
      ? t(lang, 'leftWaitingNone')
      : clauses.length
        ? t(lang, 'leftWaitingLast', { first: clauses.join(', '), last })
        : last;
  const counts = (['goal', 'activity'] as const)
    .map((kind) => [kind, returned.filter((r) => r.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => t(lang, kind === 'goal' ? 'returnedGoals' : 'returnedActivities', { n }));
  const back = counts.length
    ? ` ${t(lang, 'leftReturned', { what: counts.join(` ${t(lang, 'and')} `) })}`
    : '';
  // Only the common goals count while the specialty's own plan is not in the app: said, not implied.
  const plan =
    p.missingPlan === undefined ? '' : ` ${t(lang, 'onlyFkmCounts', { specialty: md(p.missingPlan) })}`;
  const first = `${t(lang, you ? 'leftYou' : 'leftThey', {
    trainee: trainee ?? '',
    remaining: p.remaining,
    total: p.total,
    waiting,
  })}${back}${plan}`;
  if (!p.service) return first;
  // Ended with goals left: not only a fact, but who to talk to (the employer decides what comes next).
  if (p.service.ended)
    return `${first} ${t(lang, p.remaining > 0 ? (you ? 'serviceEndedLeftYou' : 'serviceEndedLeftThey') : 'serviceEnded')}`;
  if (p.service.upcoming)
    return `${first} ${t(lang, 'serviceStarts', { date: formatDate(lang, p.service.start) })}`;
  const who = you ? t(lang, 'whoYou') : lang === 'en' ? `${trainee} is` : (trainee ?? '');
  const who2 = you ? t(lang, 'whoYou2') : (trainee ?? '');
  // Goals only another employer can approve are the reason to name, not the pace.
  const key = p.forecast?.elsewhere
    ? 'weeksLeftElsewhere'
    : p.forecast?.noAdvisor
      ? 'weeksLeftNoAdvisor'
      : p.forecast?.noneYet
        ? 'weeksLeftNoneYet'
        : p.forecast?.status === 'on_track'
          ? 'weeksLeftOnTrack'
          : p.forecast?.status === 'at_risk'
            ? 'weeksLeftAtRisk'
            : 'weeksLeftUnknown';
  return `${first} ${t(lang, key, { left: timeLeft(lang, p.service.daysLeft), who, who2, count: p.forecast?.elsewhere ?? 0 })}`;
}

/**
 * While the leader has lent her approval (a holiday), a request waits for the delegate too: said on
 * its line, to the delegate as «du», of the leader to herself as «deg».
 */
export function alsoApproves(
  lang: Lang,
  p: Pick<Progress, 'delegates'>,
  q: Pick<Progress['pending'][number], 'waitingFor' | 'waitingForId'>,
  viewer: string | undefined,
  named: (s: string) => string,
): string {
  const delegates = p.delegates ?? [];
  if (delegates.length === 0) return '';
  const leader = q.waitingForId && q.waitingForId === viewer ? t(lang, 'youObject') : named(q.waitingFor);
  const others = delegates.filter((d) => d.aadObjectId !== viewer && d.name).map((d) => named(d.name));
  return [
    ...(delegates.some((d) => d.aadObjectId === viewer) ? [t(lang, 'pendingAlsoYou', { leader })] : []),
    ...(others.length ? [t(lang, 'pendingAlsoBy', { names: andList(lang, others), leader })] : []),
  ].join('. ');
}

/** The pace and what it reaches, while there is a period left to reach it in; what is left when it is over. */
function forecastNumbers(lang: Lang, f: NonNullable<Progress['forecast']>): string[] {
  if (f.status === 'ended') return [t(lang, 'forecastEndedNumbers', { remaining: f.remaining })];
  if (f.status === 'done' || f.status === 'unknown') return [];
  if (f.noneYet) return [t(lang, 'forecastNoneYet', { remaining: f.remaining })];
  return [t(lang, 'forecastNumbers', { perWeek: f.perWeek, projected: f.projected, remaining: f.remaining })];
}

/**
 * What the forecast rests on, in words (the status card's «Prognose» after its verdict, and the tab's):
 * no advisor, goals only another employer approves, the pace. `they`: said of the LIS to someone else.
 */
export function forecastReasons(
  lang: Lang,
  f: NonNullable<Progress['forecast']>,
  o: { they: '' | 'They'; trainee: string },
): string[] {
  return [
    ...(f.noAdvisor ? [t(lang, 'forecastNoAdvisor')] : []),
    ...(f.elsewhere
      ? [t(lang, `forecastElsewhere${o.they}`, { count: f.elsewhere, trainee: o.trainee })]
      : []),
    ...forecastNumbers(lang, f),
  ];
}

/** Goals left that another arena's employer approves, and where: the LIS is told whom to contact. */
export function elsewhereLines(
  lang: Lang,
  p: Pick<Progress, 'elsewhere'>,
  o: { they: '' | 'They'; trainee: string; escape: (s: string) => string },
): string[] {
  return p.elsewhere.map((e) => {
    const vars = { count: e.count, arenaWhere: t(lang, `arenaWhere_${e.arena}`), trainee: o.trainee };
    return e.contact
      ? t(lang, `elsewhereLineAt${o.they}`, { ...vars, contact: o.escape(e.contact) })
      : t(lang, e.served ? `elsewhereLine${o.they}` : 'elsewhereLater', vars);
  });
}

/** "13 uker", "8 måneder", "4 år og 2 måneder": weeks of a five-year LIS3 say little ("209 uker"). */
export function timeLeft(lang: Lang, daysLeft: number): string {
  const weeks = Math.round(daysLeft / 7);
  if (weeks < 2) return t(lang, 'leftDays', { n: daysLeft });
  if (weeks < 26) return t(lang, 'leftWeeks', { n: weeks });
  const months = Math.round(daysLeft / 30.44);
  if (months < 24) return t(lang, 'leftMonths', { n: months });
  const y = Math.floor(months / 12);
  const m = months % 12;
  return m === 0 ? t(lang, 'leftYears', { n: y }) : t(lang, 'leftYearsMonths', { y, m });
}

/** Buttons in one set: what Teams shows in a row (its host configuration's `maxActions`). */
const ACTIONS_MAX = 5;
/** A comment on a line of what was sent back, shortened: the item's own card and the tab have it whole. */
const COMMENT_SHOWN = 300;
/**
 * Lines a list on the card shows (sent back, waiting): enough to act on, and with the longest
 * comments still well under Teams' size limit (`CARD_MAX_BYTES`); the rest are counted.
 */
const LINES_SHOWN = 10;

/** "7 dager fravær (3,8 % av tjenestetiden), grensen er 10 %", with the warning or the days owed. */
export function absenceText(
  lang: Lang,
  a: { days: number; percent: number; limit?: number; level: AbsenceLevel; owedDays: number },
): string {
  const base =
    a.limit !== undefined
      ? t(lang, 'absenceLine', { days: a.days, percent: a.percent, limit: a.limit })
      : t(lang, 'absenceLineNoLimit', { days: a.days, percent: a.percent });
  const extra =
    a.level === 'over'
      ? ` – ${t(lang, 'absenceOver', { limit: a.limit ?? 0, owed: a.owedDays })}`
      : a.level === 'warn'
        ? ` – ${t(lang, 'absenceWarn', { limit: a.limit ?? 0 })}`
        : '';
  return `${base}${extra}`;
}

/**
 * The answer to a question about one part of the training ("hva gjenstår på sykehus?", "… i
 * allmennmedisin?"): the goals left there of the total, and how many wait for approval.
 */
/** `theme`: the counts of a theme question (`themeCounts`), when the scope is a theme. */
export function scopeSentence(lang: Lang, p: Progress, scope: Scope, theme?: ThemeCounts): string {
  const text = scopeText(lang, p, scope, theme);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function scopeText(lang: Lang, p: Progress, scope: Scope, th?: ThemeCounts): string {
  // What waits is said only when something does.
  const left = (where: string, c: { remaining: number; total: number; pending: number }) =>
    t(lang, c.pending ? 'scopeLeftPending' : 'scopeLeft', { where, ...c });
  if ('theme' in scope) {
    const theme = md(scope.theme);
    if (!th) return t(lang, 'scopeNoTheme', { theme });
    return left(t(lang, 'scopeInTheme', { theme }), th);
  }
  if ('arena' in scope) {
    const arenas = p.catalogs.flatMap((c) => c.arenas).filter((a) => a.arena === scope.arena);
    const where = t(lang, `arenaWhere_${scope.arena}`);
    if (arenas.length === 0) return t(lang, 'scopeNoArena', { where });
    const sum = (f: (a: (typeof arenas)[number]) => number) => arenas.reduce((n, a) => n + f(a), 0);
    return left(where, {
      remaining: sum((a) => a.remaining),
      total: sum((a) => a.total),
      pending: sum((a) => a.pending),
    });
  }
  const match = (c: Progress['catalogs'][number]) =>
    scope.plan === 'fkm'
      ? /fkm|felles kompetansemål/i.test(`${c.catalogId} ${c.name}`)
      : /allmennmedisin/i.test(`${c.catalogId} ${c.name}`);
  const plans = p.catalogs.filter(match);
  const plan = t(lang, scope.plan === 'fkm' ? 'planFkm' : 'planGp');
  if (plans.length === 0) return t(lang, 'scopeNoPlan', { plan });
  const pending = plans.flatMap((c) => c.arenas).reduce((n, a) => n + a.pending, 0);
  return left(t(lang, 'scopeInPlan', { plan }), {
    remaining: plans.reduce((n, c) => n + c.remaining, 0),
    total: plans.reduce((n, c) => n + c.total, 0),
    pending,
  });
}

export function progressModel(
  p: Progress,
  profile: TraineeProfile,
  lang: Lang,
  opts: {
    viewerIsLis: boolean;
    tabUrl?: string;
    returned?: readonly ReturnedItem[];
    /** The viewer may mark milestones held (the leader, a delegate, the advisor). */
    canMarkMilestones?: boolean;
    notice?: Notice;
    /** Who looks (Entra object id): what waits for them says "deg". */
    viewer?: string;
    /** The LIS's own view: what waits for them at other LIS. */
    othersWaiting?: readonly { name: string; count: number }[];
    /** The viewer's channel id (`29:…`), for the refresh; unset: no refresh. */
    userId?: string;
  },
): ProgressCardModel {
  const others = opts.viewerIsLis ? (opts.othersWaiting ?? []) : [];
  const returned = opts.viewerIsLis ? (opts.returned ?? []) : [];
  const trainee = md(profile.name);
  const facts: { title: string; value: string }[] = [];
  if (p.service) {
    facts.push({
      title: t(lang, 'servicePeriod'),
      value: `${formatDate(lang, p.service.start)} – ${formatDate(lang, p.service.end)}`,
    });
  }
  const milestones = p.milestones.map((m) => {
    const vars = { milestone: t(lang, `milestone_${m.kind}`), date: formatDate(lang, m.date) };
    const line =
      m.state === 'done'
        ? t(lang, 'milestoneDoneLine', {
            ...vars,
            name: md(m.doneByName ?? t(lang, 'aPerson')),
            when: m.doneAt ? formatDate(lang, m.doneAt) : '–',
          })
        : t(
            lang,
            m.state === 'overdue'
              ? 'milestoneOverdueLine'
              : m.state === 'soon'
                ? 'milestoneSoonLine'
                : 'milestoneLaterLine',
            vars,
          );
    return {
      text: m.note
        ? `${line} ${t(lang, 'quoted', { name: md(m.doneByName ?? ''), text: md(m.note) })}`
        : line,
      overdue: m.state === 'overdue',
    };
  });
  // The leader or advisor marks a milestone held from here, with a short note (one form each).
  const milestoneForms = opts.canMarkMilestones
    ? p.milestones
        .filter((m) => m.state !== 'done' && m.state !== 'later')
        .map((m, i) => ({
          title: t(lang, 'milestoneMark', { milestone: t(lang, `milestone_${m.kind}`) }),
          inputId: `comment-${i + 1}`,
          label: t(lang, 'milestoneNoteLabel'),
          yes: t(lang, 'milestoneMarkYes'),
          data: { traineeId: profile.traineeId, kind: m.kind, commentInput: `comment-${i + 1}` },
        }))
    : [];
  // Service time is part of what is left: each part or requirement not met yet.
  for (const part of p.service?.parts ?? [])
    facts.push({ title: t(lang, 'serviceTime'), value: partText(lang, part) });
  if (p.absence) facts.push({ title: t(lang, 'absence'), value: absenceText(lang, p.absence) });
  // The LIS is told whom to contact; anyone else reads where the LIS served that part.
  const they = opts.viewerIsLis ? '' : 'They';
  for (const value of elsewhereLines(lang, p, { they, trainee, escape: md }))
    facts.push({ title: t(lang, 'elsewhereTitle'), value });
  // A LIS new to the app (the municipal half of LIS1, say) has most of these approved already: where
  // to record them, all at once, for the leader to confirm; the chat has one goal's card at a time.
  if (opts.viewerIsLis && p.elsewhere.some((e) => e.served))
    facts.push({ title: '', value: t(lang, 'elsewhereRecordPrior') });
  if (p.serviceShortDays && profile.service)
    facts.push({
      title: t(lang, 'servicePeriod'),
      value: t(lang, 'serviceShort', { days: p.serviceShortDays, percent: profile.service.percent }),
    });
  if (p.forecast) {
    const f = p.forecast;
    facts.push({
      title: t(lang, 'forecast'),
      value: [`**${t(lang, `forecast_${f.status}`)}**`, ...forecastReasons(lang, f, { they, trainee })].join(
        '. ',
      ),
    });
  }
  // Each set of buttons under what it is about, each within what Teams shows in a row (none left out).
  const returnedActions: CardAction[] = returned.slice(0, ACTIONS_MAX).map((r) => ({
    title: t(lang, 'openReturned', { what: r.kind === 'goal' ? r.what : md(shorten(r.what, 28)) }),
    verb: r.kind === 'goal' ? 'goal.refresh' : 'activity.refresh',
    data: { traineeId: profile.traineeId, id: r.docId, rev: r.rev },
  }));
  const actions: CardAction[] = [];
  const remindActions: CardAction[] = [];
  if (opts.viewerIsLis) {
    // Several ready: one click asks for them all (up to what one click takes), before the single ones.
    if (p.ready.length > 1) {
      const items = p.ready.slice(0, REQUEST_ALL_MAX).map((r) => ({ id: r.docId, rev: r.rev }));
      actions.push({
        title: t(lang, 'askApprovalForAll', { count: items.length }),
        verb: 'goal.requestAll',
        // A list card: the answer redraws it, and no goal's card is drawn over it later.
        data: { traineeId: profile.traineeId, items, view: 'progress' },
      });
    }
    for (const r of p.ready.slice(0, ACTIONS_MAX - actions.length)) {
      actions.push({
        title: t(lang, 'askApprovalFor', { goal: r.goalId }),
        verb: 'goal.request',
        data: { traineeId: profile.traineeId, id: r.docId, rev: r.rev, view: 'progress' },
      });
    }
    // The leader sees what waits for their mark in the inbox: no reminder for it.
    for (const q of p.pending
      .filter((x) => x.kind !== 'met' && !x.remindedToday && !x.waitingForGone)
      .slice(0, ACTIONS_MAX)) {
      // A reminder of an approval reaches the leader and whoever she has lent her approval to today.
      const reached =
        q.kind === 'approval'
          ? [q.waitingFor, ...(p.delegates ?? []).map((d) => d.name).filter(Boolean)]
          : [q.waitingFor];
      remindActions.push({
        title: t(lang, 'remindAbout', {
          name: andList(lang, reached.map(md)),
          what: q.kind === 'approval' ? q.what : md(shorten(q.what, 28)),
        }),
        verb: q.kind === 'approval' ? 'goal.remind' : 'activity.remind',
        data: { traineeId: profile.traineeId, id: q.docId, rev: q.rev, view: 'progress' },
      });
    }
  }
  // The LIS's own invitations: who has not answered yet, and which ran out unanswered lately.
  const invitations = opts.viewerIsLis
    ? p.invitations.map((x) => {
        const who = { name: md(x.name || t(lang, 'aPerson')), role: t(lang, `role_${x.role}`) };
        return {
          text: x.lapsedOn
            ? t(lang, 'pendingInvitationLapsed', { ...who, last: formatDate(lang, x.lapsedOn) })
            : t(lang, 'pendingInvitation', {
                ...who,
                when: formatDate(lang, x.since),
                last: formatDate(lang, x.lastDay),
              }),
        };
      })
    : [];
  return {
    hasRefresh: !!opts.userId,
    refreshTitle: t(lang, 'refreshCard'),
    refreshData: { traineeId: profile.traineeId },
    refreshUserIds: opts.userId ? [opts.userId] : [],
    hasNotice: !!opts.notice,
    notice: opts.notice?.text ?? '',
    noticeStyle: opts.notice?.style ?? 'good',
    title: t(lang, 'progressTitle', { trainee }),
    catalogs: p.catalogs.map((c) => ({
      name: `${md(c.name)}${c.demo ? ` · ${t(lang, 'demoBadge')}` : ''}`,
      summary: t(lang, 'approvedOf', { approved: c.approved, total: c.total }),
      rows: c.arenas.map((a) => ({
        label: t(lang, `arena_${a.arena}`),
        count: `${t(lang, 'leftOf', { remaining: a.remaining, total: a.total })}${a.pending ? ` · ${t(lang, 'pendingCount', { count: a.pending })}` : ''}`,
        done: a.approved,
        waiting: a.pending,
        left: a.remaining - a.pending,
        doneWidth: String(a.approved),
        waitingWidth: String(a.pending),
        leftWidth: String(a.remaining - a.pending),
      })),
      hasThemes: c.themes.length > 0,
      themes: t(lang, 'themesLeft', {
        // The eight with most left; the rest are counted, not dropped.
        list: [
          ...c.themes.slice(0, THEMES_SHOWN).map((x) => `${md(x.theme)} ${x.remaining}`),
          ...(c.themes.length > THEMES_SHOWN
            ? [t(lang, 'themesMore', { count: c.themes.length - THEMES_SHOWN })]
            : []),
        ].join(' · '),
      }),
    })),
    hasMilestones: milestones.length > 0,
    milestonesHeading: t(lang, 'milestones'),
    milestones,
    milestoneForms,
    noteMax: MILESTONE_NOTE_MAX,
    hasReturned: returned.length > 0,
    returnedHeading: t(lang, 'returnedHeading'),
    returned: listed(lang, returned, LINES_SHOWN, (r) => ({
      text: `${t(
        lang,
        r.kind === 'activity'
          ? r.undid
            ? 'undoneActivityLine'
            : 'returnedActivityLine'
          : r.undid
            ? 'undoneGoalLine'
            : 'returnedGoalLine',
        {
          what: r.kind === 'goal' ? r.what : md(shorten(r.what, 80)),
          who: md(r.by),
          when: formatDate(lang, r.at),
        },
      )}${r.comment ? ` ${t(lang, 'quoted', { name: md(r.by), text: md(shorten(r.comment, COMMENT_SHOWN)) })}` : ''}`,
    })),
    hasOthersWaiting: others.length > 0,
    othersWaitingHeading: t(lang, 'othersWaitingHeading'),
    othersWaiting: listed(lang, others, LINES_SHOWN, (o) => ({
      text: t(lang, 'othersWaitingLine', { name: md(o.name), count: o.count }),
    })),
    othersWaitingActions:
      others.length > 0
        ? [{ title: t(lang, 'othersWaitingOpen'), verb: 'inbox.page', data: { page: 0 } }]
        : [],
    pendingHeading: t(lang, 'pendingHeading'),
    pending: [
      ...(p.pending.length === 0
        ? invitations.length === 0
          ? [{ text: t(lang, 'nothingPending') }]
          : []
        : listed(lang, p.pending, LINES_SHOWN, (q) => {
            const key =
              q.kind === 'approval'
                ? 'pendingApprovalLine'
                : q.kind === 'met'
                  ? 'pendingMetLine'
                  : 'pendingSignatureLine';
            const line = t(lang, key, {
              what: q.kind === 'approval' ? q.what : md(shorten(q.what, 80)),
              who:
                q.waitingForId && q.waitingForId === opts.viewer
                  ? t(lang, 'youObject')
                  : md(q.waitingFor || t(lang, 'theLeader')),
              when: q.since ? formatDate(lang, q.since) : '–',
            });
            const after = q.waitingForGone
              ? q.kind !== 'signature'
                ? t(lang, `pendingNoLeader${they}`, { trainee })
                : t(lang, `pendingSupervisorGone${they}`, { name: md(q.waitingFor), trainee })
              : q.remindedAt
                ? t(lang, 'remindedAt', { when: formatDateTime(lang, q.remindedAt) })
                : '';
            const also = q.kind === 'approval' ? alsoApproves(lang, p, q, opts.viewer, md) : '';
            return { text: [line, after, also].filter(Boolean).join('. ') };
          })),
      ...invitations,
    ],
    // A title said once: the facts under it read as its list ("Tjenestetid" for each requirement).
    facts: facts.map((f, i) => (i > 0 && facts[i - 1]?.title === f.title ? { ...f, title: '' } : f)),
    actions,
    returnedActions,
    remindActions,
    hasTab: !!opts.tabUrl,
    tabTitle: t(lang, 'openTab'),
    tabUrl: opts.tabUrl ?? '',
  };
}

/** Buttons on the list of one's LIS (Teams shows a few in a row); the LIS are listed above them. */
const OVERVIEW_BUTTONS = 5;
/**
 * At most this many LIS listed on the card (about 25 KB; 300 made it 72 KB): those who need someone
 * first, and a line says how many more the tab lists.
 */
export const OVERVIEW_LISTED_MAX = 100;

/**
 * The LIS someone holds a role for, one line each (approved of total, the forecast, what waits),
 * those at risk first, with a button to each one's progress card.
 */
export function traineesOverviewModel(
  lang: Lang,
  trainees: readonly { profile: TraineeProfile; progress: Progress; forYou?: number }[],
): NoticeCardModel {
  // Those that need someone now first: at risk, or the period over with goals left.
  const atRisk = (x: { progress: Progress }) =>
    x.progress.forecast?.status === 'at_risk' || x.progress.forecast?.status === 'ended' ? 0 : 1;
  const sorted = [...trainees].sort(
    (a, b) =>
      atRisk(a) - atRisk(b) || a.profile.name.localeCompare(b.profile.name, lang === 'nb' ? 'nb' : 'en'),
  );
  return {
    title: t(lang, 'overviewTitle', { count: sorted.length }),
    style: 'emphasis',
    lines:
      sorted.length > OVERVIEW_LISTED_MAX
        ? [{ text: t(lang, 'overviewMore', { shown: OVERVIEW_LISTED_MAX, count: sorted.length }) }]
        : [],
    facts: sorted.slice(0, OVERVIEW_LISTED_MAX).map(({ profile, progress: p, forYou }) => ({
      title: `${md(profile.name)} (${profile.phase})`,
      value: [
        t(lang, 'approvedOf', { approved: p.approved, total: p.total }),
        ...(p.forecast ? [t(lang, `forecast_${p.forecast.status}`)] : []),
        // And of that, what waits for the one asking, as the tab says it («hva venter på meg?» lists it).
        ...(p.pending.length
          ? [
              forYou
                ? t(lang, 'pendingForYou', { count: p.pending.length, mine: forYou })
                : t(lang, 'pendingCount', { count: p.pending.length }),
            ]
          : []),
      ].join(' · '),
    })),
    actions: sorted.slice(0, OVERVIEW_BUTTONS).map(({ profile }) => ({
      title: t(lang, 'overviewOpen', { trainee: md(profile.name) }),
      verb: 'progress.show',
      data: { traineeId: profile.traineeId },
    })),
    confirms: [],
  };
}

export function renderProgressCard(model: ProgressCardModel): AdaptiveCard {
  return render(template, model);
}
