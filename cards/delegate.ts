import { type Lang, t } from '../core/i18n';
import type { PersonRole } from '../core/model';
import template from './delegate.json';
import { type AdaptiveCard, escapeMarkdown as md, render } from './render';
import type { Notice } from './views';

/** Model of `delegate.json`: a leader lends approval to someone for one LIS or all, for a period. */
export interface DelegateModel {
  /** Why the form came back (a refused loan), above it; the fields keep what was filled in. */
  hasNotice: boolean;
  notice: string;
  noticeStyle: Notice['style'];
  title: string;
  intro: string;
  toLabel: string;
  searchPeople: string;
  /** The person named in the request, offered and chosen (others are found by searching). */
  people: { title: string; value: string }[];
  delegate: string;
  forLabel: string;
  trainees: { title: string; value: string }[];
  /** The LIS chosen: all, or the one picked before a refusal. */
  trainee: string;
  fromLabel: string;
  untilLabel: string;
  today: string;
  /** The period filled in: from today, or as the message named it ("jeg er på ferie 1.12–5.12"). */
  from: string;
  to: string;
  submit: string;
  requiredText: string;
}

export function delegateModel(
  led: PersonRole[],
  lang: Lang,
  today: string,
  named?: { aadObjectId: string; name: string },
  period?: { from: string; to: string },
  kept: { trainee?: string; notice?: Notice } = {},
): DelegateModel {
  return {
    hasNotice: !!kept.notice,
    notice: kept.notice?.text ?? '',
    noticeStyle: kept.notice?.style ?? 'attention',
    title: t(lang, 'delegateTitle'),
    intro: t(lang, 'delegateIntro'),
    toLabel: t(lang, 'delegateToLabel'),
    searchPeople: t(lang, 'searchPeople'),
    people: named ? [{ title: md(named.name), value: named.aadObjectId }] : [],
    delegate: named?.aadObjectId ?? '',
    forLabel: t(lang, 'delegateForLabel'),
    trainees: [
      { title: t(lang, 'delegateAll'), value: 'all' },
      ...led.map((r) => ({ title: md(r.traineeName), value: r.traineeId })),
    ],
    trainee: led.some((r) => r.traineeId === kept.trainee) ? (kept.trainee as string) : 'all',
    fromLabel: t(lang, 'delegateFromLabel'),
    untilLabel: t(lang, 'delegateUntilLabel'),
    today,
    // A loan starts today at the earliest, and one already over is not offered.
    from: period && period.to >= today ? (period.from > today ? period.from : today) : today,
    to: period && period.to >= today ? period.to : '',
    submit: t(lang, 'delegateSubmit'),
    requiredText: t(lang, 'required'),
  };
}

export function renderDelegate(model: DelegateModel): AdaptiveCard {
  return render(template, model);
}
