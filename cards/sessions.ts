import { formatDate } from '../core/format';
import { type Lang, t } from '../core/i18n';
import type { AdvisorySession } from '../core/model';
import { SESSION_TEXT_MAX } from '../core/sessions';
import { type AdaptiveCard, escapeMarkdown as md, render } from './render';
import template from './sessions.json';

/** What the card needs of the sessions view (`ops/sessionsView.ts`): full for the LIS and advisor, dates for the leader. */
export interface SessionsInput {
  traineeId: string;
  trainee: string;
  full: boolean;
  sessions: (Pick<AdvisorySession, 'id' | 'date' | 'form' | 'hours'> &
    Partial<AdvisorySession> & { held?: boolean })[];
  counts?: { individual: number; individualHours: number; groupHours: number; groupRequired: number };
  mayPrepare: boolean;
  mayWriteMinutes: boolean;
  maySchedule: boolean;
  today: string;
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
}

/** Model of `sessions.json`: a LIS's advisory sessions, with the forms the viewer may use. */
export interface SessionsCardModel {
  title: string;
  hasNote: boolean;
  note: string;
  hasCounts: boolean;
  counts: string;
  none: string;
  textMax: number;
  sessions: SessionModel[];
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
    data: { traineeId: string };
  };
}

export function sessionsModel(v: SessionsInput, lang: Lang): SessionsCardModel {
  return {
    title: t(lang, 'sessionsTitle', { trainee: md(v.trainee) }),
    hasNote: !v.full,
    note: t(lang, 'sessionsPrivate'),
    hasCounts: !!v.counts && v.full,
    counts: v.counts ? t(lang, 'sessionCounts', v.counts) : '',
    none: t(lang, 'sessionsNone'),
    textMax: SESSION_TEXT_MAX,
    sessions: v.sessions.map((s, i) => {
      const open = v.full && !s.finalisedAt;
      const inputId = `comment-${i + 1}`;
      const data = { traineeId: v.traineeId, id: s.id, rev: s.rev ?? 0, commentInput: inputId };
      const status = s.finalisedAt || s.held ? 'sessionHeld' : s.minutes ? 'sessionDraft' : 'sessionPlanned';
      return {
        heading: t(lang, 'sessionHeading', {
          date: formatDate(lang, s.date),
          form: t(lang, `sessionForm_${s.form}`),
          hours: s.hours,
          status: t(lang, status),
        }),
        lines: v.full
          ? [
              ...(s.topics ? [{ text: t(lang, 'sessionTopics', { text: md(s.topics) }) }] : []),
              ...(s.preparation
                ? [{ text: t(lang, 'sessionPreparation', { text: md(s.preparation.text) }) }]
                : []),
              ...(s.minutes
                ? [
                    {
                      text: t(lang, 'sessionMinutes', {
                        name: md(s.minutes.byName),
                        text: md(s.minutes.text),
                      }),
                    },
                  ]
                : []),
            ]
          : [],
        hasPrepare: open && v.mayPrepare,
        prepareTitle: t(lang, 'sessionPrepare'),
        prepareLabel: t(lang, 'sessionPrepareLabel'),
        preparation: s.preparation?.text ?? '',
        saveTitle: t(lang, 'sessionSave'),
        hasMinutes: open && v.mayWriteMinutes && s.date <= v.today,
        minutesTitle: t(lang, 'sessionWriteMinutes'),
        minutesLabel: t(lang, 'sessionMinutesLabel'),
        minutes: s.minutes?.text ?? '',
        draftTitle: t(lang, 'sessionSaveDraft'),
        finaliseTitle: t(lang, 'sessionFinalise'),
        inputId,
        data,
        draftData: { ...data, finalise: false },
        finalData: { ...data, finalise: true },
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
      data: { traineeId: v.traineeId },
    },
  };
}

export function renderSessionsCard(model: SessionsCardModel): AdaptiveCard {
  return render(template, model);
}
