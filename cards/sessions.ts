import { ACTIVITY_EARLIEST } from '../core/activities';
import { formatDate, shorten } from '../core/format';
import { type Lang, t } from '../core/i18n';
import type { AdvisorySession } from '../core/model';
import { SESSION_TEXT_MAX, sessionLatest, unmovable } from '../core/sessions';
import { type AdaptiveCard, escapeMarkdown as md, render } from './render';
import template from './sessions.json';
import type { Notice } from './views';

/**
 * A preparation or minutes typed for one session, kept when the answer is not "done" (the card was
 * out of date, or the change was refused). It goes back to that session's form, wherever the
 * session now stands in the list; or, when the form is gone (the minutes finalised meanwhile), it
 * is shown, so nothing typed is lost. (The schedule form's fields come back through `keepTyped`.)
 */
export type SessionDraft = { id: string; text: string };

/** What the card needs of the sessions view (`ops/sessionsView.ts`): full for the LIS and advisor, dates for the leader. */
export interface SessionsInput {
  traineeId: string;
  trainee: string;
  full: boolean;
  sessions: (Pick<AdvisorySession, 'id' | 'date' | 'form' | 'hours'> &
    Partial<AdvisorySession> & { held?: boolean })[];
  counts?: { individual: number; individualHours: number; groupHours: number; groupRequired?: number };
  mayPrepare: boolean;
  mayWriteMinutes: boolean;
  /** Moves or calls off a session not held yet (the LIS and the advisor). */
  mayMove: boolean;
  maySchedule: boolean;
  today: string;
  /** What came of the click the card answers (done, refused, out of date). */
  notice?: Notice;
  draft?: SessionDraft;
  /** The viewer's Teams user id (`29:…`): Teams refreshes the card for them when it is shown. */
  userId?: string;
}

interface SessionModel {
  heading: string;
  lines: { text: string }[];
  hasPrepare: boolean;
  prepareTitle: string;
  prepareLabel: string;
  preparation: string;
  saveTitle: string;
  hasMinutes: boolean;
  minutesTitle: string;
  minutesLabel: string;
  minutes: string;
  draftTitle: string;
  finaliseTitle: string;
  inputId: string;
  data: object;
  draftData: object;
  finalData: object;
  /** Not held yet: moved to another day, or called off. */
  hasMove: boolean;
  moveTitle: string;
  moveLabel: string;
  moveInput: string;
  date: string;
  moveSubmit: string;
  cancelSubmit: string;
  /** The earliest and latest day the date field takes (the rule's bounds). */
  earliest: string;
  latest: string;
  moveData: object;
  cancelData: object;
}

/** Model of `sessions.json`: a LIS's advisory sessions, with the forms the viewer may use. */
export interface SessionsCardModel {
  /** An automatic refresh for the one viewer, so a card seen later shows the sessions as they are. */
  hasRefresh: boolean;
  refreshTitle: string;
  refreshUserIds: string[];
  refreshData: { traineeId: string };
  hasNotice: boolean;
  notice: string;
  noticeStyle: Notice['style'];
  /** A text typed for a session that no longer has its form (finalised meanwhile), shown so it is not lost. */
  hasLostText: boolean;
  lostText: string;
  title: string;
  hasNote: boolean;
  note: string;
  hasCounts: boolean;
  counts: string;
  none: string;
  textMax: number;
  sessions: SessionModel[];
  /** Older sessions left out, counted. */
  hasMore: boolean;
  more: string;
  maySchedule: boolean;
  schedule: {
    title: string;
    dateLabel: string;
    formLabel: string;
    forms: { title: string; value: string }[];
    hoursLabel: string;
    topicsLabel: string;
    submit: string;
    required: string;
    today: string;
    latest: string;
    data: { traineeId: string };
  };
}

/**
 * The card stays within Teams' size limit (`CARD_MAX_BYTES`) however long the record: a few
 * sessions only (the tab lists them all), texts shown as lines of at most `LINE_MAX` characters,
 * and forms (each holding a text of up to 4,000 characters to edit) on at most `FORMS_MAX` sessions.
 */
const SESSIONS_SHOWN = 5;
const FORMS_MAX = 2;
const LINE_MAX = 300;

export function sessionsModel(v: SessionsInput, lang: Lang): SessionsCardModel {
  const formsFor = (s: SessionsInput['sessions'][number]) => {
    const open = v.full && !s.finalisedAt;
    return { prepare: open && v.mayPrepare, minutes: open && v.mayWriteMinutes && s.date <= v.today };
  };
  // The sessions with a form for this viewer nearest today first (the next to prepare, the last to
  // write up), then the newest of the rest; shown newest first, as before.
  const days = (s: { date: string }) => Math.abs(Date.parse(s.date) - Date.parse(v.today));
  const withForms = new Set(
    v.sessions
      .filter((s) => formsFor(s).prepare || formsFor(s).minutes)
      .sort((a, b) => days(a) - days(b))
      .slice(0, FORMS_MAX),
  );
  const others = v.sessions.filter((s) => !withForms.has(s)).slice(0, SESSIONS_SHOWN - withForms.size);
  const shown = v.sessions.filter((s) => withForms.has(s) || others.includes(s));
  // A draft over the limit (refused for its length) is not drawn back: the card would pass Teams' limit.
  const typed = v.draft && v.draft.text.length <= SESSION_TEXT_MAX ? v.draft : undefined;
  const kept = typed && shown.some((s) => s.id === typed.id && withForms.has(s)) ? typed : undefined;
  return {
    hasRefresh: !!v.userId,
    refreshTitle: t(lang, 'refreshCard'),
    refreshUserIds: v.userId ? [v.userId] : [],
    refreshData: { traineeId: v.traineeId },
    hasNotice: !!v.notice,
    notice: v.notice?.text ?? '',
    noticeStyle: v.notice?.style ?? 'good',
    hasLostText: !!typed?.text.trim() && !kept,
    lostText: typed ? t(lang, 'sessionTextNotSaved', { text: md(typed.text) }) : '',
    title: t(lang, 'sessionsTitle', { trainee: md(v.trainee) }),
    hasNote: !v.full,
    note: t(lang, 'sessionsPrivate'),
    hasCounts: !!v.counts && v.full,
    counts: v.counts
      ? v.counts.groupRequired
        ? t(lang, 'sessionCounts', { ...v.counts, groupRequired: v.counts.groupRequired })
        : t(lang, 'sessionCountsNoTarget', v.counts)
      : '',
    none: t(lang, 'sessionsNone'),
    textMax: SESSION_TEXT_MAX,
    hasMore: v.sessions.length > shown.length,
    more: t(lang, 'sessionsOlder', { count: v.sessions.length - shown.length }),
    sessions: shown.map((s, i) => {
      const { prepare, minutes } = formsFor(s);
      const withForm = withForms.has(s);
      const inputId = `comment-${i + 1}`;
      const data = { traineeId: v.traineeId, id: s.id, rev: s.rev ?? 0, commentInput: inputId };
      const moveInput = `date-${i + 1}`;
      const ids = { traineeId: v.traineeId, id: s.id, rev: s.rev ?? 0 };
      // A day gone by without finalised minutes is no longer "planned".
      const status =
        s.finalisedAt || s.held
          ? 'sessionHeld'
          : s.minutes
            ? 'sessionDraft'
            : s.date < v.today
              ? 'sessionNotFinalised'
              : 'sessionPlanned';
      return {
        heading: t(lang, 'sessionHeading', {
          date: formatDate(lang, s.date),
          form: t(lang, `sessionForm_${s.form}`),
          hours: s.hours,
          status: t(lang, status),
        }),
        lines: v.full
          ? [
              ...(s.topics
                ? [{ text: t(lang, 'sessionTopics', { text: md(shorten(s.topics, LINE_MAX)) }) }]
                : []),
              ...(s.preparation
                ? [
                    {
                      text: t(lang, 'sessionPreparation', {
                        text: md(shorten(s.preparation.text, LINE_MAX)),
                      }),
                    },
                  ]
                : []),
              ...(s.minutes
                ? [
                    {
                      text: t(lang, 'sessionMinutes', {
                        name: md(s.minutes.byName),
                        text: md(shorten(s.minutes.text, LINE_MAX)),
                      }),
                    },
                  ]
                : []),
            ]
          : [],
        hasPrepare: withForm && prepare,
        prepareTitle: t(lang, 'sessionPrepare'),
        prepareLabel: t(lang, 'sessionPrepareLabel'),
        preparation: kept?.id === s.id ? kept.text : (s.preparation?.text ?? ''),
        saveTitle: t(lang, 'sessionSave'),
        hasMinutes: withForm && minutes,
        minutesTitle: t(lang, 'sessionWriteMinutes'),
        minutesLabel: t(lang, 'sessionMinutesLabel'),
        minutes: kept?.id === s.id ? kept.text : (s.minutes?.text ?? ''),
        draftTitle: t(lang, 'sessionSaveDraft'),
        finaliseTitle: t(lang, 'sessionFinalise'),
        inputId,
        data,
        draftData: { ...data, finalise: false },
        finalData: { ...data, finalise: true },
        hasMove: v.full && v.mayMove && !unmovable(s),
        moveTitle: t(lang, 'sessionMove'),
        moveLabel: t(lang, 'sessionMoveLabel'),
        moveInput,
        date: s.date,
        moveSubmit: t(lang, 'sessionMoveSubmit'),
        earliest: ACTIVITY_EARLIEST,
        latest: sessionLatest(v.today),
        cancelSubmit: t(lang, 'sessionCancelSubmit'),
        moveData: { ...ids, dateInput: moveInput },
        cancelData: ids,
      };
    }),
    maySchedule: v.maySchedule,
    schedule: {
      title: t(lang, 'sessionSchedule'),
      dateLabel: t(lang, 'sessionDate'),
      formLabel: t(lang, 'sessionFormLabel'),
      forms: (['individual', 'group'] as const).map((f) => {
        const name = t(lang, `sessionForm_${f}`);
        return { title: name.charAt(0).toUpperCase() + name.slice(1), value: f };
      }),
      hoursLabel: t(lang, 'sessionHours'),
      topicsLabel: t(lang, 'sessionTopicsLabel'),
      submit: t(lang, 'sessionSave'),
      required: t(lang, 'required'),
      today: v.today,
      latest: sessionLatest(v.today),
      data: { traineeId: v.traineeId },
    },
  };
}

export function renderSessionsCard(model: SessionsCardModel): AdaptiveCard {
  return render(template, model);
}
